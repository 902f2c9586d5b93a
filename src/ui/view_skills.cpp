// The Skills view: the team on the lecture's skills chart, with filters,
// zoom and pan, drag-to-edit, role fit and team coverage beside it.
// [SECTION] Toolbar  [SECTION] Chart interaction  [SECTION] Side panel  [SECTION] View
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "model/team_analysis.h"
#include "ui/app.h"
#include "ui/item_recorder.h"
#include "ui/coverage_panel.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/person_edit.h"
#include "ui/person_inspector.h"
#include "ui/role_chart.h"
#include "ui/role_colors.h"
#include "ui/skills_chart.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

PeopleChartInput ChartInput(const App& app) {
  PeopleChartInput in;
  in.content = &app.GetContent();
  in.later_edition = app.ui.chart_edition == 1;
  in.x0 = app.ui.view_x0;
  in.x1 = app.ui.view_x1;
  in.y0 = app.ui.view_y0;
  in.y1 = app.ui.view_y1;
  in.selected = app.ui.selected_person;
  for (const Person& p : app.Store().Current().people) {
    if (!app.ui.chart_show_kind[int(p.kind)]) continue;
    if (!app.ui.chart_team.empty() && p.team != app.ui.chart_team) continue;
    if (!app.ui.chart_role.empty() && p.role != app.ui.chart_role) continue;
    in.people.push_back(&p);
  }
  return in;
}

void ResetZoom(App& app) {
  app.ui.view_x0 = -0.06;
  app.ui.view_x1 = 1.06;
  app.ui.view_y0 = -0.08;
  app.ui.view_y1 = 1.06;
}

// [SECTION] Toolbar
void Toolbar(App& app, ImVec2* chart_min, ImVec2* chart_max) {
  const Workspace& ws = app.Store().Current();
  std::vector<std::string> teams = TeamNames(ws.people);
  ImGui::SetNextItemWidth(Em(9));
  if (BeginReportedCombo("##team", app.ui.chart_team.empty() ? "All teams" : app.ui.chart_team.c_str())) {
    if (ImGui::Selectable("All teams", app.ui.chart_team.empty())) app.ui.chart_team.clear();
    for (const auto& t : teams)
      if (ImGui::Selectable(t.c_str(), t == app.ui.chart_team)) app.ui.chart_team = t;
    ImGui::EndCombo();
  }
  FlowNext(Em(10));
  ImGui::SetNextItemWidth(Em(10));
  std::string role_label = app.ui.chart_role.empty() ? "All roles" : RoleDisplayName(app, app.ui.chart_role);
  if (BeginReportedCombo("##role filter", role_label.c_str())) {
    if (ImGui::Selectable("All roles", app.ui.chart_role.empty())) app.ui.chart_role.clear();
    for (const RoleInfo& r : app.GetContent().roles)
      if (ImGui::Selectable(r.name.c_str(), r.id == app.ui.chart_role)) app.ui.chart_role = r.id;
    ImGui::EndCombo();
  }
  float check = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  FlowNext(check + ImGui::CalcTextSize("Members").x, Em(1));
  ImGui::Checkbox("Members", &app.ui.chart_show_kind[0]);
  FlowNext(check + ImGui::CalcTextSize("Candidates").x);
  ImGui::Checkbox("Candidates", &app.ui.chart_show_kind[1]);
  FlowNext(check + ImGui::CalcTextSize("Open positions").x);
  ImGui::Checkbox("Open positions", &app.ui.chart_show_kind[2]);
  FlowNext(Em(9), Em(1));
  ImGui::SetNextItemWidth(Em(9));
  const char* editions[] = {"Original chart", "Later edition"};
  ImGui::Combo("##edition", &app.ui.chart_edition, editions, 2);
  Tooltip("Which edition of the lecture's chart places the role regions: the later one moved the ML engineer "
          "towards software engineering and dropped the data engineer.");
  // The three buttons stay together.
  FlowNext(ButtonWidth(ICON_CROSSHAIRS) + ButtonWidth(ICON_IMAGE "  PNG") + ButtonWidth(ICON_CODE "  SVG") + Em(1.5f), Em(1));
  if (ToolButton(ICON_CROSSHAIRS, "", "Reset zoom and pan (or double-click the chart)")) ResetZoom(app);
  ImGui::SameLine();
  if (ToolButton(ICON_IMAGE, "PNG", "Download the chart as a PNG image, as on screen"))
    app.RequestPngExport("skills-chart.png", *chart_min, *chart_max);
  ImGui::SameLine();
  if (ToolButton(ICON_CODE, "SVG", "Download the chart as an SVG drawing")) {
    PeopleChartInput in = ChartInput(app);
    in.selected.clear();
    app.Host().DownloadFile("skills-chart.svg", "image/svg+xml", PeopleChartSvg(in, 1200, 820));
    app.Notify(NoticeKind::Success, "Exported skills-chart.svg");
  }
}

