#include "ui/views.h"

#include "imgui.h"
#include "ui/app.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {

void DrawView(App& app) {
  switch (app.CurrentView()) {
    case View::Learn: DrawLearnView(app); break;
    case View::Roles: DrawRolesView(app); break;
    case View::Skills: DrawSkillsView(app); break;
    case View::Org: DrawOrgView(app); break;
    case View::Plan: DrawPlanView(app); break;
    case View::Hiring: DrawHiringView(app); break;
    case View::Settings: DrawSettingsView(app); break;
    case View::Count: break;
  }
}

void DrawUpcomingCard(const char* const* points, int count) {
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(Em(44), FLT_MAX));
  ImGui::PushItemWidth(Em(44));
  if (BeginCard("upcoming")) {
    Heading("What this view is for");
    for (int i = 0; i < count; ++i) {
      ImGui::PushStyleColor(ImGuiCol_Text, Palette().accent);
      ImGui::TextUnformatted(ICON_CHEVRON_RIGHT);
      ImGui::PopStyleColor();
      ImGui::SameLine();
      Paragraph(points[i], 38);
    }
  }
  EndCard();
  ImGui::PopItemWidth();
}

}  // namespace mlt
