// The store's "nothing is lost" rules for one tab: saves as new versions with
// an atomic switch, the kept versions and restoring them, quota pruning, the
// earlier storage layout, quarantined and newer-schema documents.
#include <doctest/doctest.h>

#include "model/json_util.h"
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

// The stored index entry of a workspace (null json if none).
nlohmann::json IndexEntry(MemoryStorage& storage, const std::string& id) {
  const nlohmann::json j = ParseJson(storage.data[WorkspaceStore::kIndexKey], nullptr);
  if (const nlohmann::json* list = Member(j, "workspaces"))
    for (const auto& e : *list)
      if (StringOr(e, "id", "") == id) return e;
  return nullptr;
}

int CurrentSlot(MemoryStorage& storage, const std::string& id) {
  return int(NumberOr(IndexEntry(storage, id), "slot", -1));
}

size_t SlotKeys(MemoryStorage& storage, const std::string& id) {
  size_t n = 0;
  const std::string prefix = "mlteams/doc/" + id + "/";
  for (const auto& [key, value] : storage.data) n += key.compare(0, prefix.size(), prefix) == 0;
  return n;
}

std::string Doc(const std::string& name, int schema = kSchemaVersion, const std::string& more = "") {
  return "{\"schema_version\":" + std::to_string(schema) + ",\"name\":\"" + name + "\"" + more + "}";
}
}  // namespace

TEST_CASE("MemoryStorage can fail the Nth write from now, or any write a hook picks") {
  MemoryStorage s;
  s.fail_nth_set = 2;
  CHECK(s.Set("a", "1").ok);
  StorageStatus st = s.Set("b", "2");
  CHECK_FALSE(st.ok);
  CHECK_FALSE(st.quota);
  CHECK(s.Set("c", "3").ok);  // only that one
  CHECK(s.data.count("b") == 0);
  s.before_set = [](const std::string& key, const std::string&) {
    return key == "x" ? StorageStatus::Error("no", true) : StorageStatus::Ok();
  };
  CHECK(s.Set("x", "1").quota);
  CHECK(s.Set("y", "1").ok);
}

TEST_CASE("a save writes a new slot, then switches the index: a failure in between keeps the previous version") {
  Fixture f;
  f.store.Open(0);
  const std::string id = f.store.Current().id;
  CHECK(CurrentSlot(f.storage, id) == 1);
  Rename(f.store, "A", 10);
  f.store.Flush(20);
  CHECK(CurrentSlot(f.storage, id) == 2);
  CHECK(f.storage.data.count(WorkspaceStore::SlotKey(id, 1)) == 1);  // the previous version is kept

  // The slot write goes through, the index write (the switch) fails.
  f.storage.before_set = [](const std::string& key, const std::string&) {
    return key == WorkspaceStore::kIndexKey ? StorageStatus::Error("UnknownError: index write failed")
                                            : StorageStatus::Ok();
  };
  Rename(f.store, "B", 30);
  f.store.Flush(40);
  CHECK(f.store.Status().state == SaveState::Failed);
  CHECK(f.store.Status().message.find("index write failed") != std::string::npos);
  CHECK(CurrentSlot(f.storage, id) == 2);
  CHECK(f.storage.data.count(WorkspaceStore::SlotKey(id, 3)) == 0);  // the uncommitted slot is removed
  CHECK(f.store.RawDocument(id).find("\"A\"") != std::string::npos);
  {
    WorkspaceStore reload(f.storage, [] { return std::string("tab-2"); });
    reload.Open(50);
    CHECK(reload.Current().id == id);
    CHECK(reload.Current().name == "A");
  }

  // Storage works again: the autosave retries and commits.
  f.storage.before_set = nullptr;
  f.store.Tick(40 + WorkspaceStore::kRetryMs);
  CHECK(f.store.Status().state == SaveState::Saved);
  CHECK(f.store.RawDocument(id).find("\"B\"") != std::string::npos);
}

