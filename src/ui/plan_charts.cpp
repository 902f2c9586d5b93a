// [SECTION] Shared  [SECTION] Finish date  [SECTION] Drivers  [SECTION] Gantt
// [SECTION] Fan  [SECTION] Matrix  [SECTION] Portfolio
#include "ui/plan_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "model/plan_edit.h"
#include "sim/summary.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/svg_capture.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// [SECTION] Shared
struct Area {
  ImDrawList* dl;
  ImVec2 min, max;
};

// Reserves the chart rectangle as an item (so items() reports it) and clips.
Area Begin(const char* id, ImVec2 size) {
  ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, size);
  Area a{ImGui::GetWindowDrawList(), o, ImVec2(o.x + size.x, o.y + size.y)};
  a.dl->PushClipRect(a.min, a.max, true);
  return a;
}
void End(Area& a) { a.dl->PopClipRect(); }

void VLine(const Area& a, const PlotFrame& f, double x, ImU32 col, const char* label, bool dashed, int row) {
  DrawMarkerLine(a.dl, f, x, col, label, dashed, row);
}

std::string DateLabel(const Date& start, double days) {
  return FormatShortDate(AddWorkingDays(start, days), /*with_year=*/false);
}

void Legend(const Area& a, float y, const std::vector<LegendEntry>& entries) {
  LegendRowLayout l = LayoutLegendRow(entries, a.max.x - a.min.x - Em(4));
  DrawLegendRow(a.dl, ImVec2(a.min.x + Em(3.2f), y), entries, l);
}

}  // namespace

// [SECTION] Finish date
void DrawFinishChart(const PlanChartContext& c) {
  const SimResult& r = *c.result;
  const PaletteColors& p = Palette();
  Area a = Begin("finish chart", c.size);
  double max_day = r.histogram.empty() ? std::max(1.0, r.deterministic_days) : r.histogram.back().to;
  max_day = std::max(max_day, r.deterministic_days) * 1.05;
  int max_count = 1;
  for (const auto& b : r.histogram) max_count = std::max(max_count, b.count);
  float legend_h = Em(1.6f);
  AxisSpec x{"Working days from the start", 0, max_day, NiceStep(max_day, 8), "%.0f", 1};
  AxisSpec y{"Chance of being done (S-curve)", 0, 1, 0.2, "%.0f%%", 100};
  PlotFrame f = DrawPlotFrame(a.dl, a.min, ImVec2(a.max.x - Em(2.5f), a.max.y - legend_h), x, y);
  // Histogram: its own scale (share of successful runs), drawn under the curve.
  for (const auto& b : r.histogram) {
    ImVec2 p0 = f.ToScreen(b.from, 0), p1 = f.ToScreen(b.to, 0.9 * double(b.count) / max_count);
    a.dl->AddRectFilled(ImVec2(p0.x + 1, p1.y), ImVec2(p1.x - 1, p0.y), WithAlpha(p.accent, 0.28f));
  }
  // S-curve over all runs: it ends at the chance of success, not at 100%.
  for (size_t i = 1; i < r.s_curve_days.size(); ++i)
    a.dl->AddLine(f.ToScreen(r.s_curve_days[i - 1], r.s_curve_p[i - 1]), f.ToScreen(r.s_curve_days[i], r.s_curve_p[i]),
                  p.accent, 2.5f);
  char buf[96];
  std::snprintf(buf, sizeof buf, "Waterfall plan: %s", DateLabel(c.start, r.deterministic_days).c_str());
  VLine(a, f, r.deterministic_days, p.text_muted, buf, true, 0);
  std::snprintf(buf, sizeof buf, "P50 %s", DateLabel(c.start, r.p50).c_str());
  VLine(a, f, r.p50, p.success, buf, false, 1);
  std::snprintf(buf, sizeof buf, "P80 %s", DateLabel(c.start, r.p80).c_str());
  VLine(a, f, r.p80, p.warning, buf, false, 2);
  std::snprintf(buf, sizeof buf, "P95 %s", DateLabel(c.start, r.p95).c_str());
  VLine(a, f, r.p95, p.error, buf, false, 3);
  Legend(a, a.max.y - legend_h + Em(0.3f),
         {{"Finish dates of successful runs (histogram)", WithAlpha(p.accent, 0.5f)},
          {"Chance of being done by that day", p.accent},
          {"Deterministic date (dashed)", p.text_muted, true}});
  End(a);
}

