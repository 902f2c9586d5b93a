#include "imgui.h"
#include "ui/app.h"
#include "ui/icons.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {

void DrawLearnView(App&) {
  ViewHeader(ICON_LEARN, "Learn",
             "The ideas behind the tools: the roles on an ML team, how organisations set up their ML "
             "work, how to plan work whose outcome is uncertain, and how to hire.");
  static const char* const kPoints[] = {
      "Short explanations of each framework: roles, archetypes, team structure, planning, hiring.",
      "The skills chart drawn from the role data, and the two reference tables.",
      "From every framework, a button that opens the tool that applies it.",
  };
  DrawUpcomingCard(kPoints, 3);
}

}  // namespace mlt
