// The workspace document: round trips, and refusals with specific messages.
#include <doctest/doctest.h>

#include "model/history.h"
#include "model/workspace.h"

using namespace mlt;

namespace {
Workspace Sample() {
  Workspace ws;
  ws.id = "ws-1";
  ws.name = "Vision team \xE2\x80\x94 \"Q3\"";
  ws.created_ms = 1700000000000;
  ws.modified_ms = 1700000500000;
  Person a;
  a.id = "p1";
  a.name = "Ada";
  a.role = "ml_engineer";
  a.team = "Perception";
  a.skills[int(Skill::Ml)] = 7;
  a.skills[int(Skill::Software)] = 6.5;
  Person b = a;
  b.id = "p2";
  b.name = "Open: data engineer";
  b.kind = PersonKind::OpenPosition;
  ws.people = {a, b};
  ws.notes = "line 1\nline 2";
  return ws;
}
}  // namespace

TEST_CASE("a workspace survives a round trip through JSON text") {
  Workspace ws = Sample();
  ParseResult r = ParseWorkspace(WorkspaceToText(ws, true));
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.workspace == ws);
  CHECK(r.source_schema == kSchemaVersion);
}

TEST_CASE("unknown top-level sections are kept and written back") {
  auto j = WorkspaceToJson(Sample());
  j["future_section"] = {{"a", 1}};
  ParseResult r = ParseWorkspace(j.dump());
  REQUIRE(r.ok);
  CHECK(WorkspaceToJson(r.workspace)["future_section"]["a"] == 1);
}

TEST_CASE("bad documents are refused with a message that says what and where") {
  auto expect = [](const std::string& text, const std::string& fragment) {
    ParseResult r = ParseWorkspace(text);
    CHECK_FALSE(r.ok);
    CHECK_MESSAGE(r.error.find(fragment) != std::string::npos, r.error, " should mention ", fragment);
  };
  expect("", "empty");
  expect("{\"schema_version\":1, \"name\":", "not valid JSON");
  expect("[1,2]", "expected a JSON object");
  expect("{\"name\":\"x\"}", "schema_version");
  expect("{\"schema_version\":99,\"name\":\"x\"}", "newer version");
  expect("{\"schema_version\":1}", "missing \"name\"");
  expect("{\"schema_version\":1,\"name\":\"\"}", "workspace.name");
  expect("{\"schema_version\":1,\"name\":\"x\",\"people\":{}}", "people: must be a list");
  expect("{\"schema_version\":1,\"name\":\"x\",\"people\":[{\"id\":\"a\",\"name\":\"A\",\"skills\":{\"ml\":11}}]}",
         "people[0].skills.ml");
  expect("{\"schema_version\":1,\"name\":\"x\",\"people\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"boss\"}]}",
         "people[0].kind");
  expect("{\"schema_version\":1,\"name\":\"x\",\"people\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"a\",\"name\":\"B\"}]}",
         "used twice");
  expect("{\"schema_version\":1,\"name\":\"x\",\"people\":[{\"id\":\"a\",\"name\":\"A\",\"skills\":{\"charisma\":3}}]}",
         "unknown skill");
}

TEST_CASE("limits are checked before the parser recurses") {
  std::string deep(10000, '[');
  ParseResult r = ParseWorkspace(deep);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("nests too deeply") != std::string::npos);

  DocumentLimits small;
  small.max_bytes = 100;
  r = ParseWorkspace(WorkspaceToText(Sample()) + std::string(200, ' '), small);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("too large") != std::string::npos);

  // Brackets inside strings do not count as nesting.
  Workspace ws = Sample();
  ws.notes = std::string(500, '[');
  CHECK(ParseWorkspace(WorkspaceToText(ws)).ok);
}

TEST_CASE("history undoes and redoes in order and drops redo on a new edit") {
  History h(3);
  Workspace ws = Sample();
  h.Record(ws, "rename");
  ws.name = "B";
  h.Record(ws, "rename");
  ws.name = "C";
  CHECK(h.Undo(ws));
  CHECK(ws.name == "B");
  CHECK(h.Undo(ws));
  CHECK(ws.name == Sample().name);
  CHECK_FALSE(h.Undo(ws));
  CHECK(h.Redo(ws));
  CHECK(ws.name == "B");
  h.Record(ws, "notes");
  CHECK_FALSE(h.CanRedo());
  for (int i = 0; i < 10; ++i) h.Record(ws, "x");
  CHECK(h.UndoDepth() == 3);
}

TEST_CASE("invalid UTF-8 in a name is replaced when saving, never fatal") {
  Workspace ws = Sample();
  ws.name = std::string("Team \xC3\x28 broken");
  std::string text = WorkspaceToText(ws);
  ParseResult r = ParseWorkspace(text);
  REQUIRE(r.ok);
  CHECK(r.workspace.name.find("Team ") == 0);
}

TEST_CASE("a JSON error message gives the byte where parsing failed") {
  ParseResult r = ParseWorkspace("{\"schema_version\":1,\"name\":\"x\",}");
  CHECK_FALSE(r.ok);
  CHECK_MESSAGE(r.error.find("error at byte 32 of 32") != std::string::npos, r.error);
}

TEST_CASE("edits with the same merge key close together are one undo step") {
  History h;
  Workspace ws = Sample();
  const std::string original = ws.name;
  for (int i = 0; i < 5; ++i) {
    h.Record(ws, "edit name", "name", 1000 + i * 200);
    ws.name += "x";
  }
  CHECK(h.UndoDepth() == 1);
  h.Record(ws, "edit name", "name", 1000 + 4 * 200 + History::kMergeMs + 1);  // a pause: a new step
  ws.name += "y";
  CHECK(h.UndoDepth() == 2);
  h.Record(ws, "drag", "drag:p1", 5000);
  CHECK(h.UndoDepth() == 3);
  CHECK(h.Undo(ws));
  CHECK(h.Undo(ws));
  CHECK(h.Undo(ws));
  CHECK(ws.name == original);
}
