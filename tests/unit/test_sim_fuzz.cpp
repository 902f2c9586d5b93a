// Random small plans through the simulation, to reach the corners the
// hand-made cases do not: work already done, failed or in progress,
// zero-length and never-succeeding tasks, owners shared by approaches of
// both kinds of challenge, tasks waiting for single approaches. Every result
// must be internally consistent and independent of slicing.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "sim/engine.h"
#include "sim/random.h"

using namespace mlt;

namespace {

Plan RandomSmallPlan(uint64_t seed) {
  SimRng rng(seed, 99);
  auto below = [&rng](int n) { return static_cast<int>(rng.Uniform() * n); };
  Plan p;
  std::vector<std::string> earlier;  // ids a later task may depend on
  const int n_tasks = 3 + below(25);
  while (static_cast<int>(p.tasks.size()) < n_tasks) {
    bool challenge = below(6) == 0;
    std::string cid;
    int count = 1;
    if (challenge) {
      Challenge c;
      c.id = "c" + std::to_string(p.challenges.size());
      c.parallel = below(2) == 0;
      if (!earlier.empty() && below(2))
        c.depends_on.push_back(earlier[below(static_cast<int>(earlier.size()))]);
      c.importance = below(6);
      cid = c.id;
      p.challenges.push_back(c);
      count = 1 + below(3);
    }
    const size_t first_approach = p.tasks.size();
    for (int k = 0; k < count; ++k) {
      Task t;
      t.id = "t" + std::to_string(p.tasks.size());
      t.name = t.id;
      int shape = below(4);
      t.optimistic = shape == 0 ? 0 : below(4);
      t.most_likely = t.optimistic + (shape == 1 ? 0 : below(4));
      t.pessimistic = t.most_likely + (shape == 1 ? 0 : below(5));
      t.distribution = static_cast<Distribution>(below(3));
      t.p_success = below(4) == 0 ? 0.5 : below(8) == 0 ? 0.0 : 1.0;
      t.on_failure = below(2) ? OnFailure::Retry : OnFailure::Fail;
      t.max_retries = below(3);
      t.retry_cost = 0.5 * below(3);
      t.importance = below(6);
      int status = below(10);
      t.status = status == 0   ? TaskStatus::Done
                 : status == 1 ? TaskStatus::Failed
                 : status == 2 ? TaskStatus::InProgress
                               : TaskStatus::NotStarted;
      t.progress = t.status == TaskStatus::InProgress ? 0.25 * below(5) : 0;
      if (below(3)) t.owner = "o" + std::to_string(below(3));
      int deps = below(3);
      for (int j = 0; j < deps && !earlier.empty(); ++j) {
        const std::string& d = earlier[below(static_cast<int>(earlier.size()))];
        if (std::find(t.depends_on.begin(), t.depends_on.end(), d) == t.depends_on.end())
          t.depends_on.push_back(d);
      }
      // In a parallel challenge a later approach may wait for an earlier one.
      if (challenge && p.challenges.back().parallel && k > 0 && below(3) == 0)
        t.depends_on.push_back(p.tasks[first_approach].id);
      t.challenge = cid;
      p.tasks.push_back(t);
    }
    if (challenge) {
      earlier.push_back(cid);
      if (below(4) == 0) earlier.push_back(p.tasks[first_approach].id);  // someone waits for one approach
    } else {
      earlier.push_back(p.tasks.back().id);
    }
  }
  for (int k = 0; k < 2; ++k) {
    Milestone m;
    m.id = "m" + std::to_string(k);
    for (int j = 0; j < 2; ++j) m.requires_done.push_back(earlier[below(static_cast<int>(earlier.size()))]);
    m.deadline_days = below(2) ? 0 : 1 + below(20);
    p.milestones.push_back(m);
  }
  return p;
}

void CheckConsistent(const SimResult& r, const Plan& p) {
  CHECK(r.p_success >= 0);
  CHECK(r.p_success <= 1);
  if (r.p_success > 0) {
    CHECK(r.p10 <= r.p50);
    CHECK(r.p50 <= r.p80);
    CHECK(r.p80 <= r.p95);
    CHECK(r.p10 >= 0);
    CHECK(r.s_curve_p.back() == doctest::Approx(r.p_success));
  }
  for (size_t i = 1; i < r.s_curve_p.size(); ++i) CHECK(r.s_curve_p[i] >= r.s_curve_p[i - 1]);
  REQUIRE(r.tasks.size() == p.tasks.size() + p.challenges.size());
  for (size_t i = 0; i < r.tasks.size(); ++i) {
    const TaskResult& t = r.tasks[i];
    CAPTURE(t.id);
    CHECK(t.p_success >= 0);
    CHECK(t.p_success <= 1);
    CHECK(t.criticality >= 0);
    CHECK(t.criticality <= 1 + 1e-12);
    CHECK(t.sensitivity >= -1);
    CHECK(t.sensitivity <= 1);
    CHECK(t.mean_duration >= 0);
    CHECK(t.start_p10 <= t.start_p50);
    CHECK(t.start_p50 <= t.start_p90);
    CHECK(t.finish_p10 <= t.finish_p50);
    CHECK(t.finish_p50 <= t.finish_p90);
    if (i < p.tasks.size()) {
      const Task& task = p.tasks[i];
      // A task that matters caps the project's chance; work done or failed is fixed.
      if (task.challenge.empty()) CHECK(r.p_success <= t.p_success + 1e-12);
      if (task.status == TaskStatus::Failed) CHECK(t.p_success == 0);
      int max_attempts = task.on_failure == OnFailure::Retry ? 1 + task.max_retries : 1;
      CHECK(t.attempts_mean <= max_attempts);
    } else {
      CHECK(r.p_success <= t.p_success + 1e-12);  // every challenge must be solved
    }
  }
  for (const MilestoneResult& m : r.milestones) {
    CHECK(m.p_on_time <= m.p_reached);
    CHECK(m.finish_p50 <= m.finish_p80);
  }
  REQUIRE(r.fan_days.size() == 61);
  for (size_t g = 0; g < r.fan_days.size(); ++g) {
    CHECK(r.fan_p10[g] >= 0);
    CHECK(r.fan_p10[g] <= r.fan_p25[g]);
    CHECK(r.fan_p25[g] <= r.fan_p50[g]);
    CHECK(r.fan_p50[g] <= r.fan_p75[g]);
    CHECK(r.fan_p75[g] <= r.fan_p90[g]);
    CHECK(r.fan_p90[g] <= 1);
    if (g > 0) CHECK(r.fan_p50[g] >= r.fan_p50[g - 1]);
  }
}

}  // namespace

