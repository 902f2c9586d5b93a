// libFuzzer target: a plan from arbitrary bytes, as the workspace loader
// reads it. The bytes are parsed as JSON (with the workspace's depth limit);
// PlanFromJson must never crash, a plan it reads must survive PlanToJson and
// PlanFromJson unchanged, and ValidatePlan must never crash. A plan that
// validates is simulated (20 trials): it must not crash and must give sane
// numbers. Built with -DMLT_FUZZ=ON (clang); run by tools/fuzz.sh.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/json_util.h"
#include "model/plan.h"
#include "model/plan_json.h"
#include "model/workspace.h"
#include "sim/engine.h"

using namespace mlt;

namespace {

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_plan: %s\n%s\n", what, detail.c_str());
  std::abort();
}

bool Probability(double p) { return std::isfinite(p) && p >= 0 && p <= 1; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!JsonDepthWithin(text, DocumentLimits{}.max_depth)) return 0;  // (as ParseWorkspace does)
  size_t at = 0;
  nlohmann::json j = ParseJson(text, &at);
  if (j.is_discarded()) return 0;

  Plan plan;
  std::string error;
  if (!PlanFromJson(j, &plan, &error)) {
    if (error.empty()) Fail("PlanFromJson refused without a message", std::string(text));
    return 0;
  }
  Plan again;
  std::string error2;
  std::string saved = Dump(PlanToJson(plan));
  if (!PlanFromJson(ParseJson(saved, &at), &again, &error2)) Fail("a saved plan does not load again", error2 + "\n" + saved);
  if (!(again == plan)) Fail("the plan changed on a save and load", saved);

  std::string problem = ValidatePlan(plan);
  if (!problem.empty()) return 0;

  SimOptions o;
  o.trials = 20;
  o.seed = 7;
  SimResult r;
  std::string sim_error;
  if (!Simulate(plan, o, &r, &sim_error)) Fail("a valid plan does not simulate", sim_error + "\n" + saved);
  if (r.trials != o.trials) Fail("the simulation ran the wrong number of trials", saved);
  if (!Probability(r.p_success)) Fail("p_success is not a probability", saved);
  for (const TaskResult& t : r.tasks)
    if (!Probability(t.p_success) || !Probability(t.criticality)) Fail("a task's probability is out of range", saved);
  for (const MilestoneResult& m : r.milestones)
    if (!Probability(m.p_reached) || !Probability(m.p_on_time)) Fail("a milestone's probability is out of range", saved);
  return 0;
}
