// [SECTION] Names  [SECTION] Building  [SECTION] Edits  [SECTION] ML roles
// [SECTION] Metrics  [SECTION] ML placement
#include "model/org_tree.h"

#include <algorithm>
#include <initializer_list>
#include <unordered_map>

namespace mlt {

int OrgTree::Find(const std::string& id) const {
  auto it = by_id.find(id);
  return it == by_id.end() ? -1 : it->second;
}

// [SECTION] Names
namespace {

bool InOrg(const Person& p) { return p.kind != PersonKind::Candidate; }

std::string Capital(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
  return s;
}

// How messages name things: a person by name, a unit as "the unit Search";
// the id in quotes when the name is empty.
std::string PersonLabel(const Person& p) { return p.name.empty() ? "\"" + p.id + "\"" : p.name; }
std::string UnitLabel(const OrgUnit& u) { return "the unit " + (u.name.empty() ? "\"" + u.id + "\"" : u.name); }

// "Ana Lee, Bo Chen and Cy Diaz"; long lists end "and 12 others".
std::string NameList(const std::vector<std::string>& names, size_t max_named = 5) {
  std::string s;
  size_t shown = names.size() > max_named + 1 ? max_named : names.size();
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) s += (i + 1 == shown && shown == names.size()) ? " and " : ", ";
    s += names[i];
  }
  if (shown < names.size()) s += " and " + std::to_string(names.size() - shown) + " others";
  return s;
}

std::string OrgNodeLabel(const Workspace& ws, const OrgNode& n) {
  return n.kind == OrgNodeKind::Person ? PersonLabel(ws.people[size_t(n.index)])
                                       : UnitLabel(ws.org.units[size_t(n.index)]);
}

// Lower-case words of ASCII letters and digits ("Head of AI/ML" -> head, of, ai, ml).
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> w;
  std::string cur;
  for (char c : s) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) {
      cur += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    } else if (!cur.empty()) {
      w.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) w.push_back(cur);
  return w;
}

bool HasWord(const std::vector<std::string>& words, std::initializer_list<const char*> any) {
  for (const std::string& w : words)
    for (const char* a : any)
      if (w == a) return true;
  return false;
}

// Words joined by single spaces, for phrases ("machine learning").
std::string Phrase(const std::vector<std::string>& words) {
  std::string s = " ";
  for (const std::string& w : words) s += w + " ";
  return s;
}

}  // namespace