TEST_CASE("a crash between the slot write and the index switch: the previous version opens, the new one is a version") {
  Fixture f;
  f.store.Open(0);
  const std::string id = f.store.Current().id;
  Rename(f.store, "Committed", 10);
  f.store.Flush(20);
  const int slot = CurrentSlot(f.storage, id);
  // What a save interrupted after its first write leaves behind.
  Workspace newer = f.store.Current();
  newer.name = "Written, not committed";
  f.storage.data[WorkspaceStore::SlotKey(id, slot + 1)] = WorkspaceToText(newer);

  WorkspaceStore reload(f.storage, [] { return std::string("tab-2"); });
  reload.Open(30);
  CHECK(reload.Current().name == "Committed");
  auto versions = reload.Versions(id);
  REQUIRE(versions.size() == 3);
  CHECK(versions[0].slot == slot + 1);
  CHECK_FALSE(versions[0].current);
  CHECK(versions[1].current);
  REQUIRE(reload.RestoreVersion(id, slot + 1, 40).ok);
  CHECK(reload.Current().name == "Written, not committed");
  reload.Flush(50);
  CHECK(CurrentSlot(f.storage, id) == slot + 2);  // never written over an existing slot
}

TEST_CASE("the last five versions are kept and listed, newest first") {
  Fixture f;
  f.store.Open(0);
  const std::string id = f.store.Current().id;
  for (int i = 2; i <= 8; ++i) {
    f.store.Apply("add", [&](Workspace& w) { w.people.push_back({}); w.people.back().id = "p" + std::to_string(i); w.people.back().name = "P"; }, i * 100);
    f.store.Flush(i * 100 + 50);
  }
  auto versions = f.store.Versions(id);
  REQUIRE(versions.size() == WorkspaceStore::kVersionsKept);
  CHECK(versions[0].slot == 8);
  CHECK(versions[0].current);
  CHECK(versions[0].saved_ms == 850);
  CHECK(versions[0].people == 7);
  CHECK(versions[0].bytes == f.store.RawDocument(id).size());
  CHECK(versions[4].slot == 4);
  for (size_t i = 1; i < versions.size(); ++i) CHECK_FALSE(versions[i].current);
  CHECK(SlotKeys(f.storage, id) == 5);
  CHECK(f.storage.data.count(WorkspaceStore::SlotKey(id, 3)) == 0);
  CHECK(f.storage.data.count(WorkspaceStore::SlotKey(id, 4)) == 1);
  CHECK(IndexEntry(f.storage, id)["versions"].size() == 5);
}

TEST_CASE("restoring a version is one undoable edit, and the newer state stays a version") {
  Fixture f;
  f.store.Open(0);
  const std::string id = f.store.Current().id;
  for (int i = 1; i <= 3; ++i) {
    Rename(f.store, "V" + std::to_string(i), i * 100);
    f.store.Flush(i * 100 + 10);
  }
  // Slots: 1 "My workspace", 2 V1, 3 V2, 4 V3.
  CHECK_FALSE(f.store.RestoreVersion(id, 42, 400).ok);
  CHECK_FALSE(f.store.RestoreVersion("nope", 2, 400).ok);
  REQUIRE(f.store.RestoreVersion(id, 2, 400).ok);
  CHECK(f.store.Current().name == "V1");
  CHECK(f.store.Current().id == id);
  CHECK(f.store.Dirty());
  CHECK(f.store.Edits().UndoDepth() == 4);  // three renames + the restore
  CHECK(f.store.Edits().UndoLabel() == "restore an earlier version");
  f.store.Flush(410);
  auto versions = f.store.Versions(id);
  REQUIRE(versions.size() == 5);
  CHECK(versions[0].slot == 5);
  CHECK(versions[1].slot == 4);  // V3, the state before the restore, is still a version
  CHECK(f.storage.data[WorkspaceStore::SlotKey(id, 4)].find("V3") != std::string::npos);
  CHECK(f.store.Undo(420));
  CHECK(f.store.Current().name == "V3");
  CHECK(f.store.Redo(430));
  CHECK(f.store.Current().name == "V1");

  // A version of another workspace: it is opened first, then restored.
  auto other = f.store.Create("Other", 500);
  REQUIRE(other.ok);
  REQUIRE(f.store.RestoreVersion(id, 3, 510).ok);
  CHECK(f.store.Current().id == id);
  CHECK(f.store.Current().name == "V2");
}

