// The team's skills chart: people as bubbles over the six roles' typical
// profiles (x = ML expertise, y = software engineering, bubble area =
// communication). Layout is computed once into PeopleChart so the screen
// drawing and the SVG export show exactly the same chart.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"
#include "model/content.h"
#include "model/workspace.h"
#include "ui/charts.h"

namespace mlt {

struct PeopleChartInput {
  const Content* content = nullptr;
  std::vector<const Person*> people;  // already filtered
  bool later_edition = false;
  double x0 = -0.06, x1 = 1.06, y0 = -0.08, y1 = 1.06;  // visible range, skill / 10
  std::string selected, hovered;                       // person ids
  size_t label_limit = 60;  // label everyone up to this many people, else only selected/hovered
};

struct PeopleChart {
  PlotFrame frame;
  ImVec2 outer_min, outer_max;
  struct Region { const RoleInfo* role; ImVec2 center; float radius; ImU32 color; };
  struct Bubble { const Person* person; ImVec2 center; float radius; ImU32 color; };
  struct Label { std::string text; ImVec2 pos; ImU32 color; };
  std::vector<Region> regions;
  std::vector<Bubble> bubbles;   // draw order: largest first
  std::vector<Label> labels;
  std::vector<LegendEntry> legend;
  LegendRowLayout legend_layout;
  ImVec2 legend_origin;
};

// Radius of the role reference regions, in skill units / 10.
constexpr double kRoleRegionRadius = 0.085;

PeopleChart LayoutPeopleChart(const PeopleChartInput& in, ImVec2 outer_min, ImVec2 outer_max);
void DrawPeopleChart(ImDrawList* dl, const PeopleChart& chart, const PeopleChartInput& in);
// Index into chart.bubbles of the bubble under `pos` (smallest on top), or -1.
int HitBubble(const PeopleChart& chart, ImVec2 pos);

// A standalone SVG of the chart, `width` x `height` pixels. Names are escaped.
std::string PeopleChartSvg(const PeopleChartInput& in, float width, float height);

}  // namespace mlt
