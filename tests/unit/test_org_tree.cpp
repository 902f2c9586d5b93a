// The org chart as a tree: building it from stored data (dangling lines and
// circles become roots with a warning), the edits that keep it a tree, and
// the org metrics including where the ML people sit.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "model/org_tree.h"

using namespace mlt;

namespace {

// A small fluent builder: people and units in the order added.
struct OrgB {
  Workspace ws;
  Person& P(const std::string& id, const std::string& name, const std::string& role = "",
            const std::string& manager = "", const std::string& title = "") {
    Person p;
    p.id = id;
    p.name = name;
    p.role = role;
    p.manager = manager;
    p.title = title;
    ws.people.push_back(p);
    return ws.people.back();
  }
  OrgUnit& U(const std::string& id, const std::string& name, const std::string& manager = "") {
    OrgUnit u;
    u.id = id;
    u.name = name;
    u.manager = manager;
    ws.org.units.push_back(u);
    return ws.org.units.back();
  }
};

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::string> Ids(const OrgTree& t, const std::vector<int>& nodes) {
  std::vector<std::string> ids;
  for (int n : nodes) ids.push_back(t.nodes[size_t(n)].id);
  return ids;
}

using Ids_ = std::vector<std::string>;

}  // namespace

// ---------------------------------------------------------------------------
// Building

TEST_CASE("org tree: people and units, children in workspace order, pre-order, depth and subtree sizes") {
  OrgB o;
  o.P("ceo", "Cora");
  o.P("a", "Ana", "", "eng");
  o.P("b", "Bo", "", "ceo");
  o.P("c", "Cy", "", "a");
  o.P("cand", "Candice", "", "ceo").kind = PersonKind::Candidate;
  o.P("open", "Open: ML engineer", "ml_engineer", "a").kind = PersonKind::OpenPosition;
  o.U("eng", "Engineering", "ceo");
  OrgTree t = BuildOrgTree(o.ws);
  CHECK(t.warnings.empty());
  REQUIRE(t.nodes.size() == 6);  // the candidate is not in the org
  CHECK(t.Find("cand") == -1);
  CHECK(t.Find("nobody") == -1);
  CHECK(Ids(t, t.roots) == Ids_{"ceo"});
  // People first in roster order, then units.
  CHECK(Ids(t, t.nodes[size_t(t.Find("ceo"))].children) == Ids_{"b", "eng"});
  CHECK(Ids(t, t.nodes[size_t(t.Find("a"))].children) == Ids_{"c", "open"});
  CHECK(Ids(t, t.order) == Ids_{"ceo", "b", "eng", "a", "c", "open"});
  CHECK(t.nodes[size_t(t.Find("open"))].depth == 3);
  CHECK(t.nodes[size_t(t.Find("ceo"))].subtree == 6);
  CHECK(t.nodes[size_t(t.Find("eng"))].subtree == 4);
  CHECK(t.nodes[size_t(t.Find("eng"))].kind == OrgNodeKind::Unit);
  CHECK(t.nodes[size_t(t.Find("eng"))].index == 0);
  CHECK(t.nodes[size_t(t.Find("open"))].index == 5);
}

TEST_CASE("org tree: dangling lines, lines to candidates and self-lines become roots with a warning naming the person") {
  OrgB o;
  o.P("a", "Ana Lee", "", "ghost");
  o.P("b", "Bo Chen", "", "cand");
  o.P("cand", "Cat Candidate").kind = PersonKind::Candidate;
  o.P("s", "Sam Self", "", "s");  // refused on load, possible in memory
  o.P("d", "Dee Dot").dotted_manager = "nowhere";
  o.P("e", "Eve Dot").dotted_manager = "a";
  o.U("u", "Platform", "gone");
  OrgTree t = BuildOrgTree(o.ws);
  CHECK(Ids(t, t.roots) == Ids_{"a", "b", "s", "d", "e", "u"});
  REQUIRE(t.warnings.size() == 5);
  CHECK(t.warnings[0] == "Ana Lee reports to \"ghost\", which is not a person or unit; shown at the top level");
  CHECK(t.warnings[1] ==
        "Bo Chen reports to Cat Candidate, who is a candidate and not in the org chart; shown at the top level");
  CHECK(t.warnings[2] == "Sam Self reports to themselves; shown at the top level");
  CHECK(t.warnings[3] == "Dee Dot has a dotted line to \"nowhere\", which is not a person or unit; it is not shown");
  CHECK(t.warnings[4] ==
        "The unit Platform sits under \"gone\", which is not a person or unit; shown at the top level");
  CHECK(t.nodes[size_t(t.Find("e"))].dotted == t.Find("a"));
  CHECK(t.nodes[size_t(t.Find("d"))].dotted == -1);
}

