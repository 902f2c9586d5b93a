#include "imgui.h"
#include "ui/app.h"
#include "ui/icons.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {

void DrawPlanView(App&) {
  ViewHeader(ICON_PLAN, "Plan",
             "Plan ML work as the uncertain thing it is: ranged estimates, chances of success and "
             "several approaches to each research problem, simulated many times over.");
  static const char* const kPoints[] = {
      "Tasks with three-point estimates, probabilities of success, retries and dependencies.",
      "A Monte Carlo simulation: the likely finish date, how sure it is, and what drives the risk.",
      "A plain-language summary for leadership, with the odds rather than a single date.",
  };
  DrawUpcomingCard(kPoints, 3);
}

}  // namespace mlt
