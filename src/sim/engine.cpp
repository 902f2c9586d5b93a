// Monte Carlo schedule simulation of a Plan (see engine.h for the contract).
//
// Semantics, per trial (time in working days from day 0):
// - Durations. Every task draws its attempts up front from the trial's own
//   random stream, grouped by kind (Triangular, PERT, lognormal, constant;
//   within each, first the tasks certain to succeed), in plan order within a
//   group: Triangular(a,m,b); Beta-PERT(a,m,b) with
//   alpha = 1 + 4(m-a)/(b-a), beta = 1 + 4(b-m)/(b-a); Lognormal with a and b
//   as its 5th and 95th percentiles (the most likely estimate is not used; an
//   optimistic estimate <= 0 is fitted as b/1000). a == b: exactly a. An attempt
//   succeeds with p_success; after a failure, Retry with retries left draws
//   another attempt of retry_cost x a fresh draw, run back to back; Fail stops.
//   The last attempt's outcome is the task's. Drawing everything up front keeps
//   the random stream independent of scheduling (tasks that never run still
//   draw), so two variants of a plan see the same luck.
// - Re-planning. Done: 0 days, succeeds; Failed: 0 days, fails; neither draws
//   nor uses its owner, but both still wait for their dependencies (in a
//   consistent re-plan everything before a done task is done, so it finishes at
//   day 0). InProgress: the first attempt takes (1 - progress) of its draw;
//   retries take full draws (x retry_cost).
// - Scheduling. Finish-to-start: a task is ready when all its dependencies
//   (tasks or challenges) have succeeded; it then starts at once if it has no
//   owner, or when its owner is free. An owner does one task at a time and
//   takes the ready task earliest in plan.tasks first. All finishes at the same
//   instant are processed before owners choose their next task. A dependency
//   that fails (or an approach that is cancelled) fails its dependents, which
//   never run.
// - Challenges open when their dependencies have succeeded. Parallel: every
//   approach gets the go at once (each still waits for its own dependencies and
//   owner); the first success solves the challenge and cancels the others at
//   that moment (they free their owners; time already run counts as run).
//   Sequential: approaches are tried in plan order, each after the previous one
//   failed. Unsolved (every approach failed): everything depending on it fails.
//   Two approaches succeeding at the same instant: the earlier in the plan wins.
//   A challenge's row reports open-to-resolved days as its duration and the
//   approaches started as its attempts.
// - The project succeeds when every task that is not an approach succeeded and
//   every challenge was solved; its finish is the latest finish among those.
//   The trial's end time (for the fan chart's axis) is its last event.
// - Criticality: in a successful trial, walk back from the node that finished
//   last (the first in plan order on ties) through what released each node's
//   start: its latest dependency, or, when it waited for its owner, the task the
//   owner did before; a challenge leads to the approach that solved it.
// - Sensitivity: Pearson correlation over successful trials of a node's run
//   time (task: its attempts' days actually run, 0 when it did not run;
//   challenge: open to solved) with the project finish; 0 when either is constant.
// - Fan chart: share of importance (tasks that are not approaches, and
//   challenges with their own importance; equal weights if all are 0) delivered
//   by each of 61 days from 0 to the latest trial end, percentiles over trials.
// - deterministic_days: the same scheduling once with every duration = most
//   likely (x (1 - progress) for work in progress) and every attempt
//   succeeding; Failed tasks still fail (then it is the day the run ended).
// - Milestones: reached when every requirement succeeded, at the latest of
//   their finishes; on time when reached by deadline_days (> 0), else reached.
//
// Storage. Counts, means and correlation sums are accumulated per trial (in
// trial order, so slicing cannot change a sum). Percentiles need samples: the
// project finish is kept for every trial; start and finish days of every node
// are kept (as floats, node-major, each trial's pair side by side) for the
// first floor(4,000,000 / nodes) trials (all trials unless trials x nodes >
// 4M: at most 32 MB), milestone days likewise per milestone; the fan chart
// uses the first 5,000 of those.
// Trials are i.i.d., so the first K trials are an unbiased sample of them.
//
// Speed. Everything is sized in Start; a trial draws (one loop per kind of
// distribution, each task's parameters in one cache line), then runs an event
// loop over the running tasks' finishes (EventQueue) with, per owner, a bitset
// of queued tasks by plan rank (the earliest is its lowest bit), and bit masks
// of the owners that are idle and that have queued tasks (Dispatch visits only
// owners that will start something); Evaluate reads the project's outcome off
// its nodes, and Accumulate reads the trial out of each node's scratch (one
// cache line per node) and resets it for the next. Percentiles sort float bit
// patterns by radix. Measured (tools/bench_sim.sh compares with a bare loop;
// cachegrind counts instructions), the event loop runs about 3 instructions a
// cycle: its cost is the instructions themselves and the branches that depend
// on the draws, which it mispredicts. Two trials' event loops interleaved
// overlapped nothing, and padding successor lists so their loops run a fixed
// count cost more than the mispredictions it saved. So the hot steps do as
// little as they can, without a branch where the outcome is a coin toss: the
// queue inserts with a fixed window, not a search; granting a successor queues
// an owned task with masks; an owner's next task is looked up when it starts
// one, not kept up to date at every grant; owned tasks ready from the start
// begin queued (copied masks); and the masks and the queue's ends are locals
// while a trial runs (Hot), so the compiler may keep them in registers.
//
// Determinism. Trial i draws from stream (seed, i) of SimRng; sums are taken
// in trial order; finishes at the same instant are handled in plan order.
//
// [SECTION] Constants and helpers  [SECTION] Preparation  [SECTION] One trial
// [SECTION] Accumulation  [SECTION] Aggregation  [SECTION] API
#include "sim/engine.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>
#include <unordered_map>

#include "sim/event_queue.h"
#include "sim/random.h"
#include "sim/sample_kernels.h"
#include "sim/sampling.h"

#if defined(__clang__)
#pragma clang fp contract(off)  // see MLT_NO_FP_CONTRACT
#endif

#if defined(__GNUC__) || defined(__clang__)
#define MLT_FLATTEN __attribute__((flatten))
#else
#define MLT_FLATTEN
#endif

