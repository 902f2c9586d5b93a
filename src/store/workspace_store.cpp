// [SECTION] Keys and index  [SECTION] Loading documents  [SECTION] Open  [SECTION] Saving
// [SECTION] Edits  [SECTION] Workspace operations  [SECTION] Versions  [SECTION] Several tabs
#include "store/workspace_store.h"

#include <algorithm>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "model/json_util.h"

namespace mlt {
using nlohmann::json;

namespace {
const std::string kLegacyPrefix = "mlteams/ws/";   // index format 1: one document per workspace
const std::string kSlotPrefix = "mlteams/doc/";    // index format 2: mlteams/doc/<id>/<slot>

const char* const kLostMessage =
    "Browser storage was cleared while the app was open: the list of workspaces is gone from this "
    "browser. The open workspace is kept in this tab and will be saved again in a few seconds; "
    "workspaces that were not open in this tab could not be kept. Export the open one to be safe.";

std::string Describe(const StorageStatus& st) {
  if (st.quota) return "Browser storage is full. Your latest changes are only in this tab: export the workspace to keep them.";
  return "Browser storage refused to save (" + st.message + "). Your latest changes are only in this tab: export the workspace to keep them.";
}

std::string Quoted(const std::string& name) { return "\"" + name + "\""; }

bool Flag(const json& j, const char* key) {
  const json* v = Member(j, key);
  return v && v->is_boolean() && v->get<bool>();
}

// "12" -> 12; anything but 1 to 9 digits -> -1.
int ParseSlot(const std::string& s) {
  if (s.empty() || s.size() > 9) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool ValidId(const std::string& id) { return !id.empty() && id.find('/') == std::string::npos; }
}  // namespace

WorkspaceStore::WorkspaceStore(KeyValueStorage& storage, IdSource new_id)
    : storage_(&storage), new_id_(std::move(new_id)) {}

std::string WorkspaceStore::SlotKey(const std::string& id, int slot) {
  return slot <= 0 ? kLegacyPrefix + id : kSlotPrefix + id + "/" + std::to_string(slot);
}

WorkspaceStore::Entry* WorkspaceStore::Index::Find(const std::string& id) {
  for (auto& e : entries)
    if (e.info.id == id) return &e;
  return nullptr;
}

WorkspaceStore::Entry* WorkspaceStore::Find(const std::string& id) {
  for (auto& e : index_)
    if (e.info.id == id) return &e;
  return nullptr;
}

const WorkspaceStore::Entry* WorkspaceStore::Find(const std::string& id) const {
  for (auto& e : index_)
    if (e.info.id == id) return &e;
  return nullptr;
}

std::vector<WorkspaceInfo> WorkspaceStore::List() const {
  std::vector<WorkspaceInfo> out;
  out.reserve(index_.size());
  for (const auto& e : index_) out.push_back(e.info);
  return out;
}

std::string WorkspaceStore::NewStamp() { return tab_id_ + ":" + std::to_string(++save_counter_); }

std::vector<std::string> WorkspaceStore::TakeNotices() {
  std::vector<std::string> out;
  out.swap(notices_);
  return out;
}

// [SECTION] Keys and index
// The index is the commit point of every save (its entry names the current
// slot) and a cache of what the documents say: if it is missing or damaged at
// start it is rebuilt from the stored documents, so losing it loses nothing.
WorkspaceStore::IndexRead WorkspaceStore::ReadIndex(Index* out, StorageStatus* st) {
  *out = {};
  std::string text;
  bool found = false;
  *st = storage_->Get(kIndexKey, &text, &found);
  if (!st->ok) return IndexRead::Error;
  if (!found) return IndexRead::Missing;
  const json j = ParseJson(text, nullptr);
  const json* list = Member(j, "workspaces");
  if (!j.is_object() || !list || !list->is_array()) return IndexRead::Unreadable;
  out->format = int(NumberOr(j, "format", 1));
  if (out->format > kIndexFormat) return IndexRead::Newer;
  out->raw = j;
  out->raw.erase("workspaces");
  for (const auto& je : *list) {
    if (!je.is_object()) continue;
    Entry e;
    e.info.id = StringOr(je, "id", "");
    if (!ValidId(e.info.id) || out->Find(e.info.id)) continue;
    e.info.name = StringOr(je, "name", e.info.id);
    e.info.modified_ms = int64_t(NumberOr(je, "modified", 0));
    e.info.damaged = Flag(je, "damaged");
    e.info.read_only = Flag(je, "read_only");
    e.info.reason = StringOr(je, "reason", "");
    e.stamp = StringOr(je, "stamp", "");
    e.slot = std::max(0, int(NumberOr(je, "slot", 0)));  // format 1: the legacy document
    if (const json* vs = Member(je, "versions"); vs && vs->is_array()) {
      for (const auto& jv : *vs) {
        VersionInfo v;
        v.slot = int(NumberOr(jv, "slot", -1));
        if (v.slot < 0 || std::any_of(e.versions.begin(), e.versions.end(), [&](auto& o) { return o.slot == v.slot; }))
          continue;
        v.saved_ms = int64_t(NumberOr(jv, "saved", 0));
        v.bytes = size_t(std::max(0.0, NumberOr(jv, "bytes", 0)));
        v.people = int(NumberOr(jv, "people", -1));
        e.versions.push_back(v);
      }
    }
    if (std::none_of(e.versions.begin(), e.versions.end(), [&](auto& v) { return v.slot == e.slot; }))
      e.versions.push_back({e.slot, e.info.modified_ms, 0, -1, false});
    std::sort(e.versions.begin(), e.versions.end(), [](auto& a, auto& b) { return a.slot < b.slot; });
    e.raw = je;
    for (const char* k : {"id", "name", "modified", "damaged", "read_only", "reason", "stamp", "slot", "versions"})
      e.raw.erase(k);
    out->entries.push_back(std::move(e));
  }
  return IndexRead::Ok;
}

// Makes `index` agree with the stored documents: documents it does not list
// are added (index lost, or a crash before a new workspace's index write),
// stored versions it does not list are added back as versions (a save
// interrupted between its two writes), and entries with no document at all
// are dropped (nothing to open).
bool WorkspaceStore::RebuildFromKeys(Index* index, StorageStatus* st) {
  std::map<std::string, std::set<int>> found;
  std::vector<std::string> keys;
  *st = storage_->Keys(kLegacyPrefix, &keys);
  if (!st->ok) return false;
  for (const auto& k : keys) {
    std::string id = k.substr(kLegacyPrefix.size());
    if (ValidId(id)) found[id].insert(0);
  }
  *st = storage_->Keys(kSlotPrefix, &keys);
  if (!st->ok) return false;
  for (const auto& k : keys) {
    std::string rest = k.substr(kSlotPrefix.size());
    size_t slash = rest.rfind('/');
    if (slash == std::string::npos) continue;
    std::string id = rest.substr(0, slash);
    int slot = ParseSlot(rest.substr(slash + 1));
    if (ValidId(id) && slot > 0) found[id].insert(slot);
  }
  auto describe = [&](const std::string& id, VersionInfo* v, std::string* name) {
    std::string text;
    bool f = false;
    if (!storage_->Get(SlotKey(id, v->slot), &text, &f).ok || !f) return;
    v->bytes = text.size();
    ParseResult pr = ParseWorkspace(text);
    if (!pr.ok) return;
    v->saved_ms = pr.workspace.modified_ms;
    v->people = int(pr.workspace.people.size());
    if (name) *name = pr.workspace.name;
  };
  std::vector<Entry> kept;
  for (Entry& e : index->entries) {
    auto it = found.find(e.info.id);
    if (it == found.end()) continue;
    std::vector<VersionInfo> versions;
    for (const auto& v : e.versions)
      if (it->second.count(v.slot)) versions.push_back(v);
    for (int slot : it->second) {
      if (std::any_of(versions.begin(), versions.end(), [&](auto& v) { return v.slot == slot; })) continue;
      VersionInfo v;
      v.slot = slot;
      describe(e.info.id, &v, nullptr);
      versions.push_back(v);
    }
    std::sort(versions.begin(), versions.end(), [](auto& a, auto& b) { return a.slot < b.slot; });
    e.versions = std::move(versions);
    kept.push_back(std::move(e));
    found.erase(it);
  }
  for (const auto& [id, slots] : found) {
    Entry e;
    e.info.id = e.info.name = id;
    e.slot = *slots.rbegin();  // the latest write is the latest save
    for (int slot : slots) {
      VersionInfo v;
      v.slot = slot;
      describe(id, &v, slot == e.slot ? &e.info.name : nullptr);
      if (slot == e.slot) e.info.modified_ms = v.saved_ms;
      e.versions.push_back(v);
    }
    kept.push_back(std::move(e));
  }
  index->entries = std::move(kept);
  return true;
}

StorageStatus WorkspaceStore::WriteIndex(const Index& index) {
  json list = json::array();
  for (const auto& e : index.entries) {
    json je = e.raw.is_object() ? e.raw : json::object();
    je["id"] = e.info.id;
    je["name"] = e.info.name;
    je["modified"] = e.info.modified_ms;
    je["slot"] = e.slot;
    if (!e.stamp.empty()) je["stamp"] = e.stamp;
    json versions = json::array();
    for (const auto& v : e.versions)
      versions.push_back({{"slot", v.slot}, {"saved", v.saved_ms}, {"bytes", v.bytes}, {"people", v.people}});
    je["versions"] = versions;
    if (e.info.damaged) je["damaged"] = true;
    if (e.info.read_only) je["read_only"] = true;
    if (!e.info.reason.empty()) je["reason"] = e.info.reason;
    list.push_back(std::move(je));
  }
  json j = index.raw.is_object() ? index.raw : json::object();
  j["format"] = kIndexFormat;
  if (!current_.id.empty()) j["active"] = current_.id;
  j["workspaces"] = std::move(list);
  return storage_->Set(kIndexKey, Dump(j));
}

// What List() shows: the stored entries, plus the workspaces this tab holds
// in memory that are not stored (yet): the open one and the parked ones.
void WorkspaceStore::TakeIndex(const Index& index) {
  std::vector<Entry> list = index.entries;
  auto add_local = [&](const Workspace& ws) {
    if (ws.id.empty() || std::any_of(list.begin(), list.end(), [&](auto& e) { return e.info.id == ws.id; }))
      return;
    Entry e;
    e.info.id = ws.id;
    e.info.name = ws.name;
    e.info.modified_ms = ws.modified_ms;
    list.push_back(std::move(e));
  };
  add_local(current_);
  for (const auto& [id, ws] : parked_) add_local(ws);
  index_ = std::move(list);
}

bool WorkspaceStore::UpdateIndex(const std::function<void(Index&)>& change) {
  if (!writable_) return false;
  Index s;
  StorageStatus st;
  IndexRead r = ReadIndex(&s, &st);
  if (r == IndexRead::Missing || r == IndexRead::Unreadable) {
    if (index_seen_ || !RebuildFromKeys(&s, &st)) return false;  // a fault: the next save reports it
  } else if (r != IndexRead::Ok) {
    return false;
  }
  change(s);
  if (!WriteIndex(s).ok) return false;
  index_seen_ = true;
  TakeIndex(s);
  return true;
}

void WorkspaceStore::SetFailed(const StorageStatus& st) {
  if (!persistent_) return;
  status_.state = SaveState::Failed;
  status_.quota = st.quota;
  status_.message = Describe(st);
}

// [SECTION] Loading documents
WorkspaceStore::Loaded WorkspaceStore::LoadDoc(const std::string& id, int slot) {
  Loaded l;
  std::string text;
  bool found = false;
  StorageStatus st = storage_->Get(SlotKey(id, slot), &text, &found);
  if (!st.ok) {
    l.kind = Loaded::ReadError;
    l.reason = st.message;
    return l;
  }
  if (!found) {
    l.kind = Loaded::Missing;
    l.reason = "Its latest saved version is missing from storage (earlier versions can be restored as a copy)";
    return l;
  }
  l.bytes = text.size();
  ParseResult pr = ParseWorkspace(text);
  if (pr.ok) {
    l.kind = Loaded::Ok;
    l.ws = std::move(pr.workspace);
    l.ws.id = id;
    return l;
  }
  if (pr.source_schema > kSchemaVersion) {
    // A newer app wrote it. Show what this version understands, read-only;
    // the stored text stays exactly as it is.
    const std::string versions = "workspace schema " + std::to_string(pr.source_schema) +
                                 "; this version of the app reads up to schema " + std::to_string(kSchemaVersion);
    json j = ParseJson(text, nullptr);
    ParseResult lenient;
    if (j.is_object()) {
      j["schema_version"] = kSchemaVersion;
      lenient = WorkspaceFromJson(j);
    }
    if (lenient.ok) {
      l.kind = Loaded::ReadOnly;
      l.ws = std::move(lenient.workspace);
      l.ws.id = id;
      l.reason = Quoted(l.ws.name) + " was saved by a newer version of ML Team Studio (" + versions +
                 "). It is open read-only and nothing is saved over it: reload the page to get the newer "
                 "version, or download the file to keep it.";
      l.raw = std::move(text);
    } else {
      l.kind = Loaded::Damaged;
      l.reason = "It was saved by a newer version of ML Team Studio (" + versions +
                 ") and this version cannot show it: " + lenient.error;
    }
    return l;
  }
  l.kind = Loaded::Damaged;
  l.reason = pr.error;
  return l;
}

void WorkspaceStore::OpenLoaded(const std::string& id, Loaded l, const std::string& stamp) {
  read_only_ = l.kind == Loaded::ReadOnly;
  read_only_reason_ = read_only_ ? l.reason : "";
  read_only_raw_ = read_only_ ? std::move(l.raw) : "";
  current_ = std::move(l.ws);
  current_.id = id;
  ++revision_;
  known_[id] = {true, stamp, false};
  dirty_ = false;
  conflict_ = {};
  if (status_.state == SaveState::Pending || status_.state == SaveState::Conflict) {
    status_.state = SaveState::Saved;
    status_.message.clear();
  }
}

void WorkspaceStore::MarkDamaged(const std::string& id, const std::string& reason) {
  if (Entry* e = Find(id)) {
    e->info.damaged = true;
    e->info.read_only = false;
    e->info.reason = reason;
  }
  UpdateIndex([&](Index& s) {
    if (Entry* e = s.Find(id)) {
      e->info.damaged = true;
      e->info.read_only = false;
      e->info.reason = reason;
    }
  });
}

// [SECTION] Open
void WorkspaceStore::Open(int64_t now_ms) {
  if (tab_id_.empty()) tab_id_ = new_id_();
  history_.Clear();
  conflict_ = {};
  known_.clear();
  read_only_ = lost_ = false;
  Index s;
  StorageStatus st;
  std::string error;
  IndexRead r = ReadIndex(&s, &st);
  if (r == IndexRead::Error) {
    error = "Browser storage is not available (" + st.message + "). Work in this tab is not saved: export it to keep it.";
  } else if (r == IndexRead::Newer) {
    error = "The workspaces in this browser were saved by a newer version of ML Team Studio: reload the page to "
            "get it. Until then, work in this tab is not saved: export it to keep it.";
  } else if (!RebuildFromKeys(&s, &st)) {
    error = "Browser storage is not available (" + st.message + "). Work in this tab is not saved: export it to keep it.";
  }
  if (!error.empty()) {
    // Run on memory: everything works, nothing persists, the user is told.
    storage_ = &fallback_;
    persistent_ = false;
    writable_ = true;
    index_.clear();
    status_ = {SaveState::Disabled, error, 0, false};
    Create("My workspace", now_ms);
    return;
  }
  writable_ = true;
  persistent_ = true;
  status_ = {};
  // The active one first, so it is the one opened.
  const std::string active = StringOr(s.raw, "active", "");
  auto act = std::find_if(s.entries.begin(), s.entries.end(), [&](auto& e) { return e.info.id == active; });
  if (act != s.entries.end()) std::rotate(s.entries.begin(), act, act + 1);
  // Check every stored document now, so the list says at once which are damaged.
  std::optional<Loaded> first;
  std::string first_id, first_stamp;
  for (Entry& e : s.entries) {
    Loaded l = LoadEntry(e);
    if (l.kind != Loaded::ReadError) {  // a definite answer replaces the stored marks
      e.info.damaged = e.info.read_only = false;
      e.info.reason.clear();
    }
    switch (l.kind) {
      case Loaded::Ok:
      case Loaded::ReadOnly:
        e.info.name = l.ws.name;
        e.info.modified_ms = l.ws.modified_ms;
        for (auto& v : e.versions)
          if (v.slot == e.slot) { v.bytes = l.bytes; v.people = int(l.ws.people.size()); }
        if (l.kind == Loaded::ReadOnly) { e.info.read_only = true; e.info.reason = l.reason; }
        if (!first) { first_id = e.info.id; first_stamp = e.stamp; first = std::move(l); }
        break;
      case Loaded::Damaged:
      case Loaded::Missing:
        e.info.damaged = true;  // quarantined: never written over, never pruned
        e.info.reason = l.reason;
        break;
      case Loaded::ReadError:
        break;
    }
  }
  if (first) {
    OpenLoaded(first_id, std::move(*first), first_stamp);
    history_.Clear();
  }
  TakeIndex(s);
  StorageStatus ws = WriteIndex(s);  // the reconciled index, in format 2
  if (ws.ok) index_seen_ = true;
  else SetFailed(ws);
  if (!first) Create("My workspace", now_ms);
}

void WorkspaceStore::OpenFirstAvailable(int64_t now_ms) {
  const std::string leaving = current_.id;
  Index s;
  StorageStatus st;
  if (ReadIndex(&s, &st) == IndexRead::Ok) {
    TakeIndex(s);  // fresh stamps
    if (!s.Find(leaving) && !parked_.count(leaving))  // gone from storage: nothing left to list
      index_.erase(std::remove_if(index_.begin(), index_.end(), [&](auto& e) { return e.info.id == leaving; }),
                   index_.end());
  }
  const std::vector<Entry> list = index_;
  for (const Entry& e : list) {
    if (e.info.id == leaving || e.info.damaged) continue;
    if (auto p = parked_.find(e.info.id); p != parked_.end()) {
      current_ = p->second;
      parked_.erase(p);
      ++revision_;
      read_only_ = false;
      conflict_ = {};
      history_.Clear();
      MarkEdited(now_ms);  // still unsaved
      return;
    }
    Loaded l = LoadEntry(e);
    if (l.kind == Loaded::Ok || l.kind == Loaded::ReadOnly) {
      OpenLoaded(e.info.id, std::move(l), e.stamp);
      history_.Clear();
      UpdateIndex([](Index&) {});  // active
      return;
    }
    if (l.kind == Loaded::Damaged || l.kind == Loaded::Missing) MarkDamaged(e.info.id, l.reason);
  }
  Create("My workspace", now_ms);
}

// [SECTION] Saving
int WorkspaceStore::NextSlot(Index& index, const std::string& id) {
  int top = 0;
  if (Entry* e = index.Find(id)) {
    top = e->slot;
    for (const auto& v : e->versions) top = std::max(top, v.slot);
  }
  std::vector<std::string> keys;
  const std::string prefix = kSlotPrefix + id + "/";
  if (storage_->Keys(prefix, &keys).ok)
    for (const auto& k : keys) top = std::max(top, ParseSlot(k.substr(prefix.size())));
  return top + 1;
}

// Storage is full: drop this workspace's oldest versions but the current one
// (index first, then the slots) until about `need` bytes are free.
bool WorkspaceStore::PruneForSpace(Index* index, const std::string& id, size_t need) {
  Index trial = *index;
  Entry* e = trial.Find(id);
  if (!e || e->info.damaged) return false;
  std::vector<int> drop;
  size_t freed = 0;
  for (auto it = e->versions.begin(); it != e->versions.end() && freed < need;) {
    if (it->slot == e->slot) { ++it; continue; }
    size_t bytes = it->bytes;
    if (!bytes) {
      std::string text;
      bool f = false;
      if (storage_->Get(SlotKey(id, it->slot), &text, &f).ok && f) bytes = text.size();
    }
    freed += bytes + SlotKey(id, it->slot).size();
    drop.push_back(it->slot);
    it = e->versions.erase(it);
  }
  if (drop.empty() || !WriteIndex(trial).ok) return false;
  for (int slot : drop) storage_->Remove(SlotKey(id, slot));
  *index = std::move(trial);
  TakeIndex(*index);
  return true;
}

// One save of one document: check the stamp, write a new slot, switch the
// index entry to it, then drop the versions beyond kVersionsKept.
WorkspaceStore::SaveOutcome WorkspaceStore::SaveText(const std::string& id, const std::string& text,
                                                     const std::string& name, int64_t modified_ms, int people,
                                                     int64_t now_ms, StorageStatus* st) {
  Index s;
  IndexRead r = ReadIndex(&s, st);
  if (r == IndexRead::Error) return SaveOutcome::Failed;
  if (r == IndexRead::Newer) {
    *st = StorageStatus::Error("another tab runs a newer version of ML Team Studio; reload the page to get it");
    return SaveOutcome::Failed;
  }
  if (r != IndexRead::Ok) {
    // The index is gone although this session had it: storage was cleared.
    // Report it before writing an index that would not list the others.
    if (index_seen_ && !lost_) {
      EnterLost(now_ms);
      return SaveOutcome::Lost;
    }
    if (!RebuildFromKeys(&s, st)) return SaveOutcome::Failed;
  }
  const Known k = known_.count(id) ? known_[id] : Known{};
  Entry* e = s.Find(id);
  if (k.after_loss) {
    if (e && !e->stamp.empty()) return SaveOutcome::Conflict;  // another tab saved it since the clear
  } else if (!e) {
    if (k.exists) return SaveOutcome::Deleted;
  } else if (!k.exists || e->stamp != k.stamp) {
    return SaveOutcome::Conflict;
  }
  const int slot = NextSlot(s, id);
  const std::string key = SlotKey(id, slot);
  *st = storage_->Set(key, text);
  if (!st->ok && st->quota && PruneForSpace(&s, id, text.size() + key.size())) *st = storage_->Set(key, text);
  if (!st->ok) return SaveOutcome::Failed;
  e = s.Find(id);
  if (!e) {
    s.entries.emplace_back();
    e = &s.entries.back();
    e->info.id = id;
  }
  e->info.name = name;
  e->info.modified_ms = modified_ms;
  e->info.damaged = e->info.read_only = false;
  e->info.reason.clear();
  e->slot = slot;
  e->stamp = NewStamp();
  e->versions.push_back({slot, now_ms, text.size(), people, false});
  std::vector<int> drop;
  while (e->versions.size() > kVersionsKept) {  // ascending: the new current one is last
    drop.push_back(e->versions.front().slot);
    e->versions.erase(e->versions.begin());
  }
  StorageStatus wst = WriteIndex(s);
  if (!wst.ok) {
    storage_->Remove(key);  // not committed: the previous version stays current
    *st = wst;
    return SaveOutcome::Failed;
  }
  index_seen_ = true;
  for (int d : drop) storage_->Remove(SlotKey(id, d));
  known_[id] = {true, e->stamp, false};
  TakeIndex(s);
  return SaveOutcome::Saved;
}

bool WorkspaceStore::Save(int64_t now_ms) {
  last_attempt_ms_ = now_ms;
  if (!writable_ || read_only_ || conflict_.active) return false;
  StorageStatus st;
  switch (SaveText(current_.id, WorkspaceToText(current_), current_.name, current_.modified_ms,
                   int(current_.people.size()), now_ms, &st)) {
    case SaveOutcome::Saved:
      dirty_ = false;
      if (lost_) {
        lost_ = false;
        notices_.push_back("Saved " + Quoted(current_.name) + " again after browser storage was cleared.");
      }
      if (persistent_) status_ = {SaveState::Saved, "", now_ms, false};
      RetryParked(now_ms);
      return true;
    case SaveOutcome::Failed: SetFailed(st); return false;
    case SaveOutcome::Conflict: EnterConflict(false); return false;
    case SaveOutcome::Deleted: EnterConflict(true); return false;
    case SaveOutcome::Lost: return false;
  }
  return false;
}

void WorkspaceStore::EnterLost(int64_t now_ms) {
  lost_ = true;
  last_attempt_ms_ = now_ms;
  for (auto& [id, k] : known_) k = {false, "", true};
  known_[current_.id] = {false, "", true};
  for (const auto& [id, ws] : parked_) known_[id] = {false, "", true};
  conflict_ = {};  // the other version went with the storage: this tab's is what is left
  TakeIndex(Index{});
  if (persistent_) status_ = {SaveState::Failed, kLostMessage, status_.last_saved_ms, false};
  notices_.push_back(kLostMessage);
}

// After a clear: write what this tab holds again (a new index with entries
// for the open workspace and the parked ones).
void WorkspaceStore::Recover(int64_t now_ms) {
  last_attempt_ms_ = now_ms;
  StorageStatus st;
  const std::string text = read_only_ ? read_only_raw_ : WorkspaceToText(current_);
  const int people = read_only_ ? -1 : int(current_.people.size());
  switch (SaveText(current_.id, text, current_.name, current_.modified_ms, people, now_ms, &st)) {
    case SaveOutcome::Saved:
      lost_ = false;
      dirty_ = false;
      status_ = {SaveState::Saved, "", now_ms, false};
      notices_.push_back("Saved " + Quoted(current_.name) + " again after browser storage was cleared.");
      RetryParked(now_ms);
      if (!parked_.empty()) status_ = {SaveState::Failed, kLostMessage, now_ms, false};
      return;
    case SaveOutcome::Conflict: {  // another tab re-created it first
      lost_ = false;
      Index s;
      if (ReadIndex(&s, &st) != IndexRead::Ok) return;
      TakeIndex(s);
      const Entry* e = s.Find(current_.id);
      if (!e) return;
      if (dirty_ && !read_only_) EnterConflict(false);
      else Follow(*e, now_ms);
      if (!conflict_.active) status_ = {SaveState::Saved, "", now_ms, false};
      return;
    }
    case SaveOutcome::Failed:
      if (persistent_) status_ = {SaveState::Failed, std::string(kLostMessage) + " (" + st.message + ")", status_.last_saved_ms, st.quota};
      return;
    case SaveOutcome::Deleted:
    case SaveOutcome::Lost: return;
  }
}

void WorkspaceStore::ParkIfUnsaved() {
  if (dirty_ && !current_.id.empty()) parked_[current_.id] = current_;
  else known_.erase(current_.id);
  dirty_ = false;
}

void WorkspaceStore::RetryParked(int64_t now_ms) {
  size_t copies = 0;
  for (auto it = parked_.begin(); it != parked_.end();) {
    const Workspace& ws = it->second;
    StorageStatus st;
    SaveOutcome o = SaveText(it->first, WorkspaceToText(ws), ws.name, ws.modified_ms, int(ws.people.size()), now_ms, &st);
    if (o == SaveOutcome::Saved) {
      it = parked_.erase(it);
      continue;
    }
    if (o == SaveOutcome::Conflict || o == SaveOutcome::Deleted) {
      // Another tab saved (or deleted) it meanwhile: keep these edits as a new workspace.
      Workspace copy = ws;
      copy.id = new_id_();
      copy.name = ws.name + " (unsaved changes from this tab)";
      notices_.push_back("Changes to " + Quoted(ws.name) + " made in this tab could not be saved over the version " +
                         (o == SaveOutcome::Deleted ? "deleted" : "saved") + " in another tab. They are kept as " +
                         Quoted(copy.name) + ".");
      known_.erase(it->first);
      known_[copy.id] = {};
      parked_.erase(it);
      parked_[copy.id] = std::move(copy);
      if (++copies > 100) return;  // (cannot happen: a new id has no stored entry)
      it = parked_.begin();        // the copy is saved in this pass too
      continue;
    }
    return;  // failing or lost: try again later
  }
}

void WorkspaceStore::Tick(int64_t now_ms) {
  if (lost_) {
    if (writable_ && now_ms - last_attempt_ms_ >= kRetryMs) Recover(now_ms);
    return;
  }
  if (!dirty_ && !parked_.empty() && now_ms - last_attempt_ms_ >= kRetryMs) {
    last_attempt_ms_ = now_ms;
    RetryParked(now_ms);
    if (parked_.empty() && status_.state == SaveState::Failed) status_ = {SaveState::Saved, "", now_ms, false};
  }
  if (!dirty_ || !writable_ || conflict_.active) return;
  if (status_.state == SaveState::Failed && now_ms - last_attempt_ms_ < kRetryMs) return;
  if (now_ms - last_edit_ms_ >= kQuietMs || now_ms - first_dirty_ms_ >= kMaxDelayMs) Save(now_ms);
}

void WorkspaceStore::Flush(int64_t now_ms) {
  if (!writable_) return;
  if (lost_) {
    Recover(now_ms);
    return;
  }
  if (dirty_ && !conflict_.active) Save(now_ms);
  if (conflict_.active) {
    // The tab may be going away: keep this tab's version as a copy, never over theirs.
    std::string name = current_.name;
    OpResult r = ResolveConflictKeepMine(now_ms);
    if (r.ok) {
      const Entry* copy = Find(r.id);
      notices_.push_back("Your version of " + Quoted(name) + " (changed in another tab too) was kept as " +
                         Quoted(copy ? copy->info.name : name) + ".");
    }
  }
}

// [SECTION] Edits
bool WorkspaceStore::Apply(const std::string& what, const std::function<void(Workspace&)>& edit, int64_t now_ms,
                           const std::string& merge_key) {
  if (read_only_) {
    status_.message = read_only_reason_;
    if (notices_.empty() || notices_.back() != read_only_reason_) notices_.push_back(read_only_reason_);
    return false;
  }
  history_.Record(current_, what, merge_key, now_ms);
  edit(current_);
  MarkEdited(now_ms);
  return true;
}

void WorkspaceStore::MarkEdited(int64_t now_ms) {
  ++revision_;
  current_.modified_ms = now_ms;
  if (!dirty_) first_dirty_ms_ = now_ms;
  dirty_ = true;
  last_edit_ms_ = now_ms;
  if (status_.state == SaveState::Saved) status_.state = SaveState::Pending;
}

bool WorkspaceStore::Undo(int64_t now_ms) {
  if (read_only_ || !history_.Undo(current_)) return false;
  MarkEdited(now_ms);
  return true;
}

bool WorkspaceStore::Redo(int64_t now_ms) {
  if (read_only_ || !history_.Redo(current_)) return false;
  MarkEdited(now_ms);
  return true;
}

// [SECTION] Workspace operations
OpResult WorkspaceStore::Adopt(Workspace ws, int64_t now_ms) {
  Flush(now_ms);
  ParkIfUnsaved();
  ws.id = new_id_();
  ws.created_ms = ws.created_ms ? ws.created_ms : now_ms;
  ws.modified_ms = now_ms;
  current_ = std::move(ws);
  ++revision_;
  read_only_ = false;
  read_only_reason_.clear();
  read_only_raw_.clear();
  conflict_ = {};
  known_[current_.id] = {};
  if (!Find(current_.id)) {
    Entry e;
    e.info = {current_.id, current_.name, now_ms, false, false, ""};
    index_.push_back(std::move(e));
  }
  history_.Clear();
  dirty_ = true;
  first_dirty_ms_ = last_edit_ms_ = now_ms;
  if (status_.state == SaveState::Saved) status_.state = SaveState::Pending;
  if (writable_) Save(now_ms);
  return {true, "", current_.id};
}

OpResult WorkspaceStore::Create(const std::string& name, int64_t now_ms) {
  Workspace ws;
  ws.name = name.empty() ? "Untitled workspace" : name;
  ws.created_ms = now_ms;
  return Adopt(std::move(ws), now_ms);
}

OpResult WorkspaceStore::Import(std::string_view text, int64_t now_ms) {
  ParseResult pr = ParseWorkspace(text);
  if (!pr.ok) return OpResult::Fail(pr.error);
  return Adopt(std::move(pr.workspace), now_ms);
}

OpResult WorkspaceStore::Duplicate(int64_t now_ms) {
  Workspace copy = current_;
  copy.name += " (copy)";
  copy.created_ms = now_ms;
  return Adopt(std::move(copy), now_ms);
}

OpResult WorkspaceStore::Switch(const std::string& id, int64_t now_ms) {
  if (id == current_.id) return {true, "", id};
  const Entry* w = Find(id);
  if (!w && !parked_.count(id)) return OpResult::Fail("There is no workspace with the id \"" + id + "\"");
  const std::string name = w ? w->info.name : parked_[id].name;
  if (parked_.count(id)) {
    Flush(now_ms);  // (may write the parked one too: then it opens from storage below)
    if (auto p = parked_.find(id); p != parked_.end()) {
      Workspace ws = std::move(p->second);
      parked_.erase(p);
      ParkIfUnsaved();
      current_ = std::move(ws);
      ++revision_;
      read_only_ = false;
      conflict_ = {};
      history_.Clear();
      MarkEdited(now_ms);  // still unsaved
      return {true, "", id};
    }
  }
  Index s;
  StorageStatus st;
  IndexRead r = ReadIndex(&s, &st);
  if (r == IndexRead::Error) return OpResult::Fail("Could not read the workspace: " + st.message);
  if (r == IndexRead::Newer)
    return OpResult::Fail("The workspaces in this browser were saved by a newer version of ML Team Studio: reload the page");
  if (r != IndexRead::Ok) {
    if (index_seen_ && !lost_) EnterLost(now_ms);
    return OpResult::Fail("The workspace " + Quoted(name) + " is no longer in storage");
  }
  const Entry* e = s.Find(id);
  if (!e) {
    TakeIndex(s);
    return OpResult::Fail("The workspace " + Quoted(name) + " is no longer in storage (it was deleted in another tab)");
  }
  const std::string stamp = e->stamp;
  const bool was_marked = e->info.damaged || e->info.read_only;
  Loaded l = LoadEntry(*e);
  switch (l.kind) {
    case Loaded::ReadError: return OpResult::Fail("Could not read the workspace: " + l.reason);
    case Loaded::Missing:
    case Loaded::Damaged:
      MarkDamaged(id, l.reason);
      return OpResult::Fail("The workspace " + Quoted(name) + " could not be opened: " + l.reason +
                            ". It is kept untouched in storage.");
    case Loaded::Ok:
    case Loaded::ReadOnly: break;
  }
  Flush(now_ms);
  ParkIfUnsaved();
  const bool read_only = l.kind == Loaded::ReadOnly;
  const std::string reason = l.reason;
  OpenLoaded(id, std::move(l), stamp);
  history_.Clear();
  UpdateIndex([&](Index& x) {  // active; and the marks, if they changed (e.g. the app was updated)
    if (Entry* y = x.Find(id); y && (was_marked || read_only)) {
      y->info.damaged = false;
      y->info.read_only = read_only;
      y->info.reason = read_only ? reason : "";
    }
  });
  return {true, "", id};
}

OpResult WorkspaceStore::Delete(const std::string& id, int64_t now_ms) {
  if (!Find(id) && !parked_.count(id)) return OpResult::Fail("There is no workspace with the id \"" + id + "\"");
  if (!writable_) return OpResult::Fail("Browser storage is not available: nothing can be deleted");
  Index s;
  StorageStatus st;
  IndexRead r = ReadIndex(&s, &st);
  if (r == IndexRead::Error) return OpResult::Fail("Could not delete: " + st.message);
  if (r == IndexRead::Newer)
    return OpResult::Fail("Could not delete: the workspaces in this browser were saved by a newer version of ML Team Studio");
  bool write = true;
  if (r != IndexRead::Ok) {
    if (index_seen_) {
      if (!lost_) EnterLost(now_ms);
      write = false;  // storage was cleared: only this tab's memory holds it
    } else if (!RebuildFromKeys(&s, &st)) {
      return OpResult::Fail("Could not delete: " + st.message);
    }
  }
  if (write) {
    // The index first: no entry ever points at a removed document.
    s.entries.erase(std::remove_if(s.entries.begin(), s.entries.end(), [&](auto& e) { return e.info.id == id; }),
                    s.entries.end());
    st = WriteIndex(s);
    if (!st.ok) return OpResult::Fail("Could not delete: " + st.message);
    index_seen_ = true;
    std::vector<std::string> keys;
    if (storage_->Keys(kSlotPrefix + id + "/", &keys).ok)
      for (const auto& k : keys) storage_->Remove(k);
    storage_->Remove(LegacyDocKey(id));
  }
  parked_.erase(id);
  known_.erase(id);
  if (write) TakeIndex(s);
  index_.erase(std::remove_if(index_.begin(), index_.end(), [&](auto& e) { return e.info.id == id; }), index_.end());
  if (id == current_.id) {
    dirty_ = false;  // its edits went with it
    conflict_ = {};
    read_only_ = false;
    if (status_.state == SaveState::Conflict) status_ = {SaveState::Saved, "", status_.last_saved_ms, false};
    OpenFirstAvailable(now_ms);
  }
  return {true, "", current_.id};
}

// [SECTION] Versions
std::vector<VersionInfo> WorkspaceStore::Versions(const std::string& id) const {
  std::vector<VersionInfo> out;
  const Entry* e = Find(id);
  if (!e) return out;
  for (auto it = e->versions.rbegin(); it != e->versions.rend(); ++it) {
    out.push_back(*it);
    out.back().current = it->slot == e->slot;
  }
  return out;
}

OpResult WorkspaceStore::RestoreVersion(const std::string& id, int slot, int64_t now_ms) {
  if (conflict_.active) return OpResult::Fail("Resolve the conflict with the other tab first");
  const Entry* e = Find(id);
  if (!e) return OpResult::Fail("There is no workspace with the id \"" + id + "\"");
  if (std::none_of(e->versions.begin(), e->versions.end(), [&](auto& v) { return v.slot == slot; }))
    return OpResult::Fail("That version of " + Quoted(e->info.name) + " is no longer kept");
  const std::string name = e->info.name;
  const bool damaged = e->info.damaged;
  Loaded l = LoadDoc(id, slot);
  switch (l.kind) {
    case Loaded::ReadError: return OpResult::Fail("Could not read that version: " + l.reason);
    case Loaded::Missing: return OpResult::Fail("That version of " + Quoted(name) + " is no longer in storage");
    case Loaded::Damaged: return OpResult::Fail("That version of " + Quoted(name) + " could not be read: " + l.reason);
    case Loaded::ReadOnly:
      return OpResult::Fail("That version of " + Quoted(name) +
                            " was saved by a newer version of ML Team Studio and cannot be restored here");
    case Loaded::Ok: break;
  }
  if (damaged) {  // the damaged workspace stays untouched: the version opens as a new one
    l.ws.name += " (restored)";
    return Adopt(std::move(l.ws), now_ms);
  }
  if (id != current_.id) {
    OpResult r = Switch(id, now_ms);
    if (!r.ok) return r;
  }
  if (read_only_) return OpResult::Fail(read_only_reason_);
  Workspace restored = std::move(l.ws);
  restored.id = current_.id;
  Apply("restore an earlier version", [&](Workspace& w) { w = std::move(restored); }, now_ms);
  return {true, "", id};
}

std::string WorkspaceStore::RawDocument(const std::string& id) {
  int slot = -1;
  Index s;
  StorageStatus st;
  if (ReadIndex(&s, &st) == IndexRead::Ok) {
    if (const Entry* e = s.Find(id)) slot = e->slot;
  } else if (const Entry* e = Find(id); e && !lost_) {
    slot = e->slot;
  }
  if (slot >= 0) {
    std::string text;
    bool found = false;
    if (storage_->Get(SlotKey(id, slot), &text, &found).ok && found) return text;
  }
  if (id == current_.id && read_only_) return read_only_raw_;  // storage lost it; this tab still has it
  return {};
}

// [SECTION] Several tabs
void WorkspaceStore::EnterConflict(bool deleted) {
  conflict_ = {true, current_.id, current_.name, deleted};
  std::string msg =
      deleted ? Quoted(current_.name) +
                    " was deleted in another tab while you were editing it here. Nothing has been deleted from "
                    "this tab: keep your version as a new workspace, or discard your changes."
              : Quoted(current_.name) +
                    " was also changed and saved in another tab. Nothing has been saved over it: keep your version "
                    "(saved as a new workspace) or take the other tab's version (yours stays one Undo away).";
  status_ = {SaveState::Conflict, std::move(msg), status_.last_saved_ms, false};
}

bool WorkspaceStore::Follow(const Entry& e, int64_t now_ms) {
  Loaded l = LoadEntry(e);
  if (l.kind == Loaded::Missing || l.kind == Loaded::ReadError) return false;
  const std::string name = current_.name;
  if (l.kind == Loaded::Damaged) {
    MarkDamaged(e.info.id, l.reason);
    notices_.push_back(Quoted(name) + " was changed in another tab and can no longer be read (" + l.reason +
                       "). It is kept untouched in storage; its earlier versions can be restored as a copy.");
    dirty_ = false;
    OpenFirstAvailable(now_ms);
    return true;
  }
  Workspace before = current_;
  const bool was_read_only = read_only_;
  OpenLoaded(e.info.id, std::move(l), e.stamp);
  if (!was_read_only && !read_only_) history_.Record(before, "changes from another tab", {}, now_ms);
  else history_.Clear();
  notices_.push_back(read_only_ ? read_only_reason_
                                : Quoted(current_.name) + " was updated with the changes saved in another tab.");
  return true;
}

void WorkspaceStore::OnExternalChange(const std::string& key, int64_t now_ms) {
  if (!persistent_ || !writable_) return;
  if (!key.empty() && key != kIndexKey) return;  // a slot write is always followed by its index write
  Index s;
  StorageStatus st;
  IndexRead r = ReadIndex(&s, &st);
  if (r == IndexRead::Error || r == IndexRead::Newer) return;
  if (r != IndexRead::Ok) {
    if (index_seen_ && !lost_) EnterLost(now_ms);
    return;
  }
  index_seen_ = true;
  TakeIndex(s);
  const Entry* e = s.Find(current_.id);
  const Known k = known_.count(current_.id) ? known_[current_.id] : Known{};
  const bool same = k.after_loss ? (!e || e->stamp.empty()) : e ? (k.exists && e->stamp == k.stamp) : !k.exists;
  if (same) return;
  if (k.after_loss) {  // another tab re-created storage and saved this workspace
    lost_ = false;
    if (parked_.empty()) status_ = {SaveState::Saved, "", status_.last_saved_ms, false};
  }
  if (conflict_.active) {
    conflict_.deleted_elsewhere = !e;
    EnterConflict(!e);
    return;
  }
  if (dirty_ && !read_only_) {
    EnterConflict(!e);
    return;
  }
  if (!e) {
    notices_.push_back(Quoted(current_.name) + " was deleted in another tab.");
    known_.erase(current_.id);
    dirty_ = false;
    OpenFirstAvailable(now_ms);
    return;
  }
  Entry copy = *e;
  Follow(copy, now_ms);
}

OpResult WorkspaceStore::ResolveConflictKeepMine(int64_t now_ms) {
  if (!conflict_.active) return OpResult::Fail("There is no conflict to resolve");
  const std::string orig = current_.id;
  const bool deleted = conflict_.deleted_elsewhere;
  Workspace mine = current_;
  mine.id = new_id_();
  mine.name = current_.name + " (this tab's version)";
  mine.modified_ms = now_ms;
  conflict_ = {};
  known_[mine.id] = {};
  StorageStatus st;
  SaveOutcome o = SaveText(mine.id, WorkspaceToText(mine), mine.name, mine.modified_ms, int(mine.people.size()),
                           now_ms, &st);
  const bool saved = o == SaveOutcome::Saved;
  if (saved) {
    if (persistent_) status_ = {SaveState::Saved, "", now_ms, false};
  } else {
    if (o == SaveOutcome::Failed) SetFailed(st);
    else if (!lost_) status_ = {SaveState::Failed, "Your version could not be saved yet: it is kept in this tab.", status_.last_saved_ms, false};
  }
  auto open_mine = [&] {
    known_.erase(orig);
    current_ = mine;
    ++revision_;
    read_only_ = false;
    history_.Clear();
    dirty_ = false;
    if (!saved) MarkEdited(now_ms);  // autosave keeps trying
    if (!saved || !UpdateIndex([](Index&) {})) {  // (UpdateIndex: active)
      Index x;
      x.entries = index_;
      TakeIndex(x);  // lists it while only in memory
    }
  };
  if (deleted) {
    open_mine();
    return {true, "", mine.id};
  }
  // Reload theirs as the open document; mine is a workspace of its own now.
  Index s;
  if (ReadIndex(&s, &st) == IndexRead::Ok) {
    TakeIndex(s);
    if (const Entry* e = s.Find(orig)) {
      const std::string stamp = e->stamp;
      Loaded l = LoadEntry(*e);
      if (l.kind == Loaded::Ok || l.kind == Loaded::ReadOnly) {
        if (!saved) parked_[mine.id] = mine;  // in memory until storage takes it
        OpenLoaded(orig, std::move(l), stamp);
        history_.Clear();
        if (!saved) TakeIndex(s);
        if (saved && persistent_) status_ = {SaveState::Saved, "", now_ms, false};
        return {true, "", mine.id};
      }
      if (l.kind == Loaded::Damaged) MarkDamaged(orig, l.reason);
    }
  }
  open_mine();  // theirs cannot be opened: stay on mine
  return {true, "", mine.id};
}

OpResult WorkspaceStore::ResolveConflictTakeTheirs(int64_t now_ms) {
  if (!conflict_.active) return OpResult::Fail("There is no conflict to resolve");
  if (conflict_.deleted_elsewhere) {
    known_.erase(current_.id);
    conflict_ = {};
    dirty_ = false;
    status_ = {parked_.empty() ? SaveState::Saved : SaveState::Failed, parked_.empty() ? "" : status_.message,
               status_.last_saved_ms, false};
    OpenFirstAvailable(now_ms);
    return {true, "", current_.id};
  }
  Index s;
  StorageStatus st;
  IndexRead r = ReadIndex(&s, &st);
  if (r == IndexRead::Error) return OpResult::Fail("Could not read the other tab's version: " + st.message);
  if (r != IndexRead::Ok) return OpResult::Fail("The other tab's version is no longer in storage");
  TakeIndex(s);
  const Entry* e = s.Find(current_.id);
  if (!e) {
    conflict_.deleted_elsewhere = true;
    return ResolveConflictTakeTheirs(now_ms);
  }
  const std::string stamp = e->stamp;
  Loaded l = LoadEntry(*e);
  if (l.kind != Loaded::Ok) return ResolveConflictKeepMine(now_ms);  // theirs cannot be edited here
  Workspace mine = current_;
  const std::string id = current_.id;
  status_ = {SaveState::Saved, "", status_.last_saved_ms, false};
  OpenLoaded(id, std::move(l), stamp);
  history_.Record(mine, "take the other tab's version", {}, now_ms);
  return {true, "", id};
}

}  // namespace mlt
