// Role fit and team coverage, checked on hand-computed cases and on the
// shipped role profiles.
#include <doctest/doctest.h>

#include "content_fixture.h"

#include <cmath>
#include <set>

#include "model/team_analysis.h"

using namespace mlt;

namespace {
const Content& C() { return ShippedContent(); }

Person Make(std::string id, std::string role, std::string team, SkillLevels skills,
            PersonKind kind = PersonKind::Member) {
  Person p;
  p.id = id;
  p.name = "Person " + id;
  p.role = std::move(role);
  p.team = std::move(team);
  p.skills = skills;
  p.kind = kind;
  return p;
}
}  // namespace

TEST_CASE("fit distance: shortfalls count fully, surpluses a third") {
  RoleInfo role;
  role.id = "r";
  role.skills = {5, 5, 5, 5, 5, 5, 5};
  SkillLevels same = role.skills;
  CHECK(FitToRole(same, role).distance == doctest::Approx(0));
  CHECK(FitToRole(same, role).match == doctest::Approx(100));

  SkillLevels below = same;
  below[int(Skill::Software)] = 2;  // 3 short on one of seven dimensions
  RoleFit f = FitToRole(below, role);
  CHECK(f.distance == doctest::Approx(std::sqrt(9.0 / 7)));
  REQUIRE(f.gaps.size() == 1);
  CHECK(f.gaps[0].skill == Skill::Software);
  CHECK(f.gaps[0].delta == doctest::Approx(-3));

  SkillLevels above = same;
  above[int(Skill::Software)] = 8;  // 3 above: weighted to 1
  CHECK(FitToRole(above, role).distance == doctest::Approx(std::sqrt(1.0 / 7)));
}

TEST_CASE("every role's own profile ranks that role first") {
  for (const RoleInfo& r : C().roles) {
    auto ranked = RankRoles(r.skills, C());
    REQUIRE(ranked.size() == 6);
    CHECK(ranked[0].role_id == r.id);
    CHECK(ranked[0].match == doctest::Approx(100));
    for (size_t i = 1; i < ranked.size(); ++i) CHECK(ranked[i].distance >= ranked[i - 1].distance);
  }
}

TEST_CASE("the explanation names the closest role and the largest shortfall") {
  const RoleInfo* mle = C().FindRole("ml_engineer");
  REQUIRE(mle);
  SkillLevels p = mle->skills;
  p[int(Skill::Software)] -= 3;
  auto ranked = RankRoles(p, C());
  std::string text = ExplainFit(FitToRole(p, *mle), C());
  CHECK(text.find("Closest to ML engineer") == 0);
  CHECK(text.find("software engineering 3.0 below the typical profile") != std::string::npos);
  std::string exact = ExplainFit(FitToRole(mle->skills, *mle), C());
  CHECK(exact.find("within a point") != std::string::npos);
}

TEST_CASE("coverage counts members by role and finds gaps and single points of failure") {
  std::vector<Person> people = {
      Make("a", "ml_engineer", "Vision", {8, 7, 5, 4, 3, 3, 4}),
      Make("b", "ml_researcher", "Vision", {9, 3, 6, 2, 1, 2, 9}),
      Make("c", "data_scientist", "Vision", {6, 3, 7, 6, 2, 7, 5}),
      Make("d", "ml_engineer", "Vision", {9, 9, 9, 9, 9, 9, 9}, PersonKind::Candidate),
      Make("e", "mlops_engineer", "Vision", {}, PersonKind::OpenPosition),
      Make("f", "data_engineer", "Search", {2, 8, 3, 9, 7, 2, 1}),
  };
  CoverageReport r = AnalyseCoverage(people, "Vision", C());
  CHECK(r.members == 3);
  CHECK(r.candidates == 1);
  CHECK(r.open_positions == 1);
  CHECK(r.members_by_role["ml_engineer"] == 1);
  CHECK(r.open_by_role["mlops_engineer"] == 1);
  // Infrastructure: nobody >= 6 among members (the strong candidate does not count).
  REQUIRE(r.uncovered.size() == 1);
  CHECK(r.uncovered[0] == Skill::Infra);
  // Software engineering rests on "a" alone; data on "c" alone; research on "b" alone; product on "c".
  int software_spof = 0;
  for (const auto& sp : r.single_points)
    if (sp.skill == Skill::Software) { ++software_spof; CHECK(sp.person_id == "a"); }
  CHECK(software_spof == 1);
  bool infra_tip = false, be_specific = false;
  for (const auto& s : r.suggestions) {
    infra_tip |= s.id == "hire_infra";
    be_specific |= s.id == "be_specific";
  }
  CHECK(infra_tip);
  CHECK(be_specific);

  CoverageReport all = AnalyseCoverage(people, "", C());
  CHECK(all.members == 4);
  CHECK(all.uncovered.empty());  // the data engineer in Search brings infrastructure
  CHECK(TeamNames(people) == std::vector<std::string>{"Search", "Vision"});
}

TEST_CASE("coverage suggestions follow the lecture") {
  // Researchers only: no software, no infra, no data, no product.
  std::vector<Person> people = {Make("r1", "ml_researcher", "Lab", {9, 3, 5, 3, 1, 2, 9}),
                                Make("r2", "ml_researcher", "Lab", {8, 4, 5, 3, 1, 2, 8})};
  CoverageReport r = AnalyseCoverage(people, "Lab", C());
  std::set<std::string> ids;
  for (const auto& s : r.suggestions) ids.insert(s.id);
  CHECK(ids.count("hire_software"));
  CHECK(ids.count("pair_research"));
  CHECK(ids.count("hire_product"));
  CHECK_FALSE(ids.count("hire_ml"));
  for (const auto& s : r.suggestions)
    if (s.id == "hire_software") CHECK(s.text.find(C().engineer_advice[0].text) != std::string::npos);
  CHECK(AnalyseCoverage({}, "", C()).suggestions[0].id == "empty_team");
}