TEST_CASE("sim fuzz: random small plans give consistent results, however sliced") {
  int uncertain = 0, with_challenges = 0;  // the generator must reach the interesting cases
  for (uint64_t seed = 1; seed <= 200; ++seed) {
    CAPTURE(seed);
    Plan p = RandomSmallPlan(seed);
    REQUIRE(ValidatePlan(p) == "");
    SimOptions o;
    o.trials = 300;
    o.seed = seed;
    SimResult whole;
    std::string error;
    REQUIRE_MESSAGE(Simulate(p, o, &whole, &error), error);
    CheckConsistent(whole, p);
    uncertain += whole.p_success > 0 && whole.p_success < 1;
    with_challenges += !p.challenges.empty();

    Simulation sim;
    REQUIRE(sim.Start(p, o, nullptr));
    while (!sim.Done()) sim.RunSlice(13);
    SimResult sliced = sim.Result();
    CHECK(sliced.mean == whole.mean);
    CHECK(sliced.p_success == whole.p_success);
    CHECK(sliced.fan_p50 == whole.fan_p50);
    for (size_t i = 0; i < whole.tasks.size(); ++i) {
      CHECK(sliced.tasks[i].criticality == whole.tasks[i].criticality);
      CHECK(sliced.tasks[i].sensitivity == whole.tasks[i].sensitivity);
      CHECK(sliced.tasks[i].start_p50 == whole.tasks[i].start_p50);
    }
  }
  CHECK(uncertain > 20);
  CHECK(with_challenges > 100);
}
