// Scoring an organisation against the archetypes (model/assessment.h) with the
// shipped questionnaire: arithmetic, reachability of every archetype,
// confidence, drivers and the design comparison.
#include <doctest/doctest.h>

#include "content_fixture.h"

#include "model/assessment.h"

using namespace mlt;

namespace {
const Content& C() { return ShippedContent(); }

// The answers someone from a textbook example of `archetype` would give: in
// each question, the option that favours it most over the others.
OrgAssessment Natural(const std::string& archetype) {
  OrgAssessment a;
  for (const auto& q : C().questionnaire) {
    const AssessmentOption* pick = nullptr;
    double pick_lead = -1e9;
    for (const auto& o : q.options) {
      double others = 0;
      for (const auto& arch : C().archetypes)
        if (arch.id != archetype) others += o.Weight(arch.id);
      double lead = o.Weight(archetype) - others / 4;
      if (lead > pick_lead) { pick_lead = lead; pick = &o; }
    }
    a.answers[q.id] = pick->id;
  }
  return a;
}

double Points(const AssessmentResult& r, const std::string& archetype) {
  for (const auto& s : r.scores)
    if (s.archetype == archetype) return s.points;
  FAIL("no score for " << archetype);
  return -1;
}

const DesignComparison& Dim(const AssessmentResult& r, const std::string& id) {
  for (const auto& d : r.design)
    if (d.dimension == id) return d;
  FAIL("no comparison for " << id);
  return r.design.front();
}
}  // namespace

TEST_CASE("points, shares and order on a hand-checked answer set") {
  OrgAssessment a;
  a.answers["who_does_ml"] = "inside_product_teams";               // embedded 3, ml_first 1
  a.answers["reporting_line"] = "ml_head_to_executives";           // independent 3, ml_first 1
  a.answers["research_ambition"] = "dedicated_long_range_group";  // ml_first 3, rnd 2, independent 1
  AssessmentResult r = ScoreAssessment(C(), a);
  CHECK(r.answered == 3);
  CHECK(r.total == 14);
  REQUIRE(r.scores.size() == 5);
  const char* order[] = {"ml_first", "independent", "embedded", "rnd", "nascent"};
  const double points[] = {5, 4, 3, 2, 0};
  for (int i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(r.scores[i].archetype == order[i]);
    CHECK(r.scores[i].points == points[i]);
    CHECK(r.scores[i].share == doctest::Approx(points[i] / 14));
  }
  CHECK(r.best == "ml_first");
  // lead = (5 - 4) / 5 = 0.2 -> 0.4 of a clear lead, times 3 of 14 answered
  CHECK(r.confidence == doctest::Approx(0.4 * 3 / 14));
  CHECK(r.confidence_label == "weak");
}

TEST_CASE("every archetype is reachable with strong confidence from its natural answers") {
  for (const auto& arch : C().archetypes) {
    CAPTURE(arch.id);
    AssessmentResult r = ScoreAssessment(C(), Natural(arch.id));
    CHECK(r.answered == r.total);
    CHECK(r.best == arch.id);
    CHECK(r.confidence_label == "strong");
    CHECK(r.confidence >= kAssessmentStrong);
    CHECK(r.drivers.size() == kAssessmentMaxDrivers);
    for (const auto& d : r.drivers) CHECK(d.text.find(arch.short_name) != std::string::npos);
  }
}

TEST_CASE("nothing answered: no best match and no confidence") {
  AssessmentResult r = ScoreAssessment(C(), OrgAssessment{});
  CHECK(r.answered == 0);
  CHECK(r.total == 14);
  CHECK(r.best.empty());
  CHECK(r.confidence == 0);
  CHECK(r.confidence_label == "weak");
  CHECK(r.drivers.empty());
  REQUIRE(r.scores.size() == 5);
  for (size_t i = 0; i < 5; ++i) {
    CHECK(r.scores[i].archetype == C().archetypes[i].id);  // content order
    CHECK(r.scores[i].points == 0);
    CHECK(r.scores[i].share == 0);
  }
  CHECK(r.compared_archetype.empty());
  REQUIRE(r.design.size() == 3);
  for (const auto& d : r.design) {
    CHECK(d.recommended.empty());
    CHECK_FALSE(d.match);
    CHECK(d.advice.find("Answer the questionnaire first") == 0);
  }
}

