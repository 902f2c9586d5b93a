// Charts of a simulation result: finish-date histogram with S-curve, drivers
// (tornado and criticality), Gantt with P10-P90 ranges, progress fan,
// likelihood x importance matrix, and research portfolios.
#pragma once
#include "imgui.h"
#include "model/dates.h"
#include "model/plan.h"
#include "sim/engine.h"

namespace mlt {

struct PlanChartContext {
  const Plan* plan = nullptr;
  const SimResult* result = nullptr;
  Date start;
  ImVec2 size;  // whole chart area, including axes and legend
};

void DrawFinishChart(const PlanChartContext& c);
void DrawDriversChart(const PlanChartContext& c);
void DrawGanttChart(const PlanChartContext& c);
void DrawFanChart(const PlanChartContext& c);
void DrawMatrixChart(const PlanChartContext& c);
void DrawPortfolioChart(const PlanChartContext& c);

}  // namespace mlt
