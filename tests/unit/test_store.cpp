// The workspace store: autosave timing, several workspaces, and the rules
// that keep stored work safe when storage misbehaves.
#include <doctest/doctest.h>

#include "store/workspace_store.h"

using namespace mlt;

namespace {
struct Fixture {
  MemoryStorage storage;
  int next = 0;
  WorkspaceStore store{storage, [this] { return "ws-" + std::to_string(++next); }};
};

void Rename(WorkspaceStore& s, const std::string& name, int64_t now) {
  s.Apply("rename", [&](Workspace& w) { w.name = name; }, now);
}
}  // namespace

TEST_CASE("an empty storage gets a first workspace, saved at once") {
  Fixture f;
  f.store.Open(1000);
  CHECK(f.store.Current().name == "My workspace");
  CHECK(f.storage.data.count(WorkspaceStore::SlotKey(f.store.Current().id, 1)) == 1);
  CHECK(f.storage.data.count(WorkspaceStore::kIndexKey) == 1);
  CHECK(f.store.RawDocument(f.store.Current().id).find("My workspace") != std::string::npos);
  CHECK(f.store.Status().state == SaveState::Saved);
}

TEST_CASE("edits are saved after a quiet moment, and within a second while typing") {
  Fixture f;
  f.store.Open(0);
  Rename(f.store, "A", 1000);
  CHECK(f.store.Status().state == SaveState::Pending);
  f.store.Tick(1100);
  CHECK(f.store.Dirty());
  f.store.Tick(1000 + WorkspaceStore::kQuietMs);
  CHECK_FALSE(f.store.Dirty());
  CHECK(f.store.Status().state == SaveState::Saved);

  // Continuous typing: every edit resets the quiet timer, the max delay still saves.
  int64_t t = 5000;
  for (; t < 5000 + WorkspaceStore::kMaxDelayMs; t += 100) {
    Rename(f.store, "typing " + std::to_string(t), t);
    f.store.Tick(t);
  }
  Rename(f.store, "typing end", t);
  f.store.Tick(t);
  CHECK_FALSE(f.store.Dirty());
  CHECK(t - 5000 <= 1000);
}

TEST_CASE("a reopened store finds the active workspace with its edits") {
  Fixture f;
  f.store.Open(0);
  auto second = f.store.Create("Second", 10);
  REQUIRE(second.ok);
  Rename(f.store, "Second, renamed", 20);
  f.store.Flush(30);

  WorkspaceStore again(f.storage, [] { return std::string("unused"); });
  again.Open(40);
  CHECK(again.Current().id == second.id);
  CHECK(again.Current().name == "Second, renamed");
  CHECK(again.List().size() == 2);
}

TEST_CASE("import adds a new workspace and a bad import changes nothing") {
  Fixture f;
  f.store.Open(0);
  std::string before_id = f.store.Current().id;
  auto before = f.storage.data;

  auto bad = f.store.Import("{\"schema_version\":1,\"name\":", 10);
  CHECK_FALSE(bad.ok);
  CHECK(bad.error.find("not valid JSON") != std::string::npos);
  CHECK(f.storage.data == before);
  CHECK(f.store.Current().id == before_id);

  auto newer = f.store.Import("{\"schema_version\":7,\"name\":\"x\"}", 10);
  CHECK_FALSE(newer.ok);
  CHECK(newer.error.find("newer version") != std::string::npos);
  CHECK(f.storage.data == before);

  auto ok = f.store.Import("{\"schema_version\":1,\"id\":\"" + before_id + "\",\"name\":\"Imported\"}", 20);
  REQUIRE(ok.ok);
  CHECK(ok.id != before_id);  // an import never takes over an existing workspace
  CHECK(f.store.Current().name == "Imported");
  CHECK(f.store.List().size() == 2);
}

TEST_CASE("undo and redo go through the store and are saved") {
  Fixture f;
  f.store.Open(0);
  Rename(f.store, "B", 10);
  CHECK(f.store.Undo(20));
  CHECK(f.store.Current().name == "My workspace");
  f.store.Flush(30);
  CHECK(f.store.RawDocument(f.store.Current().id).find("My workspace") != std::string::npos);
  CHECK(f.store.Redo(40));
  CHECK(f.store.Current().name == "B");
}

