// The lecture content shipped in assets/content: counts, facts and figures,
// unique ids, resolved cross-references, and precise errors for bad files.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "model/content.h"
#include "model/json_util.h"

using namespace mlt;

namespace {
const std::string kDir = std::string(MLT_SOURCE_DIR) + "/assets/content";

const Content& Shipped() {
  static ContentResult r = LoadContentDir(kDir);
  REQUIRE_MESSAGE(r.ok, r.error);
  return r.content;
}

std::map<std::string, std::string> ShippedFiles() {
  std::map<std::string, std::string> files;
  for (const char* name : kContentFiles) {
    std::ifstream f(kDir + "/" + name);
    std::ostringstream s;
    s << f.rdbuf();
    files[name] = s.str();
  }
  return files;
}

// Applies `edit` to one shipped file and returns the loader's error.
template <class F>
std::string ErrorAfter(const char* file, F&& edit) {
  auto files = ShippedFiles();
  nlohmann::json j = ParseJson(files[file], nullptr);
  edit(j);
  files[file] = Dump(j);
  ContentResult r = ParseContent(files);
  CHECK_FALSE(r.ok);
  return r.error;
}
}  // namespace

TEST_CASE("the lecture's lists have their counts") {
  const Content& c = Shipped();
  CHECK(c.skills.size() == 7);
  CHECK(c.roles.size() == 6);
  CHECK(c.archetypes.size() == 5);
  CHECK(c.design_columns.size() == 4);
  CHECK(c.design_dimensions.size() == 3);
  for (const auto& d : c.design_dimensions) CHECK(d.cells.size() == 4);
  CHECK(c.why_harder.size() == 5);
  CHECK(c.challenges.size() == 4);
  CHECK(c.practices.size() == 6);
  CHECK(c.role_groups.size() == 3);
  CHECK(c.engineer_advice.size() == 3);
  CHECK(c.researcher_advice.size() == 4);
  CHECK(c.sourcing.size() == 4);
  CHECK(c.practitioner_wants.size() == 5);
  CHECK(c.assessments.size() == 9);
  CHECK(c.job_sources.size() == 3);
  CHECK(c.standing_out.size() == 5);
  CHECK(c.learn.size() == 5);
  CHECK(c.questionnaire.size() == 14);
  for (const auto& q : c.questionnaire) {
    CAPTURE(q.id);
    CHECK(q.options.size() >= 3);
    CHECK(q.options.size() <= 5);
  }
  CHECK(c.design_advice.size() == 3);
  for (const auto& d : c.design_dimensions) {
    CAPTURE(d.id);
    REQUIRE(c.design_advice.count(d.id));
    CHECK(c.design_advice.at(d.id).size() == d.options.size());
  }
}

TEST_CASE("questionnaire options weigh every archetype and explain themselves") {
  const Content& c = Shipped();
  std::set<std::string> questions;
  for (const auto& q : c.questionnaire) {
    CHECK(questions.insert(q.id).second);
    CHECK(c.FindQuestion(q.id) == &q);
    for (const auto& o : q.options) {
      CAPTURE(q.id + "." + o.id);
      CHECK(q.FindOption(o.id) == &o);
      int most = 0;
      for (const auto& [arch, points] : o.weights) {
        CHECK(c.FindArchetype(arch));
        CHECK(points >= 0);
        CHECK(points <= 3);
        most = std::max(most, points);
      }
      CHECK(most > 0);
      // The reading names the archetype(s) the option favours most.
      CHECK(o.reading.rfind("points to ", 0) == 0);
      CHECK(o.reading.back() != '.');
      for (const auto& a : c.archetypes)
        if (o.Weight(a.id) == most) CHECK_MESSAGE(o.reading.find(a.short_name) != std::string::npos, a.short_name);
    }
  }
  // Every archetype is the favourite of at least one option in most questions.
  for (const auto& a : c.archetypes) {
    int favoured = 0;
    for (const auto& q : c.questionnaire)
      for (const auto& o : q.options) favoured += o.Weight(a.id) == 3;
    CHECK_MESSAGE(favoured >= 10, a.id);
  }
}

TEST_CASE("role skill profiles come from the chart positions") {
  const Content& c = Shipped();
  for (const RoleInfo& r : c.roles) {
    CAPTURE(r.id);
    CHECK(r.skills[int(Skill::Ml)] == doctest::Approx(10 * r.chart_original.x).epsilon(0.01));
    CHECK(r.skills[int(Skill::Software)] == doctest::Approx(10 * r.chart_original.y).epsilon(0.01));
    double comm = 10 * std::pow(r.chart_original.d / 0.115, 2);
    CHECK(std::fabs(r.skills[int(Skill::Communication)] - comm) < 0.06);
  }
  const RoleInfo* mle = c.FindRole("ml_engineer");
  REQUIRE(mle);
  CHECK(mle->chart_original.x == doctest::Approx(0.70));
  CHECK(mle->chart_original.y == doctest::Approx(0.56));
  REQUIRE(mle->chart_later);
  CHECK(mle->chart_later->x == doctest::Approx(0.65));
  CHECK(mle->chart_later->y == doctest::Approx(0.71));
  REQUIRE(c.FindRole("data_engineer"));
  CHECK_FALSE(c.FindRole("data_engineer")->chart_later);  // dropped by the later edition
  const RoleInfo* pm = c.FindRole("ml_product_manager");
  REQUIRE(pm);
  CHECK(pm->chart_original.d == doctest::Approx(0.108));
}

