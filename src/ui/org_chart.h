// The org chart canvas: the workspace's reporting lines laid out as a tidy
// tree, drawn with culling, with pan and zoom, collapse/expand, search
// highlighting and drag-to-re-parent. Geometry is cached per document
// revision and per collapse/orientation change, not rebuilt every frame.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"
#include "model/org_layout.h"
#include "model/org_tree.h"

namespace mlt {
class App;

struct OrgChartGeometry {
  OrgTree tree;
  LayoutResult layout;
  std::vector<float> width, height;  // box of each node in layout pixels (screen orientation)
  std::vector<int> hidden;           // nodes hidden under each collapsed node
  std::vector<uint8_t> collapsed;    // per node
  bool left_right = false;
  // What the cache was built for.
  uint64_t revision = ~uint64_t(0), collapse_version = ~uint64_t(0);
  bool compact = false;
  float em = 0;
};

// The geometry for the current workspace and UI state (rebuilt when stale).
const OrgChartGeometry& OrgGeometry(App& app);

// Draws the interactive chart filling `size` at the cursor.
void DrawOrgChart(App& app, ImVec2 size);
// The chart as SVG: the whole chart at 100% (whole) or the visible part.
std::string OrgChartSvg(App& app, bool whole);
// Expands collapsed ancestors of `id`, highlights it and centres the view on it.
void RevealOrgNode(App& app, const std::string& id);
// Fits the whole chart into the canvas on the next frame.
void FitOrgChart(App& app);

}  // namespace mlt
