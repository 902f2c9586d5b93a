// The schedule simulation against analytic answers: single tasks, sums and
// maxima of durations, chances of success with retries, research portfolios,
// criticality, owners, milestones, the deterministic plan and re-planning.
// Fixed seeds; tolerances are 5 standard errors at the trial count used.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "sim/engine.h"

using namespace mlt;

namespace {

Task MakeTask(std::string id, double a, double m, double b, Distribution d = Distribution::Triangular,
              std::vector<std::string> deps = {}) {
  Task t;
  t.id = id;
  t.name = "Task " + id;
  t.optimistic = a;
  t.most_likely = m;
  t.pessimistic = b;
  t.distribution = d;
  t.depends_on = std::move(deps);
  return t;
}

// Fixed length, succeeding with probability p on its only attempt.
Task Fixed(std::string id, double days, double p = 1, std::vector<std::string> deps = {}) {
  Task t = MakeTask(std::move(id), days, days, days, Distribution::Triangular, std::move(deps));
  t.p_success = p;
  t.on_failure = OnFailure::Fail;
  return t;
}

SimResult Run(const Plan& plan, int trials, uint64_t seed = 1, int bins = 40) {
  SimOptions o;
  o.trials = trials;
  o.seed = seed;
  o.histogram_bins = bins;
  SimResult r;
  std::string error;
  bool ok = Simulate(plan, o, &r, &error);
  REQUIRE_MESSAGE(ok, error);
  REQUIRE(r.trials == trials);
  return r;
}

const TaskResult& Node(const SimResult& r, const std::string& id) {
  for (const TaskResult& t : r.tasks)
    if (t.id == id) return t;
  FAIL("no result for " << id);
  return r.tasks[0];
}

// Variance of the successful finishes from a fine histogram (bin midpoints,
// less Sheppard's correction width^2 / 12 for the binning).
double HistogramVariance(const SimResult& r) {
  double n = 0, sum = 0, sum2 = 0, width = 0;
  for (const HistogramBin& b : r.histogram) {
    double mid = (b.from + b.to) / 2;
    n += b.count;
    sum += b.count * mid;
    sum2 += b.count * mid * mid;
    width = b.to - b.from;
  }
  double mean = sum / n;
  return sum2 / n - mean * mean - width * width / 12;
}

double TriCdf(double x, double a, double m, double b) {
  if (x <= a) return 0;
  if (x >= b) return 1;
  if (x <= m) return (x - a) * (x - a) / ((b - a) * (m - a));
  return 1 - (b - x) * (b - x) / ((b - a) * (b - m));
}
double TriVar(double a, double m, double b) { return (a * a + b * b + m * m - a * b - a * m - b * m) / 18; }
double PertVar(double a, double m, double b) {
  double alpha = 1 + 4 * (m - a) / (b - a), beta = 1 + 4 * (b - m) / (b - a);
  return (b - a) * (b - a) * alpha * beta / (36 * 7);
}
// SE of a proportion p over n trials.
double PropSE(double p, double n) { return std::sqrt(p * (1 - p) / n); }

}  // namespace

TEST_CASE("sim: one triangular task has the triangular mean, variance and percentiles") {
  const double a = 2, m = 5, b = 12;
  const int n = 40000;
  Plan p;
  p.tasks.push_back(MakeTask("t", a, m, b));
  SimResult r = Run(p, n, 3, 1000);
  const double var = TriVar(a, m, b);
  CHECK(r.p_success == 1);
  CHECK(r.p_success_se == 0);
  CHECK(std::fabs(r.mean - (a + m + b) / 3) < 5 * std::sqrt(var / n));
  CHECK(std::fabs(HistogramVariance(r) - var) < 5 * var * std::sqrt(1.4 / n));  // kurtosis 2.4
  // p80 against the inverse CDF (right of the mode); SE = sqrt(q(1-q)/n) / pdf.
  double q80 = b - std::sqrt(0.2 * (b - a) * (b - m));
  double pdf80 = 2 * (b - q80) / ((b - a) * (b - m));
  CHECK(std::fabs(r.p80 - q80) < 5 * std::sqrt(0.16 / n) / pdf80);
  double q10 = a + std::sqrt(0.1 * (b - a) * (m - a));
  double pdf10 = 2 * (q10 - a) / ((b - a) * (m - a));
  CHECK(std::fabs(r.p10 - q10) < 5 * std::sqrt(0.09 / n) / pdf10);
  CHECK(std::fabs(r.P(7) - TriCdf(7, a, m, b)) < 5 * PropSE(TriCdf(7, a, m, b), n));
  // The task's own row.
  const TaskResult& t = Node(r, "t");
  CHECK(t.p_success == 1);
  CHECK(t.attempts_mean == 1);
  CHECK(t.start_p50 == 0);
  CHECK(std::fabs(t.mean_duration - r.mean) < 1e-9);
  CHECK(std::fabs(t.finish_p50 - r.p50) < 1e-3);
  CHECK(t.criticality == 1);
  CHECK(t.sensitivity == doctest::Approx(1));
  CHECK(r.deterministic_days == m);
}

