// Plain-language summary of a simulation for leadership, and the results as
// JSON (automation API) and CSV (export).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/plan.h"
#include "sim/engine.h"

namespace mlt {

// Chance that at least one of the approaches succeeds when each is tried
// independently: 1 - prod(1 - p_i), with each approach's retries folded in.
double PortfolioChance(const Plan& plan, const std::string& challenge_id);
// The chance one approach succeeds within its attempts.
double ApproachChance(const Task& t);

// The same plan with the challenge reduced to its single most likely approach
// (ties: the first in plan order): the other approaches are removed, and so
// are references to them in dependencies and milestones. This is the
// "single-approach plan" the portfolio view compares against.
Plan SingleApproachPlan(const Plan& plan, const std::string& challenge_id);

// A few sentences: when it is likely done and how sure that is, the gap to
// the deterministic date, the biggest risk, and what a portfolio changes.
std::string LeadershipSummary(const Plan& plan, const SimResult& r, const Date& start);

nlohmann::json SimResultToJson(const SimResult& r, const Plan& plan);
std::string SimResultToCsv(const SimResult& r, const Plan& plan, const Date& start);

}  // namespace mlt
