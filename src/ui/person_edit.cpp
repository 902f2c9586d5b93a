#include "ui/person_edit.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/item_recorder.h"
#include "ui/role_colors.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// Applies `edit` to the person with this id; merged into one undo step per field.
template <class F>
void ApplyToPerson(App& app, const Person& p, const char* what, const char* field, F&& edit) {
  std::string id = p.id;
  app.Store().Apply(std::string(what) + " of " + p.name,
                    [&](Workspace& w) {
                      if (Person* q = FindPerson(w, id)) edit(*q);
                    },
                    app.Now(), std::string(field) + ":" + id);
}

}  // namespace

Person* FindPerson(Workspace& w, const std::string& id) {
  for (Person& p : w.people)
    if (p.id == id) return &p;
  return nullptr;
}

const char* PersonKindLabel(PersonKind k) {
  switch (k) {
    case PersonKind::Member: return "Member";
    case PersonKind::Candidate: return "Candidate";
    case PersonKind::OpenPosition: return "Open position";
  }
  return "";
}

std::string RoleDisplayName(const App& app, const std::string& role) {
  if (const RoleInfo* r = app.GetContent().FindRole(role)) return r->name;
  return role.empty() ? std::string("No role") : role;
}

bool EditPersonName(App& app, const Person& p, float width) {
  std::string v = p.name;
  v.reserve(64);
  if (!InputString("##name", &v, width)) return false;
  ApplyToPerson(app, p, "name", "name", [&](Person& q) { q.name = v; });
  return true;
}

bool EditPersonTeam(App& app, const Person& p, float width) {
  std::string v = p.team;
  v.reserve(64);
  if (!InputString("##team", &v, width)) return false;
  ApplyToPerson(app, p, "team", "team", [&](Person& q) { q.team = v; });
  return true;
}

bool EditPersonNotes(App& app, const Person& p, float width) {
  std::string v = p.notes;
  v.reserve(256);
  if (!InputString("##notes", &v, width, true)) return false;
  ApplyToPerson(app, p, "notes", "notes", [&](Person& q) { q.notes = v; });
  return true;
}

bool EditPersonRole(App& app, const Person& p, float width) {
  bool changed = false;
  ImGui::SetNextItemWidth(width);
  std::string preview = RoleDisplayName(app, p.role);
  if (BeginReportedCombo("##role", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const RoleInfo& r : app.GetContent().roles) {
      ImGui::PushStyleColor(ImGuiCol_Text, RoleColor(r.id));
      ImGui::TextUnformatted("\xE2\x97\x8F");
      ImGui::PopStyleColor();
      ImGui::SameLine();
      if (ImGui::Selectable(r.name.c_str(), r.id == p.role)) {
        std::string id = r.id;
        ApplyToPerson(app, p, "role", "role", [&](Person& q) { q.role = id; });
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

bool EditPersonKind(App& app, const Person& p, float width) {
  bool changed = false;
  ImGui::SetNextItemWidth(width);
  if (BeginReportedCombo("##kind", PersonKindLabel(p.kind))) {
    for (int k = 0; k < 3; ++k)
      if (ImGui::Selectable(PersonKindLabel(PersonKind(k)), int(p.kind) == k)) {
        ApplyToPerson(app, p, "kind", "kind", [&](Person& q) { q.kind = PersonKind(k); });
        changed = true;
      }
    ImGui::EndCombo();
  }
  return changed;
}

bool EditPersonSkill(App& app, const Person& p, Skill s, float width, bool slider) {
  float v = float(p.skills[int(s)]);
  ImGui::SetNextItemWidth(width);
  std::string id = "##" + std::string(SkillId(s));
  bool edited = slider ? ImGui::SliderFloat(id.c_str(), &v, 0.0f, 10.0f, "%.1f", ImGuiSliderFlags_AlwaysClamp)
                       : ImGui::DragFloat(id.c_str(), &v, 0.05f, 0.0f, 10.0f, "%.1f", ImGuiSliderFlags_AlwaysClamp);
  if (!edited) return false;
  double value = std::clamp(std::round(double(v) * 10.0) / 10.0, 0.0, 10.0);
  ApplyToPerson(app, p, SkillLabel(s).data(), SkillId(s).data(), [&](Person& q) { q.skills[int(s)] = value; });
  return true;
}

}  // namespace mlt