TEST_CASE("org tree: a circle in stored data is cut at its first node in workspace order") {
  OrgB o;
  o.P("x", "Xavier");  // a root, not in the circle
  o.P("b", "Bo Chen", "", "c");
  o.P("a", "Ana Lee", "", "b");
  o.P("c", "Cy Diaz", "", "a");
  o.P("d", "Dan", "", "a");  // hangs off the circle
  OrgTree t = BuildOrgTree(o.ws);
  REQUIRE(t.warnings.size() == 1);
  CHECK(t.warnings[0] == "Bo Chen, Cy Diaz and Ana Lee report to each other in a circle; Bo Chen is shown at the top level");
  CHECK(Ids(t, t.roots) == Ids_{"x", "b"});
  CHECK(Ids(t, t.order) == Ids_{"x", "b", "a", "c", "d"});
  CHECK(t.nodes[size_t(t.Find("d"))].depth == 2);
  CHECK(t.order.size() == t.nodes.size());

  // Two separate circles, one of them a unit and a person.
  OrgB p;
  p.P("m", "Mia", "", "u");
  p.U("u", "Research", "m");
  p.P("q", "Quinn", "", "r");
  p.P("r", "Rae", "", "q");
  OrgTree t2 = BuildOrgTree(p.ws);
  REQUIRE(t2.warnings.size() == 2);
  CHECK(t2.warnings[0] == "Mia and the unit Research report to each other in a circle; Mia is shown at the top level");
  CHECK(t2.warnings[1] == "Quinn and Rae report to each other in a circle; Quinn is shown at the top level");
  CHECK(Ids(t2, t2.roots) == Ids_{"m", "q"});
}

// ---------------------------------------------------------------------------
// Edits

namespace {
// ceo <- a <- c <- e ; ceo <- b ; unit u under b, d in u ; cand candidate
OrgB EditOrg() {
  OrgB o;
  o.P("ceo", "Cora Ek");
  o.P("a", "Ana Lee", "", "ceo");
  o.P("b", "Bo Chen", "", "ceo");
  o.P("c", "Cy Diaz", "", "a");
  o.P("d", "Dee Moss", "", "u");
  o.P("e", "Eli Fox", "", "c");
  o.P("cand", "Cat Candidate").kind = PersonKind::Candidate;
  o.U("u", "Platform", "b");
  return o;
}

void ExpectRefused(bool dotted, const std::string& id, const std::string& manager, const std::string& message) {
  OrgB o = EditOrg();
  Workspace before = o.ws;
  std::string error;
  bool ok = dotted ? SetDottedManager(&o.ws, id, manager, &error) : Reparent(&o.ws, id, manager, &error);
  CHECK_FALSE(ok);
  CHECK(error == message);
  CHECK(o.ws == before);
}
}  // namespace