namespace mlt {

// [SECTION] Constants and helpers
namespace {

enum NodeState : uint16_t {  // (not a character type: its stores alias nothing else)
  kPending, kRunning, kSucceeded, kFailed, kCancelled, kOpen };
// (A task in its owner's queue is kPending with gate 0: its last gate opened,
// and a task without an owner starts at once.)
enum TaskKind : uint8_t { kToDo, kAlreadyDone, kAlreadyFailed };

constexpr int kMaxTrials = 1000000;
constexpr int kNeverReady = 1 << 30;  // the gate of a node that failed or was cancelled
// A start or finish that has not happened: NaN (comparisons are false, and it
// is the "no sample" value of s_days).
constexpr double kNotYet = std::numeric_limits<double>::quiet_NaN();
constexpr int64_t kSampleBudget = 4000000;  // node start (and finish) samples kept
constexpr int kFanTrials = 5000;
constexpr int kFanPoints = 61;
constexpr int kSCurvePoints = 101;
constexpr int kChallengeCurvePoints = 81;

// Index of the lowest set bit of x != 0.
#if defined(__GNUC__) || defined(__clang__)
inline int LowestBit(uint64_t x) { return __builtin_ctzll(x); }  // one instruction (wasm: i64.ctz)
#else
// By de Bruijn multiplication (portable C++).
constexpr uint64_t kDeBruijn = 0x03f79d71b4cb0a89ull;
struct BitTable {
  int index[64];
};
constexpr BitTable MakeBitTable() {
  BitTable t{};
  for (int i = 0; i < 64; ++i) t.index[((uint64_t{1} << i) * kDeBruijn) >> 58] = i;
  return t;
}
constexpr BitTable kBitTable = MakeBitTable();
inline int LowestBit(uint64_t x) { return kBitTable.index[((x & (~x + 1)) * kDeBruijn) >> 58]; }
#endif

// Percentile q (0..1) of sorted values, interpolating between order statistics.
double SortedPercentile(const std::vector<double>& v, double q) {
  if (v.empty()) return 0;
  double pos = q * static_cast<double>(v.size() - 1);
  size_t lo = static_cast<size_t>(pos);
  if (lo + 1 >= v.size()) return v.back();
  return v[lo] + (v[lo + 1] - v[lo]) * (pos - static_cast<double>(lo));
}

// Sorts non-negative floats by their bit patterns (which order like the
// values): three counting passes of 11 bits, no comparisons to mispredict.
// About 3x faster than nth_element for the few percentiles of every node.
void RadixSortFloats(std::vector<uint32_t>& keys, std::vector<uint32_t>& scratch) {
  const size_t n = keys.size();
  scratch.resize(n);
  uint32_t* from = keys.data();
  uint32_t* to = scratch.data();
  for (int shift = 0; shift < 32; shift += 11) {
    size_t count[2048] = {};
    for (size_t i = 0; i < n; ++i) ++count[(from[i] >> shift) & 2047];
    size_t sum = 0;
    for (size_t& c : count) {
      size_t here = c;
      c = sum;
      sum += here;
    }
    for (size_t i = 0; i < n; ++i) to[count[(from[i] >> shift) & 2047]++] = from[i];
    std::swap(from, to);
  }
  if (from != keys.data()) std::copy(from, from + n, keys.data());  // three passes: odd, so copy back
}

// Percentile q of the keys sorted by RadixSortFloats (as in SortedPercentile).
double KeyPercentile(const std::vector<uint32_t>& keys, double q) {
  auto value = [&keys](size_t i) {
    float f;
    std::memcpy(&f, &keys[i], sizeof f);
    return static_cast<double>(f);
  };
  if (keys.empty()) return 0;
  double pos = q * static_cast<double>(keys.size() - 1);
  size_t lo = static_cast<size_t>(pos);
  if (lo + 1 >= keys.size()) return value(keys.size() - 1);
  return value(lo) + (value(lo + 1) - value(lo)) * (pos - static_cast<double>(lo));
}

double Pearson(double n, double sx, double sxx, double sy, double syy, double sxy) {
  if (n < 2) return 0;
  double vx = n * sxx - sx * sx, vy = n * syy - sy * sy;
  // Rounding leaves a tiny variance on constant data: treat it as none.
  if (!(vx > 1e-9 * n * sxx) || !(vy > 1e-9 * n * syy)) return 0;
  double r = (n * sxy - sx * sy) / std::sqrt(vx * vy);
  return std::max(-1.0, std::min(1.0, r));
}

// A task's draw parameters in one cache line (DrawEntry), by kind: only what
// the kind's kernel reads (see sample_kernels.h), copied from its sampler.
struct GammaNoBoost {  // a PERT shape is at least 1: no boost below 1
  double d = 0, c = 0;
  static constexpr double inv_shape = 0;
};
struct TriangularParams {
  double a, b, tri_split, tri_left, tri_right;
};
struct PertParams {
  double a, b;
  GammaNoBoost gamma_alpha, gamma_beta;
};
struct LognormalParams {
  double mu, sigma;
};
struct alignas(64) DrawEntry {
  union {
    TriangularParams tri;
    PertParams pert;
    LognormalParams logn;
    double constant;
  };
  double first_scale = 1;
  int task = 0;
  DrawEntry() : pert{} {}
};
// The kinds' draws from an entry, for DrawTasks.
struct DrawTriangular {
  static double Sample(const DrawEntry& e, SimRng& rng) { return kernels::Triangular(e.tri, rng); }
};
struct DrawPert {
  static double Sample(const DrawEntry& e, SimRng& rng) {
    return kernels::Pert(e.pert, rng, [](const GammaNoBoost& g, SimRng& r) { return kernels::Gamma(g, r); });
  }
};
struct DrawLognormal {
  static double Sample(const DrawEntry& e, SimRng& rng) { return kernels::Lognormal(e.logn, rng); }
};
struct DrawConstant {
  static double Sample(const DrawEntry& e, SimRng&) { return e.constant; }
};

// What a task needs to draw its attempts.
struct TaskDraw {
  DurationSampler sampler;
  double p_ok = 1, first_scale = 1, retry_scale = 1;
  int max_attempts = 1, att_off = 0;  // attempts' slots in att_dur
  TaskKind kind = kToDo;
};

// The fixed shape of a node (tasks 0..nt-1, then challenges), what the
// scheduling steps read: half a cache line.
struct NodeInfo {
  int succ_begin = 0, succ_end = 0;  // who waits for its success, in succ
  // Its owner, or the stand-in n_owners (no owner, or a challenge). Owned, it
  // is queued as bit qbit of owner_bits[qword]; otherwise qword is a spare
  // word and qbit 0, so queueing it without a branch changes nothing read.
  int slot = 0, qword = 0;
  uint64_t qbit = 0;
  // Its owner's bit in wait_mask (word, bit), or 0 when it has none.
  int wait_word = 0;
  uint64_t wait_bit = 0;
  int challenge = -1;
  bool owned = false;
};

// A node in the current trial: one cache line. ResetNode sets start, finish,
// run, gate, att_run and state; every other field is written before it is
// read in a trial (dur by Draw; ok and att_n by Draw for tasks that may fail,
// and once by DrawDeterministic for the others: 0 days and no attempts for
// work done or failed already; ready_pred stays -1 for a node without gates).
struct alignas(64) NodeRun {
  double start = -1, finish = -1;        // NaN (Reset) until it starts; finish: until it succeeds
  double ready_time = 0, run = 0;        // run: days actually worked (tasks) or open to resolved (challenges)
  double dur = 0;                        // drawn: total days of all attempts
  int gate = 0;                          // dependencies (and challenge go) still missing
  int att_run = 0;                       // attempts run
  int ready_pred = -1, start_pred = -1;  // what released it, for the critical path
  int att_n = 0;                         // attempts drawn
  NodeState state = kPending;
  bool ok = false;  // drawn outcome
};

struct ChallengeInfo {
  int appr_begin = 0, appr_end = 0;  // its approaches in appr, plan order
  bool parallel = true;
};
struct ChallengeRun {
  int turn = -1;  // sequential: position of the approach whose turn it is
  int failed = 0, open_pred = -1;
};

struct OwnerInfo {
  int word_begin = 0, word_end = 0;  // its queue's bit words in owner_bits
  int task_begin = 0;                // its tasks by rank in owner_task
};
struct OwnerRun {
  int last = -1;  // the task it did last, for the critical path
};

// The owner masks (idle, waiting) as the scheduling steps see them. Up to 63
// owners they are one word each, and OneWordMasks keeps them in locals while
// a trial is scheduled: the compiler need not write them back and read them
// again around every store to the arrays (it keeps them in registers where it
// has registers to spare, and on the stack otherwise). Steps that
// use the arrays (idle_mask, wait_mask: challenges, failures) run between a
// Store and a Load. ArrayMasks is the same interface over the arrays.
struct OneWordMasks {
  uint64_t idle = 0, wait = 0;
  uint64_t *idle_mem, *wait_mem;
  OneWordMasks(uint64_t* i, uint64_t* w) : idle_mem(i), wait_mem(w) { Load(); }
  void Load() {
    idle = *idle_mem;
    wait = *wait_mem;
  }
  void Store() const {
    *idle_mem = idle;
    *wait_mem = wait;
  }
  uint64_t& Idle(int) { return idle; }
  uint64_t& Wait(int) { return wait; }
  int Words() const { return 1; }
};
struct ArrayMasks {
  uint64_t *idle, *wait;
  int words;
  void Load() {}
  void Store() const {}
  uint64_t& Idle(int w) { return idle[w]; }
  uint64_t& Wait(int w) { return wait[w]; }
  int Words() const { return words; }
};

// What Schedule changes at every event, in locals: the owner masks and the
// event queue (a copy of Impl::events). Store and Load copy them to and from
// their homes around the steps that use those (challenges, failures).
template <class M>
struct Hot {
  M masks;
  EventQueue q;
  EventQueue* home;
  Hot(M m, EventQueue* h) : masks(m), q(*h), home(h) {}
  void Store() {
    masks.Store();
    *home = q;
  }
  void Load() {
    masks.Load();
    q = *home;
  }
};

struct alignas(64) NodeAcc {
  double run = 0;                   // days run, over trials where it started
  double sx = 0, sxx = 0, sxy = 0;  // sensitivity sums over successful trials
  int64_t ok = 0, ran = 0, att = 0, crit = 0;
};

}  // namespace

struct Simulation::Impl {
  SimOptions options;
  int trials_total = 0, trials_done = 0;
  int nt = 0, nc = 0, nn = 0, n_owners = 0, nm = 0;
  std::vector<std::string> node_ids, milestone_ids;

