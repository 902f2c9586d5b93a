#include "ui/coverage_panel.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "model/table_csv.h"
#include "model/team_analysis.h"
#include "ui/app.h"
#include "ui/item_recorder.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/person_edit.h"
#include "ui/role_colors.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// One bar per skill: the strongest member's level, with the "useful level"
// threshold marked, and how many members reach it.
void SkillBars(const std::vector<Person>& people, const std::string& team) {
  const PaletteColors& p = Palette();
  float w = ImGui::GetContentRegionAvail().x, label_w = Em(7.0f), bar_w = w - label_w - Em(2.2f), h = Em(0.7f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int s = 0; s < kSkillCount; ++s) {
    double best = 0;
    int strong = 0;
    for (const Person& q : people) {
      if (q.kind != PersonKind::Member || (!team.empty() && q.team != team)) continue;
      best = std::max(best, q.skills[s]);
      strong += q.skills[s] >= kUsefulLevel;
    }
    ImGui::PushFont(Fonts().small);
    ImGui::TextUnformatted(SkillShortLabel(Skill(s)).data());
    ImGui::SameLine(label_w);
    ImVec2 o = ImGui::GetCursorScreenPos();
    o.y += (ImGui::GetTextLineHeight() - h) * 0.5f;
    ImU32 col = strong == 0 ? p.warning : strong == 1 ? WithAlpha(p.accent, 0.6f) : p.accent;
    dl->AddRectFilled(o, ImVec2(o.x + bar_w, o.y + h), WithAlpha(p.border, 0.6f), 3);
    dl->AddRectFilled(o, ImVec2(o.x + bar_w * float(best / 10.0), o.y + h), col, 3);
    float tx = o.x + bar_w * float(kUsefulLevel / 10.0);
    dl->AddLine(ImVec2(tx, o.y - 2), ImVec2(tx, o.y + h + 2), p.text, 1.5f);
    ImGui::Dummy(ImVec2(bar_w, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    char n[16];
    std::snprintf(n, sizeof n, "%d", strong);
    if (strong == 0) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.warning), ICON_WARNING);
    else ImGui::TextUnformatted(n);
    ImGui::PopFont();
  }
  ImGui::PushFont(Fonts().small);
  ImGui::PushTextWrapPos(0);
  MutedText("Bar: the strongest member. Line: useful level (6). Number: members at or above it.");
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

}  // namespace

void DrawCoveragePanel(App& app) {
  const Workspace& ws = app.Store().Current();
  std::vector<std::string> teams = TeamNames(ws.people);
  std::string& team = app.ui.coverage_team;
  if (!team.empty() && std::find(teams.begin(), teams.end(), team) == teams.end()) team.clear();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (BeginReportedCombo("##coverage team", team.empty() ? "Everyone" : team.c_str())) {
    if (ImGui::Selectable("Everyone", team.empty())) team.clear();
    for (const auto& t : teams)
      if (ImGui::Selectable(t.c_str(), t == team)) team = t;
    ImGui::EndCombo();
  }
  CoverageReport r = AnalyseCoverage(ws.people, team, app.GetContent());

  Heading("Headcount");
  char buf[160];
  std::snprintf(buf, sizeof buf, "%d member%s \xC2\xB7 %d candidate%s \xC2\xB7 %d open position%s", r.members,
                r.members == 1 ? "" : "s", r.candidates, r.candidates == 1 ? "" : "s", r.open_positions,
                r.open_positions == 1 ? "" : "s");
  MutedText(buf);
  for (const RoleInfo& role : app.GetContent().roles) {
    int n = r.members_by_role.count(role.id) ? r.members_by_role.at(role.id) : 0;
    int open = r.open_by_role.count(role.id) ? r.open_by_role.at(role.id) : 0;
    ImGui::PushStyleColor(ImGuiCol_Text, RoleColor(role.id));
    ImGui::TextUnformatted("\xE2\x97\x8F");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (open) std::snprintf(buf, sizeof buf, "%s: %d (+%d open)", role.name.c_str(), n, open);
    else std::snprintf(buf, sizeof buf, "%s: %d", role.name.c_str(), n);
    if (n == 0 && open == 0) MutedText(buf);
    else ImGui::TextUnformatted(buf);
  }

  Heading("Skills covered");
  if (CsvButton("coverage", ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x,
                "Download the coverage of each skill, for the team chosen above, as CSV (team-coverage.csv)"))
    app.ExportTableCsv("team-coverage.csv", CoverageRows(ws.people, team));
  SkillBars(ws.people, team);

  if (!r.uncovered.empty()) {
    Heading("Nobody covers");
    for (Skill s : r.uncovered) {
      ImGui::PushStyleColor(ImGuiCol_Text, Palette().warning);
      ImGui::Text(ICON_WARNING "  %s", SkillLabel(s).data());
      ImGui::PopStyleColor();
    }
  }
  if (!r.single_points.empty()) {
    Heading("Single points of failure");
    for (const auto& sp : r.single_points) {
      std::snprintf(buf, sizeof buf, "%s: only %s", SkillLabel(sp.skill).data(), sp.person_name.c_str());
      BulletParagraph(buf, 18, Palette().warning);
    }
  }
  Heading("Suggestions");
  for (const Suggestion& s : r.suggestions) BulletParagraph(s.text.c_str(), 18, Palette().accent);
}

}  // namespace mlt
