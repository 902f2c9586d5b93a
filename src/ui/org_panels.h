// The org view's side inspector (the selected person or unit: fields,
// reporting lines, add/remove) and its metrics tab (spans, depth, headcount
// by role and unit, where the ML people sit).
#pragma once

namespace mlt {
class App;

void DrawOrgInspector(App& app);
void DrawOrgMetrics(App& app);

}  // namespace mlt