// [SECTION] Building
OrgTree BuildOrgTree(const Workspace& ws) {
  OrgTree t;
  size_t in_org = 0;
  for (const Person& p : ws.people) in_org += InOrg(p);
  t.nodes.reserve(in_org + ws.org.units.size());
  for (size_t i = 0; i < ws.people.size(); ++i) {
    if (!InOrg(ws.people[i])) continue;
    OrgNode n;
    n.kind = OrgNodeKind::Person;
    n.index = int(i);
    n.id = ws.people[i].id;
    t.nodes.push_back(std::move(n));
  }
  for (size_t i = 0; i < ws.org.units.size(); ++i) {
    OrgNode n;
    n.kind = OrgNodeKind::Unit;
    n.index = int(i);
    n.id = ws.org.units[i].id;
    t.nodes.push_back(std::move(n));
  }
  const int count = int(t.nodes.size());
  for (int k = 0; k < count; ++k) {
    auto [it, inserted] = t.by_id.emplace(t.nodes[size_t(k)].id, k);
    if (!inserted)
      t.warnings.push_back(Capital(OrgNodeLabel(ws, t.nodes[size_t(k)])) + " has the id \"" + t.nodes[size_t(k)].id +
                           "\", which " + OrgNodeLabel(ws, t.nodes[size_t(it->second)]) +
                           " already uses; reporting lines to that id go to " +
                           OrgNodeLabel(ws, t.nodes[size_t(it->second)]));
  }
  // Candidates are not in the chart, but a reporting line to one deserves a
  // better message than "not a person".
  std::map<std::string, int> candidates;
  for (size_t i = 0; i < ws.people.size(); ++i)
    if (!InOrg(ws.people[i])) candidates.emplace(ws.people[i].id, int(i));

  // Reporting lines.
  for (int k = 0; k < count; ++k) {
    OrgNode& n = t.nodes[size_t(k)];
    const bool person = n.kind == OrgNodeKind::Person;
    const std::string& manager = person ? ws.people[size_t(n.index)].manager : ws.org.units[size_t(n.index)].manager;
    const std::string who = Capital(OrgNodeLabel(ws, n));
    const char* verb = person ? " reports to " : " sits under ";
    if (!manager.empty()) {
      int m = t.Find(manager);
      if (m == k) {
        t.warnings.push_back(who + verb + (person ? "themselves" : "itself") + "; shown at the top level");
      } else if (m >= 0) {
        n.parent = m;
      } else if (auto c = candidates.find(manager); c != candidates.end()) {
        t.warnings.push_back(who + verb + PersonLabel(ws.people[size_t(c->second)]) +
                             ", who is a candidate and not in the org chart; shown at the top level");
      } else {
        t.warnings.push_back(who + verb + "\"" + manager +
                             "\", which is not a person or unit; shown at the top level");
      }
    }
    if (!person) continue;
    const std::string& dotted = ws.people[size_t(n.index)].dotted_manager;
    if (dotted.empty()) continue;
    int d = t.Find(dotted);
    if (d == k) {
      t.warnings.push_back(who + " has a dotted line to themselves; it is not shown");
    } else if (d >= 0) {
      n.dotted = d;
    } else if (auto c = candidates.find(dotted); c != candidates.end()) {
      t.warnings.push_back(who + " has a dotted line to " + PersonLabel(ws.people[size_t(c->second)]) +
                           ", who is a candidate and not in the org chart; it is not shown");
    } else {
      t.warnings.push_back(who + " has a dotted line to \"" + dotted +
                           "\", which is not a person or unit; it is not shown");
    }
  }

  // Cycles: every node is walked once. A walk that meets its own path has
  // found a circle, broken at its first node in workspace order.
  {
    std::vector<char> state(size_t(count), 0);  // 0 new, 1 on the current path, 2 done
    std::vector<int> path;
    for (int start = 0; start < count; ++start) {
      if (state[size_t(start)]) continue;
      path.clear();
      int v = start;
      while (v >= 0 && state[size_t(v)] == 0) {
        state[size_t(v)] = 1;
        path.push_back(v);
        v = t.nodes[size_t(v)].parent;
      }
      if (v >= 0 && state[size_t(v)] == 1) {
        size_t from = path.size();
        while (from > 0 && path[from - 1] != v) --from;
        --from;  // path[from] == v: the circle is path[from..]
        int first = v;
        for (size_t i = from; i < path.size(); ++i) first = std::min(first, path[i]);
        // Named in reporting order, starting at the node that is cut loose.
        std::vector<std::string> names;
        int u = first;
        do {
          names.push_back(OrgNodeLabel(ws, t.nodes[size_t(u)]));
          u = t.nodes[size_t(u)].parent;
        } while (u != first && names.size() <= path.size());
        t.nodes[size_t(first)].parent = -1;
        t.warnings.push_back(Capital(NameList(names)) + " report to each other in a circle; " +
                             OrgNodeLabel(ws, t.nodes[size_t(first)]) + " is shown at the top level");
      }
      for (int p : path) state[size_t(p)] = 2;
    }
  }

  for (int k = 0; k < count; ++k) {
    int p = t.nodes[size_t(k)].parent;
    if (p >= 0)
      t.nodes[size_t(p)].children.push_back(k);
    else
      t.roots.push_back(k);
  }
  // Pre-order without recursion (a chain of 100,000 is fine).
  t.order.reserve(size_t(count));
  std::vector<int> stack(t.roots.rbegin(), t.roots.rend());
  while (!stack.empty()) {
    int v = stack.back();
    stack.pop_back();
    t.order.push_back(v);
    const OrgNode& n = t.nodes[size_t(v)];
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) {
      t.nodes[size_t(*it)].depth = n.depth + 1;
      stack.push_back(*it);
    }
  }
  for (auto it = t.order.rbegin(); it != t.order.rend(); ++it) {
    int p = t.nodes[size_t(*it)].parent;
    if (p >= 0) t.nodes[size_t(p)].subtree += t.nodes[size_t(*it)].subtree;
  }
  return t;
}