TEST_CASE("sim: one PERT task has the PERT mean and variance") {
  const double a = 1, m = 3, b = 10;
  const int n = 40000;
  Plan p;
  p.tasks.push_back(MakeTask("t", a, m, b, Distribution::Pert));
  SimResult r = Run(p, n, 4, 1000);
  const double var = PertVar(a, m, b);
  CHECK(std::fabs(r.mean - (a + 4 * m + b) / 6) < 5 * std::sqrt(var / n));
  CHECK(std::fabs(HistogramVariance(r) - var) < 5 * var * std::sqrt(2.0 / n));
}

TEST_CASE("sim: three PERT tasks in sequence add their means and variances") {
  struct Est {
    double a, m, b;
  } est[] = {{1, 3, 10}, {2, 4, 9}, {0, 2, 5}};
  const int n = 40000;
  Plan p;
  double mean = 0, var = 0;
  for (int i = 0; i < 3; ++i) {
    std::vector<std::string> deps;
    if (i > 0) deps.push_back("t" + std::to_string(i - 1));
    p.tasks.push_back(
        MakeTask("t" + std::to_string(i), est[i].a, est[i].m, est[i].b, Distribution::Pert, deps));
    mean += (est[i].a + 4 * est[i].m + est[i].b) / 6;
    var += PertVar(est[i].a, est[i].m, est[i].b);
  }
  SimResult r = Run(p, n, 5, 1000);
  CHECK(std::fabs(r.mean - mean) < 5 * std::sqrt(var / n));
  CHECK(std::fabs(HistogramVariance(r) - var) < 5 * var * std::sqrt(2.0 / n));
  CHECK(r.deterministic_days == 3 + 4 + 2);
  // Each task starts when the one before finishes.
  CHECK(Node(r, "t1").start_p50 == doctest::Approx(Node(r, "t0").finish_p50).epsilon(1e-6));
  for (const TaskResult& t : r.tasks) CHECK(t.criticality == 1);
}

TEST_CASE("sim: two parallel branches finish at the max, as numeric integration says") {
  const double a1 = 2, m1 = 6, b1 = 10, a2 = 3, m2 = 5, b2 = 12;
  const int n = 40000;
  Plan p;
  p.tasks.push_back(MakeTask("x", a1, m1, b1));
  p.tasks.push_back(MakeTask("y", a2, m2, b2));
  SimResult r = Run(p, n, 6);
  auto cdf = [&](double d) { return TriCdf(d, a1, m1, b1) * TriCdf(d, a2, m2, b2); };
  // E[max] = int (1 - F), E[max^2] = int 2x (1 - F), midpoint rule on [0, 12].
  double e1 = 0, e2 = 0;
  const int steps = 120000;
  const double h = 12.0 / steps;
  for (int i = 0; i < steps; ++i) {
    double x = (i + 0.5) * h;
    e1 += (1 - cdf(x)) * h;
    e2 += 2 * x * (1 - cdf(x)) * h;
  }
  double var = e2 - e1 * e1;
  CHECK(std::fabs(r.mean - e1) < 5 * std::sqrt(var / n));
  CHECK(r.mean > (a1 + m1 + b1) / 3);  // merge bias: later than either branch's mean
  CHECK(r.mean > (a2 + m2 + b2) / 3);
  for (double d : {6.0, 7.5, 9.0}) {
    CAPTURE(d);
    CHECK(std::fabs(r.P(d) - cdf(d)) < 5 * PropSE(cdf(d), n));
  }
  // Median: bisect F = 0.5.
  double lo = 3, hi = 12;
  for (int i = 0; i < 60; ++i) (cdf((lo + hi) / 2) < 0.5 ? lo : hi) = (lo + hi) / 2;
  double pdf = (cdf(lo + 1e-4) - cdf(lo - 1e-4)) / 2e-4;
  CHECK(std::fabs(r.p50 - lo) < 5 * std::sqrt(0.25 / n) / pdf);
  CHECK(r.deterministic_days == 6);
}