TEST_CASE("storage full: the workspace's oldest versions make room and the save is tried once more") {
  Fixture f;
  f.store.Open(0);
  const std::string id = f.store.Current().id;
  for (int i = 1; i <= 4; ++i) {
    Rename(f.store, "Version " + std::to_string(i), i * 100);
    f.store.Flush(i * 100 + 10);
  }
  REQUIRE(f.store.Versions(id).size() == 5);
  size_t used = 0;
  for (const auto& [k, v] : f.storage.data) used += k.size() + v.size();
  f.storage.quota_bytes = used + 40;  // less than one more document
  Rename(f.store, "Version 5", 500);
  f.store.Flush(510);
  CHECK(f.store.Status().state == SaveState::Saved);
  CHECK(f.store.RawDocument(id).find("Version 5") != std::string::npos);
  CHECK(f.storage.data.count(WorkspaceStore::SlotKey(id, 1)) == 0);   // oldest gone
  CHECK(f.storage.data.count(WorkspaceStore::SlotKey(id, 5)) == 1);   // the previous current kept
  auto versions = f.store.Versions(id);
  CHECK(versions.size() <= WorkspaceStore::kVersionsKept);
  CHECK(versions[0].slot == 6);
  CHECK(versions.back().slot > 1);

  // Even with every older version gone it does not fit: it fails, the current version stays.
  const std::string good = f.store.RawDocument(id);
  f.storage.quota_bytes = 1;
  Rename(f.store, "Version 6", 600);
  f.store.Flush(610);
  CHECK(f.store.Status().state == SaveState::Failed);
  CHECK(f.store.Status().quota);
  CHECK(f.store.RawDocument(id) == good);
  f.storage.quota_bytes = 0;
  f.store.Tick(610 + WorkspaceStore::kRetryMs);
  CHECK(f.store.RawDocument(id).find("Version 6") != std::string::npos);
}

TEST_CASE("the earlier layout (index format 1) is read, and migrated on the next save without loss") {
  MemoryStorage storage;
  const std::string a = Doc("Team A", 1, ",\"people\":[{\"id\":\"p1\",\"name\":\"Ada\",\"role\":\"ml_engineer\"}]");
  const std::string b = Doc("Team B", 1);
  storage.data["mlteams/index"] =
      "{\"format\":1,\"active\":\"old-a\",\"workspaces\":[{\"id\":\"old-a\",\"name\":\"Team A\",\"modified\":5},"
      "{\"id\":\"old-b\",\"name\":\"Team B\",\"modified\":6}]}";
  storage.data["mlteams/ws/old-a"] = a;
  storage.data["mlteams/ws/old-b"] = b;
  int next = 0;
  WorkspaceStore store(storage, [&] { return "new-" + std::to_string(++next); });
  store.Open(100);
  CHECK(store.Current().id == "old-a");
  CHECK(store.Current().people.size() == 1);
  CHECK(store.List().size() == 2);
  auto versions = store.Versions("old-a");
  REQUIRE(versions.size() == 1);
  CHECK(versions[0].slot == 0);
  CHECK(storage.data["mlteams/ws/old-a"] == a);  // reading changes no document
  CHECK(storage.data["mlteams/ws/old-b"] == b);

  // A failed first save leaves the old document and its index entry as they were.
  storage.fail_writes = true;
  Rename(store, "Team A, renamed", 110);
  store.Flush(120);
  CHECK(store.Status().state == SaveState::Failed);
  CHECK(storage.data["mlteams/ws/old-a"] == a);
  CHECK(CurrentSlot(storage, "old-a") == 0);

  storage.fail_writes = false;
  store.Tick(120 + WorkspaceStore::kRetryMs);
  CHECK(store.Status().state == SaveState::Saved);
  CHECK(CurrentSlot(storage, "old-a") == 1);
  CHECK(int(NumberOr(ParseJson(storage.data["mlteams/index"], nullptr), "format", 0)) == WorkspaceStore::kIndexFormat);
  CHECK(storage.data["mlteams/ws/old-a"] == a);  // kept as version 0 until it ages out
  versions = store.Versions("old-a");
  REQUIRE(versions.size() == 2);
  CHECK(versions[1].slot == 0);
  REQUIRE(store.RestoreVersion("old-a", 0, 4000).ok);
  CHECK(store.Current().name == "Team A");
  for (int i = 0; i < 6; ++i) {
    Rename(store, "Team A " + std::to_string(i), 5000 + i * 100);
    store.Flush(5000 + i * 100 + 10);
  }
  CHECK(storage.data.count("mlteams/ws/old-a") == 0);  // aged out, after five newer versions
  CHECK(storage.data["mlteams/ws/old-b"] == b);        // never touched
  REQUIRE(store.Switch("old-b", 6000).ok);
  CHECK(store.Current().name == "Team B");
}

