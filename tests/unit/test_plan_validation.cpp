// ValidatePlan: every rule with its exact message, a valid plan passing, and
// the simulation refusing an invalid plan with the same message.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "model/plan.h"
#include "sim/engine.h"

using namespace mlt;

namespace {
Task MakeTask(std::string id, std::string name, std::vector<std::string> deps = {}) {
  Task t;
  t.id = std::move(id);
  t.name = std::move(name);
  t.depends_on = std::move(deps);
  return t;
}

// Labelling -> training, a parallel challenge with two approaches, a milestone.
Plan ValidPlan() {
  Plan p;
  p.tasks.push_back(MakeTask("label", "Label data"));
  p.tasks.push_back(MakeTask("train", "Train model", {"label"}));
  Task a1 = MakeTask("a1", "Distillation", {"train"});
  a1.challenge = "latency";
  Task a2 = MakeTask("a2", "Quantisation");
  a2.challenge = "latency";
  p.tasks.push_back(a1);
  p.tasks.push_back(a2);
  p.tasks.push_back(MakeTask("ship", "Ship", {"latency"}));
  Challenge c;
  c.id = "latency";
  c.name = "Meet latency budget";
  c.depends_on = {"train"};
  p.challenges.push_back(c);
  Milestone m;
  m.id = "beta";
  m.name = "Beta";
  m.requires_done = {"ship", "latency"};
  m.deadline_days = 30;
  p.milestones.push_back(m);
  return p;
}

Task& TaskById(Plan& p, const std::string& id) {
  for (Task& t : p.tasks)
    if (t.id == id) return t;
  FAIL("no task " << id);
  return p.tasks[0];
}
}  // namespace

TEST_CASE("plan: a valid plan passes and the simulation accepts it") {
  Plan p = ValidPlan();
  CHECK(ValidatePlan(p) == "");
  Simulation sim;
  std::string error = "unchanged";
  SimOptions o;
  o.trials = 10;
  CHECK(sim.Start(p, o, &error));
  CHECK(error == "unchanged");
  CHECK(ValidatePlan(Plan{}) == "");  // an empty plan is valid (and trivially done)
}

TEST_CASE("plan: equality compares every field") {
  Plan a = ValidPlan(), b = ValidPlan();
  CHECK(a == b);
  b.tasks[1].retry_cost = 0.7;
  CHECK_FALSE(a == b);
  b = a;
  b.challenges[0].parallel = false;
  CHECK_FALSE(a == b);
  b = a;
  b.milestones[0].deadline_days = 31;
  CHECK_FALSE(a == b);
  b = a;
  b.start_date = "2027-01-04";
  CHECK_FALSE(a == b);
  b = a;
  b.tasks[0].depends_on.push_back("x");
  CHECK_FALSE(a == b);
}

TEST_CASE("plan: ids must be present and unique across tasks, challenges and milestones") {
  Plan p = ValidPlan();
  TaskById(p, "train").id = "";
  CHECK(ValidatePlan(p) == "Task \"Train model\": the id is empty");

  p = ValidPlan();
  TaskById(p, "train").id = "label";
  CHECK(ValidatePlan(p) == "Task \"Train model\": the id \"label\" is already used by task \"Label data\"");

  p = ValidPlan();
  p.challenges[0].id = "ship";
  CHECK(ValidatePlan(p) ==
        "Challenge \"Meet latency budget\": the id \"ship\" is already used by task \"Ship\"");

  p = ValidPlan();
  p.milestones[0].id = "latency";
  CHECK(ValidatePlan(p) ==
        "Milestone \"Beta\": the id \"latency\" is already used by challenge \"Meet latency budget\"");

  p = ValidPlan();
  p.tasks[0].name = "";  // no name: the id stands in
  p.tasks[1].id = "label";
  CHECK(ValidatePlan(p) == "Task \"Train model\": the id \"label\" is already used by task \"label\"");

  p = ValidPlan();
  p.tasks[1].name = "";
  p.tasks[1].id = "";  // neither: its position
  CHECK(ValidatePlan(p) == "Task \"#2\": the id is empty");
}

TEST_CASE("plan: estimates must be finite, non-negative and ordered") {
  Plan p = ValidPlan();
  Task& t = TaskById(p, "label");
  t.optimistic = 5;
  t.most_likely = 5;
  t.pessimistic = 2;
  CHECK(ValidatePlan(p) ==
        "Task \"Label data\": the pessimistic estimate (2 days) is below the optimistic one (5 days)");
  t.optimistic = 2;
  t.most_likely = 1;
  t.pessimistic = 4;
  CHECK(ValidatePlan(p) ==
        "Task \"Label data\": the most likely estimate (1 day) is below the optimistic one (2 days)");
  t.optimistic = 1;
  t.most_likely = 4.5;
  t.pessimistic = 3;
  CHECK(ValidatePlan(p) ==
        "Task \"Label data\": the pessimistic estimate (3 days) is below the most likely one (4.5 days)");
  t.optimistic = -1;
  t.most_likely = 2;
  t.pessimistic = 3;
  CHECK(ValidatePlan(p) == "Task \"Label data\": the optimistic estimate (-1 days) is negative");
  t.optimistic = 1;
  t.most_likely = std::numeric_limits<double>::quiet_NaN();
  CHECK(ValidatePlan(p) == "Task \"Label data\": the most likely estimate is not a number of days");
  t.most_likely = 2;
  t.pessimistic = std::numeric_limits<double>::infinity();
  CHECK(ValidatePlan(p) == "Task \"Label data\": the pessimistic estimate is not a number of days");
  t.optimistic = t.most_likely = t.pessimistic = 0;  // zero-length work is fine
  CHECK(ValidatePlan(p) == "");
}