TEST_CASE("sim: chances of success, with and without retries") {
  const int n = 20000;
  Plan p;
  p.tasks.push_back(Fixed("t", 4, 0.5));
  SimResult r = Run(p, n, 7);
  CHECK(std::fabs(r.p_success - 0.5) < 5 * PropSE(0.5, n));
  CHECK(r.p_success_se == doctest::Approx(PropSE(r.p_success, n)));
  CHECK(Node(r, "t").attempts_mean == 1);
  CHECK(r.mean == 4);

  // Retry twice, each retry half a fresh draw: success at 4 (1/2), 6 (1/4), 8 (1/8).
  p.tasks[0].on_failure = OnFailure::Retry;
  p.tasks[0].max_retries = 2;
  p.tasks[0].retry_cost = 0.5;
  r = Run(p, n, 8);
  const double ps = 1 - 0.125;
  CHECK(std::fabs(r.p_success - ps) < 5 * PropSE(ps, n));
  double mean = (4 * 0.5 + 6 * 0.25 + 8 * 0.125) / ps;
  double var = (16 * 0.5 + 36 * 0.25 + 64 * 0.125) / ps - mean * mean;
  CHECK(std::fabs(r.mean - mean) < 5 * std::sqrt(var / (n * ps)));
  const TaskResult& t = Node(r, "t");
  // Attempts 1, 2, 3 with probabilities 1/2, 1/4, 1/4; days 4, 6, 8 likewise.
  CHECK(std::fabs(t.attempts_mean - 1.75) < 5 * std::sqrt(0.6875 / n));
  CHECK(std::fabs(t.mean_duration - 5.5) < 5 * std::sqrt(2.75 / n));
  CHECK(std::fabs(t.p_success - ps) < 5 * PropSE(ps, n));
  CHECK(r.deterministic_days == 4);
}

TEST_CASE("sim: a failed dependency stops its dependents") {
  const int n = 20000;
  Plan p;
  p.tasks.push_back(Fixed("a", 2, 0.6));
  p.tasks.push_back(Fixed("b", 3, 1, {"a"}));
  p.tasks.push_back(Fixed("c", 1, 1));
  SimResult r = Run(p, n, 9);
  CHECK(std::fabs(r.p_success - 0.6) < 5 * PropSE(0.6, n));
  CHECK(Node(r, "b").p_success == doctest::Approx(Node(r, "a").p_success));
  CHECK(Node(r, "c").p_success == 1);
  CHECK(Node(r, "b").start_p10 == 2);  // only trials where it ran
  CHECK(r.mean == 5);
  CHECK(r.s_curve_p.back() == doctest::Approx(r.p_success));
}

TEST_CASE("sim: a parallel portfolio solves with 1 - prod(1 - p) at the first success") {
  const int n = 20000;
  Plan p;
  Challenge c;
  c.id = "c";
  c.name = "Research";
  p.challenges.push_back(c);
  const double days[] = {3, 5, 2}, chance[] = {0.5, 0.3, 0.2};
  for (int i = 0; i < 3; ++i) {
    Task t = Fixed("a" + std::to_string(i), days[i], chance[i]);
    t.challenge = "c";
    p.tasks.push_back(t);
  }
  SimResult r = Run(p, n, 10);
  const double ps = 1 - 0.5 * 0.7 * 0.8;
  CHECK(std::fabs(r.p_success - ps) < 5 * PropSE(ps, n));
  CHECK(Node(r, "c").p_success == doctest::Approx(r.p_success));
  CHECK(Node(r, "c").is_challenge);
  // Solved at 2 (a2 wins, 0.2), 3 (a0, 0.8 * 0.5), 5 (a1, 0.8 * 0.5 * 0.3).
  double mean = (2 * 0.2 + 3 * 0.4 + 5 * 0.12) / ps;
  double var = (4 * 0.2 + 9 * 0.4 + 25 * 0.12) / ps - mean * mean;
  CHECK(std::fabs(r.mean - mean) < 5 * std::sqrt(var / (n * ps)));
  // Approaches lose when another wins first: a1 runs to the end only if a2 and a0 fail.
  CHECK(std::fabs(Node(r, "a1").p_success - 0.8 * 0.5 * 0.3) < 5 * PropSE(0.12, n));
  // Cancelled time counts as run: a1 runs 2 (a2 won), 3 (a0 won) or 5 days.
  double a1_run = 2 * 0.2 + 3 * 0.4 + 5 * 0.4;
  CHECK(std::fabs(Node(r, "a1").mean_duration - a1_run) < 5 * std::sqrt(1.44 / n));
  // All three start at once: the challenge counts three started approaches.
  CHECK(Node(r, "c").attempts_mean == 3);
  // The critical path runs through the challenge and the approach that won.
  CHECK(Node(r, "c").criticality == 1);
  double crit_a2 = 0.2 / ps;
  CHECK(std::fabs(Node(r, "a2").criticality - crit_a2) < 5 * std::sqrt(crit_a2 * (1 - crit_a2) / (n * ps)));
  CHECK(r.deterministic_days == 2);  // every attempt succeeds: the fastest approach wins
}

