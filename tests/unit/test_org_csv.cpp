// The org chart's CSV import and export: updates by id, adds the rest, and
// an import with bad rows names every one of them and imports nothing.
#include <doctest/doctest.h>

#include "model/org_csv.h"
#include "model/org_tree.h"

using namespace mlt;

namespace {

const std::vector<RoleName> kRoles = {
    {"ml_product_manager", "ML product manager"}, {"mlops_engineer", "MLOps / ML DevOps engineer"},
    {"data_engineer", "Data engineer"},           {"ml_engineer", "ML engineer"},
    {"ml_researcher", "ML researcher"},           {"data_scientist", "Data scientist"},
};

struct Counter {
  int n = 0;
  std::string operator()() { return "new-" + std::to_string(++n); }
};

Person MakePerson(std::string id, std::string name, std::string manager = "") {
  Person p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.manager = std::move(manager);
  return p;
}

// ceo (Cora Ek) <- a (Ana Lee); cand is a candidate; unit plat under ceo.
Workspace Base() {
  Workspace ws;
  ws.people.push_back(MakePerson("ceo", "Cora Ek"));
  ws.people.back().title = "CEO";
  ws.people.back().skills[int(Skill::Product)] = 8;
  ws.people.push_back(MakePerson("a", "Ana Lee", "ceo"));
  ws.people.back().role = "ml_engineer";
  ws.people.back().team = "Search";
  ws.people.back().skills[int(Skill::Ml)] = 7;
  ws.people.push_back(MakePerson("cand", "Cat Candidate"));
  ws.people.back().kind = PersonKind::Candidate;
  OrgUnit u;
  u.id = "plat";
  u.name = "Platform";
  u.manager = "ceo";
  ws.org.units.push_back(u);
  return ws;
}

OrgCsvImport Import(std::string_view text, const Workspace& ws = Base()) {
  Counter counter;
  return ImportOrgCsv(text, kRoles, ws, [&counter] { return counter(); });
}

// Exactly one problem, with this message; nothing imported.
void ExpectError(std::string_view text, const std::string& message) {
  OrgCsvImport r = Import(text);
  CHECK_FALSE(r.ok);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == message);
  CHECK(r.people.empty());
  CHECK(r.added == 0);
  CHECK(r.updated == 0);
}

const Person* FindPerson(const std::vector<Person>& people, const std::string& id) {
  for (const Person& p : people)
    if (p.id == id) return &p;
  return nullptr;
}

}  // namespace