// [SECTION] Drivers
void DrawDriversChart(const PlanChartContext& c) {
  const SimResult& r = *c.result;
  const PaletteColors& p = Palette();
  Area a = Begin("drivers chart", c.size);
  std::vector<const TaskResult*> rows;
  for (const TaskResult& t : r.tasks)
    if (!t.is_challenge) rows.push_back(&t);
  std::sort(rows.begin(), rows.end(), [](auto* x, auto* y) { return std::fabs(x->sensitivity) > std::fabs(y->sensitivity); });
  if (rows.size() > 14) rows.resize(14);
  ImFont* font = Fonts().small;
  float label_w = Em(11), row_h = std::min(Em(1.7f), (c.size.y - Em(4)) / std::max<size_t>(rows.size(), 1));
  float half = (c.size.x - label_w - Em(2)) / 2;
  float x0 = a.min.x + label_w, mid = x0 + half * 0.5f, crit_x0 = x0 + half + Em(1.5f);
  float top = a.min.y + Em(1.6f);
  ChartText(a.dl, Fonts().body, Fonts().body->FontSize, ImVec2(x0, a.min.y), p.text, "Sensitivity (tornado)");
  ChartText(a.dl, Fonts().body, Fonts().body->FontSize, ImVec2(crit_x0, a.min.y), p.text, "Criticality index");
  float bottom = top + row_h * rows.size();
  a.dl->AddLine(ImVec2(mid, top), ImVec2(mid, bottom), p.border);
  for (size_t i = 0; i < rows.size(); ++i) {
    const TaskResult& t = *rows[i];
    float y = top + row_h * i, h = row_h * 0.62f, yc = y + row_h / 2;
    std::string name = PlanNodeName(*c.plan, t.id);
    if (name.size() > 22) name = name.substr(0, 21) + "\xE2\x80\xA6";
    ChartText(a.dl, font, font->FontSize, ImVec2(a.min.x, yc - font->FontSize / 2), p.text, name.c_str());
    float w = float(t.sensitivity) * half * 0.5f;
    ImU32 col = t.sensitivity >= 0 ? p.warning : p.accent;
    a.dl->AddRectFilled(ImVec2(std::min(mid, mid + w), yc - h / 2), ImVec2(std::max(mid, mid + w), yc + h / 2), col, 2);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%+.2f", t.sensitivity);
    ChartText(a.dl, font, font->FontSize, ImVec2(t.sensitivity >= 0 ? mid + w + 3 : mid + w - Em(2.4f), yc - font->FontSize / 2),
                  p.text_muted, buf);
    float cw = float(t.criticality) * (half - Em(2.5f));
    a.dl->AddRectFilled(ImVec2(crit_x0, yc - h / 2), ImVec2(crit_x0 + half - Em(2.5f), yc + h / 2), WithAlpha(p.border, 0.5f), 2);
    a.dl->AddRectFilled(ImVec2(crit_x0, yc - h / 2), ImVec2(crit_x0 + cw, yc + h / 2), p.error, 2);
    std::snprintf(buf, sizeof buf, "%.0f%%", 100 * t.criticality);
    ChartText(a.dl, font, font->FontSize, ImVec2(crit_x0 + half - Em(2.3f), yc - font->FontSize / 2), p.text_muted, buf);
  }
  float ny = bottom + Em(0.4f);
  ChartText(a.dl, font, font->FontSize, ImVec2(x0, ny), p.text_muted,
                "Correlation of a task's duration with the finish date");
  ChartText(a.dl, font, font->FontSize, ImVec2(crit_x0, ny), p.text_muted, "Share of runs where it is on the critical path");
  End(a);
}

