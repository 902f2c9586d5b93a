// Benchmark: throughput of the schedule simulation in task-samples per second
// (trials x tasks / seconds) on random plans of 200 and 1,000 tasks, next to a
// bare sampling loop over the same graph (one draw per task and a longest-path
// max in topological order: no owners, retries, challenges or bookkeeping).
// Prints numbers; it is not a pass/fail test. The same source runs natively
// and as WebAssembly under node (tools/bench_sim.sh compares the two).
// Usage: bench_sim [scale=1]   (scale multiplies the trial counts)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "sim/engine.h"
#include "sim/random.h"
#include "sim/sampling.h"

using namespace mlt;

namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// A random plan, the same on every platform (SimRng, not <random>): each task
// depends on 0-3 earlier tasks or challenges, ~10 owners (a fifth of the tasks
// unowned), one challenge per 50 tasks with 2-3 approaches, mixed
// distributions, some tasks with a chance of failure and retries.
Plan RandomPlan(int n_tasks, uint64_t seed) {
  SimRng rng(seed, 0);
  auto below = [&rng](int n) { return static_cast<int>(rng.Uniform() * n); };
  Plan p;
  std::vector<std::string> done_ids;  // tasks and challenges a later task may depend on
  int next_challenge = 0;
  const int challenge_every = 50;
  while (static_cast<int>(p.tasks.size()) < n_tasks) {
    int i = static_cast<int>(p.tasks.size());
    bool open_challenge = i > 0 && i % challenge_every == 0 && n_tasks - i > 3;
    std::string challenge_id;
    int count = 1;
    if (open_challenge) {
      Challenge c;
      c.id = "c" + std::to_string(next_challenge++);
      c.parallel = below(3) != 0;
      if (!done_ids.empty()) c.depends_on.push_back(done_ids[below(static_cast<int>(done_ids.size()))]);
      p.challenges.push_back(c);
      challenge_id = c.id;
      count = 2 + below(2);
    }
    for (int k = 0; k < count; ++k) {
      Task t;
      t.id = "t" + std::to_string(p.tasks.size());
      t.name = t.id;
      double a = 1 + below(5);
      t.optimistic = a;
      t.most_likely = a + below(6);
      t.pessimistic = t.most_likely + 1 + below(10);
      int d = below(10);
      t.distribution = d < 6   ? Distribution::Pert
                       : d < 9 ? Distribution::Triangular
                               : Distribution::Lognormal;
      if (below(5) != 0) t.owner = "p" + std::to_string(below(10));
      if (below(4) == 0) t.p_success = 0.85 + 0.1 * rng.Uniform();
      int deps = below(4);
      for (int j = 0; j < deps && !done_ids.empty(); ++j) {
        // Mostly recent work, so the graph is deep as well as wide.
        int span = std::min(static_cast<int>(done_ids.size()), 40);
        const std::string& dep = done_ids[done_ids.size() - 1 - below(span)];
        if (std::find(t.depends_on.begin(), t.depends_on.end(), dep) == t.depends_on.end())
          t.depends_on.push_back(dep);
      }
      t.challenge = challenge_id;
      p.tasks.push_back(t);
    }
    // Approaches are not depended on directly; the challenge is.
    if (open_challenge) {
      p.challenges.back().importance = 5;
      done_ids.push_back(challenge_id);
    } else {
      done_ids.push_back(p.tasks.back().id);
    }
  }
  return p;
}

// The bare loop's graph: per task the tasks it waits for, challenges expanded
// to their approaches (the max over approaches stands in for the challenge).
struct BareGraph {
  std::vector<DurationSampler> sampler;
  std::vector<int> pred_off, pred;
};
BareGraph MakeBare(const Plan& p) {
  BareGraph g;
  const int n = static_cast<int>(p.tasks.size());
  std::vector<std::vector<int>> approaches(p.challenges.size());
  auto challenge_index = [&](const std::string& id) {
    for (size_t c = 0; c < p.challenges.size(); ++c)
      if (p.challenges[c].id == id) return static_cast<int>(c);
    return -1;
  };
  auto task_index = [&](const std::string& id) { return std::atoi(id.c_str() + 1); };
  for (int i = 0; i < n; ++i)
    if (!p.tasks[i].challenge.empty()) approaches[challenge_index(p.tasks[i].challenge)].push_back(i);
  g.pred_off.push_back(0);
  for (int i = 0; i < n; ++i) {
    const Task& t = p.tasks[i];
    g.sampler.push_back(MakeDurationSampler(t.distribution, t.optimistic, t.most_likely, t.pessimistic));
    std::vector<std::string> deps = t.depends_on;
    if (!t.challenge.empty()) {
      const Challenge& c = p.challenges[challenge_index(t.challenge)];
      deps.insert(deps.end(), c.depends_on.begin(), c.depends_on.end());
    }
    for (const std::string& d : deps) {
      if (d[0] == 'c') {
        for (int a : approaches[challenge_index(d)]) g.pred.push_back(a);
      } else {
        g.pred.push_back(task_index(d));
      }
    }
    g.pred_off.push_back(static_cast<int>(g.pred.size()));
  }
  return g;
}

