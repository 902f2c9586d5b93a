// App commands for the planner: running the simulation in slices, examples,
// result exports and the simulate() automation call.
#include <chrono>
#include <fstream>
#include <sstream>

#include "model/json_util.h"
#include "sim/summary.h"
#include "ui/app.h"

namespace mlt {

const App::PlanCache& App::PlanDerived() const {
  if (plan_cache_.revision != store_.Revision()) {
    const Plan& plan = store_.Current().plan;
    plan_cache_.revision = store_.Revision();
    plan_cache_.problem = ValidatePlan(plan);
    plan_cache_.stale = have_result_ && !(result_plan_ == plan);
  }
  return plan_cache_;
}

const std::string& App::PlanProblem() const { return PlanDerived().problem; }
bool App::ResultStale() const { return PlanDerived().stale; }

Date App::PlanStart() const {
  Date d;
  if (ParseIsoDate(store_.Current().plan.start_date, &d)) return d;
  return DateFromUnixMs(Now());
}

namespace {
constexpr const char* kNoTasks = "The plan has no tasks yet: add tasks or load an example plan";
}

void App::StartSimulation() {
  if (store_.Current().plan.tasks.empty()) {
    Notify(NoticeKind::Error, kNoTasks, 0);
    return;
  }
  auto sim = std::make_unique<Simulation>();
  SimOptions opt;
  opt.trials = ui.sim_trials;
  opt.seed = uint64_t(ui.sim_seed);
  std::string error;
  if (!sim->Start(store_.Current().plan, opt, &error)) {
    Notify(NoticeKind::Error, "The plan cannot be simulated: " + error, 0);
    return;
  }
  sim_ = std::move(sim);
  sim_running_ = true;
  result_plan_ = store_.Current().plan;
}

void App::CancelSimulation() {
  if (!sim_running_) return;
  sim_running_ = false;
  sim_.reset();
  Notify(NoticeKind::Info, "Simulation cancelled; the previous results are kept.");
}

float App::SimulationProgress() const {
  if (!sim_running_ || !sim_ || sim_->TrialsTotal() == 0) return 0;
  return float(sim_->TrialsDone()) / float(sim_->TrialsTotal());
}

// A slice of trials per frame, sized to about 8 ms so the page keeps drawing.
void App::TickSimulation() {
  if (!sim_running_ || !sim_) return;
  using clock = std::chrono::steady_clock;
  auto start = clock::now();
  int chunk = 25;
  while (!sim_->Done()) {
    auto t0 = clock::now();
    sim_->RunSlice(chunk);
    double ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
    if (std::chrono::duration<double, std::milli>(clock::now() - start).count() > 8.0) break;
    if (ms < 2.0) chunk *= 2;  // grow while slices are cheap
  }
  if (sim_->Done()) {
    result_ = sim_->Result();
    have_result_ = true;
    plan_cache_.revision = ~uint64_t(0);
    sim_running_ = false;
    sim_.reset();
    Notify(NoticeKind::Success, "Simulated " + std::to_string(result_.trials) + " runs of the plan");
  }
}

void App::LoadExample(const std::string& file, const std::string& what) {
  std::ifstream f(examples_dir_ + "/" + file, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  ParseResult pr = ParseWorkspace(s.str());
  if (!pr.ok) {
    Notify(NoticeKind::Error, "The example could not be loaded: " + pr.error, 0);
    return;
  }
  const Workspace& cur = store_.Current();
  if (cur.plan.tasks.empty() && cur.plan.challenges.empty()) {
    // Fill this workspace's empty plan (one undo step); owners that are not in
    // the roster stay as plain names.
    store_.Apply("load " + what, [&](Workspace& w) { w.plan = pr.workspace.plan; }, Now());
    Notify(NoticeKind::Success, "Loaded " + what + ". Undo with Ctrl+Z.");
  } else {
    OpResult r = store_.Import(s.str(), Now());
    if (r.ok) Notify(NoticeKind::Success, "Opened " + what + " as a new workspace; yours is unchanged.");
  }
}

void App::ExportResultsCsv() {
  if (!have_result_) return;
  host_.DownloadFile("simulation-results.csv", "text/csv",
                     "\xEF\xBB\xBF" + SimResultToCsv(result_, result_plan_, PlanStart()));
  Notify(NoticeKind::Success, "Exported simulation-results.csv");
}

std::string App::ApiSimulate(int trials, uint64_t seed) {
  SimOptions opt;
  opt.trials = trials > 0 ? trials : 2000;
  opt.seed = seed;
  SimResult r;
  std::string error;
  const Plan& plan = store_.Current().plan;
  if (plan.tasks.empty()) return Dump({{"ok", false}, {"error", kNoTasks}});
  if (!Simulate(plan, opt, &r, &error)) return Dump({{"ok", false}, {"error", error}});
  result_ = r;
  result_plan_ = plan;
  have_result_ = true;
  plan_cache_.revision = ~uint64_t(0);
  nlohmann::json j = SimResultToJson(r, plan);
  j["ok"] = true;
  j["summary"] = LeadershipSummary(plan, r, PlanStart());
  return Dump(j);
}

}  // namespace mlt
