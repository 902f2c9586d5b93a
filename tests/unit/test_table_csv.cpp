// The rows behind the CSV exports of the organisation metrics, team coverage,
// the plan's task table and the assessment comparison: headers, names instead
// of ids, plain units, and what a spreadsheet would read back.
#include <doctest/doctest.h>

#include "content_fixture.h"
#include "model/csv.h"
#include "model/org_tree.h"
#include "model/table_csv.h"

using namespace mlt;

namespace {

Person Make(const std::string& id, const std::string& name, const std::string& role, const std::string& manager) {
  Person p;
  p.id = id;
  p.name = name;
  p.role = role;
  p.manager = manager;
  return p;
}

// Cora manages Ana, Ben (both in unit "Search" under Cora) and an open position.
Workspace SmallOrg() {
  Workspace ws;
  ws.people.push_back(Make("ceo", "Cora Ek", "", ""));
  ws.people.push_back(Make("a", "Ana Lee", "ml_engineer", "search"));
  ws.people.push_back(Make("b", "Ben Ng", "Prompt, engineer", "search"));
  ws.people.push_back(Make("o", "", "ml_engineer", "search"));
  ws.people.back().kind = PersonKind::OpenPosition;
  OrgUnit u;
  u.id = "search";
  u.name = "Search";
  u.manager = "ceo";
  ws.org.units.push_back(u);
  return ws;
}

}  // namespace

TEST_CASE("org metrics rows: spans, headcount by role and by unit") {
  const Content& c = ShippedContent();
  Workspace ws = SmallOrg();
  OrgTree tree = BuildOrgTree(ws);
  OrgMetrics m = ComputeOrgMetrics(ws, tree);

  CsvRows spans = OrgSpanRows(ws, tree, m);
  REQUIRE(spans.size() == m.spans.size() + 1);
  CHECK(spans[0] == std::vector<std::string>{"Manager", "Direct reports", "All below", "Check"});
  bool unit_row = false;
  for (const auto& r : spans) unit_row |= r[0] == "Search (unit)" && r[1] == "3";
  CHECK(unit_row);

  CsvRows roles = OrgRoleRows(c, m);
  CHECK(roles[0] == std::vector<std::string>{"Role", "People", "Open positions"});
  bool ml = false, custom = false, none = false;
  for (const auto& r : roles) {
    ml |= r == std::vector<std::string>{"ML engineer", "1", "1"};
    custom |= r[0] == "Prompt, engineer";  // a custom role is kept as typed
    none |= r[0] == "No role";
  }
  CHECK(ml);
  CHECK(custom);
  CHECK(none);

  CsvRows units = OrgUnitRows(ws, c, m);
  REQUIRE(units.size() == 2);
  CHECK(units[1][0] == "Search");
  CHECK(units[1][1] == "2");
  CHECK(units[1][2] == "1");
  CHECK(units[1][3].find("ML engineer 2") != std::string::npos);
  CHECK(units[1][3].find("; ") != std::string::npos);

  // Through the writer: the comma in the custom role is quoted, and the file parses back.
  std::string csv = WriteCsv(roles);
  CHECK(csv.find("\"Prompt, engineer\"") != std::string::npos);
  CsvParseResult back = ParseCsv(csv);
  REQUIRE(back.ok);
  CHECK(back.rows == roles);
}

TEST_CASE("coverage rows: one per skill with the strongest member and a status") {
  std::vector<Person> people;
  people.push_back(Make("a", "Ana", "ml_engineer", ""));
  people.back().skills[int(Skill::Ml)] = 8;
  people.back().skills[int(Skill::Software)] = 7;
  people.back().team = "Search";
  people.push_back(Make("b", "Ben", "", ""));
  people.back().skills[int(Skill::Software)] = 7.5;
  people.back().team = "Search";
  people.push_back(Make("c", "Cand", "", ""));
  people.back().kind = PersonKind::Candidate;  // candidates never count
  people.back().skills[int(Skill::Research)] = 9;

  CsvRows rows = CoverageRows(people, "");
  REQUIRE(rows.size() == size_t(kSkillCount) + 1);
  CHECK(rows[0][0] == "Skill");
  CHECK(rows[0][3] == "Members at useful level (6+)");
  CHECK(rows[1 + int(Skill::Ml)] ==
        std::vector<std::string>{std::string(SkillLabel(Skill::Ml)), "8", "Ana", "1", "single point of failure"});
  CHECK(rows[1 + int(Skill::Software)] ==
        std::vector<std::string>{std::string(SkillLabel(Skill::Software)), "7.5", "Ben", "2", "covered"});
  CHECK(rows[1 + int(Skill::Research)][4] == "nobody covers");
  CHECK(rows[1 + int(Skill::Research)][2] == "Ana");  // ties at 0: the first member

  // A team with nobody in it: no strongest member at all.
  CsvRows empty = CoverageRows(people, "Nobody here");
  CHECK(empty[1][1].empty());
  CHECK(empty[1][2].empty());
  CHECK(empty[1][3] == "0");
}