// [SECTION] Edits
namespace {

struct Ref {
  bool unit = false;
  int index = -1;
};

// Every person and unit by id, built once per edit: O(n).
struct IdIndex {
  Workspace& ws;
  std::unordered_map<std::string, Ref> ids;
  explicit IdIndex(Workspace& w) : ws(w) {
    ids.reserve(w.people.size() + w.org.units.size());
    for (size_t i = 0; i < w.people.size(); ++i) ids.emplace(w.people[i].id, Ref{false, int(i)});
    for (size_t i = 0; i < w.org.units.size(); ++i) ids.emplace(w.org.units[i].id, Ref{true, int(i)});
  }
  const Ref* Find(const std::string& id) const {
    auto it = ids.find(id);
    return it == ids.end() ? nullptr : &it->second;
  }
  const std::string& Id(Ref r) const { return r.unit ? ws.org.units[size_t(r.index)].id : ws.people[size_t(r.index)].id; }
  const std::string& Manager(Ref r) const {
    return r.unit ? ws.org.units[size_t(r.index)].manager : ws.people[size_t(r.index)].manager;
  }
  std::string Label(Ref r) const {
    return r.unit ? UnitLabel(ws.org.units[size_t(r.index)]) : PersonLabel(ws.people[size_t(r.index)]);
  }
  bool IsCandidate(Ref r) const { return !r.unit && !InOrg(ws.people[size_t(r.index)]); }
  const char* Verb(Ref r) const { return r.unit ? " sits under " : " reports to "; }
  // Whether `from`'s chain of managers reaches `target`. Stops at a dangling
  // reference or a circle already in the data.
  bool ChainReaches(Ref from, const std::string& target) const {
    Ref cur = from;
    for (size_t steps = 0; steps <= ids.size(); ++steps) {
      if (Id(cur) == target) return true;
      const Ref* next = Find(Manager(cur));
      if (!next) return false;
      cur = *next;
    }
    return false;
  }
};

// Shared checks of Reparent and SetDottedManager. Returns the node's ref, or
// null with *error set.
const Ref* CheckMove(const IdIndex& idx, const std::string& id, const std::string& manager_id, bool dotted,
                     std::string* error) {
  auto fail = [&](std::string message) -> const Ref* {
    if (error) *error = std::move(message);
    return nullptr;
  };
  const Ref* node = idx.Find(id);
  if (id.empty() || !node) return fail("There is no person or unit with the id \"" + id + "\"");
  const std::string who = Capital(idx.Label(*node));
  if (idx.IsCandidate(*node)) return fail(who + " is a candidate, not part of the org chart; make them a member first");
  if (dotted && node->unit) return fail(who + " is a unit; only people have dotted-line managers");
  if (manager_id.empty()) return node;
  const Ref* manager = idx.Find(manager_id);
  if (!manager) return fail("There is no person or unit with the id \"" + manager_id + "\"");
  const std::string boss = idx.Label(*manager);
  const std::string link = dotted ? " cannot have a dotted line to " : (node->unit ? " cannot sit under " : " cannot report to ");
  if (idx.IsCandidate(*manager))
    return fail(who + link + boss + ": " + boss + " is a candidate, not part of the org chart");
  if (manager_id == id)
    return fail(who + link + (node->unit ? "itself" : "themselves"));
  if (dotted && idx.Manager(*node) == manager_id) return fail(Capital(boss) + " is already " + PersonLabel(idx.ws.people[size_t(node->index)]) + "'s manager");
  if (idx.ChainReaches(*manager, id))
    return fail(who + link + boss + ": " + boss + " already" + idx.Verb(*manager) + idx.Label(*node) +
                ", directly or through others");
  return node;
}

}  // namespace

bool Reparent(Workspace* ws, const std::string& id, const std::string& manager_id, std::string* error) {
  IdIndex idx(*ws);
  const Ref* node = CheckMove(idx, id, manager_id, false, error);
  if (!node) return false;
  if (node->unit) {
    ws->org.units[size_t(node->index)].manager = manager_id;
  } else {
    Person& p = ws->people[size_t(node->index)];
    p.manager = manager_id;
    // A dotted line to the new manager became the solid line.
    if (!manager_id.empty() && p.dotted_manager == manager_id) p.dotted_manager.clear();
  }
  return true;
}

bool SetDottedManager(Workspace* ws, const std::string& id, const std::string& manager_id, std::string* error) {
  IdIndex idx(*ws);
  const Ref* node = CheckMove(idx, id, manager_id, true, error);
  if (!node) return false;
  ws->people[size_t(node->index)].dotted_manager = manager_id;
  return true;
}

