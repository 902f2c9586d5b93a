// Small helpers for editing a plan.
#pragma once
#include <string>

#include "model/plan.h"

namespace mlt {
// "task7": the first `prefix`N not used by any task, challenge or milestone.
std::string NewPlanId(const Plan& plan, const char* prefix);
// Display name of a task or challenge id (the id itself when unknown).
std::string PlanNodeName(const Plan& plan, const std::string& id);
}  // namespace mlt