TEST_CASE("talent-gap figures match the lecture") {
  const TalentGap& g = Shipped().talent_gap;
  CHECK(g.experienced_min == 10000);
  CHECK(g.experienced_max_low == 200000);
  CHECK(g.experienced_max == 300000);
  CHECK(g.developers_us == 3600000);
  CHECK(g.developers_world == 18200000);
}

TEST_CASE("ids are unique and every cross-reference resolves") {
  const Content& c = Shipped();
  std::set<std::string> ids;
  for (const auto& r : c.roles) CHECK(ids.insert("role:" + r.id).second);
  for (const auto& a : c.archetypes) CHECK(ids.insert("arch:" + a.id).second);
  for (const auto& a : c.assessments) {
    CHECK(ids.insert("assess:" + a.id).second);
    CHECK_FALSE(a.skills.empty());
  }
  for (const auto& col : c.design_columns) CHECK(c.FindArchetype(col.archetype));
  for (const auto& g : c.role_groups)
    for (const auto& r : g.roles) CHECK(c.FindRole(r));
  int archetypes_with_column = 0;
  for (const auto& a : c.archetypes) archetypes_with_column += !a.design_column.empty();
  CHECK(archetypes_with_column == 4);
  std::set<std::string> sections;
  for (const auto& p : c.learn)
    for (const auto& s : p.sections) CHECK(sections.insert(s.id).second);
  // The sections the Learn view and embeds link to exist.
  for (const char* s : {"roles", "skills_chart", "archetypes", "design_choices", "practices", "interviewing"})
    CHECK_MESSAGE(c.FindLearnSection(s), s);
}

TEST_CASE("a bad content file is reported with the file, the item and the field") {
  CHECK(ErrorAfter("roles.json", [](nlohmann::json& j) { j["roles"][2]["skills"]["ml"] = 14; }) ==
        "roles.json: roles[2].skills.ml: must be between 0 and 10");
  CHECK(ErrorAfter("roles.json", [](nlohmann::json& j) { j["roles"].erase(0); }) ==
        "roles.json: roles: expected 6 items, found 5");
  CHECK(ErrorAfter("hiring.json", [](nlohmann::json& j) { j["assessments"][4]["skills"][0] = "charm"; }) ==
        "hiring.json: assessments[4].skills: \"charm\" is not a skill dimension");
  CHECK(ErrorAfter("design_choices.json", [](nlohmann::json& j) { j["columns"][1]["archetype"] = "nobody"; })
            .find("design_choices.json: columns.") == 0);
  CHECK(ErrorAfter("archetypes.json", [](nlohmann::json& j) { j["archetypes"][3].erase("advantages"); }) ==
        "archetypes.json: archetypes[3].advantages: is missing");
  CHECK(ErrorAfter("learn.json", [](nlohmann::json& j) { j["parts"][0]["sections"][0]["tool"]["view"] = "moon"; })
            .find("is not a view") != std::string::npos);
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) { j["questions"][1]["options"][2]["weights"]["wizard"] = 2; }) ==
        "assessment.json: questions[1].options[2].weights.wizard: is not an archetype");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) { j["questions"][0]["options"][0]["weights"]["rnd"] = 4; }) ==
        "assessment.json: questions[0].options[0].weights.rnd: must be between 0 and 3");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) { j["questions"][0]["options"][0]["weights"]["rnd"] = 1.5; }) ==
        "assessment.json: questions[0].options[0].weights.rnd: must be a whole number");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) { j["questions"][2]["options"][1]["weights"] = nlohmann::json::object(); }) ==
        "assessment.json: questions[2].options[1].weights: must give at least one archetype a point");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) {
          auto& o = j["questions"][3]["options"];
          while (o.size() > 1) o.erase(0);
        }) == "assessment.json: questions[3].options: expected 2 to 6 options, found 1");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) {
          auto& q = j["questions"];
          while (q.size() > 9) q.erase(0);
        }) == "assessment.json: questions: expected 10 to 15 questions, found 9");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) { j["questions"][5]["id"] = j["questions"][2]["id"]; }) ==
        "assessment.json: questions: the id \"data_owner\" is used twice");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) {
          j["questions"][0]["options"][1]["id"] = j["questions"][0]["options"][0]["id"];
        }) == "assessment.json: questions.who_does_ml.options: the id \"nobody_or_side\" is used twice");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) { j["design_advice"]["model_ownership"]["ship_it"] = "Go."; }) ==
        "assessment.json: design_advice.model_ownership.ship_it: is not an option of this design dimension");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) { j["design_advice"]["data_ownership"].erase("voice_in_governance"); }) ==
        "assessment.json: design_advice.data_ownership.voice_in_governance: is missing");
  CHECK(ErrorAfter("assessment.json", [](nlohmann::json& j) { j["design_advice"]["culture"] = nlohmann::json::object(); }) ==
        "assessment.json: design_advice.culture: is not a design dimension");
  auto files = ShippedFiles();
  files["management.json"] = "{\"why_harder\": [";
  ContentResult r = ParseContent(files);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("management.json: not valid JSON") == 0);
  files.erase("management.json");
  CHECK(ParseContent(files).error == "management.json: the file is missing");
}
