// Shared chart drawing: plot frames with axes and ticks, bubbles, legends and
// non-overlapping labels. Charts never own data: callers pass what to draw.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

namespace mlt {

struct AxisSpec {
  const char* label = "";
  double min = 0, max = 1;
  double tick_step = 0.1;       // distance between ticks, in axis units
  const char* tick_format = "%.0f";
  double tick_scale = 1.0;      // shown value = value * tick_scale (e.g. 0..1 shown as 0..10)
};

// The label of the tick at `value` ("8", "40%"; never "-0").
std::string FormatTick(const AxisSpec& axis, double value);

// A plot area mapping data coordinates to screen pixels.
struct PlotFrame {
  ImVec2 min, max;  // the inner plot rectangle on screen
  AxisSpec x, y;
  ImVec2 ToScreen(double vx, double vy) const;
  double ToDataX(float sx) const;
  double ToDataY(float sy) const;
  float Width() const { return max.x - min.x; }
};

// Draws the frame, grid, ticks and axis titles inside `outer` and returns the
// plot area left for the data.
PlotFrame DrawPlotFrame(ImDrawList* dl, ImVec2 outer_min, ImVec2 outer_max, const AxisSpec& x, const AxisSpec& y);

// A tick step of 1, 2 or 5 x 10^n giving about `target` ticks over `span`.
double NiceStep(double span, int target);
// A vertical marker at data x (P50, a deadline) with its label near the top;
// `row` stacks labels of neighbouring markers.
void DrawMarkerLine(ImDrawList* dl, const PlotFrame& f, double x, ImU32 col, const char* label, bool dashed, int row);

void DrawBubble(ImDrawList* dl, ImVec2 center, float radius, ImU32 color, bool hollow, float emphasis = 0.0f);

struct LegendEntry {
  std::string label;
  ImU32 color;
  bool hollow = false;  // dashed ring: open positions
  bool ring = false;    // solid ring, light fill: candidates
};
// Draws a legend box with its top-right corner at `anchor`; returns its size.
ImVec2 DrawLegend(ImDrawList* dl, ImVec2 top_right, const std::vector<LegendEntry>& entries, const char* title = nullptr);

// Greedy label placement: each label goes to the first candidate spot around
// its anchor that overlaps no earlier label and no listed obstacle.
struct LabelRequest {
  ImVec2 anchor;     // usually a bubble centre
  float clearance;   // usually the bubble radius
  std::string text;
};
std::vector<ImVec2> PlaceLabels(const std::vector<LabelRequest>& labels, ImVec2 bounds_min, ImVec2 bounds_max,
                                const std::vector<std::pair<ImVec2, ImVec2>>& obstacles = {});

// A legend laid out in rows under a chart: entry positions for a given width.
struct LegendRowLayout {
  std::vector<ImVec2> offsets;  // top-left of each entry, relative to the legend origin
  float height = 0;
};
LegendRowLayout LayoutLegendRow(const std::vector<LegendEntry>& entries, float width);
void DrawLegendRow(ImDrawList* dl, ImVec2 origin, const std::vector<LegendEntry>& entries, const LegendRowLayout& layout);
// Draws one legend swatch (filled, ring or dashed) centred at `c`.
void DrawLegendSwatch(ImDrawList* dl, ImVec2 c, float radius, const LegendEntry& e);

// Colour with alpha multiplied.
ImU32 WithAlpha(ImU32 color, float alpha);

}  // namespace mlt