TEST_CASE("reparent: moves people and units, and a dotted line to the new manager becomes the solid one") {
  OrgB o = EditOrg();
  std::string error;
  REQUIRE(Reparent(&o.ws, "c", "b", &error));
  CHECK(o.ws.people[3].manager == "b");
  REQUIRE(Reparent(&o.ws, "u", "a", &error));
  CHECK(o.ws.org.units[0].manager == "a");
  REQUIRE(Reparent(&o.ws, "a", "", &error));  // to the top level
  CHECK(o.ws.people[1].manager.empty());
  o.ws.people[5].dotted_manager = "b";
  REQUIRE(Reparent(&o.ws, "e", "b", &error));
  CHECK(o.ws.people[5].manager == "b");
  CHECK(o.ws.people[5].dotted_manager.empty());
  OrgTree t = BuildOrgTree(o.ws);
  CHECK(t.warnings.empty());
  CHECK(Ids(t, t.nodes[size_t(t.Find("b"))].children) == Ids_{"c", "e"});
}

TEST_CASE("reparent: each refusal has its own message and changes nothing") {
  ExpectRefused(false, "a", "e", "Ana Lee cannot report to Eli Fox: Eli Fox already reports to Ana Lee, directly or through others");
  ExpectRefused(false, "a", "c", "Ana Lee cannot report to Cy Diaz: Cy Diaz already reports to Ana Lee, directly or through others");
  ExpectRefused(false, "b", "d", "Bo Chen cannot report to Dee Moss: Dee Moss already reports to Bo Chen, directly or through others");
  ExpectRefused(false, "u", "d", "The unit Platform cannot sit under Dee Moss: Dee Moss already reports to the unit Platform, directly or through others");
  ExpectRefused(false, "a", "a", "Ana Lee cannot report to themselves");
  ExpectRefused(false, "u", "u", "The unit Platform cannot sit under itself");
  ExpectRefused(false, "zz", "a", "There is no person or unit with the id \"zz\"");
  ExpectRefused(false, "", "a", "There is no person or unit with the id \"\"");
  ExpectRefused(false, "a", "zz", "There is no person or unit with the id \"zz\"");
  ExpectRefused(false, "cand", "a", "Cat Candidate is a candidate, not part of the org chart; make them a member first");
  ExpectRefused(false, "a", "cand", "Ana Lee cannot report to Cat Candidate: Cat Candidate is a candidate, not part of the org chart");
}

TEST_CASE("reparent: a circle already in the data does not hang the check") {
  OrgB o;
  o.P("x", "X");
  o.P("p", "P", "", "q");
  o.P("q", "Q", "", "p");
  std::string error;
  CHECK(Reparent(&o.ws, "x", "p", &error));  // p's chain loops without reaching x
  CHECK_FALSE(Reparent(&o.ws, "p", "x", &error));  // x now reports to p
  CHECK(error == "P cannot report to X: X already reports to P, directly or through others");
}

TEST_CASE("dotted manager: set, clear and each refusal") {
  OrgB o = EditOrg();
  std::string error;
  REQUIRE(SetDottedManager(&o.ws, "e", "b", &error));
  CHECK(o.ws.people[5].dotted_manager == "b");
  REQUIRE(SetDottedManager(&o.ws, "e", "u", &error));  // a unit may be a dotted manager
  CHECK(o.ws.people[5].dotted_manager == "u");
  REQUIRE(SetDottedManager(&o.ws, "e", "", &error));
  CHECK(o.ws.people[5].dotted_manager.empty());
  REQUIRE(SetDottedManager(&o.ws, "c", "ceo", &error));  // someone above, not the direct manager: fine

  ExpectRefused(true, "a", "e", "Ana Lee cannot have a dotted line to Eli Fox: Eli Fox already reports to Ana Lee, directly or through others");
  ExpectRefused(true, "a", "a", "Ana Lee cannot have a dotted line to themselves");
  ExpectRefused(true, "c", "a", "Ana Lee is already Cy Diaz's manager");
  ExpectRefused(true, "u", "a", "The unit Platform is a unit; only people have dotted-line managers");
  ExpectRefused(true, "a", "zz", "There is no person or unit with the id \"zz\"");
  ExpectRefused(true, "cand", "a", "Cat Candidate is a candidate, not part of the org chart; make them a member first");
  ExpectRefused(true, "a", "cand", "Ana Lee cannot have a dotted line to Cat Candidate: Cat Candidate is a candidate, not part of the org chart");
}

