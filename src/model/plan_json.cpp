#include "model/plan_json.h"

#include "model/json_reader.h"

namespace mlt {
using nlohmann::json;

namespace {
constexpr const char* kDistributions[] = {"triangular", "pert", "lognormal"};
constexpr const char* kFailures[] = {"retry", "fail"};
constexpr const char* kStatuses[] = {"not_started", "in_progress", "done", "failed"};
}  // namespace

const char* DistributionId(Distribution d) { return kDistributions[int(d)]; }
const char* TaskStatusId(TaskStatus s) { return kStatuses[int(s)]; }

json PlanToJson(const Plan& plan) {
  json tasks = json::array(), challenges = json::array(), milestones = json::array();
  for (const Task& t : plan.tasks)
    tasks.push_back({{"id", t.id}, {"name", t.name}, {"owner", t.owner}, {"optimistic", t.optimistic},
                     {"most_likely", t.most_likely}, {"pessimistic", t.pessimistic},
                     {"distribution", kDistributions[int(t.distribution)]}, {"p_success", t.p_success},
                     {"on_failure", kFailures[int(t.on_failure)]}, {"max_retries", t.max_retries},
                     {"retry_cost", t.retry_cost}, {"importance", t.importance},
                     {"status", kStatuses[int(t.status)]}, {"progress", t.progress},
                     {"depends_on", t.depends_on}, {"challenge", t.challenge}});
  for (const Challenge& c : plan.challenges)
    challenges.push_back({{"id", c.id}, {"name", c.name}, {"parallel", c.parallel}, {"importance", c.importance},
                          {"depends_on", c.depends_on}});
  for (const Milestone& m : plan.milestones)
    milestones.push_back({{"id", m.id}, {"name", m.name}, {"requires_done", m.requires_done},
                          {"deadline_days", m.deadline_days}});
  return {{"start_date", plan.start_date}, {"tasks", tasks}, {"challenges", challenges}, {"milestones", milestones}};
}

bool PlanFromJson(const json& j, Plan* out, std::string* error, const std::string& path) {
  std::string err;
  In root(j, path, &err);
  Plan p;
  root.Str("start_date", &p.start_date, false);
  auto list = [&](const char* key, auto* vec, auto&& read) {
    if (!root.Get(key, false)) return;
    root.List(key, vec, 0, read, /*allow_empty=*/true);
  };
  list("tasks", &p.tasks, [](In& in, Task& t) {
    int dist = int(t.distribution), fail = int(t.on_failure), status = int(t.status);
    double retries = t.max_retries;
    in.Str("id", &t.id) && in.Str("name", &t.name) && in.Str("owner", &t.owner, false) &&
        in.OptNum("optimistic", &t.optimistic, 0, 1e5) && in.OptNum("most_likely", &t.most_likely, 0, 1e5) &&
        in.OptNum("pessimistic", &t.pessimistic, 0, 1e5) &&
        in.OptEnum("distribution", &dist, {"triangular", "pert", "lognormal"}) &&
        in.OptNum("p_success", &t.p_success, 0, 1) && in.OptEnum("on_failure", &fail, {"retry", "fail"}) &&
        in.OptNum("max_retries", &retries, 0, 20) && in.OptNum("retry_cost", &t.retry_cost, 0, 5) &&
        in.OptNum("importance", &t.importance, 0, 10) &&
        in.OptEnum("status", &status, {"not_started", "in_progress", "done", "failed"}) &&
        in.OptNum("progress", &t.progress, 0, 1) && in.Strs("depends_on", &t.depends_on, 0, false) &&
        in.Str("challenge", &t.challenge, false);
    t.distribution = Distribution(dist);
    t.on_failure = OnFailure(fail);
    t.status = TaskStatus(status);
    // The reader stores a value before refusing it: cast only what is in range.
    t.max_retries = retries >= 0 && retries <= 20 ? int(retries) : 0;
  });
  list("challenges", &p.challenges, [](In& in, Challenge& c) {
    in.Str("id", &c.id) && in.Str("name", &c.name) && in.OptBool("parallel", &c.parallel) &&
        in.OptNum("importance", &c.importance, 0, 10) && in.Strs("depends_on", &c.depends_on, 0, false);
  });
  list("milestones", &p.milestones, [](In& in, Milestone& m) {
    in.Str("id", &m.id) && in.Str("name", &m.name) && in.Strs("requires_done", &m.requires_done, 0, false) &&
        in.OptNum("deadline_days", &m.deadline_days, 0, 1e5);
  });
  if (!err.empty()) {
    *error = err;
    return false;
  }
  *out = std::move(p);
  return true;
}

}  // namespace mlt
