// Research portfolios over time: the chance a challenge is solved by each day
// (SimResult::challenge_curves) against analytic answers, and the
// single-approach plan the portfolio view compares with. Tolerances are 5
// standard errors at the trial count used.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "model/plan.h"
#include "sim/engine.h"
#include "sim/summary.h"

using namespace mlt;

namespace {

Task Approach(std::string id, std::string challenge, double days, double p) {
  Task t;
  t.id = id;
  t.name = "Approach " + id;
  t.optimistic = t.most_likely = t.pessimistic = days;
  t.distribution = Distribution::Triangular;
  t.p_success = p;
  t.on_failure = OnFailure::Fail;
  t.challenge = std::move(challenge);
  return t;
}

SimResult Run(const Plan& plan, int trials) {
  SimOptions o;
  o.trials = trials;
  o.seed = 3;
  SimResult r;
  std::string error;
  REQUIRE_MESSAGE(Simulate(plan, o, &r, &error), error);
  return r;
}

const ChallengeCurve& Curve(const SimResult& r, const std::string& id) {
  for (const ChallengeCurve& c : r.challenge_curves)
    if (c.id == id) return c;
  FAIL("no curve for " << id);
  return r.challenge_curves.front();
}

double At(const ChallengeCurve& c, double day) {
  double p = 0;
  for (size_t i = 0; i < c.days.size(); ++i)
    if (c.days[i] <= day + 1e-9) p = c.p[i];
  return p;
}

double Tol(double p, int n) { return 5 * std::sqrt(std::max(p * (1 - p), 1e-4) / n); }

// Two parallel approaches of 10 and 20 days succeeding with 0.5 and 0.6, then
// a 5-day task that needs the challenge.
Plan TwoApproaches(bool parallel) {
  Plan p;
  Challenge c;
  c.id = "c";
  c.name = "Find a model that works";
  c.parallel = parallel;
  p.challenges.push_back(c);
  p.tasks.push_back(Approach("a", "c", 10, 0.5));
  p.tasks.push_back(Approach("b", "c", 20, 0.6));
  Task after = Approach("ship", "", 5, 1.0);
  after.depends_on = {"c"};
  p.tasks.push_back(after);
  Milestone m;
  m.id = "m";
  m.name = "Launch";
  m.requires_done = {"ship", "b"};
  p.milestones.push_back(m);
  return p;
}

}  // namespace

TEST_CASE("a parallel portfolio's chance of being solved by each day matches the analytic step curve") {
  const int n = 20000;
  SimResult r = Run(TwoApproaches(true), n);
  const ChallengeCurve& c = Curve(r, "c");
  REQUIRE(c.days.size() == c.p.size());
  REQUIRE(c.days.size() > 10);
  for (size_t i = 1; i < c.p.size(); ++i) {
    CHECK(c.days[i] > c.days[i - 1]);
    CHECK(c.p[i] >= c.p[i - 1]);  // a chance "by then" never falls
  }
  // Nothing before day 10; A alone by day 10 (0.5); A or B by day 20: 1 - 0.5 * 0.4 = 0.8.
  CHECK(At(c, 9.9) == 0.0);
  CHECK(std::abs(At(c, 10.6) - 0.5) < Tol(0.5, n));
  CHECK(std::abs(At(c, 19.9) - 0.5) < Tol(0.5, n));
  CHECK(std::abs(c.p.back() - 0.8) < Tol(0.8, n));
}

TEST_CASE("sequential fallbacks: the second approach only starts when the first fails") {
  const int n = 20000;
  SimResult r = Run(TwoApproaches(false), n);
  const ChallengeCurve& c = Curve(r, "c");
  // A (10 days, 0.5), then on failure B (20 more days, 0.6): 0.5 by day 10, 0.8 by day 30, nothing new before.
  CHECK(std::abs(At(c, 10.6) - 0.5) < Tol(0.5, n));
  CHECK(std::abs(At(c, 29.9) - 0.5) < Tol(0.5, n));
  CHECK(std::abs(c.p.back() - 0.8) < Tol(0.8, n));
}

TEST_CASE("the single-approach plan keeps the most likely approach and drops references to the others") {
  Plan p = TwoApproaches(true);
  p.tasks[2].depends_on.push_back("a");  // a reference to an approach that goes
  Plan one = SingleApproachPlan(p, "c");
  CHECK(ValidatePlan(one).empty());
  int approaches = 0;
  for (const Task& t : one.tasks) approaches += t.challenge == "c";
  CHECK(approaches == 1);
  CHECK(std::none_of(one.tasks.begin(), one.tasks.end(), [](const Task& t) { return t.id == "a"; }));
  for (const Task& t : one.tasks) CHECK(std::find(t.depends_on.begin(), t.depends_on.end(), "a") == t.depends_on.end());
  CHECK(one.milestones[0].requires_done == std::vector<std::string>{"ship", "b"});
  // The original is untouched and an unknown challenge changes nothing.
  CHECK(p.tasks.size() == 3);
  CHECK(SingleApproachPlan(p, "nope") == p);

  // Simulated: B alone is solved 60% of the time, all by day 20; the portfolio 80%.
  const int n = 20000;
  SimResult single = Run(one, n), both = Run(p, n);
  CHECK(std::abs(Curve(single, "c").p.back() - 0.6) < Tol(0.6, n));
  CHECK(At(Curve(single, "c"), 19.9) == 0.0);
  CHECK(Curve(both, "c").p.back() > Curve(single, "c").p.back() + 0.1);
}