TEST_CASE("switching, duplicating and deleting") {
  Fixture f;
  f.store.Open(0);
  std::string first = f.store.Current().id;
  auto dup = f.store.Duplicate(10);
  REQUIRE(dup.ok);
  CHECK(f.store.Current().name == "My workspace (copy)");
  CHECK(f.store.Switch(first, 20).ok);
  CHECK(f.store.Current().id == first);
  CHECK_FALSE(f.store.Switch("nope", 30).ok);
  CHECK(f.store.Delete(first, 40).ok);
  CHECK(f.store.Current().id == dup.id);
  for (const auto& [key, value] : f.storage.data) CHECK(key.find(first) == std::string::npos);
  CHECK(f.store.Delete(dup.id, 50).ok);
  CHECK(f.store.List().size() == 1);  // deleting the last one opens a fresh one
}

TEST_CASE("storage that cannot be read at start: the app works in memory and writes nothing") {
  Fixture f;
  f.storage.data["mlteams/ws/old"] = "{\"schema_version\":1,\"name\":\"Precious\"}";
  f.storage.fail_reads = true;
  f.store.Open(0);
  CHECK(f.store.Status().state == SaveState::Disabled);
  CHECK_FALSE(f.store.Persistent());
  Rename(f.store, "In memory", 10);
  f.store.Flush(2000);
  CHECK(f.storage.writes == 0);
  CHECK(f.storage.data.size() == 1);
  CHECK(f.store.Status().state == SaveState::Disabled);
  // Other workspaces still work in memory.
  CHECK(f.store.Create("Another", 20).ok);
  CHECK(f.store.List().size() == 2);
}

TEST_CASE("a failing write keeps the last good save and resumes later") {
  Fixture f;
  f.store.Open(0);
  std::string id = f.store.Current().id;
  Rename(f.store, "Saved", 10);
  f.store.Flush(20);
  std::string good = f.store.RawDocument(id);

  f.storage.quota_bytes = 10;
  Rename(f.store, "Too big", 30);
  f.store.Flush(40);
  CHECK(f.store.Status().state == SaveState::Failed);
  CHECK(f.store.Status().quota);
  CHECK(f.store.RawDocument(id) == good);

  // Opening another workspace parks the unsaved one instead of dropping it.
  auto other = f.store.Create("Other", 50);
  CHECK(f.store.ParkedCount() == 1);
  f.storage.quota_bytes = 0;
  f.store.Tick(50 + 5000);
  CHECK(f.store.ParkedCount() == 0);
  CHECK(f.store.RawDocument(id).find("Too big") != std::string::npos);
  CHECK(f.store.Switch(id, 6000).ok);
  CHECK(f.store.Current().name == "Too big");
}

TEST_CASE("a damaged stored workspace is never written over") {
  Fixture f;
  f.store.Open(0);
  std::string good_id = f.store.Current().id;
  f.storage.data["mlteams/ws/broken"] = "{not json";
  f.storage.data.erase(WorkspaceStore::kIndexKey);  // index lost too: rebuilt from documents

  WorkspaceStore again(f.storage, [] { return std::string("new"); });
  again.Open(10);
  CHECK(again.Current().id == good_id);
  auto list = again.List();
  CHECK(list.size() == 2);
  CHECK_FALSE(again.Switch("broken", 20).ok);
  Rename(again, "edit", 30);
  again.Flush(40);
  CHECK(f.storage.data["mlteams/ws/broken"] == "{not json");
}

TEST_CASE("the revision changes with every change of the open document") {
  Fixture f;
  f.store.Open(0);
  uint64_t r0 = f.store.Revision();
  Rename(f.store, "A", 10);
  uint64_t r1 = f.store.Revision();
  CHECK(r1 != r0);
  f.store.Tick(10 + WorkspaceStore::kQuietMs);  // saving is not a change of the document
  CHECK(f.store.Revision() == r1);
  CHECK(f.store.Undo(20));
  uint64_t r2 = f.store.Revision();
  CHECK(r2 != r1);
  auto other = f.store.Create("B", 30);
  CHECK(f.store.Revision() != r2);
  uint64_t r3 = f.store.Revision();
  CHECK(f.store.Switch(other.id == f.store.Current().id ? f.store.List()[0].id : other.id, 40).ok);
  CHECK(f.store.Revision() != r3);
}
