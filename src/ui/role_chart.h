// The skills bubble chart of the lecture: x = ML expertise, y = software
// engineering, bubble area proportional to communication. Draws the six
// roles' typical profiles (either edition of the chart).
#pragma once
#include <string>

#include "imgui.h"
#include "model/content.h"

namespace mlt {

enum class ChartEditionId { Original, Later };

struct RoleChartOptions {
  ChartEditionId edition = ChartEditionId::Original;
  ImVec2 size{0, 0};  // 0: fill the available width, height 0.72 x width
};

// Bubble diameter as a fraction of the plot width for a communication level,
// the inverse of the content rule communication = 10 (d / 0.115)^2.
float BubbleDiameterFraction(double communication);

void DrawRoleChart(const Content& content, const RoleChartOptions& options);
// The same chart as an SVG document of `size` pixels, in the current theme.
std::string RoleChartSvg(const Content& content, ChartEditionId edition, ImVec2 size);

}  // namespace mlt