TEST_CASE("sim: a sequential portfolio tries its fallbacks in plan order") {
  const int n = 20000;
  Plan p;
  p.tasks.push_back(Fixed("prep", 1));
  Challenge c;
  c.id = "c";
  c.parallel = false;
  c.depends_on = {"prep"};
  p.challenges.push_back(c);
  const double days[] = {3, 5, 2}, chance[] = {0.5, 0.3, 0.2};
  for (int i = 0; i < 3; ++i) {
    Task t = Fixed("a" + std::to_string(i), days[i], chance[i]);
    t.challenge = "c";
    p.tasks.push_back(t);
  }
  p.tasks.push_back(Fixed("after", 1, 1, {"c"}));
  SimResult r = Run(p, n, 11);
  const double ps = 1 - 0.5 * 0.7 * 0.8;
  CHECK(std::fabs(r.p_success - ps) < 5 * PropSE(ps, n));
  // Solved at 1+3 (0.5), 1+3+5 (0.15) or 1+3+5+2 (0.07); then one more day.
  double mean = (5 * 0.5 + 10 * 0.15 + 12 * 0.07) / ps;
  double var = (25 * 0.5 + 100 * 0.15 + 144 * 0.07) / ps - mean * mean;
  CHECK(std::fabs(r.mean - mean) < 5 * std::sqrt(var / (n * ps)));
  CHECK(Node(r, "a1").start_p50 == 4);  // only after a0 failed
  CHECK(Node(r, "a2").start_p50 == 9);
  CHECK(Node(r, "c").start_p50 == 1);
  // Approaches started per run: 1 + P(a0 failed) + P(a0 and a1 failed).
  CHECK(std::fabs(Node(r, "c").attempts_mean - 1.85) < 5 * std::sqrt(0.8275 / n));
  CHECK(r.deterministic_days == 5);
  // The unsolved challenge fails its dependents.
  CHECK(Node(r, "after").p_success == doctest::Approx(Node(r, "c").p_success));
}

TEST_CASE("sim: criticality is the chance a branch decides the finish") {
  // Branch A is exactly 10 days, branch B triangular(5, 9, 15); both feed a join.
  const int n = 20000;
  Plan p;
  p.tasks.push_back(Fixed("A", 10));
  p.tasks.push_back(MakeTask("B", 5, 9, 15));
  p.tasks.push_back(Fixed("join", 1, 1, {"A", "B"}));
  SimResult r = Run(p, n, 12);
  const double pb = 1 - TriCdf(10, 5, 9, 15);  // P(B > 10) = 25 / 60
  CHECK(pb == doctest::Approx(25.0 / 60));
  CHECK(std::fabs(Node(r, "B").criticality - pb) < 5 * PropSE(pb, n));
  CHECK(Node(r, "A").criticality == doctest::Approx(1 - Node(r, "B").criticality));
  CHECK(Node(r, "join").criticality == 1);
  CHECK(Node(r, "A").sensitivity == 0);  // a constant does not correlate
  CHECK(Node(r, "B").sensitivity > 0.5);
  CHECK(Node(r, "join").start_p10 >= 10);

  // Without the join, the branch that ends last is the end of the path.
  p.tasks.pop_back();
  r = Run(p, n, 12);
  CHECK(std::fabs(Node(r, "B").criticality - pb) < 5 * PropSE(pb, n));
  CHECK(Node(r, "A").criticality + Node(r, "B").criticality == doctest::Approx(1));
}

