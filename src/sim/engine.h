// Monte Carlo schedule simulation of a Plan. A pure function of (plan,
// options, seed): the same inputs give bit-identical results natively and in
// WebAssembly (own RNG, own log/exp, no platform libm in the sampling path).
// Runs in slices (RunSlice) so a UI can keep drawing frames and cancel;
// the per-trial loop allocates nothing.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/plan.h"

namespace mlt {

struct SimOptions {
  int trials = 2000;
  uint64_t seed = 1;
  bool track_criticality = true;  // critical path per trial (costs a little)
  int histogram_bins = 40;
};

struct TaskResult {
  std::string id;                 // task or challenge id
  bool is_challenge = false;
  double p_success = 0;           // task: finished successfully; challenge: solved
  double criticality = 0;         // share of successful trials where it is on the critical path
  double sensitivity = 0;         // correlation (Pearson) of its duration with the project finish
  double mean_duration = 0;       // days of work incl. retries, over trials where it ran
  double start_p10 = 0, start_p50 = 0, start_p90 = 0;    // start day percentiles (trials where it ran)
  double finish_p10 = 0, finish_p50 = 0, finish_p90 = 0;  // finish day percentiles (successful finishes)
  double attempts_mean = 0;       // attempts per run, including the first
};

struct MilestoneResult {
  std::string id;
  double p_reached = 0;           // all its requirements succeeded (at any time)
  double p_on_time = 0;           // reached by its deadline (equals p_reached when no deadline)
  double p_on_time_se = 0;
  double finish_p50 = 0, finish_p80 = 0;  // over trials where it was reached
};

struct HistogramBin { double from = 0, to = 0; int count = 0; };

// A research challenge's chance of being solved by each day, over all trials
// (a trial where it is never solved counts as not solved at any day).
struct ChallengeCurve {
  std::string id;
  std::vector<double> days, p;  // p[i] = P(solved by days[i]); days rise from 0
};

struct SimResult {
  int trials = 0;
  uint64_t seed = 0;
  double p_success = 0;           // every task needed succeeded and every challenge was solved
  double p_success_se = 0;        // sqrt(p (1 - p) / trials)
  // Finish day of the whole project over successful trials.
  double mean = 0, p10 = 0, p50 = 0, p80 = 0, p95 = 0;
  std::vector<HistogramBin> histogram;       // successful trials
  std::vector<double> s_curve_days;          // x: days
  std::vector<double> s_curve_p;             // y: P(project finished successfully by that day), over all trials
  double deterministic_days = 0;  // "waterfall": most-likely durations, every attempt succeeds, same scheduling
  std::vector<TaskResult> tasks;  // every task, then every challenge, in plan order
  std::vector<MilestoneResult> milestones;
  std::vector<ChallengeCurve> challenge_curves;  // one per challenge, plan order
  // Share of total importance delivered over time (0..1), percentile bands across all trials.
  std::vector<double> fan_days, fan_p10, fan_p25, fan_p50, fan_p75, fan_p90;
  double P(double days) const;    // P(finished successfully by `days`) from the S-curve
};

class Simulation {
 public:
  Simulation();
  ~Simulation();
  // Validates (ValidatePlan) and prepares; false with the message on error.
  bool Start(const Plan& plan, const SimOptions& options, std::string* error);
  // Runs up to `max_trials` more trials; returns the number done so far.
  int RunSlice(int max_trials);
  bool Done() const;
  int TrialsDone() const;
  int TrialsTotal() const;
  // Aggregates the trials run so far (callable before Done for a preview).
  SimResult Result() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Runs everything at once (tests, benchmarks, the automation API).
bool Simulate(const Plan& plan, const SimOptions& options, SimResult* out, std::string* error);

}  // namespace mlt