TEST_CASE("remove unit: its reports move up to the unit's manager, dotted lines to it are cleared") {
  OrgB o = EditOrg();
  o.U("sub", "Platform infra", "u");
  o.ws.people[2].dotted_manager = "u";  // Bo has a dotted line to the unit
  std::string error;
  REQUIRE(RemoveUnit(&o.ws, "u", &error));
  CHECK(o.ws.org.units.size() == 1);
  CHECK(o.ws.org.units[0].manager == "b");
  CHECK(o.ws.people[4].manager == "b");  // Dee
  CHECK(o.ws.people[2].dotted_manager.empty());
  CHECK(BuildOrgTree(o.ws).warnings.empty());

  Workspace before = o.ws;
  CHECK_FALSE(RemoveUnit(&o.ws, "u", &error));
  CHECK(error == "There is no unit with the id \"u\"");
  CHECK_FALSE(RemoveUnit(&o.ws, "a", &error));  // a person, not a unit
  CHECK(o.ws == before);

  // A top-level unit: its reports go to the top level.
  OrgB t;
  t.U("top", "Company");
  t.P("x", "X", "", "top");
  REQUIRE(RemoveUnit(&t.ws, "top", &error));
  CHECK(t.ws.people[0].manager.empty());
}

TEST_CASE("detach person: reports (people and units) move up, dotted lines to them are cleared") {
  OrgB o = EditOrg();
  o.ws.people[2].dotted_manager = "a";  // Bo -> Ana, dotted
  o.ws.org.units[0].manager = "a";      // Platform under Ana
  DetachPerson(&o.ws, "a");
  CHECK(o.ws.people[3].manager == "ceo");  // Cy
  CHECK(o.ws.org.units[0].manager == "ceo");
  CHECK(o.ws.people[2].dotted_manager.empty());
  CHECK(o.ws.people[5].manager == "c");  // Eli is untouched
  o.ws.people.erase(o.ws.people.begin() + 1);
  CHECK(BuildOrgTree(o.ws).warnings.empty());

  // A top-level person: reports go to the top; an unknown id changes nothing.
  OrgB t = EditOrg();
  DetachPerson(&t.ws, "ceo");
  CHECK(t.ws.people[1].manager.empty());
  CHECK(t.ws.people[2].manager.empty());
  Workspace before = t.ws;
  DetachPerson(&t.ws, "nobody");
  CHECK(t.ws == before);
}

// ---------------------------------------------------------------------------
// Metrics

TEST_CASE("ml roles: the three model-building roles by id, name or common spelling") {
  for (const char* r : {"ml_engineer", "ml_researcher", "mlops_engineer", "ML engineer", "MLOps / ML DevOps engineer",
                        "Machine learning engineer", "ML Ops engineer", "applied scientist"})
    CHECK_MESSAGE(IsMlRole(r), r);
  for (const char* r : {"data_scientist", "data_engineer", "ml_product_manager", "", "Software engineer", "mlx"})
    CHECK_FALSE_MESSAGE(IsMlRole(r), r);
}

