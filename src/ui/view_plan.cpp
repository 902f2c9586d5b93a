// The Plan view: edit tasks, challenges and milestones; run the Monte Carlo
// simulation in slices; read the results as numbers, charts and a summary.
// [SECTION] Toolbar  [SECTION] Results  [SECTION] View
#include <algorithm>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "model/plan_edit.h"
#include "model/table_csv.h"
#include "sim/summary.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/plan_charts.h"
#include "ui/plan_table.h"
#include "ui/svg_capture.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// [SECTION] Toolbar
void AddButtons(App& app) {
  const Plan& plan = app.Store().Current().plan;
  if (ToolButton(ICON_PLUS, "Task", "Add a task")) {
    std::string id = NewPlanId(plan, "task");
    app.Store().Apply("add a task", [&](Workspace& w) {
      Task t;
      t.id = id;
      t.name = "New task";
      t.optimistic = 2;
      t.most_likely = 4;
      t.pessimistic = 8;
      t.p_success = 0.9;
      w.plan.tasks.push_back(t);
    }, app.Now());
    app.ui.selected_task = id;
    app.ui.plan_tab = 0;
  }
  ImGui::SameLine();
  if (ToolButton(ICON_PLUS, "Challenge", "Add a research challenge: solved when any of its approaches succeeds")) {
    std::string id = NewPlanId(plan, "challenge");
    app.Store().Apply("add a challenge", [&](Workspace& w) {
      Challenge c;
      c.id = id;
      c.name = "New research challenge";
      w.plan.challenges.push_back(c);
    }, app.Now());
    app.ui.plan_tab = 1;
  }
  ImGui::SameLine();
  if (ToolButton(ICON_PLUS, "Milestone", "Add a milestone with a deadline")) {
    std::string id = NewPlanId(plan, "milestone");
    app.Store().Apply("add a milestone", [&](Workspace& w) {
      Milestone m;
      m.id = id;
      m.name = "New milestone";
      w.plan.milestones.push_back(m);
    }, app.Now());
    app.ui.plan_tab = 1;
  }
  // The editor's own table, with no simulation needed (the results CSV has the simulated numbers).
  if (CsvButton("plan tasks", 0, "Download the task table as CSV: estimates, chance, retries, owner and "
                                 "dependencies (plan-tasks.csv)"))
    app.ExportTableCsv("plan-tasks.csv", PlanTaskRows(app.Store().Current().plan, app.Store().Current().people));
}

