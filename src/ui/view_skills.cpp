#include "imgui.h"
#include "ui/app.h"
#include "ui/icons.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {

void DrawSkillsView(App&) {
  ViewHeader(ICON_SKILLS, "Skills",
             "Where each person sits on ML expertise and software engineering, with communication as "
             "bubble size, next to the typical profile of each role.");
  static const char* const kPoints[] = {
      "A bubble chart of the team with the six roles as reference regions; drag a bubble to edit.",
      "For each person, the role they are closest to and by how much they differ.",
      "Team coverage: which skills nobody has, and which rest on a single person.",
  };
  DrawUpcomingCard(kPoints, 3);
}

}  // namespace mlt