TEST_CASE("org csv: rows with a known id update that person, others are added") {
  OrgCsvImport r = Import(
      "id,name,title,role,manager_id,dotted_manager_id,kind,Office\n"
      "a,Ana Lee-Park,Head of ML,ML engineer,ceo,,member,Berlin\n"
      "n1,Nia Obi,ML engineer,ml_engineer,a,ceo,,Berlin\n"
      ",Open: MLOps,,MLOps / ML DevOps engineer,plat,,open_position,\n"
      "n2,Raj Patel,Software engineer,Software engineer,n1,,,\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.errors.empty());
  CHECK(r.updated == 1);
  CHECK(r.added == 3);
  CHECK(r.summary ==
        "Adds 3 people and updates 1 person (1 open position among the added). Ignores the column \"Office\".");
  CHECK(r.ignored_columns == std::vector<std::string>{"Office"});
  REQUIRE(r.people.size() == 6);
  // The workspace's people first, in order, then the new ones in file order.
  const Person& a = r.people[1];
  CHECK(a.id == "a");
  CHECK(a.name == "Ana Lee-Park");
  CHECK(a.title == "Head of ML");
  CHECK(a.role == "ml_engineer");
  CHECK(a.manager == "ceo");
  CHECK(a.team == "Search");  // kept
  CHECK(a.skills[int(Skill::Ml)] == 7);  // kept
  CHECK(r.people[0] == Base().people[0]);
  CHECK(r.people[2] == Base().people[2]);
  CHECK(r.people[3].id == "n1");
  CHECK(r.people[3].manager == "a");
  CHECK(r.people[3].dotted_manager == "ceo");
  CHECK(r.people[3].kind == PersonKind::Member);
  CHECK(r.people[4].id == "new-1");
  CHECK(r.people[4].kind == PersonKind::OpenPosition);
  CHECK(r.people[4].role == "mlops_engineer");
  CHECK(r.people[4].manager == "plat");
  CHECK(r.people[5].role == "Software engineer");  // a custom role, kept as written
  CHECK(r.people[5].manager == "n1");

  Workspace applied = Base();
  applied.people = r.people;
  OrgTree t = BuildOrgTree(applied);
  CHECK(t.warnings.empty());
}

TEST_CASE("org csv: header aliases; columns absent from the file are kept, empty cells clear") {
  Workspace ws = Base();
  ws.people[1].title = "Staff MLE";
  ws.people[1].dotted_manager = "plat";
  OrgCsvImport r = Import("Employee ID;Full name;Reports to\na;Ana Lee;\n", ws);
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.summary == "Updates 1 person.");
  CHECK(r.people[1].manager.empty());  // the empty cell: top level
  CHECK(r.people[1].title == "Staff MLE");
  CHECK(r.people[1].role == "ml_engineer");
  CHECK(r.people[1].dotted_manager == "plat");

  r = Import("ID,Name,Job title,Line manager,Dotted line,Type\nz,Zed,Intern,a,plat,open\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.people.back().title == "Intern");
  CHECK(r.people.back().manager == "a");
  CHECK(r.people.back().dotted_manager == "plat");
  CHECK(r.people.back().kind == PersonKind::OpenPosition);

  // A candidate made a member by the file can be a manager.
  r = Import("id,name,kind,manager\ncand,Cat Candidate,member,ceo\nq,Quinn,,cand\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.people[2].kind == PersonKind::Member);
  CHECK(r.people[3].manager == "cand");
}

TEST_CASE("org csv: each kind of bad row is named with its row and line, and nothing is imported") {
  ExpectError("id,name,manager_id\nx,Xia,ghost\n",
              "Row 2 (line 2): manager_id \"ghost\" is not an id in the file or a person or unit in the workspace");
  ExpectError("id,name,manager_id\nx,,ceo\n", "Row 2 (line 2): name is empty; every person needs a name");
  ExpectError("id,name\nx,Xia\nx,Xavier\n", "Row 3 (line 3): the id \"x\" is also used by row 2; ids must be unique");
  ExpectError("id,name,manager_id\ny1,Yan,y2\ny2,Yas,y1\n",
              "Row 2 (line 2): Yan (row 2) and Yas (row 3) would report to each other in a circle");
  ExpectError("id,name,manager_id\nceo,Cora Ek,a\n",
              "Row 2 (line 2): Cora Ek (row 2) and Ana Lee (in the workspace) would report to each other in a circle");
  ExpectError("id,name,manager_id\nz,Zoe,z\n",
              "Row 2 (line 2): manager_id \"z\" is the row's own id; a person cannot report to themselves");
  ExpectError("id,name,manager_id\nz,Zoe,cand\n",
              "Row 2 (line 2): manager_id \"cand\" is Cat Candidate (in the workspace), a candidate, who is not part "
              "of the org chart");
  ExpectError("id,name,manager_id,dotted_manager_id\nz,Zoe,ceo,nobody\n",
              "Row 2 (line 2): dotted_manager_id \"nobody\" is not an id in the file or a person or unit in the "
              "workspace");
  ExpectError("id,name,manager_id,dotted_manager_id\nz,Zoe,ceo,ceo\n",
              "Row 2 (line 2): dotted_manager_id \"ceo\" is already the manager (manager_id)");
  ExpectError("id,name,manager_id,dotted_manager_id\nceo,Cora Ek,,a\n",
              "Row 2 (line 2): dotted_manager_id \"a\": Ana Lee (in the workspace) already reports to Cora Ek (row "
              "2), directly or through others; a dotted line back would be a circle");
  ExpectError("id,name\nplat,Pat\n",
              "Row 2 (line 2): the id \"plat\" belongs to the unit Platform; a person needs an id of their own");
  ExpectError("id,name,kind\nz,Zoe,boss\n", "Row 2 (line 2): kind must be member or open_position, found \"boss\"");
  ExpectError("id,name,kind\nz,Zoe,candidate\n",
              "Row 2 (line 2): kind \"candidate\" is not part of an org chart; use member or open_position "
              "(candidates belong in the roster)");
  ExpectError("id,name\nz,Zoe,extra\n", "Row 2 (line 2): has 3 fields but the header has 2");
  // A quoted line break: the spreadsheet row and the file line differ.
  ExpectError("id,name,title,manager_id\nn1,Nia,\"two\nlines\",ceo\nn2,Bo,,ghost\n",
              "Row 3 (line 4): manager_id \"ghost\" is not an id in the file or a person or unit in the workspace");
  OrgCsvImport one = Import("id,name,manager_id\nx,Xia,ghost\n");
  CHECK(one.error == one.errors[0]);
}

TEST_CASE("org csv: several bad rows are all reported, in row order") {
  OrgCsvImport r = Import(
      "id,name,manager_id,dotted_manager_id\n"  // 1
      "x1,Xia,ghost,\n"                          // 2 unknown manager
      "x2,,ceo,\n"                               // 3 no name
      "x1,Xavier,ceo,\n"                         // 4 duplicate id
      "y1,Yan,y2,\n"                             // 5 circle 5 -> 6 -> 7 -> 5
      "y2,Yas,y3,\n"                             // 6
      "y3,Yul,y1,\n"                             // 7
      "ok,Olu,ceo,\n"                            // 8 fine
      "z2,Zoe,z2,\n"                             // 9 self
      "z3,Zia,ceo,z4\n"                          // 10 dotted line to own report
      "z4,Zak,z3,\n"                             // 11
      "plat,Pat,,\n");                           // 12 a unit's id
  CHECK_FALSE(r.ok);
  CHECK(r.people.empty());
  const std::vector<std::string> expected = {
      "Row 2 (line 2): manager_id \"ghost\" is not an id in the file or a person or unit in the workspace",
      "Row 3 (line 3): name is empty; every person needs a name",
      "Row 4 (line 4): the id \"x1\" is also used by row 2; ids must be unique",
      "Row 5 (line 5): Yan (row 5), Yas (row 6) and Yul (row 7) would report to each other in a circle",
      "Row 9 (line 9): manager_id \"z2\" is the row's own id; a person cannot report to themselves",
      "Row 10 (line 10): dotted_manager_id \"z4\": Zak (row 11) already reports to Zia (row 10), directly or "
      "through others; a dotted line back would be a circle",
      "Row 12 (line 12): the id \"plat\" belongs to the unit Platform; a person needs an id of their own",
  };
  CHECK(r.errors == expected);
  std::string text = "7 problems in 7 rows; nothing was imported:";
  for (const std::string& e : expected) text += "\n" + e;
  CHECK(r.error == text);

  // Long lists are cut in the combined message, never in `errors`.
  std::string many = "id,name,manager_id\n";
  for (int i = 0; i < 30; ++i) many += "p" + std::to_string(i) + ",P,ghost\n";
  r = Import(many);
  CHECK(r.errors.size() == 30);
  CHECK(r.error.find("\n... and 10 more") != std::string::npos);
}

TEST_CASE("org csv: problems with the file as a whole") {
  auto whole = [](std::string_view text, const std::string& message) {
    OrgCsvImport r = Import(text);
    CHECK_FALSE(r.ok);
    CHECK(r.error == message);
    CHECK(r.errors == std::vector<std::string>{message});
  };
  whole("", "The file is empty");
  whole("id,manager\n1,2\n",
        "The header has no \"name\" column (the first row must name the columns, e.g. id,name,title,role,manager_id)");
  whole("id,name\n", "The file has no people (only a header)");
  whole("name,manager,reports to\n", "The header has two columns for the same thing: \"manager\" (column B) and "
                                     "\"reports to\" (column C)");
  whole("name\nJos\xE9\n",
        "Line 2: the file is not UTF-8 text (found the byte 0xE9). Save it as \"CSV UTF-8\" and import it again.");
}

TEST_CASE("org csv: export writes members and open positions with the formula guard") {
  Workspace ws = Base();
  ws.people[1].title = "=HYPERLINK(\"x\")";
  ws.people[1].dotted_manager = "plat";
  Person open = MakePerson("op", "Open, MLOps", "plat");
  open.kind = PersonKind::OpenPosition;
  open.role = "mlops_engineer";
  ws.people.push_back(open);
  CHECK(ExportOrgCsv(ws) ==
        "id,name,title,role,kind,manager_id,dotted_manager_id\r\n"
        "ceo,Cora Ek,CEO,,member,,\r\n"
        "a,Ana Lee,\"'=HYPERLINK(\"\"x\"\")\",ml_engineer,member,ceo,plat\r\n"
        "op,\"Open, MLOps\",,mlops_engineer,open_position,plat,\r\n");
}

TEST_CASE("org csv: export then import round trips") {
  Workspace ws = Base();
  ws.people[1].title = "-Lead, \"ML\"\nsecond line";
  ws.people[1].dotted_manager = "plat";
  Person open = MakePerson("op", "+Open MLOps", "a");
  open.kind = PersonKind::OpenPosition;
  open.role = "mlops_engineer";
  ws.people.push_back(open);
  std::string csv = ExportOrgCsv(ws);

  // Into the same workspace: every org person updated, nothing changes.
  OrgCsvImport same = Import(csv, ws);
  REQUIRE_MESSAGE(same.ok, same.error);
  CHECK(same.updated == 3);
  CHECK(same.added == 0);
  CHECK(same.people == ws.people);

  // Into a workspace with the same units but no people: the same org.
  Workspace fresh;
  fresh.org = ws.org;
  OrgCsvImport added = Import(csv, fresh);
  REQUIRE_MESSAGE(added.ok, added.error);
  CHECK(added.added == 3);
  REQUIRE(added.people.size() == 3);
  for (const Person& p : added.people) {
    const Person* q = FindPerson(ws.people, p.id);
    REQUIRE(q);
    CHECK(p.name == q->name);
    CHECK(p.title == q->title);
    CHECK(p.role == q->role);
    CHECK(p.kind == q->kind);
    CHECK(p.manager == q->manager);
    CHECK(p.dotted_manager == q->dotted_manager);
  }
  // Without the units, the lines to them are unknown.
  OrgCsvImport bare = Import(csv, Workspace());
  CHECK_FALSE(bare.ok);
  REQUIRE(bare.errors.size() == 1);
  CHECK(bare.errors[0] ==
        "Row 3 (line 3): dotted_manager_id \"plat\" is not an id in the file or a person or unit in the workspace");
}

TEST_CASE("org csv: a 100,000-person org exports and imports back") {
  Workspace ws;
  ws.people.resize(100000);
  for (size_t i = 0; i < ws.people.size(); ++i) {
    Person& p = ws.people[i];
    p.id = "p" + std::to_string(i);
    p.name = "Person " + std::to_string(i);
    p.role = i % 3 ? "ml_engineer" : "Software engineer";
    if (i) p.manager = "p" + std::to_string(i < 5000 ? i - 1 : i / 2 + i % 7);  // a long chain, then a bushy tree
  }
  std::string csv = ExportOrgCsv(ws);
  OrgCsvImport r = Import(csv, Workspace());
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.added == 100000);
  CHECK(r.people.back().manager == ws.people.back().manager);
  OrgCsvImport again = Import(csv, ws);
  REQUIRE_MESSAGE(again.ok, again.error);
  CHECK(again.people == ws.people);
}
