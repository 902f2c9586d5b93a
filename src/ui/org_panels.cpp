// [SECTION] Manager picker  [SECTION] Inspector  [SECTION] Metrics
#include "ui/org_panels.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>

#include "imgui.h"
#include "model/org_tree.h"
#include "model/table_csv.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/org_chart.h"
#include "ui/person_edit.h"
#include "ui/role_colors.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

std::string NameOf(const Workspace& ws, const OrgTree& t, int n) { return OrgNodeLabel(ws, t, n); }

bool ContainsNoCase(const std::string& hay, const char* needle) {
  if (!*needle) return true;
  auto it = std::search(hay.begin(), hay.end(), needle, needle + std::strlen(needle),
                        [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); });
  return it != hay.end();
}

void SmallLabel(const char* text) {
  ImGui::PushFont(Fonts().small);
  MutedText(text);
  ImGui::PopFont();
}

// [SECTION] Manager picker
// A combo of every person and unit with a filter field (orgs can have
// thousands of nodes). Nodes in `self`'s own subtree are listed disabled:
// choosing one would make a loop. Returns true with *out set on a choice.
bool ManagerPicker(App& app, const char* id, const OrgTree& t, int self, int current, std::string* out) {
  const Workspace& ws = app.Store().Current();
  static char filter[64] = {};
  bool chosen = false;
  ImGui::SetNextItemWidth(-1);
  if (BeginReportedCombo(id, NameOf(ws, t, current).c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::IsWindowAppearing()) {
      filter[0] = 0;
      ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##manager filter", "Type to filter", filter, sizeof filter);
    if (ImGui::Selectable("Nobody (top level)", current < 0)) {
      out->clear();
      chosen = true;
    }
    std::vector<int> rows;
    for (int k : t.order) {
      if (k == self) continue;
      if (ContainsNoCase(NameOf(ws, t, k), filter)) rows.push_back(k);
    }
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(rows.size()));
    while (clip.Step()) {
      for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
        const int k = rows[r];
        bool below = false;
        for (int q = k; q >= 0; q = t.nodes[q].parent) below = below || q == self;
        ImGui::PushID(k);
        ImGui::BeginDisabled(below);
        std::string label = std::string(t.nodes[k].depth > 0 ? "  " : "") + NameOf(ws, t, k);
        if (ImGui::Selectable(label.c_str(), k == current)) {
          *out = t.nodes[k].id;
          chosen = true;
        }
        ImGui::EndDisabled();
        if (below) Tooltip("Reports to this person already, directly or through others");
        ImGui::PopID();
      }
    }
    ImGui::EndCombo();
  }
  return chosen;
}

// Adds a member, an open position or a unit under `manager` and selects it.
void AddUnder(App& app, const std::string& manager, int what /* 0 member, 1 open, 2 unit */) {
  std::string id = what == 2 ? app.NewOrgId("u-") : app.NewPersonId();
  std::string label = what == 0 ? "add a person" : what == 1 ? "add an open position" : "add a unit";
  app.Store().Apply(label, [&](Workspace& w) {
    if (what == 2) {
      OrgUnit u;
      u.id = id;
      u.name = "New unit";
      u.manager = manager;
      w.org.units.push_back(u);
      return;
    }
    Person p;
    p.id = id;
    p.name = what == 0 ? "New person" : "";
    p.kind = what == 0 ? PersonKind::Member : PersonKind::OpenPosition;
    p.title = what == 0 ? "" : "Open position";
    p.manager = manager;
    // Joins the manager's team when the manager is a unit or a person with one.
    for (const OrgUnit& u : w.org.units)
      if (u.id == manager) p.team = u.name;
    for (const Person& q : w.people)
      if (q.id == manager && !q.team.empty()) p.team = q.team;
    w.people.push_back(p);
  }, app.Now());
  RevealOrgNode(app, id);
  app.ui.org_highlight.clear();
  if (what != 2) app.ui.selected_person = id;
}

void ReparentCommand(App& app, const std::string& id, const std::string& manager, bool dotted) {
  Workspace trial = app.Store().Current();
  std::string error;
  bool ok = dotted ? SetDottedManager(&trial, id, manager, &error) : Reparent(&trial, id, manager, &error);
  if (!ok) {
    app.Notify(NoticeKind::Error, error, 8000);
    return;
  }
  app.Store().Apply(dotted ? "change a dotted-line manager" : "change a manager", [&](Workspace& w) {
    if (dotted) SetDottedManager(&w, id, manager, &error);
    else Reparent(&w, id, manager, &error);
  }, app.Now());
}

}  // namespace