TEST_CASE("metrics: counts, spans, depth and roles on a hand-made org") {
  OrgB o;
  o.P("ceo", "Cora", "Executive", "", "CEO");
  o.P("cto", "Tom", "Executive", "ceo", "CTO");
  o.U("search", "Search", "cto");
  o.P("lead", "Lena", "Software engineer", "search", "Engineering manager");
  o.P("s1", "Sam", "Software engineer", "lead");
  o.P("s2", "Sue", "Software engineer", "lead");
  o.P("m1", "Max", "ml_engineer", "lead");
  o.P("op", "Open: MLE", "ml_engineer", "lead").kind = PersonKind::OpenPosition;
  o.P("cand", "Cat", "ml_engineer", "lead").kind = PersonKind::Candidate;
  OrgTree t = BuildOrgTree(o.ws);
  OrgMetrics m = ComputeOrgMetrics(o.ws, t);
  CHECK(m.people == 6);
  CHECK(m.open_positions == 1);
  CHECK(m.units == 1);
  CHECK(m.ml_people == 1);
  CHECK(m.depth == 5);  // Cora, Tom, Search, Lena, Sam
  REQUIRE(m.spans.size() == 4);
  // Largest span first; ties by more people below, then workspace order.
  CHECK(t.nodes[size_t(m.spans[0].node)].id == "lead");
  CHECK(m.spans[0].direct == 4);
  CHECK(m.spans[0].total == 4);
  CHECK_FALSE(m.spans[0].narrow);
  CHECK(t.nodes[size_t(m.spans[1].node)].id == "ceo");
  CHECK(m.spans[1].total == 6);
  CHECK(m.spans[1].narrow);
  CHECK(t.nodes[size_t(m.spans[2].node)].id == "cto");
  CHECK(m.spans[2].total == 5);
  CHECK(m.spans[2].narrow);
  CHECK(t.nodes[size_t(m.spans[3].node)].id == "search");
  CHECK(m.spans[3].total == 5);
  CHECK_FALSE(m.spans[3].narrow);  // units have no span of control
  CHECK(m.mean_span == doctest::Approx(2.0));  // people managers: 1, 1, 4
  REQUIRE(m.by_role.size() == 3);
  CHECK(m.by_role[0].role == "Software engineer");
  CHECK(m.by_role[0].people == 3);
  CHECK(m.by_role[1].role == "Executive");
  CHECK(m.by_role[1].people == 2);
  CHECK(m.by_role[2].role == "ml_engineer");
  CHECK(m.by_role[2].people == 1);
  CHECK(m.by_role[2].open == 1);
  REQUIRE(m.by_unit.count("search"));
  const auto& su = m.by_unit.at("search");
  REQUIRE(su.size() == 2);
  CHECK(su[0].role == "Software engineer");
  CHECK(su[0].people == 3);
  CHECK(su[1].role == "ml_engineer");
  CHECK(su[1].people == 1);
  CHECK(su[1].open == 1);
}

TEST_CASE("metrics: wide spans, nested units' counts include everything below") {
  OrgB o;
  o.P("boss", "Big Boss");
  for (int i = 0; i < 11; ++i) o.P("r" + std::to_string(i), "R" + std::to_string(i), "ml_engineer", "boss");
  o.U("outer", "Outer", "r0");
  o.U("inner", "Inner", "outer");
  o.P("x", "X", "data_engineer", "inner");
  o.P("y", "Y", "ml_engineer", "outer");
  o.P("z", "Z", "data_engineer", "x").kind = PersonKind::OpenPosition;
  OrgTree t = BuildOrgTree(o.ws);
  OrgMetrics m = ComputeOrgMetrics(o.ws, t);
  CHECK(t.nodes[size_t(m.spans[0].node)].id == "boss");
  CHECK(m.spans[0].direct == 11);
  CHECK(m.spans[0].total == 14);
  CHECK(m.spans[0].wide);
  CHECK_FALSE(m.spans[0].narrow);
  CHECK(m.depth == 6);  // boss, r0, outer, inner, x, z
  const auto& outer = m.by_unit.at("outer");
  REQUIRE(outer.size() == 2);
  CHECK(outer[0].role == "data_engineer");
  CHECK(outer[0].people == 1);
  CHECK(outer[0].open == 1);
  CHECK(outer[1].role == "ml_engineer");
  CHECK(outer[1].people == 1);
  const auto& inner = m.by_unit.at("inner");
  REQUIRE(inner.size() == 1);
  CHECK(inner[0].people == 1);
  CHECK(inner[0].open == 1);
}

TEST_CASE("metrics: an empty workspace, and a tree from another workspace, give zeros") {
  Workspace empty;
  OrgMetrics m = ComputeOrgMetrics(empty, BuildOrgTree(empty));
  CHECK(m.people == 0);
  CHECK(m.depth == 0);
  CHECK(m.spans.empty());
  CHECK(m.ml_placement == MlPlacement::None);
  OrgB o = EditOrg();
  OrgMetrics other = ComputeOrgMetrics(empty, BuildOrgTree(o.ws));
  CHECK(other.people == 0);
}

