// The sourcing funnel: expected people per stage and hires per month, and the
// time-to-hire distribution by Monte Carlo on the engine's deterministic
// random numbers and Beta-PERT sampler (identical natively and in wasm).
#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

#include "model/hiring.h"
#include "sim/portable_math.h"
#include "sim/random.h"
#include "sim/sampling.h"

MLT_NO_FP_CONTRACT

namespace mlt {
namespace {
constexpr const char* kStageLabels[] = {"Sourced", "Screened", "Interviewed", "Offered", "Hired"};
constexpr double kWeeksPerMonth = 52.0 / 12.0;

// Illustrative starting points per channel (people per month, then the four
// stage rates): broad channels bring volume with low conversion, targeted
// ones (paper authors, implementers) few people who convert well. Every
// number is editable; none is a measured industry figure.
struct ChannelDefault { const char* id; double per_month; std::array<double, 4> rates; };
constexpr ChannelDefault kDefaults[] = {
    {"professional_networks", 40, {0.25, 0.35, 0.25, 0.6}},
    {"recruiters", 12, {0.5, 0.45, 0.3, 0.65}},
    {"campus", 20, {0.3, 0.35, 0.3, 0.7}},
    {"paper_authors", 3, {0.5, 0.6, 0.4, 0.4}},
    {"paper_implementers", 4, {0.5, 0.6, 0.4, 0.6}},
    {"conferences", 6, {0.4, 0.5, 0.35, 0.5}},
};
}  // namespace

const char* FunnelStageLabel(int stage) { return stage >= 0 && stage < kFunnelStages ? kStageLabels[stage] : ""; }

Funnel DefaultFunnel(const Content& content) {
  Funnel f;
  for (const Channel& ch : content.channels) {
    FunnelChannel fc;
    fc.channel = ch.id;
    for (const ChannelDefault& d : kDefaults)
      if (ch.id == d.id) { fc.per_month = d.per_month; fc.rates = d.rates; }
    // The three usual channels first; the research-flavoured ones are opt-in.
    fc.enabled = ch.id == "professional_networks" || ch.id == "recruiters" || ch.id == "campus";
    f.channels.push_back(fc);
  }
  return f;
}

double ChannelHiresPerMonth(const FunnelChannel& c) {
  double v = c.per_month;
  for (double r : c.rates) v *= r;
  return v;
}

FunnelTotals ComputeFunnel(const Funnel& f) {
  FunnelTotals t;
  for (const FunnelChannel& c : f.channels) {
    if (!c.enabled) continue;
    double v = c.per_month;
    t.per_month[0] += v;
    for (int s = 0; s < 4; ++s) t.per_month[s + 1] += (v *= c.rates[s]);
  }
  t.hires_per_month = t.per_month[kFunnelStages - 1];
  t.months_to_target = t.hires_per_month > 0 ? f.target_hires / t.hires_per_month
                                             : std::numeric_limits<double>::infinity();
  return t;
}

TimeToHire SimulateTimeToHire(const Funnel& f, int trials, uint64_t seed) {
  TimeToHire out;
  out.trials = trials;
  double rate = ComputeFunnel(f).hires_per_month / kWeeksPerMonth;  // eventual hires per week
  if (trials <= 0 || f.target_hires <= 0 || !(rate > 0)) return out;
  double a = std::max(0.0, f.process_min), m = std::max(a, f.process_likely), b = std::max(m, f.process_max);
  DurationSampler lag = MakeDurationSampler(Distribution::Pert, a, m, b);
  out.weeks.reserve(trials);
  for (int t = 0; t < trials; ++t) {
    SimRng rng(seed, uint64_t(t));
    // The target-th earliest acceptance: keep the `target` earliest in a
    // max-heap; once a new first contact starts after the latest of them,
    // no later contact can finish sooner.
    std::priority_queue<double> earliest;
    double start = 0;
    for (;;) {
      start += -PortableLog(1.0 - rng.Uniform()) / rate;
      if (start > kTimeToHireMaxWeeks) break;
      if (int(earliest.size()) == f.target_hires && start >= earliest.top()) break;
      double done = start + SampleDuration(lag, rng);
      if (int(earliest.size()) < f.target_hires) earliest.push(done);
      else if (done < earliest.top()) { earliest.pop(); earliest.push(done); }
    }
    if (int(earliest.size()) == f.target_hires && earliest.top() <= kTimeToHireMaxWeeks) {
      ++out.reached;
      out.weeks.push_back(earliest.top());
    }
  }
  std::sort(out.weeks.begin(), out.weeks.end());
  auto pct = [&](double p) {
    if (out.weeks.empty()) return 0.0;
    size_t i = size_t(std::ceil(p * out.weeks.size())) - 1;
    return out.weeks[std::min(i, out.weeks.size() - 1)];
  };
  out.p50 = pct(0.5);
  out.p80 = pct(0.8);
  out.p95 = pct(0.95);
  return out;
}

}  // namespace mlt