TEST_CASE("plan task rows: estimates, chance, retries, owner and dependencies by name") {
  Plan plan;
  Challenge ch;
  ch.id = "ch";
  ch.name = "Find a model";
  plan.challenges.push_back(ch);
  Task a;
  a.id = "data";
  a.name = "=Label data";  // a formula-like name is guarded by the writer
  a.owner = "p1";
  a.optimistic = 2;
  a.most_likely = 3.5;
  a.pessimistic = 10;
  a.p_success = 0.85;
  a.max_retries = 3;
  a.retry_cost = 0.25;
  plan.tasks.push_back(a);
  Task b;
  b.id = "train";
  b.name = "Train";
  b.owner = "Someone else";
  b.on_failure = OnFailure::Fail;
  b.distribution = Distribution::Lognormal;
  b.depends_on = {"data", "ch"};
  b.challenge = "ch";
  b.status = TaskStatus::InProgress;
  b.progress = 0.4;
  plan.tasks.push_back(b);
  std::vector<Person> people{Make("p1", "Ana Lee", "", "")};

  CsvRows rows = PlanTaskRows(plan, people);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][0] == "Task");
  CHECK(rows[0][2] == "Best (days)");
  CHECK(rows[1] == std::vector<std::string>{"=Label data", "Ana Lee", "2", "3.5", "10", "PERT", "85", "Retry", "3",
                                            "0.25", "3", "", "", "Not started", "0"});
  CHECK(rows[2][1] == "Someone else");
  CHECK(rows[2][5] == "Lognormal");
  CHECK(rows[2][7] == "Give up");
  CHECK(rows[2][8] == "0");
  CHECK(rows[2][11] == "=Label data; Find a model");
  CHECK(rows[2][12] == "Find a model");
  CHECK(rows[2][13] == "In progress");
  CHECK(rows[2][14] == "40");
  std::string csv = WriteCsv(rows);
  CHECK(csv.find("'=Label data") != std::string::npos);
}

TEST_CASE("assessment comparison rows: a column per assessment, a row per measure") {
  const Content& c = ShippedContent();
  OrgAssessment blank;
  blank.name = "Blank";
  OrgAssessment lab;
  lab.name = "Lab";
  lab.answers["who_does_ml"] = "research_lab";
  lab.design["engineering_vs_research"] = "research_first";
  CsvRows rows = AssessmentCompareRows(c, {blank, lab});
  CHECK(rows[0] == std::vector<std::string>{"", "Blank", "Lab"});
  for (const auto& r : rows) CHECK(r.size() == 3);
  CHECK(rows.size() == 6 + c.archetypes.size() + c.design_dimensions.size());
  CHECK(rows[1][0] == "Closest archetype");
  CHECK(rows[1][1].empty());  // nothing answered: no match
  CHECK(rows[1][2] == c.FindArchetype("rnd")->name);
  CHECK(rows[4] == std::vector<std::string>{"Questions answered", "0", "1"});
  bool design = false;
  for (const auto& r : rows)
    if (r[0] == "Software engineering vs research") design = r[2].rfind("Research comes first", 0) == 0 && r[1].empty();
  CHECK(design);
}

TEST_CASE("table CSV: the Learn view's content tables, as shown") {
  const Content& c = ShippedContent();
  const CsvRows design = DesignChoiceRows(c);
  REQUIRE(design.size() == c.design_dimensions.size() + 1);
  CHECK(design[0].size() == 2 + c.design_columns.size());
  CHECK(design[0][0] == "Design choice");
  CHECK(design[1][0] == c.design_dimensions[0].name);
  CHECK_FALSE(design[1][2].empty());

  const CsvRows wants = PractitionerWantRows(c);
  REQUIRE(wants.size() == 6);  // the lecture's five wants
  CHECK(wants[1][0] == c.practitioner_wants[0].want);

  const CsvRows types = AssessmentTypeRows(c);
  REQUIRE(types.size() == 10);  // the nine assessment types
  CHECK(types[0] == std::vector<std::string>{"Assessment", "What it is", "Skills tested", "Minutes"});
  CHECK(types[1][3] == std::to_string(c.assessments[0].minutes));
  CHECK(types[1][2].find(c.skills[int(c.assessments[0].skills[0])].name) == 0);
}

TEST_CASE("table CSV: the plan's challenges and milestones, by name") {
  Plan plan;
  Task a;
  a.id = "a";
  a.name = "Approach A";
  a.challenge = "c";
  Task b = a;
  b.id = "b";
  b.name = "Approach B";
  Task prep;
  prep.id = "prep";
  prep.name = "Prepare data";
  plan.tasks = {prep, a, b};
  Challenge c;
  c.id = "c";
  c.name = "Beat the baseline";
  c.parallel = false;
  c.importance = 4;
  c.depends_on = {"prep"};
  plan.challenges = {c};
  Milestone m;
  m.id = "m";
  m.name = "Demo";
  m.requires_done = {"c", "prep"};
  m.deadline_days = 30;
  Milestone open = m;
  open.name = "Later";
  open.deadline_days = 0;
  plan.milestones = {m, open};

  const CsvRows ch = PlanChallengeRows(plan);
  REQUIRE(ch.size() == 2);
  CHECK(ch[1] == std::vector<std::string>{"Beat the baseline", "One after another", "Approach A; Approach B", "4",
                                          "Prepare data"});
  const CsvRows ms = PlanMilestoneRows(plan);
  REQUIRE(ms.size() == 3);
  CHECK(ms[0] == std::vector<std::string>{"Milestone", "Requires", "Deadline (working days)"});
  CHECK(ms[1] == std::vector<std::string>{"Demo", "Beat the baseline; Prepare data", "30"});
  CHECK(ms[2][2].empty());
}