namespace {
// Everyone and every unit reporting to `gone` moves to `up` (never to
// themselves: in a circle already in the data they go to the top instead);
// dotted lines to `gone` are cleared.
void MoveReportsUp(Workspace* ws, const std::string& gone, const std::string& up) {
  for (Person& p : ws->people) {
    if (p.manager == gone) {
      p.manager = up == p.id ? std::string() : up;
      if (!p.manager.empty() && p.dotted_manager == p.manager) p.dotted_manager.clear();
    }
    if (p.dotted_manager == gone) p.dotted_manager.clear();
  }
  for (OrgUnit& u : ws->org.units)
    if (u.manager == gone) u.manager = up == u.id ? std::string() : up;
}
}  // namespace

bool RemoveUnit(Workspace* ws, const std::string& unit_id, std::string* error) {
  auto it = std::find_if(ws->org.units.begin(), ws->org.units.end(),
                         [&](const OrgUnit& u) { return u.id == unit_id; });
  if (unit_id.empty() || it == ws->org.units.end()) {
    if (error) *error = "There is no unit with the id \"" + unit_id + "\"";
    return false;
  }
  const std::string up = it->manager;
  ws->org.units.erase(it);
  MoveReportsUp(ws, unit_id, up);
  return true;
}

void DetachPerson(Workspace* ws, const std::string& person_id) {
  if (person_id.empty()) return;
  auto it = std::find_if(ws->people.begin(), ws->people.end(),
                         [&](const Person& p) { return p.id == person_id; });
  if (it == ws->people.end()) return;
  const std::string up = it->manager;
  MoveReportsUp(ws, person_id, up);
}

// [SECTION] ML roles
namespace {
// Lower case, runs of anything else one underscore ("MLOps / ML DevOps
// engineer" -> "mlops_ml_devops_engineer").
std::string RoleKey(const std::string& s) {
  std::string k;
  for (const std::string& w : Words(s)) k += (k.empty() ? "" : "_") + w;
  return k;
}
}  // namespace

bool IsMlRole(const std::string& role) {
  // Those whose main job is building, researching or running models: the
  // content roles ml_engineer, ml_researcher and mlops_engineer, by id or
  // name, and common custom spellings of them. Not ML people here:
  //  - data_scientist: the lecture's catch-all, which in many companies means
  //    business analytics; counting analysts would make an analytics-heavy org
  //    look as if it did ML (the embedded archetype has ML people working
  //    *next to* analytics staff). Record modelling data scientists as ML
  //    engineers or researchers.
  //  - data_engineer: pipelines exist with or without ML.
  //  - ml_product_manager: a product role; it counts as an ML *leader* (see
  //    the placement below) but not as an ML practitioner.
  static const char* const kMl[] = {
      "ml_engineer", "ml_researcher", "mlops_engineer", "mlops_ml_devops_engineer", "mlops", "ml_ops_engineer",
      "ml_ops", "machine_learning_engineer", "machine_learning_researcher", "machine_learning_scientist",
      "ml_scientist", "ml_research_scientist", "ml_platform_engineer", "ml_infrastructure_engineer",
      "ml_infra_engineer", "applied_scientist", "applied_ml_scientist", "ai_engineer", "ai_researcher",
      "deep_learning_engineer", "deep_learning_researcher"};
  std::string k = RoleKey(role);
  if (k.empty()) return false;
  for (const char* m : kMl)
    if (k == m) return true;
  return false;
}