TEST_CASE("partial answers lower the confidence") {
  OrgAssessment full = Natural("embedded");
  AssessmentResult all = ScoreAssessment(C(), full);
  CHECK(all.confidence == doctest::Approx(1));
  OrgAssessment half;
  for (size_t i = 0; i < 7; ++i) {
    const std::string& q = C().questionnaire[i].id;
    half.answers[q] = full.answers[q];
  }
  AssessmentResult r = ScoreAssessment(C(), half);
  CHECK(r.best == "embedded");
  CHECK(r.answered == 7);
  CHECK(r.confidence == doctest::Approx(0.5));
  CHECK(r.confidence_label == "moderate");
  half.answers.erase(C().questionnaire[0].id);
  half.answers.erase(C().questionnaire[1].id);
  half.answers.erase(C().questionnaire[2].id);
  r = ScoreAssessment(C(), half);
  CHECK(r.confidence == doctest::Approx(4.0 / 14));
  CHECK(r.confidence_label == "weak");
}

TEST_CASE("a tie goes to the archetype listed first, with no confidence") {
  OrgAssessment a;
  a.answers["ml_headcount"] = "few_per_product_team";  // embedded 3
  a.answers["who_does_ml"] = "research_lab";           // rnd 3
  AssessmentResult r = ScoreAssessment(C(), a);
  CHECK(r.best == "rnd");
  CHECK(r.scores[0].archetype == "rnd");
  CHECK(r.scores[1].archetype == "embedded");
  CHECK(r.scores[0].points == r.scores[1].points);
  CHECK(r.confidence == 0);
  CHECK(r.confidence_label == "weak");
  REQUIRE(r.drivers.size() == 1);
  CHECK(r.drivers[0].question == "who_does_ml");
}

TEST_CASE("drivers: answers that favour the best match, strongest first") {
  OrgAssessment a;
  a.answers["who_does_ml"] = "inside_product_teams";
  a.answers["reporting_line"] = "ml_head_to_executives";
  a.answers["research_ambition"] = "dedicated_long_range_group";
  a.answers["executive_sponsor"] = "nobody";  // nascent only: not a driver for ML-first
  AssessmentResult r = ScoreAssessment(C(), a);
  CHECK(r.best == "ml_first");
  REQUIRE(r.drivers.size() == 3);
  CHECK(r.drivers[0].question == "research_ambition");
  CHECK(r.drivers[0].option == "dedicated_long_range_group");
  CHECK(r.drivers[0].weight == doctest::Approx(3 - 3.0 / 4));
  CHECK(r.drivers[0].text ==
        "You said \u201cA dedicated group works on hard, long-range problems and publishes\u201d (question 5): this "
        "points to ML-first, and also to R&D, because a group is funded to take on hard problems over years.");
  // Equal weights keep question order.
  CHECK(r.drivers[1].question == "who_does_ml");
  CHECK(r.drivers[1].weight == doctest::Approx(1 - 3.0 / 4));
  CHECK(r.drivers[2].question == "reporting_line");
  CHECK(r.drivers[2].weight == doctest::Approx(1 - 3.0 / 4));
  // An answer that mainly points elsewhere says it also counts toward the best match.
  CHECK(r.drivers[1].text.find("(question 1): this points to Embedded") != std::string::npos);
  CHECK(r.drivers[1].text.find("It also counts toward ML-first.") != std::string::npos);

  AssessmentResult many = ScoreAssessment(C(), Natural("rnd"));
  REQUIRE(many.drivers.size() == 5);
  for (size_t i = 1; i < many.drivers.size(); ++i) CHECK(many.drivers[i].weight <= many.drivers[i - 1].weight);
}

