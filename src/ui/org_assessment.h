// The org view's assessment tab: the archetype questionnaire and the three
// design choices for one or more organisations, the scored match with its
// explanation, and a side-by-side comparison of all assessed organisations.
#pragma once

namespace mlt {
class App;

void DrawOrgAssessment(App& app);

}  // namespace mlt