// [SECTION] Metrics
namespace {

bool TitleSaysMl(const std::vector<std::string>& w) {
  if (HasWord(w, {"ml", "ai", "mlops"})) return true;
  std::string p = Phrase(w);
  for (const char* s : {" machine learning ", " artificial intelligence ", " deep learning ", " data science "})
    if (p.find(s) != std::string::npos) return true;
  return false;
}

bool SaysResearch(const std::string& text, const std::vector<std::string>& w) {
  if (HasWord(w, {"rnd", "lab", "labs", "laboratory", "laboratories"})) return true;
  for (const std::string& x : w)
    if (x.find("research") != std::string::npos) return true;
  std::string compact;  // "R & D", "R+D"
  for (char c : text)
    if (c != ' ') compact += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return compact.find("r&d") != std::string::npos || compact.find("r+d") != std::string::npos;
}

bool LeaderTitle(const std::vector<std::string>& w) {
  return HasWord(w, {"head", "lead", "leader", "manager", "director", "chief", "vp", "president", "ceo", "cto",
                     "founder", "principal"});
}

bool ExecutiveTitle(const std::vector<std::string>& w) {
  if (HasWord(w, {"chief", "ceo", "cto", "coo", "cfo", "cpo", "cio", "cdo", "cso", "caio", "president", "vp", "svp",
                  "evp", "founder", "cofounder"}))
    return true;
  return Phrase(w).find(" vice president ") != std::string::npos;
}

bool SortRoles(const RoleCount& a, const RoleCount& b) {
  if (a.people + a.open != b.people + b.open) return a.people + a.open > b.people + b.open;
  return a.role < b.role;
}

std::string Plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

OrgMetrics ComputeOrgMetrics(const Workspace& ws, const OrgTree& tree) {
  OrgMetrics m;
  const int count = int(tree.nodes.size());
  // A tree built from another workspace would index out of range.
  for (const OrgNode& n : tree.nodes) {
    bool person = n.kind == OrgNodeKind::Person;
    size_t limit = person ? ws.people.size() : ws.org.units.size();
    if (n.index < 0 || size_t(n.index) >= limit) return m;
  }
  if (tree.order.size() != tree.nodes.size()) return m;
  auto person_of = [&](int v) -> const Person* {
    const OrgNode& n = tree.nodes[size_t(v)];
    return n.kind == OrgNodeKind::Person ? &ws.people[size_t(n.index)] : nullptr;
  };
  auto is_member = [&](int v) {
    const Person* p = person_of(v);
    return p && p->kind == PersonKind::Member;
  };

  // Counts below each node (the node itself excluded).
  std::vector<int> people_below(size_t(count), 0), members_below(size_t(count), 0), ml_below(size_t(count), 0);
  std::vector<char> ml(size_t(count), 0);
  for (int v = 0; v < count; ++v) {
    const Person* p = person_of(v);
    if (!p) {
      ++m.units;
    } else if (p->kind == PersonKind::OpenPosition) {
      ++m.open_positions;
    } else {
      ++m.people;
      ml[size_t(v)] = IsMlRole(p->role);
      m.ml_people += ml[size_t(v)];
    }
    m.depth = std::max(m.depth, tree.nodes[size_t(v)].depth + 1);
  }
  for (auto it = tree.order.rbegin(); it != tree.order.rend(); ++it) {
    int v = *it, p = tree.nodes[size_t(v)].parent;
    if (p < 0) continue;
    people_below[size_t(p)] += people_below[size_t(v)] + (person_of(v) != nullptr);
    members_below[size_t(p)] += members_below[size_t(v)] + is_member(v);
    ml_below[size_t(p)] += ml_below[size_t(v)] + ml[size_t(v)];
  }

  // Spans.
  int people_managers = 0, people_direct = 0;
  for (int v = 0; v < count; ++v) {
    const OrgNode& n = tree.nodes[size_t(v)];
    if (n.children.empty()) continue;
    SpanInfo s;
    s.node = v;
    s.direct = int(n.children.size());
    s.total = people_below[size_t(v)];
    if (n.kind == OrgNodeKind::Person) {
      s.narrow = s.direct < 3;
      s.wide = s.direct > 10;
      ++people_managers;
      people_direct += s.direct;
    }
    m.spans.push_back(s);
  }
  std::sort(m.spans.begin(), m.spans.end(), [](const SpanInfo& a, const SpanInfo& b) {
    if (a.direct != b.direct) return a.direct > b.direct;
    if (a.total != b.total) return a.total > b.total;
    return a.node < b.node;
  });
  m.mean_span = people_managers ? double(people_direct) / people_managers : 0.0;

  // Roles: whole org, and below each unit. Each unit's counts are merged
  // into the next unit up, smaller into larger: O(n log n) plus the size of
  // the result (units x roles present under them).
  std::map<std::string, int> role_index;
  std::vector<RoleCount> roles;
  std::vector<int> role_of(size_t(count), -1);
  for (int v = 0; v < count; ++v) {
    const Person* p = person_of(v);
    if (!p) continue;
    auto [it, inserted] = role_index.emplace(p->role, int(roles.size()));
    if (inserted) roles.push_back(RoleCount{p->role, 0, 0});
    role_of[size_t(v)] = it->second;
    (p->kind == PersonKind::OpenPosition ? roles[size_t(it->second)].open : roles[size_t(it->second)].people)++;
  }
  m.by_role = roles;
  std::sort(m.by_role.begin(), m.by_role.end(), SortRoles);

  std::vector<int> unit_above(size_t(count), -1);  // nearest unit ancestor
  std::vector<int> people_above(size_t(count), 0);  // person ancestors
  std::vector<int> person_above(size_t(count), -1); // nearest person ancestor
  for (int v : tree.order) {
    int p = tree.nodes[size_t(v)].parent;
    if (p < 0) continue;
    bool parent_person = person_of(p) != nullptr;
    unit_above[size_t(v)] = parent_person ? unit_above[size_t(p)] : p;
    people_above[size_t(v)] = people_above[size_t(p)] + parent_person;
    person_above[size_t(v)] = parent_person ? p : person_above[size_t(p)];
  }
  {
    std::vector<std::unordered_map<int, std::pair<int, int>>> acc(static_cast<size_t>(count));  // only units' are used
    for (auto it = tree.order.rbegin(); it != tree.order.rend(); ++it) {
      int v = *it;
      const Person* p = person_of(v);
      int up = unit_above[size_t(v)];
      if (p) {
        if (up < 0) continue;
        auto& e = acc[size_t(up)][role_of[size_t(v)]];
        (p->kind == PersonKind::OpenPosition ? e.second : e.first)++;
        continue;
      }
      auto& mine = acc[size_t(v)];
      std::vector<RoleCount>& out = m.by_unit[tree.nodes[size_t(v)].id];
      out.reserve(mine.size());
      for (const auto& e : mine) out.push_back(RoleCount{roles[size_t(e.first)].role, e.second.first, e.second.second});
      std::sort(out.begin(), out.end(), SortRoles);
      if (up >= 0) {
        auto& theirs = acc[size_t(up)];
        if (theirs.size() < mine.size()) theirs.swap(mine);
        for (const auto& e : mine) {
          auto& t = theirs[e.first];
          t.first += e.second.first;
          t.second += e.second.second;
        }
      }
      std::unordered_map<int, std::pair<int, int>>().swap(mine);
    }
  }

  // [SECTION] ML placement
  // Groups are units and people with reports. Each ML person is placed by
  // the outermost special group above them (or the one they lead):
  //  - a research group: a unit named research / R&D / lab(s), or a group
  //    whose leader's title says so, or led by an ML researcher whose title
  //    does not call them an ML/AI leader;
  //  - an ML division: led by an ML leader (ML role, ML product manager, or a
  //    title with ML / AI / machine learning), at least half ML people among
  //    its members, and reporting to the top of the org: at most one person
  //    above it (the head of the org), or two when the one in between is an
  //    executive (chief..., VP, president, founder).
  // Everyone else sits in a product or engineering team.
  // The head of the org (the person with no person above who has more than
  // half of all people under them; stray top-level people do not count) and
  // the units above them are the whole organisation, not groups within it.
  int top_person = -1;
  for (int v = 0; v < count; ++v)
    if (person_of(v) && people_above[size_t(v)] == 0 &&
        (top_person < 0 || people_below[size_t(v)] > people_below[size_t(top_person)]))
      top_person = v;
  std::vector<char> whole_org(size_t(count), 0);
  if (top_person >= 0 && 2 * (people_below[size_t(top_person)] + 1) > m.people + m.open_positions)
    for (int v = top_person; v >= 0; v = tree.nodes[size_t(v)].parent) whole_org[size_t(v)] = 1;

  // A unit's leader: the person directly in it with the most people under
  // them; else the first with a leader's title; else the person it sits under.
  auto unit_leader = [&](int u) -> int {
    int best = -1;
    for (int c : tree.nodes[size_t(u)].children)
      if (person_of(c) && people_below[size_t(c)] > 0 && (best < 0 || people_below[size_t(c)] > people_below[size_t(best)]))
        best = c;
    if (best >= 0) return best;
    for (int c : tree.nodes[size_t(u)].children)
      if (const Person* p = person_of(c); p && LeaderTitle(Words(p->title))) return c;
    int p = tree.nodes[size_t(u)].parent;
    return p >= 0 && person_of(p) ? p : -1;
  };
  auto is_ml_leader = [&](const Person& p) {
    return IsMlRole(p.role) || p.role == "ml_product_manager" || TitleSaysMl(Words(p.title));
  };
  auto at_top = [&](int v) {
    int above = people_above[size_t(v)];
    if (above <= 1) return true;
    if (above > 2) return false;
    int boss = person_above[size_t(v)];
    return boss >= 0 && ExecutiveTitle(Words(person_of(boss)->title));
  };
  enum Special : char { kNone, kResearch, kDivision };
  std::vector<char> special(size_t(count), kNone);
  std::vector<int> leader(size_t(count), -1);
  for (int v = 0; v < count; ++v) {
    const OrgNode& n = tree.nodes[size_t(v)];
    if (n.children.empty() || whole_org[size_t(v)]) continue;
    const Person* self = person_of(v);
    int lead = self ? v : unit_leader(v);
    leader[size_t(v)] = lead;
    const Person* lp = lead >= 0 ? person_of(lead) : nullptr;
    std::vector<std::string> title = lp ? Words(lp->title) : std::vector<std::string>();
    bool research = (!self && SaysResearch(ws.org.units[size_t(n.index)].name, Words(ws.org.units[size_t(n.index)].name))) ||
                    (lp && SaysResearch(lp->title, title)) ||
                    (lp && lp->role == "ml_researcher" && !TitleSaysMl(title));
    if (research) {
      special[size_t(v)] = kResearch;
      continue;
    }
    int ml_in = ml_below[size_t(v)] + (self ? ml[size_t(v)] : 0);
    int members_in = members_below[size_t(v)] + (self ? is_member(v) : 0);
    if (lp && is_ml_leader(*lp) && ml_in >= 2 && ml_in * 2 >= members_in && at_top(v)) special[size_t(v)] = kDivision;
  }
  // The outermost special group above each node, or the one it leads.
  std::vector<int> group(size_t(count), -1);
  for (int v : tree.order) {
    int p = tree.nodes[size_t(v)].parent;
    if (p >= 0) group[size_t(v)] = group[size_t(p)] >= 0 ? group[size_t(p)] : (special[size_t(p)] ? p : -1);
    if (group[size_t(v)] < 0 && special[size_t(v)] && person_of(v)) group[size_t(v)] = v;
  }

  auto group_name = [&](int g) -> std::string {
    if (g < 0) return "the top of the org";
    const OrgNode& n = tree.nodes[size_t(g)];
    if (n.kind == OrgNodeKind::Unit) {
      const OrgUnit& u = ws.org.units[size_t(n.index)];
      return u.name.empty() ? "\"" + u.id + "\"" : u.name;
    }
    return PersonLabel(*person_of(g)) + "'s team";
  };
  // A product team: the nearest unit, else the manager's team.
  auto team_of = [&](int v) {
    if (unit_above[size_t(v)] >= 0) return unit_above[size_t(v)];
    return tree.nodes[size_t(v)].parent;
  };
  int in_research = 0, in_division = 0, in_product = 0, non_ml_managed = 0;
  std::vector<int> per_group(size_t(count), 0), per_team(size_t(count), 0);
  std::vector<int> research_groups, division_groups, product_teams;
  for (int v : tree.order) {
    if (!ml[size_t(v)]) continue;
    int g = group[size_t(v)];
    if (g >= 0) {
      (special[size_t(g)] == kResearch ? in_research : in_division)++;
      if (per_group[size_t(g)]++ == 0) (special[size_t(g)] == kResearch ? research_groups : division_groups).push_back(g);
      continue;
    }
    ++in_product;
    int team = team_of(v);
    int boss = person_above[size_t(v)];
    if (boss < 0 || !is_ml_leader(*person_of(boss))) ++non_ml_managed;
    if (team >= 0 && per_team[size_t(team)]++ == 0) product_teams.push_back(team);
  }
  auto names_of = [&](std::vector<int> groups, const std::vector<int>& counts) {
    std::stable_sort(groups.begin(), groups.end(),
                     [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
    std::vector<std::string> names;
    for (size_t i = 0; i < groups.size(); ++i) names.push_back(group_name(groups[i]));
    return NameList(names, 3);
  };
  std::vector<std::string> top_ml_leaders;
  for (int v : tree.order) {
    const Person* p = person_of(v);
    if (!p || people_above[size_t(v)] > 1 || tree.nodes[size_t(v)].children.empty() || !is_ml_leader(*p)) continue;
    top_ml_leaders.push_back(PersonLabel(*p) + (p->title.empty() ? "" : " (" + p->title + ")"));
  }

  const int n = m.ml_people;
  auto of_n = [&](int k) { return std::to_string(k) + " of " + std::to_string(n); };
  auto share = [&](int k) { return n ? double(k) / n : 0.0; };
  if (in_research >= in_division && in_research >= in_product && in_research > 0)
    m.ml_placement = MlPlacement::Research;
  else if (in_division >= in_product && in_division > 0)
    m.ml_placement = MlPlacement::CentralUnit;
  else if (in_product > 0)
    m.ml_placement = MlPlacement::InProduct;
  const std::string kMlRoles = "ML engineer, ML researcher or MLOps engineer";
  if (n == 0) {
    m.ml_placement = MlPlacement::None;
    m.archetype_hint = "nascent";
    m.ml_placement_reason = m.people == 0 ? "The org has no people yet."
                                          : "No one among the " + Plural(m.people, "person", "people") +
                                                " in the org has an ML role (" + kMlRoles + ").";
    return m;
  }
  if (n < 3 || (n < 10 && n * 10 < m.people)) {
    std::vector<int> where;
    std::vector<int> counts(size_t(count), 0);
    for (int v : tree.order) {
      if (!ml[size_t(v)]) continue;
      int g = group[size_t(v)] >= 0 ? group[size_t(v)] : team_of(v);
      if (g >= 0 && counts[size_t(g)]++ == 0) where.push_back(g);
    }
    m.archetype_hint = "nascent";
    m.ml_placement_reason = "Only " + std::to_string(n) + " of the " + Plural(m.people, "person", "people") +
                            " in the org " + (n == 1 ? "has" : "have") + " an ML role" +
                            (where.empty() ? std::string() : " (in " + names_of(where, counts) + ")") +
                            ": too few for ML to be more than occasional side projects.";
    return m;
  }
  if (share(in_research) >= 0.5) {
    m.ml_placement = MlPlacement::Research;
    m.archetype_hint = "rnd";
    m.ml_placement_reason = of_n(in_research) + " ML people sit under " + names_of(research_groups, per_group) +
                            ", a research / R&D group (by its name or its leader); ML work is centred there" +
                            (in_product ? ", with " + std::to_string(in_product) + " in product teams." : ".");
    return m;
  }
  const bool spread = share(in_division) >= 0.2 && share(in_product) >= 0.3 && product_teams.size() >= 3 &&
                      !top_ml_leaders.empty();
  if (spread) {
    m.ml_placement = MlPlacement::Mixed;
    m.archetype_hint = "ml_first";
    m.ml_placement_reason = "ML people are spread through the org: " + of_n(in_product) + " in " +
                            std::to_string(product_teams.size()) + " product teams (" +
                            names_of(product_teams, per_team) + ") and " + std::to_string(in_division) + " in " +
                            names_of(division_groups, per_group) +
                            ", ML-led and reporting to the top; ML leaders at the top: " +
                            NameList(top_ml_leaders, 3) + ".";
    return m;
  }
  if (share(in_division) >= 0.5) {
    m.ml_placement = MlPlacement::CentralUnit;
    m.archetype_hint = "independent";
    m.ml_placement_reason = of_n(in_division) + " ML people sit in " + names_of(division_groups, per_group) +
                            ", ML-led and reporting to the top of the org" +
                            (in_product ? "; " + std::to_string(in_product) + (in_product == 1 ? " sits" : " sit") + " in product teams."
                                         : ".");
    return m;
  }
  if (share(in_product) >= 0.5) {
    m.ml_placement = MlPlacement::InProduct;
    m.archetype_hint = "embedded";
    m.ml_placement_reason = of_n(in_product) + " ML people sit in product and engineering teams (" +
                            names_of(product_teams, per_team) + "), " +
                            (non_ml_managed == in_product ? "all"
                                                          : std::to_string(non_ml_managed) + " of them") +
                            " with non-ML managers" +
                            (in_division ? "; " + std::to_string(in_division) + (in_division == 1 ? " sits" : " sit") +
                                               " in an ML-led group at the top."
                                         : "; no ML-led group reports to the top of the org.");
    return m;
  }
  m.ml_placement = MlPlacement::Mixed;
  m.ml_placement_reason = "ML people are split with no clear home: " + std::to_string(in_product) +
                          " in product teams, " + std::to_string(in_division) + " in ML-led groups at the top, " +
                          std::to_string(in_research) + " under research groups.";
  return m;
}

}  // namespace mlt