// [SECTION] Inspector
void DrawOrgInspector(App& app) {
  const OrgChartGeometry& g = OrgGeometry(app);
  const OrgTree& t = g.tree;
  const Workspace& ws = app.Store().Current();
  const int n = t.Find(app.ui.org_selected);
  if (n < 0) {
    Heading("Org chart");
    Paragraph("Click a card to see and edit that person or unit here. Drag a card onto another to change who it "
              "reports to; a move that would make a loop is refused.", 17);
    Paragraph("Use the small pill under a manager to fold or unfold their part of the tree. Double-click empty "
              "space to fit everything on screen.", 17);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    if (ToolButton(ICON_PLUS, "Add a unit", "A team or department at the top level")) AddUnder(app, "", 2);
    if (ToolButton(ICON_PLUS, "Add an open position", "A role you plan to hire for, at the top level")) AddUnder(app, "", 1);
    if (!t.warnings.empty()) {
      Heading("Check these");
      for (const std::string& w : t.warnings) BulletParagraph(w.c_str(), 17, Palette().warning);
    }
    return;
  }
  const OrgNode& node = t.nodes[n];
  const float w = ImGui::GetContentRegionAvail().x;
  std::string id = node.id;
  ImGui::PushID(id.c_str());
  if (node.kind == OrgNodeKind::Person) {
    const Person& p = ws.people[node.index];
    Heading(p.kind == PersonKind::OpenPosition ? "Open position" : "Person");
    SmallLabel("Name");
    EditPersonName(app, p, w);
    SmallLabel("Job title");
    std::string title = p.title;
    if (InputString("##title", &title, w)) {
      app.Store().Apply("title of " + p.name, [&](Workspace& ws2) {
        if (Person* q = FindPerson(ws2, id)) q->title = title;
      }, app.Now(), "title:" + id);
    }
    SmallLabel("Role");
    EditPersonRole(app, p, w);
    SmallLabel("Kind");
    EditPersonKind(app, p, w);
  } else {
    const OrgUnit& u = ws.org.units[node.index];
    Heading("Team or unit");
    SmallLabel("Name");
    std::string name = u.name;
    if (InputString("##unit name", &name, w) && !name.empty()) {
      app.Store().Apply("rename a unit", [&](Workspace& ws2) {
        for (OrgUnit& x : ws2.org.units)
          if (x.id == id) x.name = name;
      }, app.Now(), "unit-name:" + id);
    }
  }
  std::string chosen;
  SmallLabel(node.kind == OrgNodeKind::Unit ? "Sits under" : "Reports to");
  if (ManagerPicker(app, "##reports to", t, n, node.parent, &chosen)) ReparentCommand(app, id, chosen, false);
  if (node.kind == OrgNodeKind::Person) {
    SmallLabel("Dotted line to (optional)");
    if (ManagerPicker(app, "##dotted", t, n, node.dotted, &chosen)) ReparentCommand(app, id, chosen, true);
  }
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  if (node.children.empty()) {
    MutedText("Nobody reports here yet.");
  } else {
    ImGui::Text("%d direct report%s, %d in all below", int(node.children.size()), node.children.size() == 1 ? "" : "s",
                node.subtree - 1);
  }
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  if (ToolButton(ICON_USER_PLUS, "Add a report", "A new person reporting here")) AddUnder(app, id, 0);
  if (ToolButton(ICON_PLUS, "Add an open position here", "A role to hire for, reporting here")) AddUnder(app, id, 1);
  if (ToolButton(ICON_BUILDING, "Add a unit here", "A team or department under this node")) AddUnder(app, id, 2);
  if (node.kind == OrgNodeKind::Person) {
    if (ToolButton(ICON_SKILLS, "Show on the skills chart", "Open the Skills view with this person selected")) {
      app.ui.selected_person = id;
      app.ui.side_tab_request = 0;
      app.SetView(View::Skills);
    }
  } else {
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().error);
    bool remove = ImGui::Button(ICON_TRASH "  Remove unit");
    ImGui::PopStyleColor();
    Tooltip("Removes the unit only: whoever sat under it moves up one level");
    if (remove) {
      std::string name = ws.org.units[node.index].name, error;
      Workspace trial = ws;
      if (!RemoveUnit(&trial, id, &error)) {
        app.Notify(NoticeKind::Error, error, 8000);
      } else {
        app.Store().Apply("remove unit " + name, [&](Workspace& w2) { RemoveUnit(&w2, id, &error); }, app.Now());
        app.ui.org_selected.clear();
        app.Notify(NoticeKind::Info, "Removed the unit " + name + "; its members moved up. Undo with Ctrl+Z.");
      }
    }
  }
  ImGui::PopID();
}