TEST_CASE("a damaged stored document is quarantined: kept as is, its text available, the others intact") {
  Fixture f;
  f.store.Open(0);
  const std::string good = f.store.Current().id;
  auto bad = f.store.Create("Will break", 10);
  auto invalid = f.store.Create("Will be invalid", 20);
  REQUIRE(bad.ok);
  REQUIRE(invalid.ok);
  REQUIRE(f.store.Switch(good, 30).ok);
  Rename(f.store, "Good", 40);
  f.store.Flush(50);
  const std::string broken_text = "{\"schema_version\":2,\"name\":\"Will b";
  const std::string invalid_text = Doc("Will be invalid", 2, ",\"people\":\"nobody\"");
  f.storage.data[WorkspaceStore::SlotKey(bad.id, CurrentSlot(f.storage, bad.id))] = broken_text;
  f.storage.data[WorkspaceStore::SlotKey(invalid.id, CurrentSlot(f.storage, invalid.id))] = invalid_text;

  WorkspaceStore again(f.storage, [] { return std::string("tab-2"); });
  again.Open(100);
  CHECK(again.Current().id == good);
  CHECK(again.Current().name == "Good");
  auto list = again.List();
  REQUIRE(list.size() == 3);
  for (const auto& w : list) {
    if (w.id == bad.id) {
      CHECK(w.damaged);
      CHECK(w.reason.find("not valid JSON") != std::string::npos);
    } else if (w.id == invalid.id) {
      CHECK(w.damaged);
      CHECK(w.reason.find("people") != std::string::npos);
    } else {
      CHECK_FALSE(w.damaged);
    }
  }
  // The marks are in the stored index, with the reason.
  CHECK(IndexEntry(f.storage, bad.id)["damaged"] == true);
  CHECK(StringOr(IndexEntry(f.storage, bad.id), "reason", "").find("not valid JSON") != std::string::npos);
  CHECK(again.RawDocument(bad.id) == broken_text);
  CHECK(again.RawDocument(invalid.id) == invalid_text);
  auto sw = again.Switch(bad.id, 110);
  CHECK_FALSE(sw.ok);
  CHECK(sw.error.find("kept untouched") != std::string::npos);
  CHECK(again.Current().id == good);

  for (int i = 0; i < 8; ++i) {
    Rename(again, "edit " + std::to_string(i), 200 + i * 100);
    again.Flush(250 + i * 100);
  }
  CHECK(again.RawDocument(bad.id) == broken_text);
  CHECK(again.RawDocument(invalid.id) == invalid_text);
  CHECK(again.Versions(bad.id).size() == 1);

  // An earlier version of a damaged workspace opens as a copy; the damaged one stays.
  const int before = CurrentSlot(f.storage, invalid.id);
  Workspace older;
  older.name = "Older";
  f.storage.data[WorkspaceStore::SlotKey(invalid.id, before + 1)] = WorkspaceToText(older);  // as a crash leaves it
  WorkspaceStore third(f.storage, [] { return std::string("tab-3"); });
  third.Open(2000);
  REQUIRE(third.Versions(invalid.id).size() == 2);
  auto restored = third.RestoreVersion(invalid.id, before + 1, 2100);
  REQUIRE(restored.ok);
  CHECK(restored.id != invalid.id);
  CHECK(third.Current().name == "Older (restored)");
  CHECK(third.RawDocument(invalid.id) == invalid_text);

  // Deleting it stays possible: an explicit choice of the user.
  CHECK(third.Delete(bad.id, 2200).ok);
  CHECK(third.RawDocument(bad.id).empty());
}