TEST_CASE("sim: an owner does one task at a time, earliest in the plan first") {
  Plan p;
  p.tasks.push_back(Fixed("t1", 5));
  p.tasks.push_back(Fixed("t2", 5));
  p.tasks[0].owner = p.tasks[1].owner = "ana";
  SimResult r = Run(p, 50);
  CHECK(r.p50 == 10);
  CHECK(r.deterministic_days == 10);
  CHECK(Node(r, "t1").start_p50 == 0);
  CHECK(Node(r, "t2").start_p50 == 5);
  // t2 waited for its owner: the owner's previous task is on its critical path.
  CHECK(Node(r, "t1").criticality == 1);
  CHECK(Node(r, "t2").criticality == 1);

  p.tasks[1].owner = "ben";
  r = Run(p, 50);
  CHECK(r.p50 == 5);
  CHECK(Node(r, "t2").start_p50 == 0);

  // Priority is plan order among ready tasks, not readiness order: t3 is listed
  // first but becomes ready only at 2, when ana is busy with t4 until 6.
  Plan q;
  q.tasks.push_back(Fixed("t0", 2));
  q.tasks.push_back(Fixed("t3", 3, 1, {"t0"}));
  q.tasks.push_back(Fixed("t4", 6));
  q.tasks.push_back(Fixed("t5", 1));
  q.tasks[1].owner = q.tasks[2].owner = q.tasks[3].owner = "ana";
  r = Run(q, 10);
  CHECK(Node(r, "t4").start_p50 == 0);
  CHECK(Node(r, "t3").start_p50 == 6);  // ahead of t5, which was ready earlier
  CHECK(Node(r, "t5").start_p50 == 9);
  CHECK(r.p50 == 10);
}

TEST_CASE("sim: the deterministic plan uses most likely durations and the same scheduling") {
  // A (3) -> B (4); C (10, half done, same owner as B); D (2) after B and C.
  Plan p;
  p.tasks.push_back(MakeTask("A", 1, 3, 8));
  p.tasks.push_back(MakeTask("B", 2, 4, 9, Distribution::Pert, {"A"}));
  p.tasks.push_back(MakeTask("C", 6, 10, 30, Distribution::Lognormal));
  p.tasks.push_back(MakeTask("D", 1, 2, 3, Distribution::Triangular, {"B", "C"}));
  p.tasks[1].owner = p.tasks[2].owner = "ana";
  SimResult r = Run(p, 10);
  CHECK(r.deterministic_days == 16);  // C 0-10, B waits for ana: 10-14, D 14-16
  p.tasks[2].status = TaskStatus::InProgress;
  p.tasks[2].progress = 0.5;
  r = Run(p, 10);
  CHECK(r.deterministic_days == 11);  // C 0-5, B 5-9, D 9-11
  p.tasks[2].p_success = 0.1;         // chances do not matter to the deterministic plan
  CHECK(Run(p, 10).deterministic_days == 11);
}

TEST_CASE("sim: re-planning counts done work as done and failed work as failed") {
  const int n = 2000;
  Plan p;
  p.tasks.push_back(MakeTask("done", 5, 6, 7));
  p.tasks[0].status = TaskStatus::Done;
  p.tasks[0].owner = "ana";
  p.tasks.push_back(Fixed("next", 4, 1, {"done"}));
  p.tasks[1].owner = "ana";
  p.tasks.push_back(Fixed("half", 10));
  p.tasks[2].status = TaskStatus::InProgress;
  p.tasks[2].progress = 0.75;
  SimResult r = Run(p, n);
  CHECK(r.p_success == 1);
  CHECK(r.p50 == 4);
  CHECK(Node(r, "done").finish_p50 == 0);
  CHECK(Node(r, "half").finish_p50 == 2.5);

  // A failed approach is skipped by its sequential challenge at once.
  Plan q;
  Challenge c;
  c.id = "c";
  c.parallel = false;
  q.challenges.push_back(c);
  Task a0 = Fixed("a0", 3);
  a0.challenge = "c";
  a0.status = TaskStatus::Failed;
  Task a1 = Fixed("a1", 2);
  a1.challenge = "c";
  q.tasks = {a0, a1};
  r = Run(q, 100);
  CHECK(r.p_success == 1);
  CHECK(r.p50 == 2);
  CHECK(Node(r, "a0").p_success == 0);
  // A failed task that matters fails the project.
  q.tasks.push_back(Fixed("x", 1));
  q.tasks.back().status = TaskStatus::Failed;
  r = Run(q, 100);
  CHECK(r.p_success == 0);
  CHECK(r.s_curve_days.empty());
  CHECK(r.P(100) == 0);
}

