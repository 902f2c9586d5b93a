// The Roles view: the six roles at a glance and the team roster as an
// editable, sortable, filterable table, with CSV import/export.
// [SECTION] Role strip  [SECTION] Toolbar  [SECTION] Table  [SECTION] View
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "imgui.h"
#include "model/org_tree.h"
#include "imgui_internal.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/person_edit.h"
#include "ui/person_inspector.h"
#include "ui/role_colors.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// [SECTION] Role strip
void RoleStrip(App& app) {
  const Workspace& ws = app.Store().Current();
  const auto& roles = app.GetContent().roles;
  for (size_t i = 0; i < roles.size(); ++i) {
    const RoleInfo& r = roles[i];
    int count = 0;
    for (const Person& p : ws.people) count += p.role == r.id && p.kind == PersonKind::Member;
    char label[96];
    std::snprintf(label, sizeof label, "%s  %d", r.name.c_str(), count);
    if (i) ImGui::SameLine(0, Em(0.35f));
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(label).x + Em(1.5f)) ImGui::NewLine();
    Chip(label, RoleColor(r.id));
    if (!TooltipsSuppressed() && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
      ImGui::BeginTooltip();
      ImGui::PushFont(Fonts().heading);
      ImGui::TextUnformatted(r.name.c_str());
      ImGui::PopFont();
      ImGui::PushTextWrapPos(Em(24));
      ImGui::TextUnformatted(r.summary.c_str());
      MutedText(("Tools: " + [&] { std::string t; for (const auto& x : r.tools) t += (t.empty() ? "" : ", ") + x; return t; }()).c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
}

// [SECTION] Toolbar
void Toolbar(App& app) {
  if (PrimaryButton(ICON_PLUS "  Add person")) {
    std::string id = app.NewPersonId();
    app.Store().Apply("add a person", [&](Workspace& w) {
      Person p;
      p.id = id;
      p.name = "New person";
      p.team = app.ui.chart_team;
      p.skills = {5, 5, 5, 5, 5, 5, 5};
      w.people.push_back(p);
    }, app.Now());
    app.ui.selected_person = id;
    app.ui.focus_name = true;
  }
  Tooltip("Add someone to the roster; edit them in the table or on the right");
  ImGui::SameLine();
  if (ToolButton(ICON_IMPORT, "Import CSV", "Add people from a CSV file with a header row: name, role, team, kind, "
                                            "ml, software, communication, data, infra, product, research, notes"))
    app.RequestRosterCsvImport();
  ImGui::SameLine();
  if (ToolButton(ICON_EXPORT, "Export CSV", "Download the roster as a CSV file",
                 !app.Store().Current().people.empty()))
    app.ExportRosterCsv();
  ImGui::SameLine();
  if (ToolButton(ICON_USERS_EXAMPLE, "Example team", "Load an example team of twelve people")) app.LoadExampleTeam();
  FlowNext(Em(15) + Em(9) + Em(0.6f), Em(1.5f));
  ImGui::SetNextItemWidth(Em(15));
  ImGui::InputTextWithHint("##filter", ICON_SEARCH "  Filter by name, team or role", app.ui.roster_filter,
                           sizeof app.ui.roster_filter);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(Em(9));
  const char* kinds[] = {"Everyone", "Members", "Candidates", "Open positions"};
  int k = app.ui.roster_kind_filter + 1;
  if (ImGui::Combo("##kind filter", &k, kinds, 4)) app.ui.roster_kind_filter = k - 1;
}

// [SECTION] Table
bool Matches(const App& app, const Person& p) {
  if (app.ui.roster_kind_filter >= 0 && int(p.kind) != app.ui.roster_kind_filter) return false;
  const char* f = app.ui.roster_filter;
  if (!*f) return true;
  auto has = [&](const std::string& s) {
    std::string a = s, b = f;
    for (auto& c : a) c = char(std::tolower((unsigned char)c));
    for (auto& c : b) c = char(std::tolower((unsigned char)c));
    return a.find(b) != std::string::npos;
  };
  return has(p.name) || has(p.team) || has(RoleDisplayName(app, p.role));
}

enum Column { kColSelect, kColName, kColRole, kColTeam, kColKind, kColSkill0, kColActions = kColSkill0 + kSkillCount };

// Rows keep their order while being edited; they are re-sorted only when the
// sort order is changed or people are added or removed.
void UpdateOrder(App& app, ImGuiTableSortSpecs* specs) {
  const auto& people = app.Store().Current().people;
  // A cheap fingerprint of the set of ids: re-sort only when it changes.
  uint64_t fingerprint = 1469598103934665603ull ^ people.size();
  for (const Person& p : people) {
    uint64_t h = 1469598103934665603ull;
    for (char ch : p.id) h = (h ^ (unsigned char)ch) * 1099511628211ull;
    fingerprint += h;  // order-independent
  }
  bool same_set = fingerprint == app.ui.roster_fingerprint && app.ui.roster_order.size() == people.size();
  if (same_set && !(specs && specs->SpecsDirty)) return;
  app.ui.roster_fingerprint = fingerprint;
  auto& order = app.ui.roster_order;
  std::vector<const Person*> rows;
  for (const Person& p : people) rows.push_back(&p);
  if (specs && specs->SpecsCount > 0) {
    const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
    int col = int(s.ColumnUserID);
    bool asc = s.SortDirection == ImGuiSortDirection_Ascending;
    std::stable_sort(rows.begin(), rows.end(), [&](const Person* a, const Person* b) {
      int c = 0;
      if (col == kColName) c = a->name.compare(b->name);
      else if (col == kColRole) c = RoleDisplayName(app, a->role).compare(RoleDisplayName(app, b->role));
      else if (col == kColTeam) c = a->team.compare(b->team);
      else if (col == kColKind) c = int(a->kind) - int(b->kind);
      else if (col >= kColSkill0 && col < kColActions) {
        double d = a->skills[col - kColSkill0] - b->skills[col - kColSkill0];
        c = d < 0 ? -1 : d > 0 ? 1 : 0;
      }
      return asc ? c < 0 : c > 0;
    });
  }
  order.clear();
  for (const Person* p : rows) order.push_back(p->id);
  if (specs) specs->SpecsDirty = false;
}

void RosterTable(App& app, float height) {
  const Workspace& ws = app.Store().Current();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_Sortable |
                                ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Resizable;
  // Cells read as a sheet: fields without borders, lightly tinted.
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, (Palette().rail & 0x00FFFFFF) | 0x99000000);
  if (!ImGui::BeginTable("roster", kColActions + 1, flags, ImVec2(0, height))) {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    return;
  }
  ImGui::TableSetupScrollFreeze(2, 1);
  ImGui::TableSetupColumn("##sel", ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_NoResize, Em(1.4f), kColSelect);
  ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_DefaultSort, Em(11), kColName);
  ImGui::TableSetupColumn("Role", 0, Em(10.5f), kColRole);
  ImGui::TableSetupColumn("Team", 0, Em(8), kColTeam);
  ImGui::TableSetupColumn("Kind", 0, Em(7.5f), kColKind);
  for (int s = 0; s < kSkillCount; ++s)
    ImGui::TableSetupColumn(SkillShortLabel(Skill(s)).data(), ImGuiTableColumnFlags_PreferSortDescending, Em(4.2f), ImGuiID(kColSkill0 + s));
  ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_NoSort, Em(4.2f), kColActions);
  ImGui::TableHeadersRow();
  UpdateOrder(app, ImGui::TableGetSortSpecs());

  std::unordered_map<std::string_view, const Person*> by_id;
  by_id.reserve(ws.people.size());
  for (const Person& p : ws.people) by_id[p.id] = &p;
  std::vector<const Person*> rows;
  for (const std::string& id : app.ui.roster_order) {
    auto it = by_id.find(id);
    if (it != by_id.end() && Matches(app, *it->second)) rows.push_back(it->second);
  }
  std::string remove_id, duplicate_id;
  ImGuiListClipper clipper;
  clipper.Begin(int(rows.size()));
  // Keep the row that must take focus inside the clipped range.
  int focus_row = -1;
  for (int i = 0; i < int(rows.size()); ++i)
    if (app.ui.focus_name && rows[i]->id == app.ui.selected_person) focus_row = i;
  if (focus_row >= 0) clipper.IncludeItemByIndex(focus_row);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Person& p = *rows[i];
      ImGui::TableNextRow();
      ImGui::PushID(p.id.c_str());
      bool selected = p.id == app.ui.selected_person;
      if (selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, Palette().accent_soft);
      ImGui::TableSetColumnIndex(kColSelect);
      ImVec2 c = ImGui::GetCursorScreenPos();
      float fh = ImGui::GetFrameHeight();
      // Labelled with the name so tests and screen readers of items() can find the row.
      if (ImGui::InvisibleButton((p.name + "##select").c_str(), ImVec2(Em(1.2f), fh)))
        app.ui.selected_person = selected ? "" : p.id;
      Tooltip("Show details on the right");
      ImDrawList* dl = ImGui::GetWindowDrawList();
      ImVec2 dot(c.x + Em(0.6f), c.y + fh * 0.5f);
      if (p.kind == PersonKind::OpenPosition) dl->AddCircle(dot, Em(0.3f), RoleColor(p.role), 0, 1.5f);
      else dl->AddCircleFilled(dot, Em(0.3f), RoleColor(p.role));
      ImGui::TableSetColumnIndex(kColName);
      if (focus_row == i) {
        // Activation is processed when the field is drawn again next frame.
        ImGui::ActivateItemByID(ImGui::GetID("##name"));
        ImGui::SetScrollHereY(0.5f);
        app.ui.focus_name = false;
      }
      EditPersonName(app, p, -FLT_MIN);
      if (ImGui::IsItemActivated()) app.ui.selected_person = p.id;
      ImGui::TableSetColumnIndex(kColRole);
      EditPersonRole(app, p, -FLT_MIN);
      ImGui::TableSetColumnIndex(kColTeam);
      EditPersonTeam(app, p, -FLT_MIN);
      if (ImGui::IsItemActivated()) app.ui.selected_person = p.id;
      ImGui::TableSetColumnIndex(kColKind);
      EditPersonKind(app, p, -FLT_MIN);
      for (int s = 0; s < kSkillCount; ++s) {
        ImGui::TableSetColumnIndex(kColSkill0 + s);
        EditPersonSkill(app, p, Skill(s), -FLT_MIN, false);
      }
      ImGui::TableSetColumnIndex(kColActions);
      if (ImGui::SmallButton(ICON_COPY)) duplicate_id = p.id;
      Tooltip("Duplicate");
      ImGui::SameLine(0, Em(0.2f));
      if (ImGui::SmallButton(ICON_TRASH)) remove_id = p.id;
      Tooltip("Delete (undo with Ctrl+Z)");
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (!duplicate_id.empty()) {
    std::string new_id = app.NewPersonId();
    app.Store().Apply("duplicate a person", [&](Workspace& w) {
      for (size_t i = 0; i < w.people.size(); ++i)
        if (w.people[i].id == duplicate_id) {
          Person copy = w.people[i];
          copy.id = new_id;
          copy.name += " (copy)";
          w.people.insert(w.people.begin() + long(i) + 1, copy);
          break;
        }
    }, app.Now());
    app.ui.selected_person = new_id;
  }
  if (!remove_id.empty()) {
    std::string name;
    app.Store().Apply("delete a person", [&](Workspace& w) {
      auto it = std::find_if(w.people.begin(), w.people.end(), [&](const Person& q) { return q.id == remove_id; });
      if (it == w.people.end()) return;
      name = it->name;
      DetachPerson(&w, remove_id);  // their reports move up to their manager (it stays valid: no erase yet)
      it = std::find_if(w.people.begin(), w.people.end(), [&](const Person& q) { return q.id == remove_id; });
      w.people.erase(it);
    }, app.Now());
    if (app.ui.selected_person == remove_id) app.ui.selected_person.clear();
    app.Notify(NoticeKind::Info, "Deleted " + name + ". Undo with Ctrl+Z.");
  }
  if (rows.empty() && !ws.people.empty()) MutedText("Nobody matches the filter.");
}