// [SECTION] Metrics
namespace {

struct MetricsCache {
  uint64_t revision = ~uint64_t(0);
  OrgMetrics metrics;
};

void Tile(const char* label, const std::string& value, float width) {
  // Never narrower than its caption.
  width = std::max(width, Fonts().small->CalcTextSizeA(Fonts().small->FontSize, FLT_MAX, 0, label).x + Em(1.8f));
  ImGui::BeginGroup();
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + width, p.y + Em(3.6f)), Palette().surface, 6);
  ImGui::GetWindowDrawList()->AddRect(p, ImVec2(p.x + width, p.y + Em(3.6f)), Palette().border, 6);
  ImGui::SetCursorScreenPos(ImVec2(p.x + Em(0.8f), p.y + Em(0.45f)));
  ImGui::PushFont(Fonts().title);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(p.x + Em(0.8f), p.y + Em(2.3f)));
  SmallLabel(label);
  ImGui::SetCursorScreenPos(p);
  ImGui::Dummy(ImVec2(width, Em(3.6f)));
  ImGui::EndGroup();
}

std::string PlacementName(MlPlacement p) {
  switch (p) {
    case MlPlacement::None: return "No ML people yet";
    case MlPlacement::InProduct: return "Inside product teams";
    case MlPlacement::CentralUnit: return "A central ML unit";
    case MlPlacement::Research: return "In research and development";
    case MlPlacement::Mixed: return "Spread across the organisation";
  }
  return "";
}

}  // namespace

const OrgMetrics& CurrentOrgMetrics(App& app) {
  static MetricsCache cache;
  if (cache.revision != app.Store().Revision()) {
    cache.metrics = ComputeOrgMetrics(app.Store().Current(), OrgGeometry(app).tree);
    cache.revision = app.Store().Revision();
  }
  return cache.metrics;
}

