// Two WorkspaceStore instances on ONE MemoryStorage act as two browser tabs.
// A `storage` event is simulated by calling OnExternalChange by hand (or not
// at all, for a tab that missed it).
#include <doctest/doctest.h>

#include "model/json_util.h"
#include "store/workspace_store.h"

using namespace mlt;

namespace {
struct Tabs {
  MemoryStorage storage;
  int next_a = 0, next_b = 0;
  WorkspaceStore a{storage, [this] { return "a-" + std::to_string(++next_a); }};
  WorkspaceStore b{storage, [this] { return "b-" + std::to_string(++next_b); }};
  std::string id;  // the workspace both tabs have open
  Tabs() {
    a.Open(0);
    b.Open(1);
    id = a.Current().id;
  }
};

void Rename(WorkspaceStore& s, const std::string& name, int64_t now) {
  s.Apply("rename", [&](Workspace& w) { w.name = name; }, now);
}

bool Listed(const WorkspaceStore& s, const std::string& id) {
  for (const auto& w : s.List())
    if (w.id == id) return true;
  return false;
}

std::vector<std::string> StoredIds(MemoryStorage& storage) {
  std::vector<std::string> ids;
  const nlohmann::json j = ParseJson(storage.data[WorkspaceStore::kIndexKey], nullptr);
  if (const nlohmann::json* list = Member(j, "workspaces"))
    for (const auto& e : *list) ids.push_back(StringOr(e, "id", ""));
  return ids;
}
}  // namespace

TEST_CASE("two tabs open the same workspace with different tab ids") {
  Tabs t;
  CHECK(t.b.Current().id == t.id);
  CHECK_FALSE(t.a.TabId().empty());
  CHECK(t.a.TabId() != t.b.TabId());
  CHECK(t.a.List().size() == 1);
  CHECK(t.b.List().size() == 1);
}

TEST_CASE("a tab with no unsaved edits follows what another tab saved, as one undo step") {
  Tabs t;
  Rename(t.a, "Renamed in A", 100);
  t.a.Flush(110);
  const uint64_t rev = t.b.Revision();
  t.b.OnExternalChange("mlteams/doc/whatever/1", 115);  // slot writes are ignored: the index write follows
  CHECK(t.b.Current().name == "My workspace");
  t.b.OnExternalChange(WorkspaceStore::kIndexKey, 120);
  CHECK(t.b.Current().name == "Renamed in A");
  CHECK(t.b.Revision() != rev);
  CHECK_FALSE(t.b.Dirty());
  CHECK(t.b.Status().state == SaveState::Saved);
  CHECK(t.b.Edits().UndoLabel() == "changes from another tab");
  CHECK(t.b.TakeNotices().size() == 1);

  // B edits on top of it: no conflict, and A follows in turn.
  Rename(t.b, "Renamed in B", 200);
  t.b.Flush(210);
  CHECK(t.b.Status().state == SaveState::Saved);
  t.a.OnExternalChange(WorkspaceStore::kIndexKey, 220);
  CHECK(t.a.Current().name == "Renamed in B");
  CHECK(t.a.Status().state == SaveState::Saved);
}

