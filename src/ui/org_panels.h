// The org view's side inspector (the selected person or unit: fields,
// reporting lines, add/remove) and its metrics tab (spans, depth, headcount
// by role and unit, where the ML people sit).
#pragma once

namespace mlt {
class App;
struct OrgMetrics;

// The metrics of the open workspace's org (cached per document revision).
const OrgMetrics& CurrentOrgMetrics(App& app);

void DrawOrgInspector(App& app);
void DrawOrgMetrics(App& app);

}  // namespace mlt
