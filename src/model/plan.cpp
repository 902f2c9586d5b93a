// Plan equality and validation. ValidatePlan reports the first problem in
// words a planner understands, naming the task, challenge or milestone by
// its name, because the message is shown as is next to the plan.
// [SECTION] Equality  [SECTION] Validation helpers  [SECTION] ValidatePlan
#include "model/plan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace mlt {

// [SECTION] Equality
bool Task::operator==(const Task& o) const {
  return id == o.id && name == o.name && owner == o.owner && optimistic == o.optimistic &&
         most_likely == o.most_likely && pessimistic == o.pessimistic && distribution == o.distribution &&
         p_success == o.p_success && on_failure == o.on_failure && max_retries == o.max_retries &&
         retry_cost == o.retry_cost && importance == o.importance && status == o.status &&
         progress == o.progress && depends_on == o.depends_on && challenge == o.challenge;
}
bool Challenge::operator==(const Challenge& o) const {
  return id == o.id && name == o.name && parallel == o.parallel && importance == o.importance &&
         depends_on == o.depends_on;
}
bool Milestone::operator==(const Milestone& o) const {
  return id == o.id && name == o.name && requires_done == o.requires_done && deadline_days == o.deadline_days;
}
bool Plan::operator==(const Plan& o) const {
  return start_date == o.start_date && tasks == o.tasks && challenges == o.challenges &&
         milestones == o.milestones;
}

// [SECTION] Validation helpers
namespace {

enum class Kind { Task, Challenge, Milestone };

struct Ref {
  Kind kind;
  int index;
};

const char* KindWord(Kind k, bool capital) {
  switch (k) {
    case Kind::Task: return capital ? "Task" : "task";
    case Kind::Challenge: return capital ? "Challenge" : "challenge";
    case Kind::Milestone: return capital ? "Milestone" : "milestone";
  }
  return "";
}

// What a person calls it: its name, else its id, else its position.
std::string Display(const std::string& name, const std::string& id, int index) {
  if (!name.empty()) return name;
  if (!id.empty()) return id;
  return "#" + std::to_string(index + 1);
}

// `Task "Label data"` (or `Task "#3"` when it has neither name nor id).
std::string Subject(Kind k, const std::string& name, const std::string& id, int index, bool capital = true) {
  return std::string(KindWord(k, capital)) + " \"" + Display(name, id, index) + "\"";
}

// Numbers as a person writes them: 5, 2.5, 0.125.
std::string Num(double x) {
  if (std::isnan(x)) return "not a number";
  if (std::isinf(x)) return x > 0 ? "infinite" : "minus infinite";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}
std::string Days(double x) { return Num(x) + (x == 1 ? " day" : " days"); }

bool InRange(double x, double lo, double hi) { return x >= lo && x <= hi; }  // false for NaN

}  // namespace

