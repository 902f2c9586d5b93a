#include "imgui.h"
#include "ui/app.h"
#include "ui/icons.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {

void DrawOrgView(App&) {
  ViewHeader(ICON_ORG, "Organisation",
             "How the ML work of an organisation is arranged: which archetype it resembles, what "
             "that implies, and who reports to whom.");
  static const char* const kPoints[] = {
      "A questionnaire that matches your organisation to the five archetypes and explains why.",
      "The three team-structure choices, with the usual answer for your archetype next to yours.",
      "An org chart builder with reporting lines, open positions and span-of-control metrics.",
  };
  DrawUpcomingCard(kPoints, 3);
}

}  // namespace mlt
