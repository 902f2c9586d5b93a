// The inspector panel for the selected person: every field, skill sliders,
// and how they fit the six roles.
#pragma once

namespace mlt {
class App;
// Draws a fixed-width panel at the cursor (call after SameLine()).
void DrawPersonInspector(App& app);
// Only the contents (fields, skills, role fit), inside the current window.
void DrawPersonDetails(App& app);
}  // namespace mlt
