#include "ui/person_inspector.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "model/team_analysis.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/person_edit.h"
#include "ui/role_colors.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

void Label(const char* text) {
  ImGui::PushFont(Fonts().small);
  MutedText(text);
  ImGui::PopFont();
}

// A horizontal bar for a match percentage.
void MatchBar(float fraction, ImU32 color, float width) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = Em(0.45f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), WithAlpha(Palette().border, 0.7f), h * 0.5f);
  dl->AddRectFilled(p, ImVec2(p.x + width * std::clamp(fraction, 0.0f, 1.0f), p.y + h), color, h * 0.5f);
  ImGui::Dummy(ImVec2(width, h));
}

void RoleFitSection(App& app, const Person& p) {
  const Content& c = app.GetContent();
  auto ranked = RankRoles(p.skills, c);
  if (ranked.empty()) return;
  Heading("Role fit");
  ImGui::PushStyleColor(ImGuiCol_Text, Palette().text);
  Paragraph(ExplainFit(ranked[0], c).c_str(), 18);
  ImGui::PopStyleColor();
  float w = ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < ranked.size() && i < 6; ++i) {
    const RoleInfo* r = c.FindRole(ranked[i].role_id);
    char label[96];
    std::snprintf(label, sizeof label, "%s  %.0f%%", r ? r->name.c_str() : ranked[i].role_id.c_str(), ranked[i].match);
    ImGui::PushFont(Fonts().small);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
    MatchBar(float(ranked[i].match / 100.0), RoleColor(ranked[i].role_id), w);
  }
  ImGui::PushFont(Fonts().small);
  ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
  Paragraph("Match compares all seven skills with each role's typical profile; falling short counts fully, "
            "exceeding it counts a third.", 18);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

}  // namespace

void DrawPersonInspector(App& app) {
  if (!app.SelectedPerson()) return;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(1), Em(0.8f)));
  ImGui::BeginChild("Inspector", ImVec2(Em(20), 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  DrawPersonDetails(app);
  ImGui::EndChild();
}

void DrawPersonDetails(App& app) {
  const Person* found = app.SelectedPerson();
  if (!found) return;
  const Person p = *found;  // a copy: edits below may reallocate the roster
  ImGui::PushID(p.id.c_str());
  float w = ImGui::GetContentRegionAvail().x;

  ImVec2 c = ImGui::GetCursorScreenPos();
  float fs = Fonts().heading->FontSize;
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(c.x + fs * 0.35f, c.y + fs * 0.55f), fs * 0.32f, RoleColor(p.role));
  ImGui::Dummy(ImVec2(fs * 0.8f, 0));
  ImGui::SameLine();
  ImGui::PushFont(Fonts().heading);
  ImGui::TextUnformatted(p.name.c_str());
  ImGui::PopFont();
  ImGui::SameLine(w - Em(1.2f));
  if (ImGui::SmallButton(ICON_TIMES "##close")) app.ui.selected_person.clear();
  Tooltip("Close");

  Label("NAME");
  EditPersonName(app, p, w);
  Label("ROLE");
  EditPersonRole(app, p, w);
  Label("TEAM");
  EditPersonTeam(app, p, w);
  Label("KIND");
  EditPersonKind(app, p, w);

  Heading("Skills (0 to 10)");
  float label_w = Em(7.0f);
  for (int s = 0; s < kSkillCount; ++s) {
    ImGui::PushFont(Fonts().small);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(SkillShortLabel(Skill(s)).data());
    Tooltip(SkillLabel(Skill(s)).data());
    ImGui::PopFont();
    ImGui::SameLine(label_w);
    EditPersonSkill(app, p, Skill(s), w - label_w, true);
  }
  Label("NOTES");
  EditPersonNotes(app, p, w);

  RoleFitSection(app, p);
  ImGui::PopID();
}

}  // namespace mlt