// [SECTION] ValidatePlan
std::string ValidatePlan(const Plan& plan) {
  const int nt = static_cast<int>(plan.tasks.size());
  const int nc = static_cast<int>(plan.challenges.size());
  auto task_subject = [&](int i) {
    const Task& t = plan.tasks[i];
    return Subject(Kind::Task, t.name, t.id, i);
  };
  auto challenge_subject = [&](int i) {
    const Challenge& c = plan.challenges[i];
    return Subject(Kind::Challenge, c.name, c.id, i);
  };

  // Ids: non-empty and unique across tasks, challenges and milestones.
  std::unordered_map<std::string, Ref> ids;
  auto claim = [&](Kind kind, int index, const std::string& id, const std::string& name) -> std::string {
    std::string who = Subject(kind, name, id, index);
    if (id.empty()) return who + ": the id is empty";
    auto [it, inserted] = ids.emplace(id, Ref{kind, index});
    if (inserted) return "";
    const Ref& other = it->second;
    std::string other_name = other.kind == Kind::Task        ? plan.tasks[other.index].name
                             : other.kind == Kind::Challenge ? plan.challenges[other.index].name
                                                             : plan.milestones[other.index].name;
    return who + ": the id \"" + id + "\" is already used by " +
           Subject(other.kind, other_name, id, other.index, false);
  };
  for (int i = 0; i < nt; ++i) {
    std::string e = claim(Kind::Task, i, plan.tasks[i].id, plan.tasks[i].name);
    if (!e.empty()) return e;
  }
  for (int i = 0; i < nc; ++i) {
    std::string e = claim(Kind::Challenge, i, plan.challenges[i].id, plan.challenges[i].name);
    if (!e.empty()) return e;
  }
  for (int i = 0; i < static_cast<int>(plan.milestones.size()); ++i) {
    std::string e = claim(Kind::Milestone, i, plan.milestones[i].id, plan.milestones[i].name);
    if (!e.empty()) return e;
  }

  // Numbers of each task.
  for (int i = 0; i < nt; ++i) {
    const Task& t = plan.tasks[i];
    std::string who = task_subject(i);
    const struct {
      const char* what;
      double value;
    } estimates[] = {
        {"optimistic", t.optimistic}, {"most likely", t.most_likely}, {"pessimistic", t.pessimistic}};
    for (const auto& e : estimates) {
      if (!std::isfinite(e.value)) return who + ": the " + e.what + " estimate is not a number of days";
      if (e.value < 0) return who + ": the " + e.what + " estimate (" + Days(e.value) + ") is negative";
    }
    if (t.pessimistic < t.optimistic)
      return who + ": the pessimistic estimate (" + Days(t.pessimistic) + ") is below the optimistic one (" +
             Days(t.optimistic) + ")";
    if (t.most_likely < t.optimistic)
      return who + ": the most likely estimate (" + Days(t.most_likely) + ") is below the optimistic one (" +
             Days(t.optimistic) + ")";
    if (t.pessimistic < t.most_likely)
      return who + ": the pessimistic estimate (" + Days(t.pessimistic) + ") is below the most likely one (" +
             Days(t.most_likely) + ")";
    if (!InRange(t.p_success, 0, 1))
      return who + ": the chance of success (" + Num(t.p_success) + ") must be between 0 and 1";
    if (t.max_retries < 0 || t.max_retries > 20)
      return who + ": the number of retries (" + std::to_string(t.max_retries) + ") must be between 0 and 20";
    if (!InRange(t.retry_cost, 0, 5))
      return who + ": the retry cost (" + Num(t.retry_cost) + ") must be between 0 and 5";
    if (!InRange(t.importance, 0, 10))
      return who + ": the importance (" + Num(t.importance) + ") must be between 0 and 10";
    if (!InRange(t.progress, 0, 1))
      return who + ": the progress (" + Num(t.progress) + ") must be between 0 and 1";
  }
  for (int i = 0; i < nc; ++i) {
    const Challenge& c = plan.challenges[i];
    if (!InRange(c.importance, 0, 10))
      return challenge_subject(i) + ": the importance (" + Num(c.importance) + ") must be between 0 and 10";
  }

  // References. Node numbering for the graph below: tasks, then challenges.
  auto find = [&](const std::string& id) -> const Ref* {
    auto it = ids.find(id);
    return it == ids.end() ? nullptr : &it->second;
  };
  // Empty when `id` names a task or challenge; otherwise what is wrong with it.
  auto check_dependency = [&](const std::string& who, const char* what,
                              const std::string& id) -> std::string {
    const Ref* r = find(id);
    if (!r) return who + ": the " + what + " \"" + id + "\" is not a task or challenge in this plan";
    if (r->kind == Kind::Milestone)
      return who + ": the " + what + " \"" + id + "\" is a milestone; depend on its tasks instead";
    return "";
  };
  std::vector<int> task_challenge(nt, -1);
  for (int i = 0; i < nt; ++i) {
    const Task& t = plan.tasks[i];
    for (const std::string& d : t.depends_on) {
      std::string e = check_dependency(task_subject(i), "dependency", d);
      if (!e.empty()) return e;
    }
    if (!t.challenge.empty()) {
      const Ref* r = find(t.challenge);
      if (!r || r->kind != Kind::Challenge)
        return task_subject(i) + ": the challenge \"" + t.challenge + "\" is not a challenge in this plan";
      task_challenge[i] = r->index;
    }
  }
  for (int i = 0; i < nc; ++i) {
    for (const std::string& d : plan.challenges[i].depends_on) {
      std::string e = check_dependency(challenge_subject(i), "dependency", d);
      if (!e.empty()) return e;
    }
  }
  for (int i = 0; i < static_cast<int>(plan.milestones.size()); ++i) {
    const Milestone& m = plan.milestones[i];
    for (const std::string& d : m.requires_done) {
      std::string e = check_dependency(Subject(Kind::Milestone, m.name, m.id, i), "requirement", d);
      if (!e.empty()) return e;
    }
  }

  // Every challenge has an approach; no approach waits for its own challenge
  // (it could never start: the challenge finishes only through its approaches).
  std::vector<std::vector<int>> approaches(nc);
  for (int i = 0; i < nt; ++i)
    if (task_challenge[i] >= 0) approaches[task_challenge[i]].push_back(i);
  for (int c = 0; c < nc; ++c)
    if (approaches[c].empty())
      return challenge_subject(c) + ": it has no approaches (tasks that name \"" + plan.challenges[c].id +
             "\" as their challenge)";
  for (int i = 0; i < nt; ++i) {
    int c = task_challenge[i];
    if (c < 0) continue;
    for (const std::string& d : plan.tasks[i].depends_on)
      if (d == plan.challenges[c].id)
        return task_subject(i) + ": it is an approach to " +
               Subject(Kind::Challenge, plan.challenges[c].name, plan.challenges[c].id, c, false) +
               " and cannot depend on it";
  }

  // Cycles in "waits for" (the same edges the simulation follows): a task
  // waits for its dependencies; an approach also for its challenge's
  // dependencies and, in a sequential challenge, for the approach before it;
  // a challenge waits for its dependencies and its approaches.
  const int nn = nt + nc;
  auto node_of = [&](const std::string& id) {
    const Ref* r = find(id);
    return r->kind == Kind::Task ? r->index : nt + r->index;
  };
  std::vector<std::vector<int>> waits(nn);
  for (int i = 0; i < nt; ++i) {
    for (const std::string& d : plan.tasks[i].depends_on) waits[i].push_back(node_of(d));
    int c = task_challenge[i];
    if (c < 0) continue;
    for (const std::string& d : plan.challenges[c].depends_on) waits[i].push_back(node_of(d));
  }
  for (int c = 0; c < nc; ++c) {
    for (const std::string& d : plan.challenges[c].depends_on) waits[nt + c].push_back(node_of(d));
    const std::vector<int>& a = approaches[c];
    for (size_t k = 0; k < a.size(); ++k) {
      waits[nt + c].push_back(a[k]);
      if (!plan.challenges[c].parallel && k > 0) waits[a[k]].push_back(a[k - 1]);
    }
  }
  // Iterative depth-first search (plans can be long chains); colour 1 = on the path.
  std::vector<int> colour(nn, 0), next_edge(nn, 0), path;
  for (int root = 0; root < nn; ++root) {
    if (colour[root]) continue;
    path.push_back(root);
    colour[root] = 1;
    while (!path.empty()) {
      int v = path.back();
      if (next_edge[v] == static_cast<int>(waits[v].size())) {
        colour[v] = 2;
        path.pop_back();
        continue;
      }
      int w = waits[v][next_edge[v]++];
      if (colour[w] == 0) {
        colour[w] = 1;
        path.push_back(w);
      } else if (colour[w] == 1) {
        // path: ... w ... v, each waiting for the next; w waits (transitively) on itself.
        // Report it in the order the work would flow: each item must finish before the next.
        std::vector<int> cycle;
        for (size_t k = path.size(); k-- > 0;) {
          cycle.push_back(path[k]);
          if (path[k] == w) break;
        }
        auto label = [&](int node) {
          return node < nt
                     ? Display(plan.tasks[node].name, plan.tasks[node].id, node)
                     : Display(plan.challenges[node - nt].name, plan.challenges[node - nt].id, node - nt);
        };
        // Start at the item earliest in the plan, so the message does not depend on the search.
        std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
        std::string text;
        for (int node : cycle) text += label(node) + " -> ";
        text += label(cycle.front());
        return "Dependency cycle: " + text;
      }
    }
  }
  return "";
}

}  // namespace mlt