// [SECTION] Chart interaction
void Chart(App& app, ImVec2 size, ImVec2* out_min, ImVec2* out_max) {
  ImVec2 origin = ImGui::GetCursorScreenPos();
  *out_min = origin;
  *out_max = ImVec2(origin.x + size.x, origin.y + size.y);
  ImGui::InvisibleButton("skills chart", size, ImGuiButtonFlags_MouseButtonLeft);
  bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
  ImGuiIO& io = ImGui::GetIO();
  PeopleChartInput in = ChartInput(app);
  PeopleChart chart = LayoutPeopleChart(in, *out_min, *out_max);
  int hit = hovered && !app.CapturingFrame() ? HitBubble(chart, io.MousePos) : -1;
  bool relayout = false;  // positions changed by this frame's input

  if (ImGui::IsItemActivated()) {
    if (hit >= 0) {
      app.ui.selected_person = chart.bubbles[hit].person->id;
      app.ui.dragging = app.ui.selected_person;
      app.ui.side_tab_request = 0;
    } else {
      app.ui.dragging.clear();  // empty space: pan
    }
  }
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    const PlotFrame& f = chart.frame;
    if (!app.ui.dragging.empty()) {
      // Dragging a bubble edits two skills; one undo step per drag.
      double ml = std::clamp(std::round(f.ToDataX(io.MousePos.x) * 100.0) / 10.0, 0.0, 10.0);
      double sw = std::clamp(std::round(f.ToDataY(io.MousePos.y) * 100.0) / 10.0, 0.0, 10.0);
      std::string id = app.ui.dragging;
      app.Store().Apply("move on the chart", [&](Workspace& w) {
        if (Person* p = FindPerson(w, id)) {
          p->skills[int(Skill::Ml)] = ml;
          p->skills[int(Skill::Software)] = sw;
        }
      }, app.Now(), "drag:" + id);
      relayout = true;
    } else {
      double dx = io.MouseDelta.x / f.Width() * (app.ui.view_x1 - app.ui.view_x0);
      double dy = io.MouseDelta.y / (f.max.y - f.min.y) * (app.ui.view_y1 - app.ui.view_y0);
      app.ui.view_x0 -= dx;
      app.ui.view_x1 -= dx;
      app.ui.view_y0 += dy;
      app.ui.view_y1 += dy;
      relayout = true;
    }
  }
  if (ImGui::IsItemDeactivated()) app.ui.dragging.clear();
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && hit < 0) {
    ResetZoom(app);
    relayout = true;
  }
  if (hovered && io.MouseWheel != 0) {
    // Zoom around the mouse position.
    const PlotFrame& f = chart.frame;
    double mx = f.ToDataX(io.MousePos.x), my = f.ToDataY(io.MousePos.y);
    double k = std::pow(0.87, double(io.MouseWheel));
    double w = (app.ui.view_x1 - app.ui.view_x0) * k, h = (app.ui.view_y1 - app.ui.view_y0) * k;
    if (w > 0.08 && w < 2.5) {
      double fx = (mx - app.ui.view_x0) / (app.ui.view_x1 - app.ui.view_x0);
      double fy = (my - app.ui.view_y0) / (app.ui.view_y1 - app.ui.view_y0);
      app.ui.view_x0 = mx - fx * w;
      app.ui.view_x1 = app.ui.view_x0 + w;
      app.ui.view_y0 = my - fy * h;
      app.ui.view_y1 = app.ui.view_y0 + h;
      relayout = true;
    }
  }
  // Arrow keys nudge the selected bubble when the chart has focus.
  const Person* sel = app.SelectedPerson();
  if (sel && ImGui::IsItemFocused() && !io.WantTextInput) {
    double step = io.KeyShift ? 1.0 : 0.1, dml = 0, dsw = 0;
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) dml = -step;
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) dml = step;
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) dsw = step;
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) dsw = -step;
    if (dml != 0 || dsw != 0) {
      std::string id = sel->id;
      app.Store().Apply("nudge on the chart", [&](Workspace& w) {
        if (Person* p = FindPerson(w, id)) {
          p->skills[int(Skill::Ml)] = std::clamp(std::round((p->skills[int(Skill::Ml)] + dml) * 10) / 10, 0.0, 10.0);
          p->skills[int(Skill::Software)] = std::clamp(std::round((p->skills[int(Skill::Software)] + dsw) * 10) / 10, 0.0, 10.0);
        }
      }, app.Now(), "nudge:" + id);
      relayout = true;
    }
  }

  // Lay out again only when this frame's input moved something (the common
  // hover-only frame reuses the first layout; labels for the hovered person
  // are the one thing that needs it when the roster is large).
  std::string hovered_id = hit >= 0 ? chart.bubbles[hit].person->id : "";
  if (relayout || (!hovered_id.empty() && in.people.size() > in.label_limit)) {
    in = ChartInput(app);
    in.hovered = hovered_id;
    chart = LayoutPeopleChart(in, *out_min, *out_max);
  } else {
    in.hovered = hovered_id;
  }
  DrawPeopleChart(ImGui::GetWindowDrawList(), chart, in);

  if (hit >= 0 && app.ui.dragging.empty() && !TooltipsSuppressed()) {
    const Person* p = nullptr;
    for (const auto& b : chart.bubbles)
      if (b.person->id == in.hovered) p = b.person;
    if (p) {
      ImGui::BeginTooltip();
      ImGui::PushFont(Fonts().heading);
      ImGui::TextUnformatted(p->name.c_str());
      ImGui::PopFont();
      std::string sub = RoleDisplayName(app, p->role) + (p->team.empty() ? "" : " \xC2\xB7 " + p->team) + " \xC2\xB7 " +
                        PersonKindLabel(p->kind);
      MutedText(sub.c_str());
      for (int s = 0; s < kSkillCount; ++s) {
        ImGui::Text("%-26s", SkillLabel(Skill(s)).data());
        ImGui::SameLine(Em(11));
        ImVec2 o = ImGui::GetCursorScreenPos();
        float bw = Em(7), bh = Em(0.5f);
        o.y += (ImGui::GetTextLineHeight() - bh) / 2;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(o, ImVec2(o.x + bw, o.y + bh), WithAlpha(Palette().border, 0.6f), 2);
        dl->AddRectFilled(o, ImVec2(o.x + bw * float(p->skills[s] / 10), o.y + bh), RoleColor(p->role), 2);
        ImGui::Dummy(ImVec2(bw, ImGui::GetTextLineHeight()));
        ImGui::SameLine();
        ImGui::Text("%.1f", p->skills[s]);
      }
      auto ranked = RankRoles(p->skills, app.GetContent());
      if (!ranked.empty()) {
        ImGui::PushTextWrapPos(Em(20));
        MutedText(ExplainFit(ranked[0], app.GetContent()).c_str());
        ImGui::PopTextWrapPos();
      }
      MutedText("Click to select \xC2\xB7 drag to change ML and software skills");
      ImGui::EndTooltip();
    }
  }
}