void DrawOrgMetrics(App& app) {
  const OrgChartGeometry& g = OrgGeometry(app);
  const Workspace& ws = app.Store().Current();
  const OrgMetrics& m = CurrentOrgMetrics(app);
  ImGui::BeginChild("org metrics", ImVec2(0, 0), ImGuiChildFlags_None);
  const float gap = Em(0.8f);
  const float tile = std::min(Em(10), (ImGui::GetContentRegionAvail().x - 4 * gap) / 5);
  char buf[32];
  Tile("people", std::to_string(m.people), tile);
  ImGui::SameLine(0, gap);
  Tile("open positions", std::to_string(m.open_positions), tile);
  ImGui::SameLine(0, gap);
  Tile("teams and units", std::to_string(m.units), tile);
  ImGui::SameLine(0, gap);
  Tile("levels, top to bottom", std::to_string(m.depth), tile);
  ImGui::SameLine(0, gap);
  std::snprintf(buf, sizeof buf, "%.1f", m.mean_span);
  Tile("direct reports per manager", buf, tile);

  ImGui::Dummy(ImVec2(0, Em(0.6f)));
  if (BeginCard("ml placement")) {
    Heading((std::string("Where the ML people sit: ") + PlacementName(m.ml_placement)).c_str());
    Paragraph(m.ml_placement_reason.c_str(), 60);
    if (const Archetype* a = app.GetContent().FindArchetype(m.archetype_hint)) {
      std::string hint = "This looks most like the \"" + a->name +
                         "\" archetype. The structure is only one signal: the assessment asks about the rest.";
      Paragraph(hint.c_str(), 60);
      if (ToolButton(ICON_CHEVRON_RIGHT, "Take the archetype assessment", "Answer questions about how ML work is run"))
        app.ui.org_tab_request = 2;
    }
  }
  EndCard();

  const float col_w = (ImGui::GetContentRegionAvail().x - gap) / 2;
  ImGui::BeginGroup();
  float left = ImGui::GetCursorPosX();
  Heading("Span of control");
  if (CsvButton("spans", left + col_w, "Download this table as CSV (org-span-of-control.csv)"))
    app.ExportTableCsv("org-span-of-control.csv", OrgSpanRows(ws, g.tree, m));
  SmallLabel("Direct reports of each manager; fewer than 3 or more than 10 is flagged.");
  const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("spans", 4, tf, ImVec2(col_w, Em(16)))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Manager", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Direct", ImGuiTableColumnFlags_WidthFixed, Em(3.5f));
    ImGui::TableSetupColumn("All below", ImGuiTableColumnFlags_WidthFixed, Em(4.5f));
    ImGui::TableSetupColumn("Check", ImGuiTableColumnFlags_WidthFixed, Em(6));
    ImGui::TableHeadersRow();
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(m.spans.size()));
    while (clip.Step()) {
      for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
        const SpanInfo& s = m.spans[r];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(r);
        if (ImGui::Selectable(NameOf(ws, g.tree, s.node).c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
          RevealOrgNode(app, g.tree.nodes[s.node].id);
          app.ui.org_tab_request = 0;
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.direct);
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.total);
        ImGui::TableNextColumn();
        if (s.wide) {
          ImGui::PushStyleColor(ImGuiCol_Text, Palette().warning);
          ImGui::TextUnformatted(ICON_WARNING " wide");
          ImGui::PopStyleColor();
        } else if (s.narrow) {
          ImGui::PushStyleColor(ImGuiCol_Text, Palette().warning);
          ImGui::TextUnformatted(ICON_WARNING " narrow");
          ImGui::PopStyleColor();
        } else {
          MutedText("fine");
        }
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndGroup();
  ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  left = ImGui::GetCursorPosX();
  Heading("Headcount by role");
  if (CsvButton("by role", left + col_w, "Download this table as CSV (org-headcount-by-role.csv)"))
    app.ExportTableCsv("org-headcount-by-role.csv", OrgRoleRows(app.GetContent(), m));
  SmallLabel("People in post and open positions.");
  if (ImGui::BeginTable("by role", 3, tf, ImVec2(col_w, Em(16)))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("People", ImGuiTableColumnFlags_WidthFixed, Em(4));
    ImGui::TableSetupColumn("Open", ImGuiTableColumnFlags_WidthFixed, Em(4));
    ImGui::TableHeadersRow();
    for (const RoleCount& rc : m.by_role) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImVec2 p = ImGui::GetCursorScreenPos();
      float h = ImGui::GetTextLineHeight();
      ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.35f, p.y + h * 0.55f), h * 0.3f, RoleColor(rc.role));
      ImGui::SetCursorScreenPos(ImVec2(p.x + h, p.y));
      ImGui::TextUnformatted(RoleDisplayName(app, rc.role).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", rc.people);
      ImGui::TableNextColumn();
      ImGui::Text("%d", rc.open);
    }
    ImGui::EndTable();
  }
  ImGui::EndGroup();

  if (!m.by_unit.empty()) {
    Heading("Headcount by unit");
    if (CsvButton("by unit", ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x,
                  "Download this table as CSV (org-headcount-by-unit.csv)"))
      app.ExportTableCsv("org-headcount-by-unit.csv", OrgUnitRows(ws, app.GetContent(), m));
    SmallLabel("Everyone below each unit, all levels.");
    if (ImGui::BeginTable("by unit", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
      ImGui::TableSetupColumn("Unit", ImGuiTableColumnFlags_WidthFixed, Em(12));
      ImGui::TableSetupColumn("People", ImGuiTableColumnFlags_WidthFixed, Em(4));
      ImGui::TableSetupColumn("Open", ImGuiTableColumnFlags_WidthFixed, Em(4));
      ImGui::TableSetupColumn("Roles", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableHeadersRow();
      // The same rows as the CSV, so screen and file agree.
      CsvRows rows = OrgUnitRows(ws, app.GetContent(), m);
      for (size_t r = 1; r < rows.size(); ++r) {
        ImGui::TableNextRow();
        for (int c = 0; c < 3; ++c) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(rows[r][size_t(c)].c_str());
        }
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(rows[r][3].c_str());
        ImGui::PopTextWrapPos();
      }
      ImGui::EndTable();
    }
  }
  ImGui::EndChild();
}

}  // namespace mlt