TEST_CASE("plan: chances, retries, retry cost, importance and progress stay in range") {
  Plan p = ValidPlan();
  Task& t = TaskById(p, "train");
  t.p_success = 1.5;
  CHECK(ValidatePlan(p) == "Task \"Train model\": the chance of success (1.5) must be between 0 and 1");
  t.p_success = std::numeric_limits<double>::quiet_NaN();
  CHECK(ValidatePlan(p) ==
        "Task \"Train model\": the chance of success (not a number) must be between 0 and 1");
  t.p_success = 0;
  CHECK(ValidatePlan(p) == "");
  t.max_retries = 21;
  CHECK(ValidatePlan(p) == "Task \"Train model\": the number of retries (21) must be between 0 and 20");
  t.max_retries = -1;
  CHECK(ValidatePlan(p) == "Task \"Train model\": the number of retries (-1) must be between 0 and 20");
  t.max_retries = 20;
  t.retry_cost = 5.5;
  CHECK(ValidatePlan(p) == "Task \"Train model\": the retry cost (5.5) must be between 0 and 5");
  t.retry_cost = 0;
  t.importance = 11;
  CHECK(ValidatePlan(p) == "Task \"Train model\": the importance (11) must be between 0 and 10");
  t.importance = 10;
  t.progress = -0.25;
  CHECK(ValidatePlan(p) == "Task \"Train model\": the progress (-0.25) must be between 0 and 1");
  t.progress = 1;
  CHECK(ValidatePlan(p) == "");
  p.challenges[0].importance = -1;
  CHECK(ValidatePlan(p) == "Challenge \"Meet latency budget\": the importance (-1) must be between 0 and 10");
}

TEST_CASE("plan: every reference resolves") {
  Plan p = ValidPlan();
  TaskById(p, "train").depends_on.push_back("labels");
  CHECK(ValidatePlan(p) ==
        "Task \"Train model\": the dependency \"labels\" is not a task or challenge in this plan");

  p = ValidPlan();
  TaskById(p, "train").depends_on.push_back("beta");
  CHECK(ValidatePlan(p) ==
        "Task \"Train model\": the dependency \"beta\" is a milestone; depend on its tasks instead");

  p = ValidPlan();
  TaskById(p, "a2").challenge = "speed";
  CHECK(ValidatePlan(p) == "Task \"Quantisation\": the challenge \"speed\" is not a challenge in this plan");
  TaskById(p, "a2").challenge = "ship";
  CHECK(ValidatePlan(p) == "Task \"Quantisation\": the challenge \"ship\" is not a challenge in this plan");

  p = ValidPlan();
  p.challenges[0].depends_on = {"trian"};
  CHECK(
      ValidatePlan(p) ==
      "Challenge \"Meet latency budget\": the dependency \"trian\" is not a task or challenge in this plan");

  p = ValidPlan();
  p.milestones[0].requires_done.push_back("launch");
  CHECK(ValidatePlan(p) ==
        "Milestone \"Beta\": the requirement \"launch\" is not a task or challenge in this plan");
}

TEST_CASE("plan: a challenge needs an approach, and an approach cannot wait for its challenge") {
  Plan p = ValidPlan();
  Challenge empty;
  empty.id = "recall";
  empty.name = "Reach 90% recall";
  p.challenges.push_back(empty);
  CHECK(
      ValidatePlan(p) ==
      "Challenge \"Reach 90% recall\": it has no approaches (tasks that name \"recall\" as their challenge)");

  p = ValidPlan();
  TaskById(p, "a2").depends_on = {"latency"};
  CHECK(ValidatePlan(p) ==
        "Task \"Quantisation\": it is an approach to challenge \"Meet latency budget\" and cannot depend on "
        "it");
}

TEST_CASE("plan: a dependency cycle is named in the order the work would flow") {
  Plan p = ValidPlan();
  TaskById(p, "label").depends_on = {"train"};
  CHECK(ValidatePlan(p) == "Dependency cycle: Label data -> Train model -> Label data");

  p = ValidPlan();
  TaskById(p, "label").depends_on = {"label"};
  CHECK(ValidatePlan(p) == "Dependency cycle: Label data -> Label data");

  // Through a challenge: its approaches wait for its dependencies, and it for its approaches.
  p = ValidPlan();
  TaskById(p, "label").depends_on = {"ship"};
  CHECK(ValidatePlan(p) ==
        "Dependency cycle: Label data -> Train model -> Meet latency budget -> Ship -> Label data");

  // A sequential challenge tries its approaches in order: the first cannot wait for the second.
  p = ValidPlan();
  p.challenges[0].parallel = false;
  TaskById(p, "a1").depends_on = {"a2"};
  CHECK(ValidatePlan(p) == "Dependency cycle: Distillation -> Quantisation -> Distillation");
  p.challenges[0].parallel = true;  // in parallel that is only an ordering
  CHECK(ValidatePlan(p) == "");
}

TEST_CASE("plan: the simulation refuses an invalid plan with the same message") {
  Plan p = ValidPlan();
  TaskById(p, "label").depends_on = {"train"};
  std::string expected = ValidatePlan(p);
  REQUIRE(!expected.empty());
  Simulation sim;
  std::string error;
  CHECK_FALSE(sim.Start(p, SimOptions{}, &error));
  CHECK(error == expected);
  CHECK(sim.TrialsTotal() == 0);
  CHECK(sim.RunSlice(100) == 0);
  SimResult r;
  error.clear();
  CHECK_FALSE(Simulate(p, SimOptions{}, &r, &error));
  CHECK(error == expected);

  SimOptions bad;
  bad.trials = 0;
  CHECK_FALSE(Simulate(ValidPlan(), bad, &r, &error));
  CHECK(error == "The number of trials (0) must be between 1 and 1,000,000");
}