TEST_CASE("both tabs edited: Conflict, nothing saved over, and both versions are kept") {
  Tabs t;
  Rename(t.a, "A's name", 100);
  t.a.Flush(110);
  Rename(t.b, "B's name", 105);  // unsaved in B when A's save arrives
  t.b.OnExternalChange(WorkspaceStore::kIndexKey, 120);
  CHECK(t.b.Status().state == SaveState::Conflict);
  CHECK(t.b.Status().message.find("another tab") != std::string::npos);
  CHECK(t.b.ConflictDetails().active);
  CHECK(t.b.ConflictDetails().id == t.id);
  CHECK_FALSE(t.b.ConflictDetails().deleted_elsewhere);
  CHECK(t.b.Current().name == "B's name");  // this tab's edits stay on screen

  const auto before = t.storage.data;
  t.b.Tick(10000);  // the autosave stops
  CHECK(t.storage.data == before);
  CHECK(t.b.Status().state == SaveState::Conflict);

  SUBCASE("keep mine: saved as a new workspace, theirs reloaded") {
    auto r = t.b.ResolveConflictKeepMine(10010);
    REQUIRE(r.ok);
    CHECK(r.id != t.id);
    CHECK(t.b.Current().id == t.id);
    CHECK(t.b.Current().name == "A's name");
    CHECK(t.b.Status().state == SaveState::Saved);
    CHECK(t.b.RawDocument(r.id).find("B's name (this tab's version)") != std::string::npos);
    CHECK(t.b.RawDocument(t.id).find("A's name") != std::string::npos);
    t.a.OnExternalChange(WorkspaceStore::kIndexKey, 10020);
    CHECK(Listed(t.a, r.id));
    CHECK(t.a.Current().name == "A's name");
    REQUIRE(t.b.Switch(r.id, 10030).ok);
    CHECK(t.b.Current().name == "B's name (this tab's version)");
  }
  SUBCASE("take theirs: theirs reloaded, mine one Undo away") {
    auto r = t.b.ResolveConflictTakeTheirs(10010);
    REQUIRE(r.ok);
    CHECK(t.b.Current().name == "A's name");
    CHECK(t.b.Status().state == SaveState::Saved);
    CHECK_FALSE(t.b.Dirty());
    CHECK(t.b.Edits().UndoLabel() == "take the other tab's version");
    CHECK(t.b.Undo(10020));
    CHECK(t.b.Current().name == "B's name");
    t.b.Flush(10030);  // an explicit choice now: saved as the newest version
    CHECK(t.b.Status().state == SaveState::Saved);
    CHECK(t.b.RawDocument(t.id).find("B's name") != std::string::npos);
    bool kept = false;  // and A's save is still one of the versions
    for (const auto& v : t.b.Versions(t.id))
      kept |= t.storage.data[WorkspaceStore::SlotKey(t.id, v.slot)].find("A's name") != std::string::npos;
    CHECK(kept);
  }
  SUBCASE("the tab goes away during the conflict: its version is kept as a copy") {
    t.b.Flush(10010);
    CHECK(t.b.Status().state == SaveState::Saved);
    CHECK(t.b.List().size() == 2);
    CHECK(t.b.TakeNotices().back().find("this tab's version") != std::string::npos);
    CHECK(t.b.RawDocument(t.id).find("A's name") != std::string::npos);
  }
  CHECK_FALSE(t.b.ConflictDetails().active);
}

TEST_CASE("a stale tab that missed the event does not write: it enters Conflict") {
  Tabs t;
  Rename(t.a, "Saved by A", 100);
  t.a.Flush(110);
  const auto after_a = t.storage.data;
  // B never got the storage event (e.g. it was asleep) and edits its old copy.
  Rename(t.b, "Edited in stale B", 200);
  t.b.Tick(200 + WorkspaceStore::kQuietMs);  // the autosave re-reads the stamp first
  CHECK(t.b.Status().state == SaveState::Conflict);
  CHECK(t.storage.data == after_a);
  CHECK(t.a.RawDocument(t.id).find("Saved by A") != std::string::npos);
  CHECK(t.b.Current().name == "Edited in stale B");
  // It does not write later either, however long it waits.
  t.b.Tick(100000);
  CHECK(t.storage.data == after_a);
  // Restoring a version waits for the conflict to be resolved.
  CHECK_FALSE(t.b.RestoreVersion(t.id, 1, 100010).ok);
}

TEST_CASE("a stale tab hidden right after an edit keeps its version as a copy, never over the other") {
  Tabs t;
  Rename(t.a, "Saved by A", 100);
  t.a.Flush(110);
  Rename(t.b, "Edited in stale B", 200);
  t.b.Flush(210);  // page hide: the tab may be closing
  CHECK(t.b.Status().state == SaveState::Saved);
  CHECK(t.b.RawDocument(t.id).find("Saved by A") != std::string::npos);
  bool kept = false;
  for (const auto& w : t.b.List())
    if (w.id != t.id) kept = t.b.RawDocument(w.id).find("Edited in stale B (this tab's version)") != std::string::npos;
  CHECK(kept);
  CHECK_FALSE(t.b.TakeNotices().empty());
}