// ---------------------------------------------------------------------------
// Where the ML people sit

namespace {
OrgMetrics Metrics(const OrgB& o) {
  OrgTree t = BuildOrgTree(o.ws);
  REQUIRE(t.warnings.empty());
  return ComputeOrgMetrics(o.ws, t);
}
void Staff(OrgB& o, const std::string& prefix, const std::string& role, const std::string& manager, int n) {
  for (int i = 0; i < n; ++i) o.P(prefix + std::to_string(i), prefix + " " + std::to_string(i), role, manager);
}
}  // namespace

TEST_CASE("placement: no or few ML people is nascent") {
  OrgB o;
  o.P("ceo", "Cora", "", "", "CEO");
  Staff(o, "swe", "Software engineer", "ceo", 10);
  OrgMetrics m = Metrics(o);
  CHECK(m.ml_placement == MlPlacement::None);
  CHECK(m.archetype_hint == "nascent");
  CHECK(Contains(m.ml_placement_reason, "No one among the 11 people"));

  o.U("ops", "Operations", "ceo");
  o.P("ds", "Dara", "ml_engineer", "ops");
  o.P("ds2", "Dev", "ml_engineer", "ops");
  m = Metrics(o);
  CHECK(m.ml_people == 2);
  CHECK(m.archetype_hint == "nascent");
  CHECK(m.ml_placement == MlPlacement::InProduct);
  CHECK(m.ml_placement_reason ==
        "Only 2 of the 13 people in the org have an ML role (in Operations): too few for ML to be more than "
        "occasional side projects.");
}

TEST_CASE("placement: ML under a research unit is rnd") {
  OrgB o;
  o.P("ceo", "Cora", "", "", "CEO");
  o.P("cto", "Tom", "", "ceo", "CTO");
  o.U("rd", "Corporate R&D", "cto");
  o.P("hr", "Hana", "ml_researcher", "rd", "Head of Research");
  Staff(o, "res", "ml_researcher", "hr", 4);
  o.U("prod", "Product", "cto");
  o.P("em", "Emil", "Software engineer", "prod", "Engineering manager");
  Staff(o, "swe", "Software engineer", "em", 3);
  o.P("mle", "Mo", "ml_engineer", "em");
  OrgMetrics m = Metrics(o);
  CHECK(m.ml_people == 6);
  CHECK(m.ml_placement == MlPlacement::Research);
  CHECK(m.archetype_hint == "rnd");
  CHECK(m.ml_placement_reason ==
        "5 of 6 ML people sit under Corporate R&D, a research / R&D group (by its name or its leader); ML work is "
        "centred there, with 1 in product teams.");

  // Without the telling name, a researcher leading the unit still makes it research.
  o.ws.org.units[0].name = "Group 7";
  m = Metrics(o);
  CHECK(m.archetype_hint == "rnd");
  CHECK(Contains(m.ml_placement_reason, "under Group 7"));
}

TEST_CASE("placement: an ML-led division reporting to the top is independent") {
  OrgB o;
  o.P("ceo", "Cora", "", "", "CEO");
  o.U("ai", "AI Division", "ceo");
  o.P("vp", "Vic", "ml_engineer", "ai", "VP of AI");
  Staff(o, "mle", "ml_engineer", "vp", 3);
  o.P("ops", "Oli", "mlops_engineer", "vp");
  o.P("pm", "Pia", "ml_product_manager", "vp");
  o.P("vpe", "Val", "", "ceo", "VP Engineering");
  o.U("prod", "Product", "vpe");
  Staff(o, "swe", "Software engineer", "prod", 4);
  OrgMetrics m = Metrics(o);
  CHECK(m.ml_people == 5);
  CHECK(m.ml_placement == MlPlacement::CentralUnit);
  CHECK(m.archetype_hint == "independent");
  CHECK(m.ml_placement_reason == "5 of 5 ML people sit in AI Division, ML-led and reporting to the top of the org.");

  // The head of the org is the whole org, not a research group, even when a
  // researcher by training and with a stray person at the top level too.
  o.ws.people[0].role = "ml_researcher";
  o.P("stray", "Stray Person", "Software engineer");
  m = Metrics(o);
  CHECK(m.archetype_hint == "independent");

  // The same division three levels down, under a non-executive, is not at the top.
  o.ws.org.units[0].manager = "mgr";
  o.P("mgr", "Mel", "", "vpe", "Engineering manager");
  m = Metrics(o);
  CHECK(m.archetype_hint == "embedded");
}

