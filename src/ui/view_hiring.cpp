// The Hiring view: from "we need an ML engineer" to a specific job
// description, a balanced interview loop, scored candidates compared on the
// skills chart, a sourcing plan, and the employer pitch and job seeker's
// ladder. Each tab lives in its own hiring_*.cpp file.
#include "imgui.h"
#include "ui/app.h"
#include "ui/hiring_tabs.h"
#include "ui/icons.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {

void DrawHiringView(App& app) {
  ViewHeader(ICON_HIRING, "Hiring",
             "Hire for the role you actually need: a focused job description, an interview loop that "
             "tests what matters, scored candidates, and a realistic view of where they come from.");
  if (ImGui::BeginTabBar("hiring tabs")) {
    const int request = app.ui.hiring_tab_request;
    app.ui.hiring_tab_request = -1;
    auto tab = [&](const char* label, int index) {
      bool open = ImGui::BeginTabItem(label, nullptr, request == index ? ImGuiTabItemFlags_SetSelected : 0);
      if (open) app.ui.hiring_tab = index;
      return open;
    };
    using Draw = void (*)(App&);
    const struct { const char* label; Draw draw; } tabs[] = {
        {"Job description", DrawJobTab},  {"Interview loop", DrawLoopTab},
        {"Candidates", DrawCandidatesTab}, {"Sourcing", DrawSourcingTab},
        {"Pitch & job seeker", DrawPitchTab},
    };
    for (int i = 0; i < 5; ++i) {
      if (!tab(tabs[i].label, i)) continue;
      ImGui::Dummy(ImVec2(0, Em(0.2f)));
      tabs[i].draw(app);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
}

}  // namespace mlt