// [SECTION] Gantt
void DrawGanttChart(const PlanChartContext& c) {
  const SimResult& r = *c.result;
  const PaletteColors& p = Palette();
  Area a = Begin("gantt chart", c.size);
  double max_day = 1;
  for (const TaskResult& t : r.tasks) max_day = std::max(max_day, t.finish_p90);
  max_day = std::max(max_day, r.p95) * 1.05;
  size_t n = r.tasks.size();
  float label_w = Em(11), legend_h = Em(1.6f);
  float row_h = std::min(Em(1.6f), (c.size.y - Em(4) - legend_h) / std::max<size_t>(n, 1));
  float x0 = a.min.x + label_w, x1 = a.max.x - Em(1);
  float top = a.min.y + Em(0.3f), bottom = top + row_h * n;
  auto sx = [&](double d) { return x0 + float(d / max_day) * (x1 - x0); };
  ImFont* font = Fonts().small;
  double step = NiceStep(max_day, 8);
  for (double d = 0; d <= max_day; d += step) {
    a.dl->AddLine(ImVec2(sx(d), top), ImVec2(sx(d), bottom), WithAlpha(p.border, 0.7f));
    std::string s = DateLabel(c.start, d);
    ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.c_str());
    ChartText(a.dl, font, font->FontSize, ImVec2(sx(d) - ts.x / 2, bottom + Em(0.2f)), p.text_muted, s.c_str());
  }
  for (size_t i = 0; i < n; ++i) {
    const TaskResult& t = r.tasks[i];
    float y = top + row_h * i, yc = y + row_h / 2, h = row_h * 0.55f;
    if (i % 2) a.dl->AddRectFilled(ImVec2(a.min.x, y), ImVec2(x1, y + row_h), WithAlpha(p.rail, 0.6f));
    std::string name = PlanNodeName(*c.plan, t.id);
    if (name.size() > 22) name = name.substr(0, 21) + "\xE2\x80\xA6";
    ChartText(a.dl, t.is_challenge ? Fonts().heading : font, font->FontSize, ImVec2(a.min.x + 2, yc - font->FontSize / 2),
                  p.text, name.c_str());
    if (t.p_success <= 0) continue;
    ImU32 col = t.is_challenge ? p.roles[6] : p.accent;
    // Light: from the early start (P10) to the late finish (P90). Solid: P50 start to P50 finish.
    a.dl->AddRectFilled(ImVec2(sx(t.start_p10), yc - h / 2), ImVec2(sx(t.finish_p90), yc + h / 2), WithAlpha(col, 0.25f), 3);
    a.dl->AddRectFilled(ImVec2(sx(t.start_p50), yc - h * 0.32f), ImVec2(std::max(sx(t.finish_p50), sx(t.start_p50) + 2), yc + h * 0.32f), col, 3);
    if (t.p_success < 0.995) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.0f%%", 100 * t.p_success);
      ChartText(a.dl, font, font->FontSize, ImVec2(sx(t.finish_p90) + 4, yc - font->FontSize / 2), p.warning, buf);
    }
  }
  Legend(a, bottom + Em(1.6f),
         {{"P50 start to P50 finish", p.accent}, {"P10 start to P90 finish", WithAlpha(p.accent, 0.35f)},
          {"Research challenge", p.roles[6]}, {"Chance of success when below 100%", p.warning, true}});
  End(a);
}