void RunControls(App& app, bool valid) {
  FlowNext(Em(30), Em(1.5f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Runs");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(Em(6));
  static const int kTrials[] = {500, 1000, 2000, 5000, 10000, 100000};
  char preview[16];
  std::snprintf(preview, sizeof preview, "%d", app.ui.sim_trials);
  if (BeginReportedCombo("##trials", preview)) {
    for (int t : kTrials) {
      char label[16];
      std::snprintf(label, sizeof label, "%d", t);
      if (ImGui::Selectable(label, t == app.ui.sim_trials)) app.ui.sim_trials = t;
    }
    ImGui::EndCombo();
  }
  Tooltip("More runs give steadier numbers: the standard error of a probability p over M runs is sqrt(p(1-p)/M)");
  ImGui::SameLine();
  ImGui::TextUnformatted("Seed");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(Em(4));
  ImGui::DragInt("##seed", &app.ui.sim_seed, 0.2f, 1, 999999);
  Tooltip("The same seed gives the same results");
  ImGui::SameLine();
  if (app.SimulationRunning()) {
    char label[48];
    std::snprintf(label, sizeof label, "Simulating %.0f%%", 100 * app.SimulationProgress());
    ImGui::ProgressBar(app.SimulationProgress(), ImVec2(Em(10), 0), label);
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) app.CancelSimulation();
  } else {
    ImGui::BeginDisabled(!valid);
    if (PrimaryButton(ICON_PLAN "  Run simulation")) app.StartSimulation();
    ImGui::EndDisabled();
  }
  if (app.Result()) {
    FlowNext(ButtonWidth(ICON_EXPORT "  CSV") + ButtonWidth(ICON_IMAGE "  PNG") + ButtonWidth(ICON_CODE "  SVG") + Em(1.5f));
    if (ToolButton(ICON_EXPORT, "CSV##results", "Download the results as CSV")) app.ExportResultsCsv();
    ImGui::SameLine();
    if (ToolButton(ICON_IMAGE, "PNG", "Download the chart shown below as a PNG image"))
      app.RequestPngExport(app.ui.plan_chart_name + ".png", app.ui.plan_chart_min, app.ui.plan_chart_max);
    ImGui::SameLine();
    if (ToolButton(ICON_CODE, "SVG", "Download the chart shown below as an SVG drawing (the charts tabs)",
                   app.ui.plan_chart_is_drawing))
      app.ui.plan_svg_requested = true;
  }
}

void StartDate(App& app) {
  std::string date = app.Store().Current().plan.start_date;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s", date.c_str());
  ImGui::SetNextItemWidth(Em(7));
  if (ImGui::InputTextWithHint("##start", "YYYY-MM-DD", buf, sizeof buf)) {
    Date d;
    std::string text = buf;
    if (text.empty() || ParseIsoDate(text, &d))
      app.Store().Apply("change the start date", [&](Workspace& w) { w.plan.start_date = text; }, app.Now(),
                        "plan:start");
  }
  Tooltip("Start date of working day 0 (YYYY-MM-DD); empty means today");
  ImGui::SameLine();
  MutedText(("starts " + FormatLongDate(app.PlanStart())).c_str());
}

// [SECTION] Results
void BigNumber(const char* label, const std::string& value, const std::string& sub, ImU32 color) {
  ImGui::BeginGroup();
  ImGui::PushFont(Fonts().small);
  MutedText(label);
  ImGui::PopFont();
  ImGui::PushFont(Fonts().title);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PushFont(Fonts().small);
  MutedText(sub.c_str());
  ImGui::PopFont();
  ImGui::EndGroup();
}

std::string Short(const Date& start, double days) { return FormatShortDate(AddWorkingDays(start, days)); }

void Headline(App& app, const SimResult& r) {
  const PaletteColors& p = Palette();
  Date start = app.PlanStart();
  char sub[64];
  std::snprintf(sub, sizeof sub, "%.0f working days", r.p50);
  BigNumber("50% LIKELY BY", Short(start, r.p50), sub, p.text);
  ImGui::SameLine(0, Em(2.5f));
  std::snprintf(sub, sizeof sub, "%.0f days \xC2\xB7 95%%: %s", r.p80, Short(start, r.p95).c_str());
  BigNumber("80% LIKELY BY", Short(start, r.p80), sub, p.text);
  ImGui::SameLine(0, Em(2.5f));
  char v[32];
  std::snprintf(v, sizeof v, "%.0f%%", 100 * r.p_success);
  std::snprintf(sub, sizeof sub, "\xC2\xB1 %.1f points (95%% interval)", 100 * 1.96 * r.p_success_se);
  BigNumber("CHANCE IT SUCCEEDS", v, sub, r.p_success >= 0.8 ? p.success : r.p_success >= 0.5 ? p.warning : p.error);
  ImGui::SameLine(0, Em(2.5f));
  std::snprintf(sub, sizeof sub, "P50 is %.0f working days later", std::max(0.0, r.p50 - r.deterministic_days));
  BigNumber("A WATERFALL PLAN SAYS", Short(start, r.deterministic_days), sub, p.text_muted);
}

void Results(App& app, float height) {
  const SimResult* r = app.Result();
  if (!r) {
    if (BeginCard("no results")) {
      Paragraph("Run the simulation to see when the plan is likely to finish, how sure that is, which tasks "
                "drive the risk, and a summary you can send to leadership.", 50);
    }
    EndCard();
    return;
  }
  if (app.ResultStale()) {
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().warning);
    ImGui::TextUnformatted(ICON_WARNING "  The plan changed since these results. Run the simulation again.");
    ImGui::PopStyleColor();
  }
  Headline(app, *r);
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  static const char* const kTabs[] = {"Summary", "Finish date", "Drivers", "Gantt", "Progress", "Likelihood x importance",
                                      "Portfolio", "Milestones"};
  static const char* const kNames[] = {"plan-summary", "finish-date", "drivers", "gantt", "progress-fan", "likelihood-importance",
                                       "portfolio", "milestones"};
  if (!ImGui::BeginTabBar("results tabs")) return;
  int shown = -1;
  for (int i = 0; i < 8; ++i) {
    if (!ImGui::BeginTabItem(kTabs[i])) continue;
    shown = i;
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  PlanChartContext ctx;
  ctx.plan = &app.ResultPlan();
  ctx.result = r;
  ctx.start = app.PlanStart();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  ctx.size = ImVec2(avail.x, std::max(avail.y, Em(14)));
  app.ui.plan_chart_min = ImGui::GetCursorScreenPos();
  app.ui.plan_chart_max = ImVec2(app.ui.plan_chart_min.x + ctx.size.x, app.ui.plan_chart_min.y + ctx.size.y);
  app.ui.plan_chart_name = shown >= 0 ? kNames[shown] : "plan";
  // Charts drawn with the draw list can be captured as SVG.
  app.ui.plan_chart_is_drawing = shown >= 1 && shown <= 6;  // (Portfolio: its curves; the prose around them is not part of the drawing)
  SvgCapture capture;
  if (app.ui.plan_svg_requested && app.ui.plan_chart_is_drawing)
    capture.Begin(ImGui::GetWindowDrawList(), app.ui.plan_chart_min, app.ui.plan_chart_max);
  app.ui.plan_svg_requested = false;
  switch (shown) {
    case 0: {
      std::string summary = LeadershipSummary(*ctx.plan, *r, ctx.start);
      if (BeginCard("summary card")) {
        Heading("For leadership");
        Paragraph(summary.c_str(), 52);
        ImGui::Dummy(ImVec2(0, Em(0.3f)));
        if (ToolButton(ICON_COPY, "Copy summary", "Copy the summary to the clipboard")) {
          ImGui::SetClipboardText(summary.c_str());
          app.Host().CopyText(summary);
          app.Notify(NoticeKind::Success, "Copied the summary");
        }
        ImGui::SameLine();
        char buf[96];
        std::snprintf(buf, sizeof buf, "%d runs, seed %llu; dates count working days (Mon-Fri).", r->trials,
                      (unsigned long long)r->seed);
        MutedText(buf);
      }
      EndCard();
      break;
    }
    case 1: DrawFinishChart(ctx); break;
    case 2: DrawDriversChart(ctx); break;
    case 3: DrawGanttChart(ctx); break;
    case 4: DrawFanChart(ctx); break;
    case 5: DrawMatrixChart(ctx); break;
    case 6: DrawPortfolioChart(ctx); break;
    case 7: {
      if (r->milestones.empty()) {
        Paragraph("No milestones. Add one to see the chance of meeting its deadline.");
        break;
      }
      if (ImGui::BeginTable("milestones", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Milestone");
        ImGui::TableSetupColumn("Deadline");
        ImGui::TableSetupColumn("Chance on time");
        ImGui::TableSetupColumn("Chance reached at all");
        ImGui::TableSetupColumn("Likely (P50 / P80)");
        ImGui::TableHeadersRow();
        for (const MilestoneResult& m : r->milestones) {
          const Milestone* ms = nullptr;
          for (const Milestone& x : ctx.plan->milestones)
            if (x.id == m.id) ms = &x;
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(ms ? ms->name.c_str() : m.id.c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(ms && ms->deadline_days > 0 ? Short(ctx.start, ms->deadline_days).c_str() : "none");
          ImGui::TableNextColumn();
          ImGui::Text("%.0f%% \xC2\xB1 %.1f", 100 * m.p_on_time, 100 * 1.96 * m.p_on_time_se);
          ImGui::TableNextColumn();
          ImGui::Text("%.0f%%", 100 * m.p_reached);
          ImGui::TableNextColumn();
          if (m.p_reached > 0) ImGui::Text("%s / %s", Short(ctx.start, m.finish_p50).c_str(), Short(ctx.start, m.finish_p80).c_str());
        }
        ImGui::EndTable();
      }
      break;
    }
    default: break;
  }
  if (capture.Active()) {
    std::string svg = capture.End(std::string(kTabs[shown]) + " \xE2\x80\x94 ML Team Studio plan");
    app.Host().DownloadFile(app.ui.plan_chart_name + ".svg", "image/svg+xml", svg);
    app.Notify(NoticeKind::Success, "Exported " + app.ui.plan_chart_name + ".svg");
  }
  (void)height;
}

void EmptyState(App& app) {
  if (BeginCard("empty plan")) {
    Heading("Plan with the odds, not a single date");
    Paragraph("Give each task a best, likely and worst estimate and a chance of success; group alternative "
              "approaches to a research problem into a challenge; then simulate the plan thousands of times to "
              "see when it is likely to finish and what drives the risk. Start from an example:", 46);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    if (PrimaryButton(ICON_PLAN "  A recommender with a research bet"))
      app.LoadExample("plan-recommender.json", "the recommender example plan");
    ImGui::SameLine();
    if (ImGui::Button("The lecture's four uncertain tasks"))
      app.LoadExample("plan-four-tasks.json", "the four-task example plan");
    ImGui::SameLine();
    MutedText("or add tasks above.");
  }
  EndCard();
}

}  // namespace

// [SECTION] View
void DrawPlanView(App& app) {
  ViewHeader(ICON_PLAN, "Plan",
             "Plan ML work as the uncertain thing it is: ranged estimates, chances of success and several "
             "approaches to each research problem, simulated many times over.");
  const Plan& plan = app.Store().Current().plan;
  const std::string& problem = app.PlanProblem();
  AddButtons(app);
  ImGui::SameLine(0, Em(1.5f));
  StartDate(app);
  RunControls(app, problem.empty() && !plan.tasks.empty());
  if (plan.tasks.empty() && plan.challenges.empty()) {
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    EmptyState(app);
    return;
  }
  if (!problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().error);
    ImGui::TextWrapped(ICON_ERROR "  %s", problem.c_str());
    ImGui::PopStyleColor();
  }
  float avail = ImGui::GetContentRegionAvail().y;
  float editor_h = std::clamp(avail * 0.36f, Em(8), Em(20));
  if (ImGui::BeginTabBar("plan tabs")) {
    if (ImGui::BeginTabItem("Tasks", nullptr, app.ui.plan_tab == 0 ? ImGuiTabItemFlags_SetSelected : 0)) {
      DrawTaskTable(app, editor_h);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Challenges and milestones", nullptr, app.ui.plan_tab == 1 ? ImGuiTabItemFlags_SetSelected : 0)) {
      ImGui::BeginChild("challenges", ImVec2(0, editor_h), ImGuiChildFlags_Border);
      DrawChallengesAndMilestones(app);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    app.ui.plan_tab = -1;
    ImGui::EndTabBar();
  }
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  Results(app, ImGui::GetContentRegionAvail().y);
}

}  // namespace mlt