TEST_CASE("placement: ML people in product teams under non-ML leads is embedded") {
  OrgB o;
  o.P("ceo", "Cora", "", "", "CEO");
  o.P("vpe", "Val", "", "ceo", "VP Engineering");
  for (const char* team : {"Search", "Payments", "Growth"}) {
    std::string t = team;
    o.U(t, t, "vpe");
    o.P(t + "-em", t + " lead", "Software engineer", t, "Engineering manager");
    Staff(o, t + "-swe", "Software engineer", t + "-em", 2);
    o.P(t + "-mle", t + " MLE", "ml_engineer", t + "-em");
  }
  o.P("Search-ds", "Search DS", "data_scientist", "Search-em");
  OrgMetrics m = Metrics(o);
  CHECK(m.ml_people == 3);
  CHECK(m.ml_placement == MlPlacement::InProduct);
  CHECK(m.archetype_hint == "embedded");
  CHECK(m.ml_placement_reason ==
        "3 of 3 ML people sit in product and engineering teams (Search, Payments and Growth), all with non-ML "
        "managers; no ML-led group reports to the top of the org.");
}

TEST_CASE("placement: ML everywhere plus a central ML division and ML leaders at the top is ml_first") {
  OrgB o;
  o.P("ceo", "Cora", "", "", "CEO");
  o.P("caio", "Kai", "ml_researcher", "ceo", "Chief AI Officer");
  o.U("plat", "AI Platform", "caio");
  Staff(o, "core", "ml_researcher", "plat", 4);
  o.P("vpe", "Val", "", "ceo", "VP Engineering");
  for (const char* team : {"Search", "Ads", "Maps"}) {
    std::string t = team;
    o.U(t, t, "vpe");
    o.P(t + "-em", t + " lead", "Software engineer", t, "Engineering manager");
    Staff(o, t + "-swe", "Software engineer", t + "-em", 2);
    Staff(o, t + "-mle", "ml_engineer", t + "-em", 2);
  }
  OrgMetrics m = Metrics(o);
  CHECK(m.ml_people == 11);
  CHECK(m.ml_placement == MlPlacement::Mixed);
  CHECK(m.archetype_hint == "ml_first");
  CHECK(m.ml_placement_reason ==
        "ML people are spread through the org: 6 of 11 in 3 product teams (Search, Ads and Maps) and 5 in Kai's "
        "team, ML-led and reporting to the top; ML leaders at the top: Kai (Chief AI Officer).");
}

// ---------------------------------------------------------------------------
// Scale