// [SECTION] Fan
void DrawFanChart(const PlanChartContext& c) {
  const SimResult& r = *c.result;
  const PaletteColors& p = Palette();
  Area a = Begin("fan chart", c.size);
  double max_day = r.fan_days.empty() ? 1 : r.fan_days.back();
  float legend_h = Em(1.6f);
  AxisSpec x{"Working days from the start", 0, max_day, NiceStep(max_day, 8), "%.0f", 1};
  AxisSpec y{"Share of importance delivered", 0, 1, 0.2, "%.0f%%", 100};
  PlotFrame f = DrawPlotFrame(a.dl, a.min, ImVec2(a.max.x, a.max.y - legend_h), x, y);
  auto band = [&](const std::vector<double>& lo, const std::vector<double>& hi, ImU32 col) {
    for (size_t i = 1; i < r.fan_days.size() && i < lo.size(); ++i) {
      ImVec2 a0 = f.ToScreen(r.fan_days[i - 1], lo[i - 1]), a1 = f.ToScreen(r.fan_days[i], lo[i]);
      ImVec2 b0 = f.ToScreen(r.fan_days[i - 1], hi[i - 1]), b1 = f.ToScreen(r.fan_days[i], hi[i]);
      a.dl->AddQuadFilled(a0, a1, b1, b0, col);
    }
  };
  band(r.fan_p10, r.fan_p90, WithAlpha(p.accent, 0.18f));
  band(r.fan_p25, r.fan_p75, WithAlpha(p.accent, 0.32f));
  for (size_t i = 1; i < r.fan_days.size() && i < r.fan_p50.size(); ++i)
    a.dl->AddLine(f.ToScreen(r.fan_days[i - 1], r.fan_p50[i - 1]), f.ToScreen(r.fan_days[i], r.fan_p50[i]), p.accent, 2.5f);
  Legend(a, a.max.y - legend_h + Em(0.3f),
         {{"Median run", p.accent}, {"Middle half of runs (P25-P75)", WithAlpha(p.accent, 0.5f)},
          {"80% of runs (P10-P90)", WithAlpha(p.accent, 0.25f)}});
  End(a);
}

// [SECTION] Matrix
void DrawMatrixChart(const PlanChartContext& c) {
  const SimResult& r = *c.result;
  const PaletteColors& p = Palette();
  Area a = Begin("matrix chart", c.size);
  AxisSpec x{"Likelihood of success", 0, 1, 0.2, "%.0f%%", 100};
  AxisSpec y{"Importance", 0, 5.5, 1, "%.0f", 1};
  PlotFrame f = DrawPlotFrame(a.dl, a.min, a.max, x, y);
  // Quadrants, named for what to do with the work in them.
  ImVec2 mid = f.ToScreen(0.5, 2.75);
  a.dl->AddLine(ImVec2(mid.x, f.min.y), ImVec2(mid.x, f.max.y), p.text_muted, 1.2f);
  a.dl->AddLine(ImVec2(f.min.x, mid.y), ImVec2(f.max.x, mid.y), p.text_muted, 1.2f);
  ImFont* font = Fonts().small;
  auto corner = [&](ImVec2 pos, const char* text) { ChartText(a.dl, font, font->FontSize, pos, WithAlpha(p.text_muted, 0.9f), text); };
  corner(ImVec2(f.min.x + 6, f.min.y + 4), "Important but risky: add approaches, start early");
  corner(ImVec2(mid.x + 6, f.min.y + 4), "Important and likely: do first");
  corner(ImVec2(f.min.x + 6, f.max.y - font->FontSize - 4), "Risky, less important: question it");
  corner(ImVec2(mid.x + 6, f.max.y - font->FontSize - 4), "Likely, less important: fit in");
  std::vector<LabelRequest> labels;
  for (const TaskResult& t : r.tasks) {
    double imp = 3;
    bool approach = false;
    for (const Task& task : c.plan->tasks)
      if (task.id == t.id) { imp = task.importance; approach = !task.challenge.empty(); }
    for (const Challenge& ch : c.plan->challenges)
      if (ch.id == t.id) imp = ch.importance;
    if (approach) continue;  // judged through their challenge
    ImVec2 pos = f.ToScreen(t.p_success, std::min(imp, 5.4));
    DrawBubble(a.dl, pos, Em(0.45f), t.is_challenge ? p.roles[6] : p.accent, false);
    labels.push_back({pos, Em(0.45f), PlanNodeName(*c.plan, t.id)});
  }
  std::vector<ImVec2> at = PlaceLabels(labels, f.min, f.max);
  for (size_t i = 0; i < at.size(); ++i) ChartText(a.dl, font, font->FontSize, at[i], p.text, labels[i].text.c_str());
  End(a);
}

