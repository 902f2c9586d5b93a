// The Organisation view: the org chart builder (toolbar, canvas, legend,
// inspector), the org metrics and the archetype assessment, as three tabs.
// [SECTION] Toolbar  [SECTION] Chart tab  [SECTION] View
#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/org_assessment.h"
#include "ui/org_chart.h"
#include "ui/org_panels.h"
#include "ui/person_edit.h"
#include "ui/role_colors.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

bool NameMatches(const std::string& name, const char* q) {
  if (!*q) return false;
  auto it = std::search(name.begin(), name.end(), q, q + std::strlen(q),
                        [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); });
  return it != name.end();
}

// Matches of the search text among people and units, in chart order.
std::vector<int> SearchMatches(App& app, const OrgTree& t) {
  std::vector<int> hits;
  const Workspace& ws = app.Store().Current();
  for (int k : t.order) {
    const OrgNode& n = t.nodes[k];
    const std::string& name = n.kind == OrgNodeKind::Unit ? ws.org.units[n.index].name : ws.people[n.index].name;
    const std::string& title = n.kind == OrgNodeKind::Unit ? name : ws.people[n.index].title;
    if (NameMatches(name, app.ui.org_search) || NameMatches(title, app.ui.org_search)) hits.push_back(k);
  }
  return hits;
}

void ExamplesCombo(App& app, float width) {
  ImGui::SetNextItemWidth(width);
  if (BeginReportedCombo("##example orgs", "Example organisations")) {
    for (const Archetype& a : app.GetContent().archetypes) {
      std::string label = a.name;
      if (ImGui::Selectable(label.c_str())) app.LoadExampleOrg(a.id);
      Tooltip(a.summary.c_str());
    }
    ImGui::EndCombo();
  }
}

// [SECTION] Toolbar
void Toolbar(App& app, const OrgChartGeometry& g) {
  ImGui::SetNextItemWidth(Em(13));
  bool enter = ImGui::InputTextWithHint("##org search", ICON_SEARCH "  Find a person or unit", app.ui.org_search,
                                        sizeof app.ui.org_search, ImGuiInputTextFlags_EnterReturnsTrue);
  bool edited = ImGui::IsItemEdited();
  std::vector<int> hits = app.ui.org_search[0] ? SearchMatches(app, g.tree) : std::vector<int>{};
  if (edited) app.ui.org_search_hit = 0;
  if ((enter || edited) && !hits.empty()) {
    int k = hits[app.ui.org_search_hit % hits.size()];
    if (enter) app.ui.org_search_hit = (app.ui.org_search_hit + 1) % int(hits.size());
    RevealOrgNode(app, g.tree.nodes[k].id);
    if (enter) ImGui::SetKeyboardFocusHere(-1);  // keep typing / Enter for the next match
  }
  if (!app.ui.org_search[0] && edited) app.ui.org_highlight.clear();
  ImGui::SameLine();
  if (app.ui.org_search[0]) {
    if (hits.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, Palette().warning);
      ImGui::TextUnformatted("No match");
      ImGui::PopStyleColor();
    } else {
      MutedText((std::to_string(hits.size()) + (hits.size() == 1 ? " match" : " matches, Enter for next")).c_str());
    }
  }
  FlowNext(Em(9), Em(1));
  ImGui::SetNextItemWidth(Em(9));
  const char* layouts[] = {"Top down", "Left to right"};
  int lr = app.ui.org_left_right ? 1 : 0;
  if (ImGui::Combo("##org layout", &lr, layouts, 2)) {
    app.ui.org_left_right = lr == 1;
    FitOrgChart(app);
  }
  float check = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  FlowNext(check + ImGui::CalcTextSize("Compact").x);
  if (ImGui::Checkbox("Compact", &app.ui.org_compact)) FitOrgChart(app);
  Tooltip("Put the people of a wide team in a grid under their manager instead of one long row");
  FlowNext(ButtonWidth(ICON_CROSSHAIRS "  Fit") + ButtonWidth(ICON_EXPAND "  Expand all"), Em(1));
  if (ToolButton(ICON_CROSSHAIRS, "Fit", "Fit the whole chart on screen (or double-click empty space)"))
    FitOrgChart(app);
  ImGui::SameLine();
  if (ToolButton(ICON_EXPAND, "Expand all", "Unfold every collapsed part of the chart", !app.ui.org_collapsed.empty())) {
    app.ui.org_collapsed.clear();
    ++app.ui.org_collapse_version;
    FitOrgChart(app);
  }
  FlowNext(Em(12), Em(1));
  ExamplesCombo(app, Em(12));
  FlowNext(ButtonWidth(ICON_IMPORT "  Import CSV") + ButtonWidth(ICON_EXPORT "  Export"), Em(1));
  if (ToolButton(ICON_IMPORT, "Import CSV", "Add or update people and reporting lines from a CSV file "
                                            "(id, name, title, role, manager_id, dotted_manager_id)"))
    app.RequestOrgCsvImport();
  ImGui::SameLine();
  if (ToolButton(ICON_EXPORT, "Export", "Download the chart as PNG or SVG, or the org as CSV"))
    ImGui::OpenPopup("org export");
  if (ImGui::BeginPopup("org export")) {
    if (ImGui::MenuItem("PNG of the visible chart"))
      app.RequestPngExport("org-chart.png", app.ui.org_rect_min, app.ui.org_rect_max);
    if (ImGui::MenuItem("PNG of the whole chart")) {
      app.ui.org_saved_zoom = app.ui.org_zoom;
      app.ui.org_saved_pan = app.ui.org_pan;
      app.ui.org_png_whole = 3;  // fitted for the capture frames, then restored
      FitOrgChart(app);
      app.RequestPngExport("org-chart-whole.png", app.ui.org_rect_min, app.ui.org_rect_max);
    }
    if (ImGui::MenuItem("SVG of the visible chart")) {
      app.Host().DownloadFile("org-chart.svg", "image/svg+xml", OrgChartSvg(app, false));
      app.Notify(NoticeKind::Success, "Exported org-chart.svg");
    }
    if (ImGui::MenuItem("SVG of the whole chart")) {
      app.Host().DownloadFile("org-chart-whole.svg", "image/svg+xml", OrgChartSvg(app, true));
      app.Notify(NoticeKind::Success, "Exported org-chart-whole.svg");
    }
    ImGui::Separator();
    if (ImGui::MenuItem("CSV of the org (people and managers)")) app.ExportOrgCsv();
    ImGui::EndPopup();
  }
}