  // ---- The prepared plan ----
  std::vector<TaskDraw> draw;
  // The tasks still to do, in the order they draw: grouped by how they draw
  // (kind of distribution, constant, certain to succeed), plan order within a
  // group. A draw then never has to find out its kind: in plan order the kinds
  // alternate at random, and each switch would be a mispredicted branch.
  struct DrawGroup {
    int begin = 0, end = 0;  // in draw_entries
    int how = 0;             // kDrawConstant, or the Distribution
    bool certain = false;    // p_success 1: one attempt, no outcome draw
  };
  static constexpr int kDrawConstant = 3;
  std::vector<DrawEntry> draw_entries;
  std::vector<DrawGroup> draw_groups;
  std::vector<NodeInfo> info;
  std::vector<int> approach_pos;  // task: its position among its challenge's approaches
  std::vector<int> succ;
  std::vector<ChallengeInfo> chal;
  std::vector<int> appr;
  std::vector<OwnerInfo> owner_info;
  std::vector<int> owner_task;
  std::vector<int> project;  // nodes that decide success: tasks that are not approaches, challenges
  std::vector<double> project_weight;
  std::vector<int> ms_off, ms_req;
  std::vector<double> ms_deadline;
  std::vector<NodeRun> node_init;
  std::vector<int> gate_init;
  // Nodes with no gate at all. Owned tasks start every trial queued
  // (owner_bits_init, wait_init; their ready_time stays 0 and ready_pred -1,
  // as nothing grants them); the others start (or open) in plan order.
  std::vector<int> initial_start;
  std::vector<uint64_t> owner_bits_init, wait_init;
  std::vector<OwnerRun> owner_init;

  // ---- Per-trial scratch (sized in Start; the trial loop never allocates) ----
  SimRng rng;
  std::vector<double> att_dur;
  std::vector<NodeRun> node;
  std::vector<ChallengeRun> ch;
  std::vector<OwnerRun> owner;
  std::vector<uint64_t> owner_bits;
  // Owners by bit: idle ones, and those with queued tasks. Bit n_owners is a
  // stand-in that tasks without an owner release (never waited for).
  int owner_words = 0;
  std::vector<uint64_t> idle_mask, idle_init, wait_mask;
  EventStore event_store;
  EventQueue events;
  std::vector<int> batch;  // the finishes of one instant, in plan order
  std::vector<int> work;
  int work_n = 0;
  bool draining = false;
  double end_time = 0;
  // The trial just scheduled (Evaluate): its outcome, its finish and the
  // project node that finished last (-1: none).
  bool t_ok = false;
  double t_finish = 0;
  int t_last = -1;

  // ---- Accumulated over trials ----
  std::vector<NodeAcc> acc;
  double acc_sy = 0, acc_syy = 0;
  int64_t n_ok = 0;
  std::vector<double> shift_x;  // deterministic run times: centring keeps the sums accurate
  double shift_y = 0;
  std::vector<double> trial_finish;
  std::vector<uint8_t> trial_ok;
  double max_end = 0;
  int sample_trials = 0, ms_sample_trials = 0;
  // Start and finish days of sampled trials: node-major, then trial, then the
  // pair (start, finish) side by side, so a trial stores both into one cache line.
  std::vector<float> s_days;
  std::vector<float> s_ms;  // milestone-major
  std::vector<double> ms_reached, ms_on_time;
  double deterministic_days = 0;

  bool Prepare(const Plan& plan, const SimOptions& opt, std::string* error);
  void ResetNode(int v);
  void ResetNodes();
  void Reset();
  void Draw(uint64_t trial);
  template <class Kind, bool kCertain>
  void DrawTasks(const DrawGroup& g);
  void DrawDeterministic();
  void Schedule();
  void Evaluate();
  void Accumulate(int trial);
  void RunTrials(int begin, int end);
  SimResult Aggregate() const;