void EmptyRoster(App& app) {
  ImGui::Dummy(ImVec2(0, Em(0.5f)));
  if (BeginCard("empty roster")) {
    Heading("No one on the roster yet");
    Paragraph("List the people on your team, the candidates you are talking to and the positions you still "
              "need to fill, each with a role and a skill level from 0 to 10 on seven dimensions. The skills "
              "chart and the coverage analysis build on this list.", 44);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    if (PrimaryButton(ICON_USERS_EXAMPLE "  Load the example team")) app.LoadExampleTeam();
    ImGui::SameLine();
    MutedText("or add people one by one, or import a CSV file.");
  }
  EndCard();
}

}  // namespace

// [SECTION] View
void DrawRolesView(App& app) {
  ViewHeader(ICON_ROLES, "Roles",
             "The people on the team, the candidates you are talking to and the positions still open, each "
             "with a role and skill levels from 0 to 10.");
  RoleStrip(app);
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  Toolbar(app);
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
  const Workspace& ws = app.Store().Current();
  if (ws.people.empty()) {
    EmptyRoster(app);
    return;
  }
  bool inspector = app.SelectedPerson() != nullptr;
  float inspector_w = inspector ? Em(20) : 0;
  float avail = ImGui::GetContentRegionAvail().x;
  ImGui::BeginChild("roster area", ImVec2(avail - inspector_w - (inspector ? Em(1) : 0), 0));
  RosterTable(app, ImGui::GetContentRegionAvail().y);
  ImGui::EndChild();
  if (inspector) {
    ImGui::SameLine(0, Em(1));
    DrawPersonInspector(app);
  }
}

}  // namespace mlt