// The roles drawn in the chart, plus open positions and units.
std::vector<LegendEntry> Legend(App& app, const OrgChartGeometry& g) {
  const Workspace& ws = app.Store().Current();
  std::vector<LegendEntry> entries;
  std::set<std::string> seen;
  bool open = false, units = false;
  for (const OrgNode& n : g.tree.nodes) {
    if (n.kind == OrgNodeKind::Unit) {
      units = true;
      continue;
    }
    const Person& p = ws.people[n.index];
    open = open || p.kind == PersonKind::OpenPosition;
    seen.insert(p.role);
  }
  for (const RoleInfo& r : app.GetContent().roles)
    if (seen.count(r.id)) entries.push_back({r.name, RoleColor(r.id)});
  // Custom roles share one neutral colour, so they share one legend entry.
  bool other = false;
  for (const std::string& r : seen) other = other || !app.GetContent().FindRole(r);
  if (other) entries.push_back({"Other roles", RoleColor("")});
  if (open) entries.push_back({"Open position", Palette().text_muted, true});
  if (units) entries.push_back({"Team or unit", Palette().accent, false, true});
  return entries;
}

void EmptyState(App& app) {
  if (BeginCard("empty org")) {
    Heading("Draw your organisation");
    Paragraph("Each person becomes a card under their manager, coloured by role; teams and open positions are "
              "cards too. Start from an example organisation for each of the lecture's five archetypes, import "
              "your org from a spreadsheet, or add units and people by hand.", 46);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    ExamplesCombo(app, Em(14));
    ImGui::SameLine();
    if (ToolButton(ICON_IMPORT, "Import CSV", "Columns id, name, title, role, manager_id, dotted_manager_id"))
      app.RequestOrgCsvImport();
    ImGui::SameLine();
    if (ToolButton(ICON_PLUS, "Add a unit", "Start with a team or department")) {
      std::string id = app.NewOrgId("u-");
      app.Store().Apply("add a unit", [&](Workspace& w) {
        OrgUnit u;
        u.id = id;
        u.name = "New unit";
        w.org.units.push_back(u);
      }, app.Now());
      app.ui.org_selected = id;
      FitOrgChart(app);
    }
  }
  EndCard();
}

// [SECTION] Chart tab
void ChartTab(App& app) {
  const OrgChartGeometry& g = OrgGeometry(app);
  if (g.tree.nodes.empty()) {
    EmptyState(app);
    return;
  }
  Toolbar(app, g);
  ImGui::Dummy(ImVec2(0, Em(0.1f)));
  const float side_w = Em(19);
  ImVec2 avail = ImGui::GetContentRegionAvail();
  std::vector<LegendEntry> legend = Legend(app, g);
  const float chart_w = std::max(avail.x - side_w - Em(1), Em(20));
  LegendRowLayout lay = LayoutLegendRow(legend, chart_w);
  const float chart_h = std::max(avail.y - lay.height - Em(0.6f), Em(16));
  ImGui::BeginGroup();
  DrawOrgChart(app, ImVec2(chart_w, chart_h));
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
  ImVec2 lp = ImGui::GetCursorScreenPos();
  DrawLegendRow(ImGui::GetWindowDrawList(), lp, legend, lay);
  ImGui::Dummy(ImVec2(chart_w, lay.height));
  ImGui::EndGroup();
  ImGui::SameLine(0, Em(1));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.9f), Em(0.7f)));
  ImGui::BeginChild("Org side", ImVec2(side_w, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  DrawOrgInspector(app);
  ImGui::EndChild();
}

}  // namespace

// [SECTION] View
void DrawOrgView(App& app) {
  ViewHeader(ICON_ORG, "Organisation",
             "Who reports to whom, where the ML people sit, and which of the lecture's five archetypes your "
             "organisation resembles, with what that implies for its structure.");
  if (ImGui::BeginTabBar("org tabs")) {
    const int request = app.ui.org_tab_request;
    app.ui.org_tab_request = -1;
    auto tab = [&](const char* label, int index) {
      bool open = ImGui::BeginTabItem(label, nullptr, request == index ? ImGuiTabItemFlags_SetSelected : 0);
      if (open) app.ui.org_tab = index;
      return open;
    };
    if (tab("Org chart", 0)) {
      ChartTab(app);
      ImGui::EndTabItem();
    }
    if (tab("Metrics", 1)) {
      DrawOrgMetrics(app);
      ImGui::EndTabItem();
    }
    if (tab("Archetype assessment", 2)) {
      DrawOrgAssessment(app);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
}

}  // namespace mlt
