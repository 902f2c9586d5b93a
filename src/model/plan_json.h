// The plan inside a workspace document ("plan" key): JSON in and out.
// Structure and ranges are checked here (a bad file is refused); whether the
// plan can be simulated (cycles, missing references) is ValidatePlan's job,
// so a half-edited plan can still be saved.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "model/plan.h"

namespace mlt {

nlohmann::json PlanToJson(const Plan& plan);
// `path` prefixes error locations ("plan.tasks[3].p_success: ...").
bool PlanFromJson(const nlohmann::json& j, Plan* out, std::string* error, const std::string& path = "plan");

const char* DistributionId(Distribution d);
const char* TaskStatusId(TaskStatus s);

}  // namespace mlt