// One call per batch of trials (like RunSlice), so the engine under test and
// the baseline get the same treatment from a JIT.
double BareTrials(const BareGraph& g, int begin, int end, std::vector<double>& finish) {
  const int n = static_cast<int>(g.sampler.size());
  double total = 0;
  SimRng rng;
  for (int trial = begin; trial < end; ++trial) {
    rng.Seed(1, static_cast<uint64_t>(trial));
    double project = 0;
    for (int i = 0; i < n; ++i) {
      double start = 0;
      for (int k = g.pred_off[i]; k < g.pred_off[i + 1]; ++k) start = std::max(start, finish[g.pred[k]]);
      double f = start + SampleDuration(g.sampler[i], rng);
      finish[i] = f;
      project = std::max(project, f);
    }
    total += project;
  }
  return total;
}

struct Numbers {
  double trials_rate = 0, total_rate = 0, bare_rate = 0;
};

Numbers Bench(int n_tasks, int trials) {
  Plan plan = RandomPlan(n_tasks, 20240601 + n_tasks);
  SimOptions o;
  o.trials = trials;
  o.seed = 1;
  o.track_criticality = true;
  const int slice = 250;  // RunSlice calls, as a UI would make them
  const double samples = static_cast<double>(trials) * n_tasks;

  // Best of five (the first also warms up a JIT), for the engine and the bare
  // loop alike, taken in turns: on a shared machine a burst of load then
  // slows one round of each rather than all of one side.
  const int rounds = 5;
  double best_start = 1e9, best_trials = 1e9, best_result = 1e9, best_bare = 1e9, sink = 0;
  SimResult r;
  BareGraph g = MakeBare(plan);
  std::vector<double> finish(plan.tasks.size());
  for (int round = 0; round < rounds; ++round) {
    Simulation sim;
    std::string error;
    auto t0 = Clock::now();
    if (!sim.Start(plan, o, &error)) {
      std::printf("plan refused: %s\n", error.c_str());
      std::exit(1);
    }
    auto t1 = Clock::now();
    while (!sim.Done()) sim.RunSlice(slice);
    auto t2 = Clock::now();
    r = sim.Result();
    auto t3 = Clock::now();
    best_start = std::min(best_start, Seconds(t0, t1));
    best_trials = std::min(best_trials, Seconds(t1, t2));
    best_result = std::min(best_result, Seconds(t2, t3));

    auto b0 = Clock::now();
    for (int begin = 0; begin < trials; begin += slice)
      sink += BareTrials(g, begin, std::min(trials, begin + slice), finish);
    auto b1 = Clock::now();
    best_bare = std::min(best_bare, Seconds(b0, b1));
  }
  Numbers x;
  x.trials_rate = samples / best_trials;
  x.total_rate = samples / (best_start + best_trials + best_result);
  x.bare_rate = samples / best_bare;
  std::printf("%5d tasks (%d challenges, 10 owners), %d trials, criticality on:\n", n_tasks,
              static_cast<int>(plan.challenges.size()), trials);
  std::printf("  engine trial loop %7.2f M task-samples/s  (%.0f ms)\n", x.trials_rate / 1e6,
              best_trials * 1e3);
  std::printf("  engine end to end %7.2f M task-samples/s  (start %.1f ms + trials + result %.1f ms)\n",
              x.total_rate / 1e6, best_start * 1e3, best_result * 1e3);
  std::printf("  bare loop         %7.2f M task-samples/s  (%.0f ms)\n", x.bare_rate / 1e6, best_bare * 1e3);
  std::printf("  engine / bare     %7.2f (trial loop), %.2f (end to end)\n", x.trials_rate / x.bare_rate,
              x.total_rate / x.bare_rate);
  std::printf("  check: p_success %.3f, p50 %.1f days (deterministic %.1f); bare mean %.1f days\n",
              r.p_success, r.p50, r.deterministic_days, sink / (static_cast<double>(rounds) * trials));
  std::printf("RESULT tasks=%d trial_loop=%.0f end_to_end=%.0f bare=%.0f\n", n_tasks, x.trials_rate,
              x.total_rate, x.bare_rate);
  return x;
}

}  // namespace

int main(int argc, char** argv) {
  double scale = argc > 1 ? std::atof(argv[1]) : 1.0;
  if (!(scale > 0)) scale = 1;
  Bench(200, static_cast<int>(10000 * scale));
  Bench(1000, static_cast<int>(2000 * scale));
  return 0;
}