// [SECTION] Side panel
void SidePanel(App& app, float width) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.9f), Em(0.7f)));
  ImGui::BeginChild("Skills side", ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  if (ImGui::BeginTabBar("side tabs")) {
    int request = app.ui.side_tab_request;
    app.ui.side_tab_request = -1;
    if (ImGui::BeginTabItem("Person", nullptr, request == 0 ? ImGuiTabItemFlags_SetSelected : 0)) {
      if (app.SelectedPerson()) DrawPersonDetails(app);
      else Paragraph("Click a bubble to see and edit that person here, with how well they fit each role.", 17);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Team coverage", nullptr, request == 1 ? ImGuiTabItemFlags_SetSelected : 0)) {
      DrawCoveragePanel(app);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
}

void EmptyState(App& app) {
  if (BeginCard("empty skills")) {
    Heading("Put your team on the chart");
    Paragraph("Each person becomes a bubble: further right for more ML expertise, higher for more software "
              "engineering, bigger for stronger communication. The shaded circles show where each role "
              "typically sits. Load the example team to see it in action.", 44);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    if (PrimaryButton(ICON_USERS_EXAMPLE "  Load the example team")) app.LoadExampleTeam();
    ImGui::SameLine();
    if (ImGui::Button("Add people in Roles")) app.SetView(View::Roles);
  }
  EndCard();
  ImGui::Dummy(ImVec2(0, Em(0.5f)));
  RoleChartOptions opt;
  float w = std::min(ImGui::GetContentRegionAvail().x, Em(50));
  opt.size = ImVec2(w, std::min(w * 0.62f, ImGui::GetContentRegionAvail().y));
  DrawRoleChart(app.GetContent(), opt);
}

}  // namespace

// [SECTION] View
void DrawSkillsView(App& app) {
  ViewHeader(ICON_SKILLS, "Skills",
             "Your team on the lecture's chart: ML expertise across, software engineering up, communication "
             "as bubble size, over the typical profile of each role.");
  if (app.Store().Current().people.empty()) {
    EmptyState(app);
    return;
  }
  ImVec2 chart_min = app.ui.chart_rect_min, chart_max = app.ui.chart_rect_max;
  Toolbar(app, &chart_min, &chart_max);
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
  float side_w = Em(20);
  ImVec2 avail = ImGui::GetContentRegionAvail();
  ImVec2 size(avail.x - side_w - Em(1), std::max(avail.y, Em(20)));
  Chart(app, size, &app.ui.chart_rect_min, &app.ui.chart_rect_max);
  ImGui::SameLine(0, Em(1));
  SidePanel(app, side_w);
}

}  // namespace mlt
