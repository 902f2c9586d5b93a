// The org chart as a tree, built from a workspace: nodes are the units
// (Workspace::org.units) and the people who are members or open positions
// (candidates are not in the org). Reporting lines come from Person::manager /
// OrgUnit::manager. Also the edits that keep the tree a tree (re-parent with
// cycle refusal, delete with reports moving up) and the org metrics.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/workspace.h"

namespace mlt {

enum class OrgNodeKind { Person, Unit };

struct OrgNode {
  OrgNodeKind kind = OrgNodeKind::Person;
  int index = -1;     // into Workspace::people or Workspace::org.units
  std::string id;
  int parent = -1;    // node index; -1 = root
  int dotted = -1;    // secondary manager's node index, -1 = none
  std::vector<int> children;  // in workspace order (people first in roster order, then units)
  int depth = 0;      // root = 0
  int subtree = 1;    // nodes in its subtree, itself included
};

struct OrgTree {
  std::vector<OrgNode> nodes;  // parents always come before their children? no: see `order`
  std::vector<int> roots;      // in workspace order
  std::vector<int> order;      // every node, parents before children (pre-order, roots in order)
  // Problems found while building, each specific ("Ana Lee reports to \"x\",
  // which is not a person or unit; shown at the top level"). Such nodes become
  // roots; nothing in the workspace is changed.
  std::vector<std::string> warnings;
  std::map<std::string, int> by_id;
  int Find(const std::string& id) const;  // -1 if absent
};

// O(n log n) at most. Robust to dangling references and cycles in stored
// data (a cycle is broken at its first node in workspace order and warned about).
OrgTree BuildOrgTree(const Workspace& ws);

// Makes node `id` report to `manager_id` (empty: top level). Refuses with a
// specific message, changing nothing, when either id is unknown, the node is a
// candidate, or the move would make a cycle ("X cannot report to Y: Y already
// reports to X, directly or through others"). Also refused: reporting to
// oneself, or to a candidate. A dotted line to the new manager is cleared (it
// became the solid line). O(n) per call.
bool Reparent(Workspace* ws, const std::string& id, const std::string& manager_id, std::string* error);
// Same checks for the dotted (secondary) manager; empty clears it. Also
// refused: a unit (units have no dotted line), and the person's own (solid)
// manager. A dotted line to someone above on the solid line is allowed.
bool SetDottedManager(Workspace* ws, const std::string& id, const std::string& manager_id, std::string* error);
// Removes a unit; its direct reports move up to the unit's own manager, and
// dotted lines to it are cleared. False with a message for an unknown id.
bool RemoveUnit(Workspace* ws, const std::string& unit_id, std::string* error);
// Before a person is deleted from the roster: their reports (people and
// units) move up to that person's manager and dotted lines to them are cleared.
void DetachPerson(Workspace* ws, const std::string& person_id);

// [SECTION] Metrics
enum class MlPlacement {
  None,          // no ML people in the org
  InProduct,     // ML people sit in product/engineering teams led by non-ML managers
  CentralUnit,   // most ML people sit under one ML-led unit reporting to the top of the org
  Research,      // most ML people sit under a research / R&D unit or lead
  Mixed,
};

// Placement rules (ComputeOrgMetrics): a group is a unit or a person with
// reports; a unit's leader is the person in it with the most people under
// them (else the first with a leader's title, else the person it sits under).
// Each ML person belongs to the outermost special group above them (or the
// one they lead): a research group (unit named research / R&D / lab(s), or a
// leader titled so, or led by an ML researcher not titled as an ML/AI leader)
// or an ML division (ML-led: ML role, ML product manager or ML/AI in the
// title; at least half ML people among its members; at most one person
// above it, or two when the one in between has an executive title). Others
// sit in product teams. Hint: fewer than 3 ML people, or fewer than 10 and
// under 10% of the members -> nascent; half or more in research -> rnd; at
// least 20% in divisions, 30% in product spread over 3+ teams and an ML leader
// at the top -> ml_first; half or more in divisions -> independent; half or
// more in product teams -> embedded; else Mixed with no hint.
struct SpanInfo {
  int node = -1;      // a manager (person or unit) with at least one direct report
  int direct = 0;     // direct reports (people and units)
  int total = 0;      // people below, all levels (open positions included)
  bool narrow = false, wide = false;  // span < 3 (with more than 0) / span > 10, for people managers
};

struct RoleCount {
  std::string role;  // role id as in the roster ("" = no role)
  int people = 0, open = 0;
};

struct OrgMetrics {
  // people: members only; depth: levels of the deepest chain, units counted as levels
  int people = 0, open_positions = 0, units = 0, depth = 0;
  int ml_people = 0;                           // members (not open positions) with an ML role (IsMlRole)
  std::vector<SpanInfo> spans;                 // every manager, largest span first
  double mean_span = 0;                        // mean direct reports of people managers (units excluded)
  std::vector<RoleCount> by_role;              // whole org; most people first, then by role
  std::map<std::string, std::vector<RoleCount>> by_unit;  // unit id -> counts below it (all levels)
  MlPlacement ml_placement = MlPlacement::None;
  std::string ml_placement_reason;             // plain words: where the ML people sit and why that reading
  std::string archetype_hint;                  // an archetype id this suggests ("embedded", ...), may be empty
};

// ML people: roster roles that are ML roles (see IsMlRole): ml_engineer,
// ml_researcher and mlops_engineer, by id, name or a common custom spelling
// ("Machine learning engineer", "Applied scientist"). Not data_scientist (the
// lecture's catch-all, often analytics), data_engineer (pipelines exist without
// ML) or ml_product_manager (a product role; it does count as an ML leader).
bool IsMlRole(const std::string& role);
OrgMetrics ComputeOrgMetrics(const Workspace& ws, const OrgTree& tree);

}  // namespace mlt
