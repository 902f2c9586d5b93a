// Team coverage: headcount by role, skills nobody covers, single points of
// failure and suggestions, for one team or everyone.
#pragma once

namespace mlt {
class App;
void DrawCoveragePanel(App& app);
}  // namespace mlt
