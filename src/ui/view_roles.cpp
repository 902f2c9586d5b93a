#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {

void DrawRolesView(App& app) {
  ViewHeader(ICON_ROLES, "Roles",
             "The people on the team, the candidates you are talking to and the positions still open, "
             "each with a role and skill levels.");
  const Workspace& ws = app.Store().Current();
  if (ws.people.empty()) {
    static const char* const kPoints[] = {
        "The six ML roles: what each does, its tools and the backgrounds it usually draws on.",
        "An editable roster of members, candidates and open positions, with CSV import and export.",
        "This workspace has nobody in it yet. Import a workspace file that has people to see them here.",
    };
    DrawUpcomingCard(kPoints, 3);
    return;
  }
  Heading("Roster");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  float height = ImGui::GetContentRegionAvail().y;
  if (ImGui::BeginTable("roster", 6, flags, ImVec2(0, height))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", 0, 2.0f);
    ImGui::TableSetupColumn("Role", 0, 1.6f);
    ImGui::TableSetupColumn("Team", 0, 1.2f);
    ImGui::TableSetupColumn("Kind", 0, 1.0f);
    ImGui::TableSetupColumn("ML", 0, 0.5f);
    ImGui::TableSetupColumn("Software", 0, 0.6f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(ws.people.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const Person& p = ws.people[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.role.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.team.c_str());
        ImGui::TableNextColumn();
        MutedText(p.kind == PersonKind::Member ? "member" : p.kind == PersonKind::Candidate ? "candidate" : "open position");
        ImGui::TableNextColumn();
        ImGui::Text("%.1f", p.skills[int(Skill::Ml)]);
        ImGui::TableNextColumn();
        ImGui::Text("%.1f", p.skills[int(Skill::Software)]);
      }
    }
    ImGui::EndTable();
  }
}

}  // namespace mlt
