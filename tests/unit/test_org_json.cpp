// The org fields of the workspace document (schema 2): people's title and
// reporting lines, units and assessments survive JSON; schema 1 documents
// still load.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "model/workspace.h"

using namespace mlt;

namespace {

Workspace OrgSample() {
  Workspace ws;
  ws.id = "ws-org";
  ws.name = "Org sample";
  Person ceo;
  ceo.id = "ceo";
  ceo.name = "Cora Ek";
  ceo.title = "CEO";
  Person a;
  a.id = "a";
  a.name = "Ana Lee";
  a.role = "ml_engineer";
  a.title = "Head of ML \xE2\x80\x94 \"applied\"";
  a.manager = "ai";
  a.dotted_manager = "ceo";
  a.skills[int(Skill::Ml)] = 8.5;
  Person open;
  open.id = "op";
  open.name = "Open: MLOps";
  open.kind = PersonKind::OpenPosition;
  open.manager = "a";
  ws.people = {ceo, a, open};
  OrgUnit ai;
  ai.id = "ai";
  ai.name = "AI Division";
  ai.manager = "ceo";
  ai.notes = "Reports to the CEO";
  OrgUnit top;
  top.id = "co";
  top.name = "Company";
  ws.org.units = {top, ai};
  OrgAssessment as;
  as.id = "as1";
  as.name = "Q3 review";
  as.answers = {{"q1", "side_projects"}, {"q2", "none"}};
  as.design = {{"structure", "central"}};
  as.notes = "first pass";
  ws.org.assessments = {as};
  return ws;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("org json: titles, reporting lines, units and assessments survive a round trip") {
  Workspace ws = OrgSample();
  ParseResult r = ParseWorkspace(WorkspaceToText(ws, true));
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.workspace == ws);
  CHECK(r.source_schema == kSchemaVersion);
  CHECK(r.workspace.people[1].title == ws.people[1].title);
  CHECK(r.workspace.people[1].manager == "ai");
  CHECK(r.workspace.people[1].dotted_manager == "ceo");
  CHECK(r.workspace.org.units[1].notes == "Reports to the CEO");
  CHECK(r.workspace.org.assessments[0].answers.at("q1") == "side_projects");

  auto j = WorkspaceToJson(ws);
  CHECK(j["schema_version"] == kSchemaVersion);
  CHECK(j["org"]["units"].size() == 2);
  // Unset reporting fields are not written.
  CHECK_FALSE(j["people"][0].contains("manager"));
  CHECK_FALSE(j["people"][2].contains("title"));
  CHECK(j["people"][2]["manager"] == "a");

  // A workspace without an org writes an empty one and reads it back equal.
  Workspace plain;
  plain.name = "Plain";
  ParseResult p = ParseWorkspace(WorkspaceToText(plain));
  REQUIRE(p.ok);
  CHECK(p.workspace == plain);
}

TEST_CASE("org json: a schema 1 document loads (migrated), with source_schema 1") {
  const char* v1 = R"({"schema_version": 1, "name": "Old", "people": [
      {"id": "p1", "name": "Ada", "role": "ml_engineer", "team": "Vision", "kind": "member",
       "skills": {"ml": 7}, "notes": ""}]})";
  ParseResult r = ParseWorkspace(v1);
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.source_schema == 1);
  REQUIRE(r.workspace.people.size() == 1);
  CHECK(r.workspace.people[0].manager.empty());
  CHECK(r.workspace.org.units.empty());
  CHECK(r.workspace.org.assessments.empty());
  // Saved again, it is a document of the current schema.
  CHECK(WorkspaceToJson(r.workspace)["schema_version"] == kSchemaVersion);
  ParseResult again = ParseWorkspace(WorkspaceToText(r.workspace));
  REQUIRE(again.ok);
  CHECK(again.source_schema == kSchemaVersion);
  CHECK(again.workspace == r.workspace);

  // The shipped schema 1 example still loads.
  ParseResult example = ParseWorkspace(ReadFile(std::string(MLT_SOURCE_DIR) + "/assets/examples/example-team.json"));
  REQUIRE_MESSAGE(example.ok, example.error);
  CHECK(example.source_schema == 1);
  CHECK(example.workspace.people.size() == 12);

  std::string error;
  nlohmann::json j = nlohmann::json::parse(v1, nullptr, false);
  REQUIRE(MigrateWorkspaceJson(&j, &error));
  CHECK(j["schema_version"] == kSchemaVersion);  // 1 -> 2 -> 3 in one call
  j["schema_version"] = 0;
  CHECK_FALSE(MigrateWorkspaceJson(&j, &error));
  CHECK(error == "schema_version 0 is not valid");
}

TEST_CASE("org json: bad org data is refused with a message that says where") {
  auto expect = [](const std::string& text, const std::string& fragment) {
    ParseResult r = ParseWorkspace(text);
    CHECK_FALSE(r.ok);
    CHECK_MESSAGE(r.error.find(fragment) != std::string::npos, r.error, " should mention ", fragment);
  };
  const std::string head = R"({"schema_version":2,"name":"x",)";
  expect(head + R"("people":[{"id":"a","name":"A","manager":"a"}]})", "people[0].manager: a person cannot report to themselves");
  expect(head + R"("people":[{"id":"a","name":"A","title":3}]})", "people[0].title: must be text");
  expect(head + R"("org":[]})", "org: must be an object");
  expect(head + R"("org":{"units":{}}})", "org.units: must be a list");
  expect(head + R"("org":{"units":[{"id":"","name":"U"}]}})", "org.units[0].id: must not be empty");
  expect(head + R"("org":{"units":[{"id":"u","name":"U","manager":"u"}]}})", "a unit cannot sit under itself");
  expect(head + R"("people":[{"id":"a","name":"A"}],"org":{"units":[{"id":"a","name":"U"}]}})",
         "the id \"a\" is used twice");
  expect(head + R"("org":{"assessments":[{"id":"x","name":"X","answers":{"q1":1}}]}})",
         "org.assessments[0].answers.q1: must be text");
  // Dangling reporting lines are kept (shown as warnings in the chart), not refused.
  ParseResult r = ParseWorkspace(head + R"("people":[{"id":"a","name":"A","manager":"gone"}]})");
  REQUIRE(r.ok);
  CHECK(r.workspace.people[0].manager == "gone");
}