TEST_CASE("design comparison: matches, mismatches with advice, unanswered choices") {
  OrgAssessment a = Natural("ml_first");
  a.design["engineering_vs_research"] = "teams_vary_but_collaborate";  // the ML-first column's option
  a.design["data_ownership"] = "no_data_control";                      // the R&D column's option
  AssessmentResult r = ScoreAssessment(C(), a);
  CHECK(r.best == "ml_first");
  CHECK(r.compared_archetype == "ml_first");
  CHECK(r.compared_note.empty());
  REQUIRE(r.design.size() == 3);
  CHECK(r.design[0].dimension == "engineering_vs_research");  // content order
  CHECK(r.design[1].dimension == "data_ownership");
  CHECK(r.design[2].dimension == "model_ownership");

  const DesignComparison& eng = Dim(r, "engineering_vs_research");
  CHECK(eng.match);
  CHECK(eng.recommended == "teams_vary_but_collaborate");
  CHECK(eng.advice.empty());

  const DesignComparison& data = Dim(r, "data_ownership");
  CHECK_FALSE(data.match);
  CHECK(data.user_option == "no_data_control");
  CHECK(data.recommended == "owns_data_infrastructure");
  CHECK(data.advice.find("You chose \u201cNo control over data\u201d, but the ML first column suggests "
                         "\u201cOwns company-wide data infrastructure\u201d.") == 0);
  CHECK(data.advice.find(C().design_advice.at("data_ownership").at("owns_data_infrastructure")) != std::string::npos);

  const DesignComparison& model = Dim(r, "model_ownership");
  CHECK_FALSE(model.match);
  CHECK(model.user_option.empty());
  CHECK(model.recommended == "hand_off_users_operate");
  CHECK(model.advice.find("Not answered yet") == 0);
}

TEST_CASE("nascent has no column: compared with the best-scoring archetype that has one") {
  AssessmentResult r = ScoreAssessment(C(), Natural("nascent"));
  CHECK(r.best == "nascent");
  CHECK(r.scores[1].archetype == "rnd");
  CHECK(r.compared_archetype == "rnd");
  CHECK(r.compared_note.find("Nascent and ad-hoc ML has no recommended team design") == 0);
  CHECK(r.compared_note.find("ML in research and development, the closest match") != std::string::npos);
  CHECK(Dim(r, "model_ownership").recommended == "rarely_deployed");

  // Nothing but nascent scored: the first archetype with a column, and the note says why.
  OrgAssessment only;
  only.answers["who_does_ml"] = "nobody_or_side";
  only.design["model_ownership"] = "rarely_deployed";
  r = ScoreAssessment(C(), only);
  CHECK(r.best == "nascent");
  CHECK(r.compared_archetype == "rnd");
  CHECK(r.compared_note.find("no other archetype scored") != std::string::npos);
  CHECK(Dim(r, "model_ownership").match);
}

TEST_CASE("unknown question and option ids are ignored") {
  OrgAssessment a = Natural("independent");
  AssessmentResult clean = ScoreAssessment(C(), a);
  a.answers["no_such_question"] = "whatever";
  a.design["no_such_dimension"] = "whatever";
  AssessmentResult extra = ScoreAssessment(C(), a);
  CHECK(extra.answered == clean.answered);
  CHECK(extra.best == clean.best);
  CHECK(extra.confidence == clean.confidence);
  CHECK(extra.design.size() == 3);

  a.answers["who_does_ml"] = "no_such_option";
  a.design["data_ownership"] = "no_such_option";
  AssessmentResult bad = ScoreAssessment(C(), a);
  CHECK(bad.answered == clean.answered - 1);
  CHECK(bad.best == "independent");
  CHECK(Points(bad, "independent") == Points(clean, "independent") - 3);
  CHECK(Dim(bad, "data_ownership").user_option.empty());
  CHECK(Dim(bad, "data_ownership").advice.find("Not answered yet") == 0);
}