TEST_CASE("taking theirs when theirs is from a newer schema keeps mine as a copy and shows theirs read-only") {
  Tabs t;
  Rename(t.b, "B's edit", 100);
  // A newer app in tab A saved the workspace.
  const std::string newer = "{\"schema_version\":" + std::to_string(kSchemaVersion + 1) + ",\"name\":\"Future\"}";
  t.storage.data[WorkspaceStore::SlotKey(t.id, 9)] = newer;
  {
    nlohmann::json j = ParseJson(t.storage.data[WorkspaceStore::kIndexKey], nullptr);
    for (auto& e : j["workspaces"])
      if (e["id"] == t.id) {
        e["slot"] = 9;
        e["stamp"] = "newer-tab:1";
        e["versions"].push_back({{"slot", 9}, {"saved", 90}, {"bytes", newer.size()}, {"people", 0}});
      }
    t.storage.data[WorkspaceStore::kIndexKey] = j.dump();
  }
  t.a.OnExternalChange(WorkspaceStore::kIndexKey, 110);  // clean: follows, read-only
  CHECK(t.a.ReadOnly());
  CHECK(t.a.Current().name == "Future");
  t.b.OnExternalChange(WorkspaceStore::kIndexKey, 110);
  REQUIRE(t.b.Status().state == SaveState::Conflict);
  auto r = t.b.ResolveConflictTakeTheirs(120);
  REQUIRE(r.ok);
  CHECK(t.b.ReadOnly());
  CHECK(t.b.RawDocument(t.id) == newer);
  CHECK(t.b.RawDocument(r.id).find("B's edit") != std::string::npos);
}

TEST_CASE("an index written by a newer app: the session runs in memory and writes nothing") {
  MemoryStorage storage;
  storage.data[WorkspaceStore::kIndexKey] = "{\"format\":99,\"workspaces\":[]}";
  const auto before = storage.data;
  WorkspaceStore store(storage, [] { return std::string("x"); });
  store.Open(0);
  CHECK(store.Status().state == SaveState::Disabled);
  CHECK(store.Status().message.find("newer version") != std::string::npos);
  Rename(store, "in memory", 10);
  store.Flush(20);
  CHECK(storage.data == before);
}

TEST_CASE("workspaces created in two tabs at the same time are both kept") {
  Tabs t;
  auto ra = t.a.Create("From A", 100);
  auto rb = t.b.Create("From B", 110);  // B has not heard of A's
  REQUIRE(ra.ok);
  REQUIRE(rb.ok);
  auto ids = StoredIds(t.storage);
  CHECK(ids.size() == 3);
  CHECK(std::count(ids.begin(), ids.end(), ra.id) == 1);
  CHECK(std::count(ids.begin(), ids.end(), rb.id) == 1);
  CHECK(Listed(t.b, ra.id));  // B's write merged A's entry, and B lists it
  t.a.OnExternalChange(WorkspaceStore::kIndexKey, 120);
  CHECK(Listed(t.a, rb.id));
  // A deletes its own, not having heard of anything else: B's stays.
  REQUIRE(t.a.Delete(ra.id, 130).ok);
  ids = StoredIds(t.storage);
  CHECK(ids.size() == 2);
  CHECK(std::count(ids.begin(), ids.end(), rb.id) == 1);
  // Saves in one tab keep the other tab's new entries too.
  auto rc = t.b.Create("Another from B", 140);
  Rename(t.a, "A edits", 150);
  t.a.Flush(160);
  ids = StoredIds(t.storage);
  CHECK(std::count(ids.begin(), ids.end(), rc.id) == 1);
}

TEST_CASE("a workspace deleted in another tab: followed when clean, a conflict when edited") {
  Tabs t;
  auto other = t.a.Create("Other", 50);
  REQUIRE(other.ok);
  REQUIRE(t.a.Switch(t.id, 60).ok);
  t.b.OnExternalChange(WorkspaceStore::kIndexKey, 61);
  REQUIRE(t.b.Switch(other.id, 70).ok);

  SUBCASE("clean") {
    REQUIRE(t.a.Delete(other.id, 100).ok);
    t.b.OnExternalChange(WorkspaceStore::kIndexKey, 110);
    CHECK(t.b.Current().id == t.id);
    CHECK_FALSE(Listed(t.b, other.id));
    CHECK(t.b.TakeNotices().size() >= 1);
  }
  SUBCASE("edited") {
    Rename(t.b, "B keeps working", 90);
    REQUIRE(t.a.Delete(other.id, 100).ok);
    t.b.OnExternalChange(WorkspaceStore::kIndexKey, 110);
    CHECK(t.b.Status().state == SaveState::Conflict);
    CHECK(t.b.ConflictDetails().deleted_elsewhere);
    CHECK(Listed(t.b, other.id));  // still in this tab's memory
    auto r = t.b.ResolveConflictKeepMine(120);
    REQUIRE(r.ok);
    CHECK(t.b.Current().id == r.id);
    CHECK(t.b.Current().name == "B keeps working (this tab's version)");
    CHECK(t.b.RawDocument(r.id).find("B keeps working") != std::string::npos);
    CHECK(t.b.Status().state == SaveState::Saved);
  }
}