// [SECTION] Portfolio
namespace {

// The single-approach counterfactual of one challenge: the same plan with
// only its most likely approach, simulated with the same seed and trials in
// slices across frames (a large plan takes a while), cached per result.
struct SingleRun {
  double result_key = -1;
  std::string challenge;
  std::unique_ptr<Simulation> sim;
  SimResult result;
  bool done = false;
  std::string error;
};
std::vector<SingleRun> g_single;

double ResultKey(const SimResult& r) {
  return r.trials * 1e6 + r.seed * 13.0 + r.p50 + r.p_success * 7 + r.mean * 3;
}

SingleRun& SingleFor(const PlanChartContext& c, const std::string& challenge) {
  const double key = ResultKey(*c.result);
  for (SingleRun& s : g_single)
    if (s.challenge == challenge && s.result_key == key) return s;
  g_single.erase(std::remove_if(g_single.begin(), g_single.end(),
                                [&](const SingleRun& s) { return s.result_key != key; }),
                 g_single.end());
  g_single.emplace_back();
  SingleRun& s = g_single.back();
  s.result_key = key;
  s.challenge = challenge;
  SimOptions o;
  o.trials = c.result->trials;
  o.seed = c.result->seed;
  o.track_criticality = false;
  s.sim = std::make_unique<Simulation>();
  if (!s.sim->Start(SingleApproachPlan(*c.plan, challenge), o, &s.error)) s.done = true;
  return s;
}

const ChallengeCurve* CurveOf(const SimResult& r, const std::string& id) {
  for (const ChallengeCurve& cc : r.challenge_curves)
    if (cc.id == id) return &cc;
  return nullptr;
}

double CurveAt(const ChallengeCurve& cc, double day) {
  if (cc.days.empty() || day < cc.days.front()) return 0;
  size_t k = std::upper_bound(cc.days.begin(), cc.days.end(), day) - cc.days.begin();
  if (k >= cc.days.size()) return cc.p.back();
  double x0 = cc.days[k - 1], x1 = cc.days[k];
  return cc.p[k - 1] + (cc.p[k] - cc.p[k - 1]) * (x1 > x0 ? (day - x0) / (x1 - x0) : 0);
}

void CurveLine(const Area& a, const PlotFrame& f, const ChallengeCurve& cc, ImU32 col, float thickness, bool dashed) {
  std::vector<ImVec2> pts;
  for (size_t i = 0; i < cc.days.size(); ++i) {
    // Steps are drawn as a smooth line: the curve is sampled finely enough.
    ImVec2 q = f.ToScreen(std::min(cc.days[i], f.x.max), cc.p[i]);
    pts.push_back(q);
  }
  if (pts.size() < 2) return;
  if (!dashed) {
    a.dl->AddPolyline(pts.data(), int(pts.size()), col, 0, thickness);
    return;
  }
  for (size_t i = 0; i + 1 < pts.size(); i += 2) a.dl->AddLine(pts[i], pts[i + 1], col, thickness);
}

}  // namespace