TEST_CASE("sim: milestones report the chance of being reached on time") {
  const int n = 20000;
  Plan p;
  p.tasks.push_back(MakeTask("t", 2, 5, 12));
  p.tasks.push_back(Fixed("risky", 1, 0.5));
  Milestone on_time;
  on_time.id = "m1";
  on_time.requires_done = {"t"};
  on_time.deadline_days = 6;
  Milestone any_time = on_time;
  any_time.id = "m2";
  any_time.deadline_days = 0;
  Milestone gated;
  gated.id = "m3";
  gated.requires_done = {"t", "risky"};
  p.milestones = {on_time, any_time, gated};
  SimResult r = Run(p, n, 13);
  REQUIRE(r.milestones.size() == 3);
  const double pt = TriCdf(6, 2, 5, 12);  // 1 - 36/70
  CHECK(std::fabs(r.milestones[0].p_on_time - pt) < 5 * PropSE(pt, n));
  CHECK(r.milestones[0].p_reached == 1);
  CHECK(r.milestones[0].p_on_time_se == doctest::Approx(PropSE(r.milestones[0].p_on_time, n)));
  CHECK(r.milestones[1].p_on_time == 1);  // no deadline: on time when reached
  CHECK(std::fabs(r.milestones[1].finish_p50 - r.p50) < 0.2);
  CHECK(std::fabs(r.milestones[2].p_reached - 0.5) < 5 * PropSE(0.5, n));
  CHECK(r.milestones[2].p_on_time == r.milestones[2].p_reached);
  double q80 = 12 - std::sqrt(0.2 * 10 * 7);
  CHECK(std::fabs(r.milestones[1].finish_p80 - q80) < 5 * std::sqrt(0.16 / n) / (2 * (12 - q80) / 70));
}

TEST_CASE("sim: the S-curve rises to the chance of success and P() reads it") {
  const int n = 5000;
  Plan p;
  p.tasks.push_back(MakeTask("a", 1, 4, 9, Distribution::Pert));
  p.tasks.push_back(MakeTask("b", 2, 3, 8, Distribution::Lognormal, {"a"}));
  p.tasks[1].p_success = 0.8;
  SimResult r = Run(p, n, 14);
  REQUIRE(r.s_curve_days.size() == r.s_curve_p.size());
  REQUIRE(r.s_curve_days.size() > 10);
  for (size_t i = 1; i < r.s_curve_p.size(); ++i) {
    CHECK(r.s_curve_days[i] > r.s_curve_days[i - 1]);
    CHECK(r.s_curve_p[i] >= r.s_curve_p[i - 1]);
  }
  CHECK(r.s_curve_p.back() == doctest::Approx(r.p_success));
  CHECK(r.P(r.s_curve_days.back() + 100) == doctest::Approx(r.p_success));
  CHECK(r.P(-1) == 0);
  CHECK(r.P(r.p50) == doctest::Approx(0.5 * r.p_success).epsilon(0.02));
  CHECK(std::fabs(r.p_success - 0.992) < 5 * PropSE(0.992, n));  // 1 - 0.2^3: two retries
  // Histogram covers every successful trial.
  int count = 0;
  for (const HistogramBin& b : r.histogram) count += b.count;
  CHECK(count == static_cast<int>(std::lround(r.p_success * n)));
  CHECK(r.histogram.size() == 40);
  CHECK(r.p10 <= r.p50);
  CHECK(r.p50 <= r.p80);
  CHECK(r.p80 <= r.p95);
}

