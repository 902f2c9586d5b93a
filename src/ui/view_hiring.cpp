#include "imgui.h"
#include "ui/app.h"
#include "ui/icons.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {

void DrawHiringView(App&) {
  ViewHeader(ICON_HIRING, "Hiring",
             "Hire for the role you actually need: a focused job description, an interview loop that "
             "tests what matters, and a realistic view of where candidates come from.");
  static const char* const kPoints[] = {
      "A job description builder with must-haves and nice-to-haves, and a warning for \"unicorn\" asks.",
      "An interview loop designer that shows which skills each interview really tests.",
      "Candidate scorecards, a sourcing funnel with time-to-hire, and an employer pitch check.",
  };
  DrawUpcomingCard(kPoints, 3);
}

}  // namespace mlt