TEST_CASE("a document from a newer schema opens read-only and is never written over") {
  MemoryStorage storage;
  const int newer = kSchemaVersion + 1;
  const std::string text = Doc("From the future", newer, ",\"people\":[],\"hologram\":{\"x\":1}");
  storage.data["mlteams/ws/future"] = text;
  storage.data["mlteams/ws/today"] = Doc("Today", kSchemaVersion);
  storage.data["mlteams/index"] = "{\"format\":1,\"active\":\"future\",\"workspaces\":[{\"id\":\"future\",\"name\":\"x\"},{\"id\":\"today\",\"name\":\"Today\"}]}";
  int next = 0;
  WorkspaceStore store(storage, [&] { return "n" + std::to_string(++next); });
  store.Open(10);
  REQUIRE(store.Current().id == "future");
  CHECK(store.ReadOnly());
  CHECK(store.ReadOnlyReason().find("schema " + std::to_string(newer)) != std::string::npos);
  CHECK(store.ReadOnlyReason().find("schema " + std::to_string(kSchemaVersion)) != std::string::npos);
  CHECK(store.Current().name == "From the future");
  bool flagged = false;
  for (const auto& w : store.List()) flagged |= w.id == "future" && w.read_only && !w.damaged;
  CHECK(flagged);

  const auto before = storage.data;
  CHECK_FALSE(store.Apply("rename", [](Workspace& w) { w.name = "changed"; }, 20));
  CHECK(store.Current().name == "From the future");
  CHECK_FALSE(store.Dirty());
  CHECK(store.Status().message == store.ReadOnlyReason());
  CHECK(store.TakeNotices().size() == 1);
  CHECK_FALSE(store.Undo(30));
  CHECK_FALSE(store.RestoreVersion("future", 0, 35).ok);
  store.Tick(5000);
  store.Flush(5010);
  CHECK(storage.data == before);
  CHECK(store.RawDocument("future") == text);  // for download, with what this version does not know

  REQUIRE(store.Switch("today", 6000).ok);
  CHECK_FALSE(store.ReadOnly());
  Rename(store, "Today, edited", 6010);
  store.Flush(6020);
  CHECK(storage.data["mlteams/ws/future"] == text);
  REQUIRE(store.Switch("future", 6030).ok);
  CHECK(store.ReadOnly());

  // One this version cannot show at all is quarantined, with both versions named.
  storage.data["mlteams/ws/future2"] = Doc("Odd", newer, ",\"people\":\"many\"");
  WorkspaceStore again(storage, [] { return std::string("t2"); });
  again.Open(7000);
  for (const auto& w : again.List())
    if (w.id == "future2") {
      CHECK(w.damaged);
      CHECK(w.reason.find("newer version") != std::string::npos);
      CHECK(w.reason.find("schema " + std::to_string(newer)) != std::string::npos);
    }
}

TEST_CASE("the last active workspace is damaged: the app starts on another, and switching marks damage found later") {
  MemoryStorage storage;
  storage.data["mlteams/ws/bad"] = "{\"schema_version\":2,";
  storage.data["mlteams/ws/good"] = Doc("Good");
  storage.data["mlteams/ws/later"] = Doc("Later");
  storage.data["mlteams/index"] = "{\"format\":1,\"active\":\"bad\",\"workspaces\":[{\"id\":\"bad\",\"name\":\"Bad\"},"
                                  "{\"id\":\"good\",\"name\":\"Good\"},{\"id\":\"later\",\"name\":\"Later\"}]}";
  WorkspaceStore store(storage, [] { return std::string("t"); });
  store.Open(0);
  CHECK(store.Current().id != "bad");
  CHECK(store.Status().state == SaveState::Saved);
  CHECK(store.List().size() == 3);
  CHECK(store.RawDocument("bad") == "{\"schema_version\":2,");

  // Damaged after the start (another program wrote it): found when opened.
  storage.data["mlteams/ws/later"] = "[]";
  const std::string open_id = store.Current().id;
  auto r = store.Switch("later", 10);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("kept untouched") != std::string::npos);
  CHECK(store.Current().id == open_id);
  CHECK(IndexEntry(storage, "later")["damaged"] == true);
  CHECK(storage.data["mlteams/ws/later"] == "[]");
  CHECK(storage.data["mlteams/ws/bad"] == "{\"schema_version\":2,");
}