TEST_CASE("a 100,000-person org builds and gets its metrics (linear or n log n throughout)") {
  std::mt19937 rng(7);
  Workspace ws;
  const int kPeople = 100000, kUnits = 2000;
  const char* roles[] = {"ml_engineer", "ml_researcher", "Software engineer", "data_engineer", "data_scientist"};
  ws.people.reserve(kPeople);
  for (int i = 0; i < kUnits; ++i) {
    OrgUnit u;
    u.id = "u" + std::to_string(i);
    u.name = "Unit " + std::to_string(i);
    // Units nest under earlier units, and some under people.
    if (i > 0) u.manager = (i % 3 == 0) ? "p" + std::to_string(rng() % 1000) : "u" + std::to_string(rng() % i);
    ws.org.units.push_back(u);
  }
  for (int i = 0; i < kPeople; ++i) {
    Person p;
    p.id = "p" + std::to_string(i);
    p.name = "Person " + std::to_string(i);
    p.role = roles[rng() % 5];
    if (i < 1000) p.manager = i ? "p" + std::to_string(i - 1) : "";  // a chain of 1,000
    else if (i % 5 == 0) p.manager = "u" + std::to_string(rng() % kUnits);
    else p.manager = "p" + std::to_string(rng() % i);
    if (i % 97 == 0 && i > 0) p.dotted_manager = "p" + std::to_string(rng() % i);
    if (i % 50 == 0) p.kind = PersonKind::OpenPosition;
    ws.people.push_back(std::move(p));
  }
  OrgTree t = BuildOrgTree(ws);
  CHECK(t.nodes.size() == size_t(kPeople + kUnits));
  CHECK(t.order.size() == t.nodes.size());
  OrgMetrics m = ComputeOrgMetrics(ws, t);
  CHECK(m.people + m.open_positions == kPeople);
  CHECK(m.units == kUnits);
  CHECK(m.depth >= 1000);
  CHECK(m.by_unit.size() == size_t(kUnits));
  int total = 0;
  for (const RoleCount& r : m.by_role) total += r.people + r.open;
  CHECK(total == kPeople);

  // One long chain: no recursion anywhere.
  Workspace chain;
  chain.people.resize(size_t(kPeople));
  for (int i = 0; i < kPeople; ++i) {
    chain.people[size_t(i)].id = "c" + std::to_string(i);
    chain.people[size_t(i)].name = "C" + std::to_string(i);
    if (i) chain.people[size_t(i)].manager = "c" + std::to_string(i - 1);
  }
  chain.people[0].manager = "c" + std::to_string(kPeople - 1);  // and a circle through all of them
  OrgTree ct = BuildOrgTree(chain);
  REQUIRE(ct.warnings.size() == 1);
  CHECK(Contains(ct.warnings[0], "and 99995 others report to each other in a circle; C0 is shown at the top level"));
  OrgMetrics cm = ComputeOrgMetrics(chain, ct);
  CHECK(cm.depth == kPeople);
  std::string error;
  CHECK_FALSE(Reparent(&chain, "c5", "c99999", &error));
  chain.people[0].manager.clear();
  CHECK_FALSE(Reparent(&chain, "c5", "c99999", &error));
  CHECK(Reparent(&chain, "c99999", "c5", &error));
}

// ---------------------------------------------------------------------------
// The example organisations

#include <fstream>
#include <sstream>

TEST_CASE("the five example organisations load and read as their archetype") {
  for (std::string archetype : {"nascent", "rnd", "embedded", "independent", "ml_first"}) {
    CAPTURE(archetype);
    std::ifstream f(std::string(MLT_SOURCE_DIR) + "/assets/examples/org-" + archetype + ".json", std::ios::binary);
    REQUIRE(f);
    std::stringstream text;
    text << f.rdbuf();
    ParseResult r = ParseWorkspace(text.str());
    REQUIRE_MESSAGE(r.ok, r.error);
    CHECK(r.source_schema == 2);
    const Workspace& ws = r.workspace;
    CHECK(ws.people.size() >= 12);
    CHECK(ws.people.size() <= 40);
    CHECK_FALSE(ws.notes.empty());
    CHECK_FALSE(ws.org.units.empty());
    int open = 0, dotted = 0;
    for (const Person& p : ws.people) {
      open += p.kind == PersonKind::OpenPosition;
      dotted += !p.dotted_manager.empty();
    }
    CHECK(open >= 1);
    CHECK(dotted >= 1);
    OrgTree t = BuildOrgTree(ws);
    CHECK(t.warnings.empty());
    CHECK(t.roots.size() == 1);
    OrgMetrics m = ComputeOrgMetrics(ws, t);
    CHECK_MESSAGE(m.archetype_hint == archetype, m.ml_placement_reason);
    CHECK_FALSE(m.ml_placement_reason.empty());
  }
}