TEST_CASE("sim: the fan chart shows the share of importance delivered over time") {
  Plan p;
  p.tasks.push_back(Fixed("a", 2));
  p.tasks.push_back(Fixed("b", 6, 1, {"a"}));
  p.tasks[0].importance = 1;
  p.tasks[1].importance = 3;
  SimResult r = Run(p, 20);
  REQUIRE(r.fan_days.size() == 61);
  CHECK(r.fan_days.front() == 0);
  CHECK(r.fan_days.back() == 8);
  for (size_t i = 0; i < r.fan_days.size(); ++i) {
    double d = r.fan_days[i];
    double expect = d >= 8 ? 1.0 : d >= 2 ? 0.25 : 0.0;
    CAPTURE(d);
    CHECK(r.fan_p10[i] == doctest::Approx(expect));
    CHECK(r.fan_p50[i] == doctest::Approx(expect));
    CHECK(r.fan_p90[i] == doctest::Approx(expect));
  }

  // With chance involved, the bands spread and stay ordered and rising.
  p.tasks[1] = MakeTask("b", 3, 6, 12, Distribution::Pert, {"a"});
  p.tasks[1].p_success = 0.7;
  p.tasks[1].on_failure = OnFailure::Fail;
  p.tasks[1].importance = 3;
  r = Run(p, 3000, 15);
  for (size_t i = 0; i < r.fan_days.size(); ++i) {
    CHECK(r.fan_p10[i] <= r.fan_p25[i]);
    CHECK(r.fan_p25[i] <= r.fan_p50[i]);
    CHECK(r.fan_p50[i] <= r.fan_p75[i]);
    CHECK(r.fan_p75[i] <= r.fan_p90[i]);
    if (i > 0) CHECK(r.fan_p50[i] >= r.fan_p50[i - 1]);
  }
  CHECK(r.fan_p10.back() == doctest::Approx(0.25));  // b failed in ~30% of trials
  CHECK(r.fan_p90.back() == doctest::Approx(1.0));
}

TEST_CASE("sim: a cancelled approach frees its owner at once") {
  // ben's slow approach is cancelled when ana's fast one wins at day 2; ben then
  // starts his next task at 2, not at 10.
  Plan p;
  Challenge c;
  c.id = "c";
  p.challenges.push_back(c);
  Task fast = Fixed("fast", 2);
  fast.challenge = "c";
  fast.owner = "ana";
  Task slow = Fixed("slow", 10);
  slow.challenge = "c";
  slow.owner = "ben";
  Task other = Fixed("other", 3);
  other.owner = "ben";
  p.tasks = {fast, slow, other};
  SimResult r = Run(p, 20);
  CHECK(r.p_success == 1);
  CHECK(r.p50 == 5);
  CHECK(Node(r, "other").start_p50 == 2);
  CHECK(Node(r, "slow").p_success == 0);
  CHECK(Node(r, "slow").mean_duration == 2);  // the time it ran before the cancellation
  CHECK(Node(r, "slow").attempts_mean == 1);
  CHECK(Node(r, "c").finish_p50 == 2);
  // The owner's previous (cancelled) task released "other": it is on the critical path.
  CHECK(Node(r, "slow").criticality == 1);
  CHECK(Node(r, "fast").criticality == 0);
  CHECK(r.deterministic_days == 5);
}

TEST_CASE("sim: a sequential challenge skips an approach whose dependency failed") {
  Plan p;
  p.tasks.push_back(Fixed("x", 1, 0));  // always fails (and so does the project)
  Challenge c;
  c.id = "c";
  c.parallel = false;
  p.challenges.push_back(c);
  Task a0 = Fixed("a0", 3, 1, {"x"});
  a0.challenge = "c";
  Task a1 = Fixed("a1", 2);
  a1.challenge = "c";
  p.tasks.push_back(a0);
  p.tasks.push_back(a1);
  Milestone m;
  m.id = "m";
  m.requires_done = {"c"};
  p.milestones.push_back(m);
  SimResult r = Run(p, 20);
  CHECK(r.p_success == 0);
  CHECK(r.p50 == 0);  // no successful trial: no finish distribution
  CHECK(r.histogram.empty());
  CHECK(Node(r, "c").p_success == 1);
  CHECK(Node(r, "a0").p_success == 0);
  CHECK(Node(r, "a1").start_p50 == 1);  // its turn came when a0 failed with x
  CHECK(Node(r, "c").finish_p50 == 3);
  CHECK(r.milestones[0].p_reached == 1);
  CHECK(r.milestones[0].finish_p50 == 3);
}

TEST_CASE("sim: an empty plan is done at day 0") {
  SimResult r = Run(Plan{}, 10);
  CHECK(r.p_success == 1);
  CHECK(r.mean == 0);
  CHECK(r.deterministic_days == 0);
  CHECK(r.tasks.empty());
  CHECK(r.P(0) == 1);
  REQUIRE(r.fan_p50.size() == 61);
  CHECK(r.fan_p50.front() == 1);  // nothing to deliver: all of it is delivered
}