TEST_CASE("storage cleared while the app is open: a fault, and what is in memory is saved again") {
  Tabs t;
  auto other = t.a.Create("Other", 50);
  REQUIRE(t.a.Switch(t.id, 60).ok);
  Rename(t.a, "Open in A", 70);
  t.a.Flush(80);

  SUBCASE("noticed through the storage event") {
    t.storage.data.clear();
    t.a.OnExternalChange("", 100);
    CHECK(t.a.Status().state == SaveState::Failed);
    CHECK(t.a.Status().message.find("cleared") != std::string::npos);
    CHECK(t.a.Current().name == "Open in A");  // still working in memory
    CHECK(t.a.List().size() == 1);
    CHECK(t.storage.data.empty());             // nothing written at once
    Rename(t.a, "Still editing", 200);
    t.a.Tick(200 + WorkspaceStore::kQuietMs);
    CHECK(t.storage.data.empty());             // and not by the autosave before the retry
    t.a.Tick(100 + WorkspaceStore::kRetryMs);
    CHECK(t.a.Status().state == SaveState::Saved);
    CHECK_FALSE(t.a.Dirty());
    auto ids = StoredIds(t.storage);
    REQUIRE(ids.size() == 1);
    CHECK(ids[0] == t.id);
    CHECK(t.a.RawDocument(t.id).find("Still editing") != std::string::npos);
    // The other tab (clean) follows the re-created workspace.
    t.b.OnExternalChange(WorkspaceStore::kIndexKey, 3200);
    CHECK(t.b.Current().name == "Still editing");
    CHECK(t.b.Status().state == SaveState::Saved);
  }
  SUBCASE("noticed by a save: no index that drops everything is written") {
    t.storage.data.clear();
    Rename(t.a, "Edited after the clear", 100);
    t.a.Flush(110);
    CHECK(t.a.Status().state == SaveState::Failed);
    CHECK(t.a.Status().message.find("cleared") != std::string::npos);
    CHECK(t.storage.data.empty());
    CHECK(t.a.TakeNotices().size() == 1);
    t.a.Flush(120);  // page hide: save again now
    CHECK(t.a.Status().state == SaveState::Saved);
    CHECK(t.a.RawDocument(t.id).find("Edited after the clear") != std::string::npos);
  }
  SUBCASE("only the index was removed: the documents are listed again") {
    t.storage.data.erase(WorkspaceStore::kIndexKey);
    t.a.OnExternalChange(WorkspaceStore::kIndexKey, 100);
    CHECK(t.a.Status().state == SaveState::Failed);
    t.a.Tick(100 + WorkspaceStore::kRetryMs);
    CHECK(t.a.Status().state == SaveState::Saved);
    CHECK(StoredIds(t.storage).size() == 2);
    CHECK(Listed(t.a, other.id));
  }
}

TEST_CASE("edits parked while storage failed are kept as a copy if another tab saved meanwhile") {
  Tabs t;
  t.storage.fail_writes = true;
  Rename(t.a, "Unsaved in A", 100);
  t.a.Flush(110);
  CHECK(t.a.Status().state == SaveState::Failed);
  auto other = t.a.Create("Other", 120);  // parks the unsaved one
  CHECK(t.a.ParkedCount() == 1);
  t.storage.fail_writes = false;
  Rename(t.b, "Saved in B", 130);
  t.b.Flush(140);
  t.a.Tick(120 + WorkspaceStore::kRetryMs);
  CHECK(t.a.ParkedCount() == 0);
  CHECK(t.a.Status().state == SaveState::Saved);
  CHECK(t.a.RawDocument(t.id).find("Saved in B") != std::string::npos);
  bool kept = false;
  for (const auto& w : t.a.List())
    if (w.name == "Unsaved in A (unsaved changes from this tab)")
      kept = t.a.RawDocument(w.id).find("Unsaved in A") != std::string::npos;
  CHECK(kept);
  (void)other;
}