void DrawPortfolioChart(const PlanChartContext& c) {
  const PaletteColors& p = Palette();
  ImGui::BeginGroup();
  if (c.plan->challenges.empty()) {
    Paragraph("This plan has no research challenges. A challenge is a problem that gates later work, with "
              "several approaches tried in parallel or as fallbacks; it is solved when any of them works.");
    ImGui::EndGroup();
    return;
  }
  // One counterfactual runs at a time, a slice per frame.
  for (const Challenge& ch : c.plan->challenges) {
    int n = 0;
    for (const Task& t : c.plan->tasks) n += t.challenge == ch.id;
    if (n < 2) continue;
    SingleRun& s = SingleFor(c, ch.id);
    if (!s.done) {
      s.sim->RunSlice(std::max(50, 400000 / std::max<int>(1, int(c.plan->tasks.size()))));
      if (s.sim->Done()) {
        s.result = s.sim->Result();
        s.done = true;
      }
      break;
    }
  }
  const float w = std::min(ImGui::GetContentRegionAvail().x, Em(44));
  for (const Challenge& ch : c.plan->challenges) {
    ImGui::PushID(ch.id.c_str());
    const TaskResult* res = nullptr;
    for (const TaskResult& t : c.result->tasks)
      if (t.id == ch.id) res = &t;
    int n = 0;
    const Task* best = nullptr;
    for (const Task& t : c.plan->tasks)
      if (t.challenge == ch.id) {
        ++n;
        if (!best || ApproachChance(t) > ApproachChance(*best)) best = &t;
      }
    Heading(ch.name.c_str());
    char buf[320];
    std::snprintf(buf, sizeof buf, "%d approach%s, %s. Solved in %.0f%% of simulated runs%s.", n, n == 1 ? "" : "es",
                  ch.parallel ? "tried in parallel" : "tried one after another", res ? 100 * res->p_success : 0.0,
                  res && res->p_success > 0 ? (", typically by " + DateLabel(c.start, res->finish_p50)).c_str() : "");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
    ImGui::TextUnformatted(buf);
    const ChallengeCurve* mine = CurveOf(*c.result, ch.id);
    const SingleRun* single = nullptr;
    for (const SingleRun& s : g_single)
      if (s.challenge == ch.id && s.result_key == ResultKey(*c.result)) single = &s;
    const ChallengeCurve* alone = single && single->done ? CurveOf(single->result, ch.id) : nullptr;
    if (mine && alone && best) {
      double end = mine->days.empty() ? 0 : mine->days.back();
      double p_all = mine->p.empty() ? 0 : mine->p.back(), p_one = alone->p.empty() ? 0 : alone->p.back();
      std::snprintf(buf, sizeof buf,
                    "With all %d approaches it is solved %.0f%% of the time; with %s alone, %.0f%%. By %s, when "
                    "it is typically solved: %.0f%% against %.0f%%.", n, 100 * p_all, best->name.c_str(), 100 * p_one,
                    DateLabel(c.start, res ? res->finish_p50 : end).c_str(),
                    100 * CurveAt(*mine, res ? res->finish_p50 : end), 100 * CurveAt(*alone, res ? res->finish_p50 : end));
      ImGui::TextUnformatted(buf);
    } else if (n >= 2 && single && !single->error.empty()) {
      MutedText(("The single-approach plan could not be simulated: " + single->error).c_str());
    } else if (n >= 2) {
      MutedText("Simulating the plan with only the most likely approach, for comparison...");
    }
    ImGui::PopTextWrapPos();
    if (mine) {
      double max_day = 1;
      for (const ChallengeCurve* cc : {mine, alone})
        if (cc && !cc->days.empty()) max_day = std::max(max_day, cc->days.back());
      max_day *= 1.05;
      Area a = Begin("portfolio curve", ImVec2(w, Em(12)));
      AxisSpec x{"Working days from the start", 0, max_day, NiceStep(max_day, 8), "%.0f", 1};
      AxisSpec y{"Solved by then", 0, 1, 0.25, "%.0f%%", 100};
      const float legend_h = Em(1.6f);
      PlotFrame f = DrawPlotFrame(a.dl, a.min, ImVec2(a.max.x, a.max.y - legend_h), x, y);
      if (alone) CurveLine(a, f, *alone, WithAlpha(p.text_muted, 0.9f), 2.0f, true);
      CurveLine(a, f, *mine, p.accent, 2.5f, false);
      if (res && res->p_success > 0) VLine(a, f, res->finish_p50, WithAlpha(p.text_muted, 0.7f), "typical date", true, 0);
      std::vector<LegendEntry> legend = {{n >= 2 ? "All approaches (this plan)" : "This plan", p.accent}};
      if (alone && best) legend.push_back({"Only " + best->name, WithAlpha(p.text_muted, 0.9f), true});
      Legend(a, a.max.y - legend_h + Em(0.3f), legend);
      End(a);
    }
    if (n == 1 && PortfolioChance(*c.plan, ch.id) < 0.9) {
      std::snprintf(buf, sizeof buf, "A second approach with even odds would lift the chance of solving it to %.0f%%.",
                    100 * (1 - (1 - PortfolioChance(*c.plan, ch.id)) * 0.5));
      MutedText(buf);
    }
    ImGui::Dummy(ImVec2(0, Em(0.6f)));
    ImGui::PopID();
  }
  ImGui::EndGroup();
}

}  // namespace mlt
