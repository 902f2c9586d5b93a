#include "model/plan_edit.h"

namespace mlt {

std::string NewPlanId(const Plan& p, const char* prefix) {
  for (int n = 1;; ++n) {
    std::string id = std::string(prefix) + std::to_string(n);
    bool used = false;
    for (const Task& t : p.tasks) used |= t.id == id;
    for (const Challenge& c : p.challenges) used |= c.id == id;
    for (const Milestone& m : p.milestones) used |= m.id == id;
    if (!used) return id;
  }
}

std::string PlanNodeName(const Plan& p, const std::string& id) {
  for (const Task& t : p.tasks)
    if (t.id == id) return t.name;
  for (const Challenge& c : p.challenges)
    if (c.id == id) return c.name;
  return id;
}

}  // namespace mlt