  // Scheduling steps.
  void Grant(int v, double t, int from);
  void MakeReady(int v, double t);
  void Open(int c, double t);
  void StartTask(int v, double t) { StartTask(v, t, events); }
  void StartTask(int v, double t, EventQueue& q);
  template <class H> void Run(H& h);
  template <class H> void Complete(int v, double t, H& h);
  template <class H> void Succeed(int v, double t, H& h);
  void Fail(int v, double t);
  void DrainFailures(double t);
  void Solve(int c, int winner, double t);
  void ApproachFailed(int c, int approach, double t);
  void ResolveChallengeRun(int c, double t);
  template <class M> void ReleaseOwner(int o, int task, M& masks);
  template <class H> void Dispatch(double t, H& h);
  template <class M> int OwnerPop(int o, M& masks);
  void OwnerDropped(int o);
  template <class H> void StartOwned(int v, int o, double t, H& h);
  ArrayMasks Arrays() { return ArrayMasks{idle_mask.data(), wait_mask.data(), owner_words}; }
};

// [SECTION] Preparation
bool Simulation::Impl::Prepare(const Plan& plan, const SimOptions& opt, std::string* error) {
  std::string problem = ValidatePlan(plan);
  if (problem.empty() && (opt.trials < 1 || opt.trials > kMaxTrials))
    problem = "The number of trials (" + std::to_string(opt.trials) + ") must be between 1 and 1,000,000";
  if (!problem.empty()) {
    if (error) *error = problem;
    return false;
  }
  options = opt;
  options.histogram_bins = std::max(1, std::min(1000, opt.histogram_bins));
  trials_total = opt.trials;
  nt = static_cast<int>(plan.tasks.size());
  nc = static_cast<int>(plan.challenges.size());
  nn = nt + nc;
  nm = static_cast<int>(plan.milestones.size());

  std::unordered_map<std::string, int> node_index, owner_index;
  node_ids.resize(nn);
  for (int i = 0; i < nt; ++i) node_ids[i] = plan.tasks[i].id;
  for (int c = 0; c < nc; ++c) node_ids[nt + c] = plan.challenges[c].id;
  for (int i = 0; i < nn; ++i) node_index.emplace(node_ids[i], i);
  // ValidatePlan has checked that every reference resolves.
  auto index_of = [&node_index](const std::string& id) { return node_index.find(id)->second; };

  // Tasks: how to draw them, their owners' queues.
  draw.assign(nt, TaskDraw{});
  info.assign(nn, NodeInfo{});
  std::vector<std::vector<int>> tasks_of_owner;
  std::vector<int> owner_of(nt, -1), owner_rank(nt, -1);  // rank: its position among the owner's tasks (plan order)
  int attempts = 0;
  for (int i = 0; i < nt; ++i) {
    const Task& t = plan.tasks[i];
    TaskDraw& d = draw[i];
    d.sampler = MakeDurationSampler(t.distribution, t.optimistic, t.most_likely, t.pessimistic);
    d.p_ok = t.p_success;
    d.first_scale = t.status == TaskStatus::InProgress ? 1 - t.progress : 1;
    d.retry_scale = t.retry_cost;
    d.max_attempts = t.on_failure == OnFailure::Fail ? 1 : 1 + t.max_retries;
    d.kind = t.status == TaskStatus::Done     ? kAlreadyDone
             : t.status == TaskStatus::Failed ? kAlreadyFailed
                                              : kToDo;
    d.att_off = attempts;
    attempts += d.max_attempts;
    if (!t.owner.empty() && d.kind == kToDo) {
      auto [it, inserted] = owner_index.emplace(t.owner, static_cast<int>(tasks_of_owner.size()));
      if (inserted) tasks_of_owner.emplace_back();
      owner_of[i] = it->second;
      owner_rank[i] = static_cast<int>(tasks_of_owner[it->second].size());
      tasks_of_owner[it->second].push_back(i);
    }
    if (!t.challenge.empty()) info[i].challenge = index_of(t.challenge) - nt;
  }
  draw_entries.clear();
  draw_groups.clear();
  auto how_of = [this](int i) {
    return draw[i].sampler.constant ? kDrawConstant : static_cast<int>(draw[i].sampler.distribution);
  };
  for (int how = 0; how <= kDrawConstant; ++how)
    for (int certain = 0; certain < 2; ++certain) {
      DrawGroup g;
      g.begin = static_cast<int>(draw_entries.size());
      g.how = how;
      g.certain = certain != 0;
      for (int i = 0; i < nt; ++i) {
        if (draw[i].kind != kToDo || how_of(i) != how || (draw[i].p_ok >= 1) != g.certain) continue;
        const DurationSampler& ds = draw[i].sampler;
        DrawEntry e;
        e.task = i;
        e.first_scale = draw[i].first_scale;
        if (how == kDrawConstant) {
          e.constant = ds.a;
        } else if (how == static_cast<int>(Distribution::Triangular)) {
          e.tri = TriangularParams{ds.a, ds.b, ds.tri_split, ds.tri_left, ds.tri_right};
        } else if (how == static_cast<int>(Distribution::Lognormal)) {
          e.logn = LognormalParams{ds.mu, ds.sigma};
        } else {
          e.pert = PertParams{ds.a, ds.b, {ds.gamma_alpha.d, ds.gamma_alpha.c}, {ds.gamma_beta.d, ds.gamma_beta.c}};
        }
        draw_entries.push_back(e);
      }
      g.end = static_cast<int>(draw_entries.size());
      if (g.end > g.begin) draw_groups.push_back(g);
    }
  n_owners = static_cast<int>(tasks_of_owner.size());
  owner_info.assign(n_owners, OwnerInfo{});
  owner_init.assign(n_owners, OwnerRun{});
  owner_task.clear();
  int words = 0;
  for (int o = 0; o < n_owners; ++o) {
    OwnerInfo& oi = owner_info[o];
    oi.task_begin = static_cast<int>(owner_task.size());
    owner_task.insert(owner_task.end(), tasks_of_owner[o].begin(), tasks_of_owner[o].end());
    oi.word_begin = words;
    words += (static_cast<int>(tasks_of_owner[o].size()) + 63) / 64;
    oi.word_end = words;
    for (int i : tasks_of_owner[o]) {
      info[i].qword = oi.word_begin + (owner_rank[i] >> 6);
      info[i].qbit = uint64_t{1} << (owner_rank[i] & 63);
    }
  }
  owner_words = (n_owners + 1 + 63) / 64;
  idle_init.assign(owner_words, 0);
  for (int o = 0; o <= n_owners; ++o) idle_init[o >> 6] |= uint64_t{1} << (o & 63);
  owner_init.push_back(OwnerRun{});  // the stand-in
  for (int v = 0; v < nn; ++v) {
    NodeInfo& in = info[v];
    in.owned = v < nt && owner_of[v] >= 0;
    in.slot = in.owned ? owner_of[v] : n_owners;
    in.wait_word = in.slot >> 6;
    in.wait_bit = in.owned ? uint64_t{1} << (in.slot & 63) : 0;
    if (!in.owned) {
      in.qword = words;  // the spare word
      in.qbit = 0;
    }
  }

  // Challenges and their approaches, in plan order.
  approach_pos.assign(nt, -1);
  chal.assign(nc, ChallengeInfo{});
  appr.clear();
  for (int c = 0; c < nc; ++c) {
    chal[c].parallel = plan.challenges[c].parallel;
    chal[c].appr_begin = static_cast<int>(appr.size());
    for (int i = 0; i < nt; ++i)
      if (info[i].challenge == c) {
        approach_pos[i] = static_cast<int>(appr.size()) - chal[c].appr_begin;
        appr.push_back(i);
      }
    chal[c].appr_end = static_cast<int>(appr.size());
  }

  // Dependency edges (deduplicated) as successor lists, and the initial gates.
  std::vector<std::vector<int>> deps(nn);
  std::vector<int> seen(nn, -1);
  auto add_deps = [&](int v, const std::vector<std::string>& ids) {
    for (const std::string& id : ids) {
      int d = index_of(id);
      if (seen[d] == v) continue;
      seen[d] = v;
      deps[v].push_back(d);
    }
  };
  for (int i = 0; i < nt; ++i) add_deps(i, plan.tasks[i].depends_on);
  for (int c = 0; c < nc; ++c) add_deps(nt + c, plan.challenges[c].depends_on);
  std::vector<std::vector<int>> successors(nn);
  for (int v = 0; v < nn; ++v)
    for (int d : deps[v]) successors[d].push_back(v);
  succ.clear();
  node_init.assign(nn, NodeRun{});
  for (int v = 0; v < nn; ++v) {
    info[v].succ_begin = static_cast<int>(succ.size());
    succ.insert(succ.end(), successors[v].begin(), successors[v].end());
    info[v].succ_end = static_cast<int>(succ.size());
    node_init[v].gate = static_cast<int>(deps[v].size()) + (v < nt && info[v].challenge >= 0 ? 1 : 0);
  }

  gate_init.resize(nn);
  for (int v = 0; v < nn; ++v) gate_init[v] = node_init[v].gate;
  initial_start.clear();
  owner_bits_init.assign(words + 1, 0);  // (and the spare word)
  wait_init.assign(owner_words, 0);
  for (int v = 0; v < nn; ++v) {
    if (node_init[v].gate != 0) continue;
    const NodeInfo& in = info[v];
    if (!in.owned) {
      initial_start.push_back(v);
      continue;
    }
    owner_bits_init[in.qword] |= in.qbit;
    wait_init[in.wait_word] |= in.wait_bit;
  }

  // What decides success, and its weights for the fan chart.
  project.clear();
  project_weight.clear();
  for (int i = 0; i < nt; ++i)
    if (info[i].challenge < 0) {
      project.push_back(i);
      project_weight.push_back(plan.tasks[i].importance);
    }
  for (int c = 0; c < nc; ++c) {
    project.push_back(nt + c);
    project_weight.push_back(plan.challenges[c].importance);
  }
  double total_weight = 0;
  for (double w : project_weight) total_weight += w;
  for (double& w : project_weight) w = total_weight > 0 ? w / total_weight : 1.0 / project_weight.size();

  // Milestones.
  milestone_ids.resize(nm);
  ms_off.assign(nm + 1, 0);
  ms_req.clear();
  ms_deadline.resize(nm);
  for (int k = 0; k < nm; ++k) {
    const Milestone& m = plan.milestones[k];
    milestone_ids[k] = m.id;
    for (const std::string& id : m.requires_done) ms_req.push_back(index_of(id));
    ms_off[k + 1] = static_cast<int>(ms_req.size());
    ms_deadline[k] = m.deadline_days;
  }

  // Scratch.
  att_dur.assign(attempts, 0);
  node = node_init;
  ch.assign(nc, ChallengeRun{});
  owner = owner_init;
  owner_bits = owner_bits_init;
  idle_mask = idle_init;
  wait_mask = wait_init;
  events.Attach(event_store, nt);
  batch.assign(nt + n_owners + 1, 0);
  work.assign(nn + 1, 0);

  // Accumulators and samples.
  acc.assign(nn, NodeAcc{});
  acc_sy = acc_syy = 0;
  n_ok = 0;
  trial_finish.assign(trials_total, 0);
  trial_ok.assign(trials_total, 0);
  max_end = 0;
  sample_trials = static_cast<int>(
      std::min<int64_t>(trials_total, std::max<int64_t>(1, kSampleBudget / std::max(nn, 1))));
  ms_sample_trials = static_cast<int>(
      std::min<int64_t>(trials_total, std::max<int64_t>(1, kSampleBudget / std::max(nm, 1))));
  s_days.assign(static_cast<size_t>(sample_trials) * nn * 2, 0.f);
  s_ms.assign(static_cast<size_t>(ms_sample_trials) * nm, 0.f);
  ms_reached.assign(nm, 0);
  ms_on_time.assign(nm, 0);
  trials_done = 0;

  // The deterministic run, which also centres the correlation sums.
  ResetNodes();
  Reset();
  DrawDeterministic();
  Schedule();
  Evaluate();
  deterministic_days = t_ok ? t_finish : end_time;
  shift_x.resize(nn);
  for (int v = 0; v < nn; ++v) shift_x[v] = node[v].run;
  shift_y = deterministic_days;
  ResetNodes();  // for the first trial
  return true;
}

// [SECTION] One trial
// A node's fields that a trial reads before writing them, as a trial expects
// to find them (Accumulate leaves every node so as it reads it).
MLT_HOT void Simulation::Impl::ResetNode(int v) {
  NodeRun& n = node[v];
  n.start = kNotYet;
  n.finish = kNotYet;
  n.run = 0;
  n.gate = gate_init[v];
  n.att_run = 0;
  n.state = kPending;
}

void Simulation::Impl::ResetNodes() {
  for (int v = 0; v < nn; ++v) ResetNode(v);
}

// Everything else a trial starts from.
void Simulation::Impl::Reset() {
  std::fill(ch.begin(), ch.end(), ChallengeRun{});
  std::copy(owner_init.begin(), owner_init.end(), owner.begin());
  std::copy(owner_bits_init.begin(), owner_bits_init.end(), owner_bits.begin());
  std::copy(idle_init.begin(), idle_init.end(), idle_mask.begin());
  std::copy(wait_init.begin(), wait_init.end(), wait_mask.begin());
  events.Clear();
  work_n = 0;
  end_time = 0;
}

// Tasks done or failed already draw nothing: DrawDeterministic (in Start) gave
// them their 0 days, outcome and no attempts, and no trial changes those.
// (Flattened here, where DrawTasks is inlined: flattening DrawTasks alone left
// the gammas as calls once it was inlined.)
MLT_FLATTEN void Simulation::Impl::Draw(uint64_t trial) {
  rng.Seed(options.seed, trial);
  for (const DrawGroup& g : draw_groups) {
    switch (g.how * 2 + g.certain) {
      case static_cast<int>(Distribution::Triangular) * 2: DrawTasks<DrawTriangular, false>(g); break;
      case static_cast<int>(Distribution::Triangular) * 2 + 1: DrawTasks<DrawTriangular, true>(g); break;
      case static_cast<int>(Distribution::Pert) * 2: DrawTasks<DrawPert, false>(g); break;
      case static_cast<int>(Distribution::Pert) * 2 + 1: DrawTasks<DrawPert, true>(g); break;
      case static_cast<int>(Distribution::Lognormal) * 2: DrawTasks<DrawLognormal, false>(g); break;
      case static_cast<int>(Distribution::Lognormal) * 2 + 1: DrawTasks<DrawLognormal, true>(g); break;
      case kDrawConstant * 2: DrawTasks<DrawConstant, false>(g); break;
      default: DrawTasks<DrawConstant, true>(g); break;
    }
  }
}

// (Draw flattens it: the kind's kernel, gammas included, inlined into the loop.)
template <class Kind, bool kCertain>
MLT_FLATTEN void Simulation::Impl::DrawTasks(const DrawGroup& g) {
  const DrawEntry* entries = draw_entries.data();
  for (int j = g.begin; j < g.end; ++j) {
    const DrawEntry& e = entries[j];
    NodeRun& n = node[e.task];
    if (kCertain) {  // one attempt, which succeeds (DrawDeterministic set ok and att_n so)
      n.dur = Kind::Sample(e, rng) * e.first_scale;
      continue;
    }
    const TaskDraw& d = draw[e.task];
    double* slots = &att_dur[d.att_off];
    double total = 0;
    int k = 0;
    bool success;
    for (;;) {
      double days = Kind::Sample(e, rng) * (k == 0 ? e.first_scale : d.retry_scale);
      slots[k++] = days;
      total += days;
      success = d.p_ok > 0 && rng.Uniform() < d.p_ok;
      if (success || k >= d.max_attempts) break;
    }
    n.dur = total;
    n.ok = success;
    n.att_n = k;
  }
}

void Simulation::Impl::DrawDeterministic() {
  for (int i = 0; i < nt; ++i) {
    const TaskDraw& d = draw[i];
    NodeRun& n = node[i];
    bool todo = d.kind == kToDo;
    n.dur = todo ? d.sampler.m * d.first_scale : 0;
    att_dur[d.att_off] = n.dur;
    n.ok = d.kind != kAlreadyFailed;
    n.att_n = todo ? 1 : 0;
  }
}

// The queued task of owner o earliest in the plan (there is one: o waits),
// taken out of its queue: the lowest bit of its first word with any. Only
// queued tasks are in a queue (see NodeState). The earliest is found when it
// is needed, rather than kept up to date as tasks are queued: that would cost
// every grant a read and a write, and most grants queue nothing.
template <class M>
MLT_HOT int Simulation::Impl::OwnerPop(int o, M& masks) {
  const OwnerInfo& oi = owner_info[o];
  int w = oi.word_begin;
  uint64_t bits = owner_bits[w];
  while (!bits) bits = owner_bits[++w];  // (more than 64 tasks, and the first ones done)
  const int v = owner_task[oi.task_begin + ((w - oi.word_begin) << 6) + LowestBit(bits)];
  bits &= bits - 1;
  owner_bits[w] = bits;
  while (w + 1 < oi.word_end && !bits) bits = owner_bits[++w];
  // (Emptied about as often as not, so no branch.)
  const uint64_t empty = bits == 0;
  masks.Wait(o >> 6) &= ~(empty << (o & 63));
  return v;
}

// After a task left owner o's queue other than by OwnerPop: o no longer
// waits if that emptied its queue.
void Simulation::Impl::OwnerDropped(int o) {
  const OwnerInfo& oi = owner_info[o];
  for (int w = oi.word_begin; w < oi.word_end; ++w)
    if (owner_bits[w]) return;
  wait_mask[o >> 6] &= ~(uint64_t{1} << (o & 63));
}

// One of v's gates opened at t (a dependency succeeded, or its challenge gave
// the go); `from` released it, for the critical path. A node that failed or
// was cancelled before it was ready has a gate that never reaches 0.
MLT_HOT void Simulation::Impl::Grant(int v, double t, int from) {
  NodeRun& n = node[v];
  n.ready_pred = from;
  if (--n.gate == 0) MakeReady(v, t);
}

MLT_HOT void Simulation::Impl::MakeReady(int v, double t) {
  if (v >= nt) {
    Open(v - nt, t);
    return;
  }
  NodeRun& n = node[v];
  n.ready_time = t;
  const NodeInfo& in = info[v];
  const int o = in.slot;
  if (!in.owned) {
    StartTask(v, t);
    return;
  }
  owner_bits[in.qword] |= in.qbit;
  wait_mask[o >> 6] |= uint64_t{1} << (o & 63);
}

void Simulation::Impl::Open(int c, double t) {
  const int cn = nt + c;
  const ChallengeInfo& ci = chal[c];
  node[cn].state = kOpen;
  node[cn].start = t;
  const int pred = ch[c].open_pred = node[cn].ready_pred;
  if (ci.parallel) {
    for (int k = ci.appr_begin; k < ci.appr_end; ++k) Grant(appr[k], t, pred);
    return;
  }
  for (int k = ci.appr_begin; k < ci.appr_end; ++k) {
    if (node[appr[k]].state != kPending) continue;  // failed already (a dependency failed)
    ch[c].turn = k - ci.appr_begin;
    Grant(appr[k], t, pred);
    return;
  }
  Fail(cn, t);  // unreachable in practice: it failed with its last approach
}

// A task without an owner starts at once.
MLT_HOT void Simulation::Impl::StartTask(int v, double t, EventQueue& q) {
  NodeRun& n = node[v];
  n.state = kRunning;
  n.start = t;
  n.start_pred = n.ready_pred;
  q.Push(t + n.dur, v);
}

// Owner o (idle) starts its queued task v.
template <class H>
MLT_HOT void Simulation::Impl::StartOwned(int v, int o, double t, H& h) {
  NodeRun& n = node[v];
  OwnerRun& r = owner[o];
  n.state = kRunning;
  n.start = t;
  const int waited = -static_cast<int>(t > n.ready_time);  // for the owner? (no branch)
  n.start_pred = (r.last & waited) | (n.ready_pred & ~waited);
  h.masks.Idle(o >> 6) &= ~(uint64_t{1} << (o & 63));
  h.q.Push(t + n.dur, v);
}

template <class M>
MLT_HOT void Simulation::Impl::ReleaseOwner(int o, int task, M& masks) {
  OwnerRun& r = owner[o];
  r.last = task;
  masks.Idle(o >> 6) |= uint64_t{1} << (o & 63);
}

template <class H>
MLT_HOT void Simulation::Impl::Complete(int v, double t, H& h) {
  NodeRun& n = node[v];
  n.run = t - n.start;
  n.att_run = n.att_n;
  ReleaseOwner(info[v].slot, v, h.masks);  // (the stand-in when it has no owner)
  if (n.ok) {
    Succeed(v, t, h);
  } else {
    h.Store();
    Fail(v, t);
    h.Load();
  }
}

template <class H>
MLT_HOT void Simulation::Impl::Succeed(int v, double t, H& h) {
  NodeRun& n = node[v];
  n.state = kSucceeded;
  n.finish = t;
  end_time = t > end_time ? t : end_time;
  const NodeInfo& in = info[v];
  if (in.challenge >= 0) {  // (only tasks have one)
    h.Store();
    Solve(in.challenge, v, t);
    h.Load();
  }
  // Grant each successor. Whether it is now ready depends on the draws, so an
  // owned task is queued (MakeReady) without a branch: the masks are 0 unless
  // it is ready. A node that failed or was cancelled never gets to 0.
  // (The arrays in locals: the compiler cannot tell that the stores below
  // leave the vectors themselves alone, and would reload them per successor.)
  const int* const sc = succ.data();
  NodeRun* const nd = node.data();
  const NodeInfo* const inf = info.data();
  uint64_t* const bits = owner_bits.data();
  for (int k = in.succ_begin, end = in.succ_end; k < end; ++k) {
    const int s = sc[k];
    NodeRun& m = nd[s];
    const NodeInfo& si = inf[s];
    m.ready_pred = v;
    m.ready_time = t;  // (the last grant's counts)
    // (Arithmetic rather than conditions, or the compiler puts the branch back.)
    const int ready = --m.gate == 0;
    const uint64_t mask = uint64_t{0} - static_cast<uint64_t>(ready);
    bits[si.qword] |= si.qbit & mask;
    h.masks.Wait(si.wait_word) |= si.wait_bit & mask;
    if (ready > si.owned) {  // no owner: starts it; a challenge: opens it
      if (s < nt) {
        StartTask(s, t, h.q);
      } else {
        h.Store();
        Open(s - nt, t);
        h.Load();
      }
    }
  }

}

// Records a challenge's run (open to resolution) and how many approaches started.
void Simulation::Impl::ResolveChallengeRun(int c, double t) {
  NodeRun& n = node[nt + c];
  if (!(n.start >= 0)) return;
  n.run = t - n.start;
  int started = 0;
  for (int k = chal[c].appr_begin; k < chal[c].appr_end; ++k) started += node[appr[k]].start >= 0;
  n.att_run = started;
}

void Simulation::Impl::Solve(int c, int winner, double t) {
  const int cn = nt + c;
  if (node[cn].state != kOpen) return;
  // Solved from here on, so nothing the cancellations below set off can fail it.
  node[cn].state = kSucceeded;
  node[cn].start_pred = winner;
  for (int k = chal[c].appr_begin; k < chal[c].appr_end; ++k) {
    const int a = appr[k];
    NodeRun& n = node[a];
    const NodeState s = n.state;
    if (a == winner || s == kSucceeded || s == kFailed || s == kCancelled) continue;
    const bool queued = s == kPending && n.gate == 0;
    n.state = kCancelled;
    n.gate = kNeverReady;
    const NodeInfo& in = info[a];
    if (queued) {  // take it out of its owner's queue
      owner_bits[in.qword] &= ~in.qbit;
      OwnerDropped(in.slot);
    } else if (s == kRunning) {
      n.run = t - n.start;
      int begun = 1;  // attempts begun by now, the first always
      double offset = 0;
      const double* slots = &att_dur[draw[a].att_off];
      for (int j = 0; j + 1 < n.att_n; ++j) {
        offset += slots[j];
        begun += offset < n.run;
      }
      n.att_run = begun;
      if (in.owned) {
        ArrayMasks arrays = Arrays();
        ReleaseOwner(in.slot, a, arrays);
      }
      if (t > end_time) end_time = t;
    }
    // Whatever waited for this approach itself will not get it.
    for (int j = in.succ_begin; j < in.succ_end; ++j) Fail(succ[j], t);
  }
  ResolveChallengeRun(c, t);
  node[cn].finish = t;
  if (t > end_time) end_time = t;
  const NodeInfo& in = info[cn];
  for (int k = in.succ_begin; k < in.succ_end; ++k) Grant(succ[k], t, cn);
}

// Marks v failed at t and fails everything waiting for it (a worklist, so long
// chains do not recurse).
void Simulation::Impl::Fail(int v, double t) {
  NodeRun& n = node[v];
  const NodeState s = n.state;
  if (s != kPending && s != kRunning && s != kOpen) return;
  n.state = kFailed;
  n.gate = kNeverReady;
  if (t > end_time) end_time = t;
  work[work_n++] = v;
  if (!draining) DrainFailures(t);
}

void Simulation::Impl::DrainFailures(double t) {
  draining = true;
  while (work_n > 0) {
    const int x = work[--work_n];
    const NodeInfo& in = info[x];
    for (int k = in.succ_begin; k < in.succ_end; ++k) Fail(succ[k], t);
    if (x < nt) {
      if (in.challenge >= 0) ApproachFailed(in.challenge, x, t);
    } else {
      const int c = x - nt;
      ResolveChallengeRun(c, t);
      // Approaches that never got the go will not get it.
      for (int k = chal[c].appr_begin; k < chal[c].appr_end; ++k)
        if (node[appr[k]].state == kPending) Fail(appr[k], t);
    }
  }
  draining = false;
}

void Simulation::Impl::ApproachFailed(int c, int approach, double t) {
  const int cn = nt + c;
  const NodeState cs = node[cn].state;
  if (cs != kPending && cs != kOpen) return;
  const ChallengeInfo& ci = chal[c];
  if (++ch[c].failed == ci.appr_end - ci.appr_begin) {
    Fail(cn, t);
    return;
  }
  if (ci.parallel || cs != kOpen || approach_pos[approach] != ch[c].turn) return;
  // Sequential: the next approach still in the running gets its turn.
  for (int k = ci.appr_begin + ch[c].turn + 1; k < ci.appr_end; ++k) {
    if (node[appr[k]].state != kPending) continue;
    ch[c].turn = k - ci.appr_begin;
    Grant(appr[k], t, approach);
    return;
  }
  Fail(cn, t);
}

// Every idle owner with queued tasks starts the earliest in the plan.
template <class H>
MLT_HOT void Simulation::Impl::Dispatch(double t, H& h) {
  for (int w = 0; w < h.masks.Words(); ++w) {
    for (uint64_t m = h.masks.Idle(w) & h.masks.Wait(w); m; m &= m - 1) {
      const int o = (w << 6) + LowestBit(m);
      StartOwned(OwnerPop(o, h.masks), o, t, h);
    }
  }
}

void Simulation::Impl::Schedule() {
  for (int v : initial_start)
    if (node[v].state == kPending) MakeReady(v, 0);
  if (owner_words == 1) {
    Hot<OneWordMasks> h(OneWordMasks(idle_mask.data(), wait_mask.data()), &events);
    Run(h);
    h.Store();
  } else {
    Hot<ArrayMasks> h(Arrays(), &events);
    Run(h);
    h.Store();
  }
}

// (Inlined into Schedule, where h is a local: so the compiler can keep it in registers.)
template <class H>
MLT_HOT void Simulation::Impl::Run(H& h) {
  double t = 0;
  for (;;) {
    // Every finish at t first, in plan order (and then what zero-length work
    // they started), then owners choose: a task that became ready at t
    // competes with those that were waiting.
    int* b = batch.data();
    while (h.q.NextTime() <= t) {  // (infinity when empty)
      int v;
      if (h.q.TakeOne(t, &v)) {                            // the usual case
        if (node[v].state == kRunning) Complete(v, t, h);  // else cancelled meanwhile
        continue;
      }
      const int count = h.q.TakeUpTo(t, b);
      for (int k = 1; k < count; ++k)
        for (int j = k; j > 0 && b[j - 1] > b[j]; --j) std::swap(b[j - 1], b[j]);
      for (int k = 0; k < count; ++k)
        if (node[b[k]].state == kRunning) Complete(b[k], t, h);
    }
    Dispatch(t, h);
    const double next = h.q.NextTime();
    if (!(next < std::numeric_limits<double>::infinity())) break;
    t = std::max(t, next);
  }
}

// The project succeeded when every project node did; its finish is the latest
// of theirs, the first in plan order on ties. One pass over them after the
// trial, without branches, rather than bookkeeping at every event.
void Simulation::Impl::Evaluate() {
  bool ok = true;
  double best = -1;  // (below every finish: a node done at day 0 counts)
  int last = -1;
  const NodeRun* nd = node.data();
  for (const int p : project) {
    const NodeRun& n = nd[p];
    const bool succeeded = n.state == kSucceeded;
    ok &= succeeded;
    const double f = succeeded ? n.finish : -1.0;
    const bool later = f > best;  // (strictly: ties keep the first)
    best = later ? f : best;
    last = later ? p : last;
  }
  t_ok = ok;
  t_finish = last >= 0 ? best : 0;
  t_last = last;
}

// [SECTION] Accumulation
void Simulation::Impl::Accumulate(int trial) {
  trial_ok[trial] = t_ok;
  trial_finish[trial] = t_ok ? t_finish : end_time;
  if (end_time > max_end) max_end = end_time;
  const double y = t_finish - shift_y;
  if (t_ok) {
    ++n_ok;
    acc_sy += y;
    acc_syy += y * y;
  }
  if (t_ok && options.track_criticality)
    for (int v = t_last; v >= 0; v = node[v].start_pred) acc[v].crit += 1;
  const float nan = std::numeric_limits<float>::quiet_NaN();
  for (int k = 0; k < nm; ++k) {
    bool reached = true;
    double at = 0;
    for (int j = ms_off[k]; j < ms_off[k + 1]; ++j) {
      const NodeRun& n = node[ms_req[j]];
      if (n.state != kSucceeded) {
        reached = false;
        break;
      }
      at = std::max(at, n.finish);
    }
    if (reached) {
      ms_reached[k] += 1;
      if (!(ms_deadline[k] > 0) || at <= ms_deadline[k]) ms_on_time[k] += 1;
    }
    if (trial < ms_sample_trials)
      s_ms[static_cast<size_t>(k) * ms_sample_trials + trial] = reached ? static_cast<float>(at) : nan;
  }
  // One pass over the nodes, made for the trial's kind (successful or not,
  // sampled or not). Without a branch per node: a node that did not start
  // has run 0 and att_run 0 (adding 0.0 leaves a sum of non-negative days as
  // it is), and start (finish) is NaN when it did not start (succeed).
  // It also resets each node for the next trial (ResetNode), while its cache
  // line is at hand: so it comes after everything else that reads the nodes.
  const NodeRun* nd = node.data();
  NodeAcc* ac = acc.data();
  const double* sh = shift_x.data();
  // (An empty plan has empty sample arrays, and null + offset is undefined.)
  const size_t stride = static_cast<size_t>(sample_trials);
  float* sd = s_days.empty() ? nullptr : s_days.data() + 2 * static_cast<size_t>(trial);
  auto pass = [&](auto successful, auto sampled) {
    for (int v = 0; v < nn; ++v) {
      const NodeRun& n = nd[v];
      NodeAcc& a = ac[v];
      const bool started = n.start >= 0, succeeded = n.state == kSucceeded;
      a.ok += succeeded;
      a.ran += started;
      a.run += n.run;
      a.att += n.att_run;
      if (decltype(successful)::value) {
        const double x = n.run - sh[v];
        a.sx += x;
        a.sxx += x * x;
        a.sxy += x * y;
      }
      if (decltype(sampled)::value) {
        const size_t at = static_cast<size_t>(v) * stride * 2;
        sd[at] = static_cast<float>(n.start);       // (NaN unless it started)
        sd[at + 1] = static_cast<float>(n.finish);  // (NaN unless it succeeded)
      }
      ResetNode(v);
    }
  };
  using yes = std::true_type;
  using no = std::false_type;
  if (trial < sample_trials) {
    if (t_ok) {
      pass(yes{}, yes{});
    } else {
      pass(no{}, yes{});
    }
  } else if (t_ok) {
    pass(yes{}, no{});
  } else {
    pass(no{}, no{});
  }
}

// The per-slice loop: one call per slice keeps the per-trial work in small
// functions called many times (a WebAssembly engine optimises a function
// between calls, not while one long call is running).
void Simulation::Impl::RunTrials(int begin, int end) {
  for (int trial = begin; trial < end; ++trial) {
    Reset();
    Draw(static_cast<uint64_t>(trial));
    Schedule();
    Evaluate();
    Accumulate(trial);
  }
}

// [SECTION] Aggregation
SimResult Simulation::Impl::Aggregate() const {
  SimResult r;
  r.trials = trials_done;
  r.seed = options.seed;
  r.deterministic_days = deterministic_days;
  const int n = trials_done;
  const double dn = n;

  // Project finish over successful trials.
  std::vector<double> finishes;
  finishes.reserve(static_cast<size_t>(n_ok));
  for (int i = 0; i < n; ++i)
    if (trial_ok[i]) finishes.push_back(trial_finish[i]);
  std::sort(finishes.begin(), finishes.end());
  const size_t n_success = finishes.size();
  if (n > 0) {
    r.p_success = static_cast<double>(n_success) / dn;
    r.p_success_se = std::sqrt(r.p_success * (1 - r.p_success) / dn);
  }
  if (n_success > 0) {
    double sum = 0;
    for (double f : finishes) sum += f;
    r.mean = sum / static_cast<double>(n_success);
    r.p10 = SortedPercentile(finishes, 0.10);
    r.p50 = SortedPercentile(finishes, 0.50);
    r.p80 = SortedPercentile(finishes, 0.80);
    r.p95 = SortedPercentile(finishes, 0.95);
    const double lo = finishes.front(), hi = finishes.back();
    const int bins = options.histogram_bins;
    const double width = hi > lo ? (hi - lo) / bins : 1.0;
    r.histogram.resize(bins);
    for (int b = 0; b < bins; ++b) r.histogram[b] = {lo + b * width, lo + (b + 1) * width, 0};
    for (double f : finishes) {
      int b = static_cast<int>((f - lo) / width);
      r.histogram[std::max(0, std::min(bins - 1, b))].count++;
    }
    // S-curve: the empirical P(success and finish <= d) at evenly spaced days.
    const int points = hi > lo ? kSCurvePoints : 1;
    size_t below = 0;
    for (int k = 0; k < points; ++k) {
      double d = points == 1 ? lo : (k == points - 1 ? hi : lo + (hi - lo) * k / (points - 1));
      while (below < n_success && finishes[below] <= d) ++below;
      r.s_curve_days.push_back(d);
      r.s_curve_p.push_back(static_cast<double>(below) / dn);
    }
  }

  // Tasks, then challenges. Start and finish days are non-negative floats, NaN
  // when the node did not start or did not succeed.
  const int k_samples = std::min(n, sample_trials);
  std::vector<uint32_t> keys, scratch;
  keys.reserve(std::max(k_samples, std::min(n, ms_sample_trials)));
  auto sorted_keys = [&](const float* from, int count, int step) {
    keys.clear();
    for (int i = 0; i < count; ++i) {
      const float f = from[static_cast<size_t>(i) * step];
      if (!(f == f)) continue;
      float x = f + 0.0f;  // -0 becomes +0: bit order is value order for the rest
      uint32_t bits;
      std::memcpy(&bits, &x, sizeof bits);
      keys.push_back(bits);
    }
    RadixSortFloats(keys, scratch);
  };
  r.tasks.resize(nn);
  const double dok = static_cast<double>(n_ok);
  for (int v = 0; v < nn; ++v) {
    TaskResult& t = r.tasks[v];
    t.id = node_ids[v];
    t.is_challenge = v >= nt;
    if (n == 0) continue;
    const NodeAcc& a = acc[v];
    t.p_success = static_cast<double>(a.ok) / dn;
    t.criticality = n_ok > 0 ? static_cast<double>(a.crit) / dok : 0;
    t.sensitivity = Pearson(dok, a.sx, a.sxx, acc_sy, acc_syy, a.sxy);
    if (a.ran > 0) {
      t.mean_duration = a.run / static_cast<double>(a.ran);
      t.attempts_mean = static_cast<double>(a.att) / static_cast<double>(a.ran);
    }
    const float* days = s_days.data() + static_cast<size_t>(v) * sample_trials * 2;
    sorted_keys(days, k_samples, 2);
    t.start_p10 = KeyPercentile(keys, 0.10);
    t.start_p50 = KeyPercentile(keys, 0.50);
    t.start_p90 = KeyPercentile(keys, 0.90);
    sorted_keys(days + 1, k_samples, 2);
    t.finish_p10 = KeyPercentile(keys, 0.10);
    t.finish_p50 = KeyPercentile(keys, 0.50);
    t.finish_p90 = KeyPercentile(keys, 0.90);
    if (v >= nt && k_samples > 0) {
      // A challenge's finish samples are the days it was solved (ascending
      // float bits in `keys`): the share solved by each grid day, counting
      // trials where it never was as not solved.
      ChallengeCurve cc;
      cc.id = t.id;
      const double hi = max_end > 0 ? max_end : 1;
      size_t j = 0;
      for (int g = 0; g < kChallengeCurvePoints; ++g) {
        const double day = hi * g / (kChallengeCurvePoints - 1);
        for (; j < keys.size(); ++j) {
          float f;
          std::memcpy(&f, &keys[j], sizeof f);
          if (f > day) break;
        }
        cc.days.push_back(day);
        cc.p.push_back(static_cast<double>(j) / k_samples);
      }
      r.challenge_curves.push_back(std::move(cc));
    }
  }

  // Milestones.
  const int k_ms = std::min(n, ms_sample_trials);
  r.milestones.resize(nm);
  for (int k = 0; k < nm; ++k) {
    MilestoneResult& m = r.milestones[k];
    m.id = milestone_ids[k];
    if (n == 0) continue;
    m.p_reached = ms_reached[k] / dn;
    m.p_on_time = ms_on_time[k] / dn;
    m.p_on_time_se = std::sqrt(m.p_on_time * (1 - m.p_on_time) / dn);
    sorted_keys(&s_ms[static_cast<size_t>(k) * ms_sample_trials], k_ms, 1);
    m.finish_p50 = KeyPercentile(keys, 0.50);
    m.finish_p80 = KeyPercentile(keys, 0.80);
  }

  // Fan chart: share of importance delivered by each grid day, per trial.
  const int k_fan = std::min(k_samples, kFanTrials);
  if (k_fan > 0) {
    const double hi = max_end > 0 ? max_end : 1;
    const int last = kFanPoints - 1;
    auto grid_day = [&](int g) { return g == last ? hi : hi * g / last; };
    // shares[g * k_fan + i]: first the weight delivered exactly at grid day g, then cumulated.
    std::vector<double> shares(static_cast<size_t>(kFanPoints) * k_fan, project.empty() ? 1.0 : 0.0);
    for (size_t p = 0; p < project.size(); ++p) {
      const float* sf = &s_days[static_cast<size_t>(project[p]) * sample_trials * 2 + 1];
      for (int i = 0; i < k_fan; ++i) {
        const double f = sf[static_cast<size_t>(i) * 2];
        if (!(f == f)) continue;
        // Delivered from the first grid day on or after f.
        // Clamped before the cast: with a denormal `hi` the ratio is inf.
        const double at = std::ceil(f / hi * last);
        int g = at >= last ? last : at > 0 ? static_cast<int>(at) : 0;
        while (g > 0 && grid_day(g - 1) >= f) --g;
        while (g <= last && grid_day(g) < f) ++g;
        if (g <= last) shares[static_cast<size_t>(g) * k_fan + i] += project_weight[p];
      }
    }
    for (int g = 1; g < kFanPoints; ++g) {
      double* row = &shares[static_cast<size_t>(g) * k_fan];
      const double* prev = row - k_fan;
      for (int i = 0; i < k_fan; ++i) row[i] += prev[i];
    }
    std::vector<double> column(k_fan);
    for (int g = 0; g < kFanPoints; ++g) {
      const double* row = &shares[static_cast<size_t>(g) * k_fan];
      // Everything delivered is 1, whatever the rounding of the weights' sum.
      for (int i = 0; i < k_fan; ++i) column[i] = row[i] > 1 - 1e-12 ? 1.0 : row[i];
      std::sort(column.begin(), column.end());
      r.fan_days.push_back(grid_day(g));
      r.fan_p10.push_back(SortedPercentile(column, 0.10));
      r.fan_p25.push_back(SortedPercentile(column, 0.25));
      r.fan_p50.push_back(SortedPercentile(column, 0.50));
      r.fan_p75.push_back(SortedPercentile(column, 0.75));
      r.fan_p90.push_back(SortedPercentile(column, 0.90));
    }
  }
  return r;
}

// [SECTION] API
double SimResult::P(double days) const {
  if (s_curve_days.empty() || days < s_curve_days.front()) return 0;
  if (days >= s_curve_days.back()) return s_curve_p.back();
  size_t k = static_cast<size_t>(std::upper_bound(s_curve_days.begin(), s_curve_days.end(), days) -
                                 s_curve_days.begin());
  double x0 = s_curve_days[k - 1], x1 = s_curve_days[k];
  double y0 = s_curve_p[k - 1], y1 = s_curve_p[k];
  return x1 > x0 ? y0 + (y1 - y0) * (days - x0) / (x1 - x0) : y1;
}

Simulation::Simulation() : impl_(std::make_unique<Impl>()) {}
Simulation::~Simulation() = default;

bool Simulation::Start(const Plan& plan, const SimOptions& options, std::string* error) {
  impl_ = std::make_unique<Impl>();
  if (impl_->Prepare(plan, options, error)) return true;
  impl_ = std::make_unique<Impl>();  // nothing to run
  return false;
}

int Simulation::RunSlice(int max_trials) {
  Impl& s = *impl_;
  const int end = s.trials_done + std::max(0, std::min(max_trials, s.trials_total - s.trials_done));
  s.RunTrials(s.trials_done, end);
  s.trials_done = end;
  return s.trials_done;
}

bool Simulation::Done() const { return impl_->trials_done >= impl_->trials_total; }
int Simulation::TrialsDone() const { return impl_->trials_done; }
int Simulation::TrialsTotal() const { return impl_->trials_total; }
SimResult Simulation::Result() const { return impl_->Aggregate(); }

bool Simulate(const Plan& plan, const SimOptions& options, SimResult* out, std::string* error) {
  Simulation sim;
  if (!sim.Start(plan, options, error)) return false;
  while (!sim.Done()) sim.RunSlice(options.trials);
  if (out) *out = sim.Result();
  return true;
}

}  // namespace mlt
