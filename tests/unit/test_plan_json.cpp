// The plan inside a workspace: round trips, refusals with paths, and the
// leadership summary's arithmetic on a hand-made result.
#include <doctest/doctest.h>

#include <cmath>

#include "model/plan_json.h"
#include "model/workspace.h"
#include "sim/summary.h"

using namespace mlt;

namespace {
Plan SamplePlan() {
  Plan p;
  p.start_date = "2026-11-30";
  Task a;
  a.id = "a";
  a.name = "Label data";
  a.owner = "p1";
  a.optimistic = 2;
  a.most_likely = 3;
  a.pessimistic = 7;
  a.distribution = Distribution::Lognormal;
  a.p_success = 0.8;
  a.on_failure = OnFailure::Fail;
  a.importance = 4;
  a.status = TaskStatus::InProgress;
  a.progress = 0.25;
  Task b = a;
  b.id = "b";
  b.name = "Approach one";
  b.challenge = "c";
  b.depends_on = {"a"};
  Challenge c;
  c.id = "c";
  c.name = "Beat the baseline";
  c.parallel = false;
  Milestone m;
  m.id = "m";
  m.name = "Done";
  m.requires_done = {"c"};
  m.deadline_days = 20;
  p.tasks = {a, b};
  p.challenges = {c};
  p.milestones = {m};
  return p;
}
}  // namespace

TEST_CASE("a plan survives a round trip through the workspace document") {
  Workspace ws;
  ws.id = "w";
  ws.name = "Plan test";
  ws.plan = SamplePlan();
  ParseResult r = ParseWorkspace(WorkspaceToText(ws));
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.workspace.plan == ws.plan);
  CHECK(r.workspace.plan.tasks[0].distribution == Distribution::Lognormal);
  CHECK(r.workspace.plan.challenges[0].parallel == false);
}

TEST_CASE("bad plan fields are refused with their path") {
  auto err = [](const std::string& plan_json) {
    ParseResult r = ParseWorkspace("{\"schema_version\":1,\"name\":\"x\",\"plan\":" + plan_json + "}");
    CHECK_FALSE(r.ok);
    return r.error;
  };
  CHECK(err("{\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"p_success\":1.5}]}") ==
        "plan.tasks[0].p_success: must be between 0 and 1");
  CHECK(err("{\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"distribution\":\"normal\"}]}") ==
        "plan.tasks[0].distribution: must be one of triangular, pert, lognormal");
  CHECK(err("{\"tasks\":[{\"name\":\"A\"}]}") == "plan.tasks[0].id: is missing");
  CHECK(err("{\"milestones\":[{\"id\":\"m\",\"name\":\"M\",\"deadline_days\":-3}]}").find("plan.milestones[0].deadline_days") == 0);
  // A structurally fine plan with a cycle still loads: the planner reports it.
  ParseResult r = ParseWorkspace(
      "{\"schema_version\":1,\"name\":\"x\",\"plan\":{\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"depends_on\":[\"b\"]},"
      "{\"id\":\"b\",\"name\":\"B\",\"depends_on\":[\"a\"]}]}}");
  CHECK(r.ok);
}

TEST_CASE("portfolio arithmetic: 1 - product of failures, retries folded in") {
  Plan p;
  Challenge c;
  c.id = "c";
  c.name = "C";
  p.challenges = {c};
  for (double prob : {0.5, 0.3, 0.2}) {
    Task t;
    t.id = "t" + std::to_string(p.tasks.size());
    t.name = t.id;
    t.challenge = "c";
    t.p_success = prob;
    t.on_failure = OnFailure::Fail;
    p.tasks.push_back(t);
  }
  CHECK(PortfolioChance(p, "c") == doctest::Approx(1 - 0.5 * 0.7 * 0.8));
  Task retry = p.tasks[0];
  retry.on_failure = OnFailure::Retry;
  retry.max_retries = 2;
  CHECK(ApproachChance(retry) == doctest::Approx(1 - 0.125));
}

TEST_CASE("the leadership summary states dates, odds, the gap and the portfolio") {
  Plan p = SamplePlan();
  p.tasks[0].on_failure = OnFailure::Retry;  // 1 - 0.2^3: safe on its own; the challenge (80%) is the risk
  SimResult r;
  r.trials = 1000;
  r.p_success = 0.62;
  r.p_success_se = std::sqrt(0.62 * 0.38 / 1000);
  r.p50 = 20;
  r.p80 = 26;
  r.p95 = 33;
  r.deterministic_days = 12;
  TaskResult ta;
  ta.id = "a";
  ta.p_success = 0.8;
  TaskResult tc;
  tc.id = "c";
  tc.is_challenge = true;
  tc.p_success = 0.62;
  r.tasks = {ta, tc};
  Date start{2026, 11, 30};
  std::string s = LeadershipSummary(p, r, start);
  CHECK(s.find("80% likely by " + FormatLongDate(AddWorkingDays(start, 26))) != std::string::npos);
  CHECK(s.find("succeeds at all is 62%") != std::string::npos);
  CHECK(s.find("8 working days later") != std::string::npos);
  CHECK(s.find("The biggest risk is Beat the baseline: on its own it is solved 80% of the time") != std::string::npos);
  CHECK(s.find("A second approach to Beat the baseline") != std::string::npos);
}
