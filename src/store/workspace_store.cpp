// [SECTION] Index  [SECTION] Open and save  [SECTION] Edits  [SECTION] Workspace operations
#include "store/workspace_store.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "model/json_util.h"

namespace mlt {
using nlohmann::json;

namespace {
constexpr int64_t kRetryMs = 3000;  // after a failed write, try again this often
const std::string kDocPrefix = "mlteams/ws/";

std::string Describe(const StorageStatus& st) {
  if (st.quota) return "Browser storage is full. Your latest changes are only in this tab: export the workspace to keep them.";
  return "Browser storage refused to save (" + st.message + "). Your latest changes are only in this tab: export the workspace to keep them.";
}
}  // namespace

WorkspaceStore::WorkspaceStore(KeyValueStorage& storage, IdSource new_id)
    : storage_(&storage), new_id_(std::move(new_id)) {}

WorkspaceInfo* WorkspaceStore::Find(const std::string& id) {
  for (auto& w : index_)
    if (w.id == id) return &w;
  return nullptr;
}

// [SECTION] Index
// The index is a cache of what the documents say; if it is missing or
// damaged it is rebuilt from the documents themselves, so losing it loses nothing.
bool WorkspaceStore::ReadIndex(std::string* error) {
  index_.clear();
  std::string text;
  bool found = false;
  StorageStatus st = storage_->Get(kIndexKey, &text, &found);
  if (!st.ok) { *error = st.message; return false; }
  std::string active;
  if (found) {
    const json j = ParseJson(text, nullptr);
    const json* list = Member(j, "workspaces");
    if (list && list->is_array()) {
      active = StringOr(j, "active", "");
      for (const auto& e : *list) {
        WorkspaceInfo w;
        w.id = StringOr(e, "id", "");
        if (w.id.empty() || Find(w.id)) continue;
        w.name = StringOr(e, "name", w.id);
        w.modified_ms = int64_t(NumberOr(e, "modified", 0));
        index_.push_back(w);
      }
    }
  }
  // Documents the index does not list (index lost, or written by a crash
  // between the two writes of a save) are added back.
  std::vector<std::string> keys;
  st = storage_->Keys(kDocPrefix, &keys);
  if (!st.ok) { *error = st.message; return false; }
  for (const auto& key : keys) {
    std::string id = key.substr(kDocPrefix.size());
    if (id.empty() || Find(id)) continue;
    WorkspaceInfo w;
    w.id = id;
    w.name = id;
    std::string doc;
    bool f = false;
    if (storage_->Get(key, &doc, &f).ok && f) {
      ParseResult pr = ParseWorkspace(doc);
      if (pr.ok) { w.name = pr.workspace.name; w.modified_ms = pr.workspace.modified_ms; }
    }
    index_.push_back(w);
  }
  // Index entries whose document is gone are dropped: nothing to open.
  index_.erase(std::remove_if(index_.begin(), index_.end(),
                              [&](const WorkspaceInfo& w) {
                                return std::find(keys.begin(), keys.end(), DocKey(w.id)) == keys.end();
                              }),
               index_.end());
  if (!active.empty() && Find(active)) {
    // Keep the active one first so OpenFirstAvailable tries it first.
    auto it = std::find_if(index_.begin(), index_.end(), [&](auto& w) { return w.id == active; });
    std::rotate(index_.begin(), it, it + 1);
  }
  return true;
}

bool WorkspaceStore::WriteIndex() {
  if (!writable_) return false;
  json list = json::array();
  for (const auto& w : index_)
    list.push_back({{"id", w.id}, {"name", w.name}, {"modified", w.modified_ms}});
  json j = {{"format", 1}, {"active", current_.id}, {"workspaces", list}};
  StorageStatus st = storage_->Set(kIndexKey, Dump(j));
  if (!st.ok) { SetFailed(st); return false; }
  return true;
}

void WorkspaceStore::SetFailed(const StorageStatus& st) {
  if (!persistent_) return;
  status_.state = SaveState::Failed;
  status_.quota = st.quota;
  status_.message = Describe(st);
}

// [SECTION] Open and save
void WorkspaceStore::Open(int64_t now_ms) {
  std::string error;
  history_.Clear();
  if (!ReadIndex(&error)) {
    // Run on memory: everything works, nothing persists, the user is told.
    storage_ = &fallback_;
    persistent_ = false;
    writable_ = true;
    index_.clear();
    status_ = {SaveState::Disabled,
               "Browser storage is not available (" + error +
                   "). Work in this tab is not saved: export it to keep it.",
               0, false};
    Create("My workspace", now_ms);
    return;
  }
  writable_ = true;
  persistent_ = true;
  status_ = {};
  OpenFirstAvailable(now_ms);
}

void WorkspaceStore::OpenFirstAvailable(int64_t now_ms) {
  for (auto& w : index_) {
    if (w.damaged) continue;
    std::string text;
    bool found = false;
    StorageStatus st = storage_->Get(DocKey(w.id), &text, &found);
    if (!st.ok || !found) { w.damaged = true; continue; }
    ParseResult pr = ParseWorkspace(text);
    if (!pr.ok) { w.damaged = true; continue; }  // kept as is, never written over
    current_ = std::move(pr.workspace);
    ++revision_;
    current_.id = w.id;
    w.name = current_.name;
    dirty_ = false;
    status_.state = SaveState::Saved;
    history_.Clear();
    WriteIndex();
    return;
  }
  Create("My workspace", now_ms);
}

bool WorkspaceStore::Save(int64_t now_ms) {
  last_attempt_ms_ = now_ms;
  if (!writable_) return false;
  StorageStatus st = storage_->Set(DocKey(current_.id), WorkspaceToText(current_));
  if (!st.ok) { SetFailed(st); return false; }
  if (WorkspaceInfo* w = Find(current_.id)) {
    w->name = current_.name;
    w->modified_ms = current_.modified_ms;
    w->damaged = false;
  }
  if (!WriteIndex()) return false;
  dirty_ = false;
  if (persistent_) status_ = {SaveState::Saved, "", now_ms, false};
  RetryParked();
  return true;
}

void WorkspaceStore::ParkIfUnsaved() {
  if (dirty_) parked_[current_.id] = current_;
  dirty_ = false;
}

void WorkspaceStore::RetryParked() {
  for (auto it = parked_.begin(); it != parked_.end();) {
    if (!storage_->Set(DocKey(it->first), WorkspaceToText(it->second)).ok) return;
    it = parked_.erase(it);
  }
}

void WorkspaceStore::Tick(int64_t now_ms) {
  if (!dirty_ && !parked_.empty() && now_ms - last_attempt_ms_ >= kRetryMs) {
    last_attempt_ms_ = now_ms;
    RetryParked();
    if (parked_.empty() && status_.state == SaveState::Failed) status_ = {SaveState::Saved, "", now_ms, false};
  }
  if (!dirty_ || !writable_) return;
  if (status_.state == SaveState::Failed && now_ms - last_attempt_ms_ < kRetryMs) return;
  if (now_ms - last_edit_ms_ >= kQuietMs || now_ms - first_dirty_ms_ >= kMaxDelayMs) Save(now_ms);
}

void WorkspaceStore::Flush(int64_t now_ms) {
  if (dirty_ && writable_) Save(now_ms);
}

// [SECTION] Edits
void WorkspaceStore::Apply(const std::string& what, const std::function<void(Workspace&)>& edit,
                           int64_t now_ms, const std::string& merge_key) {
  history_.Record(current_, what, merge_key, now_ms);
  edit(current_);
  MarkEdited(now_ms);
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
  if (!history_.Undo(current_)) return false;
  MarkEdited(now_ms);
  return true;
}

bool WorkspaceStore::Redo(int64_t now_ms) {
  if (!history_.Redo(current_)) return false;
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
  index_.push_back({current_.id, current_.name, now_ms, false});
  history_.Clear();
  dirty_ = true;
  first_dirty_ms_ = last_edit_ms_ = now_ms;
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
  WorkspaceInfo* w = Find(id);
  if (!w) return OpResult::Fail("There is no workspace with the id \"" + id + "\"");
  if (auto p = parked_.find(id); p != parked_.end()) {
    Flush(now_ms);
    ParkIfUnsaved();
    current_ = p->second;
    ++revision_;
    parked_.erase(p);
    history_.Clear();
    MarkEdited(now_ms);  // still unsaved
    return {true, "", id};
  }
  std::string text;
  bool found = false;
  StorageStatus st = storage_->Get(DocKey(id), &text, &found);
  if (!st.ok) return OpResult::Fail("Could not read the workspace: " + st.message);
  if (!found) return OpResult::Fail("The workspace \"" + w->name + "\" is no longer in storage");
  ParseResult pr = ParseWorkspace(text);
  if (!pr.ok) {
    w->damaged = true;
    return OpResult::Fail("The workspace \"" + w->name + "\" could not be opened: " + pr.error);
  }
  Flush(now_ms);
  ParkIfUnsaved();
  current_ = std::move(pr.workspace);
  ++revision_;
  current_.id = id;
  history_.Clear();
  dirty_ = false;
  if (status_.state != SaveState::Failed) status_.state = SaveState::Saved;
  WriteIndex();
  return {true, "", id};
}

OpResult WorkspaceStore::Delete(const std::string& id, int64_t now_ms) {
  WorkspaceInfo* w = Find(id);
  if (!w) return OpResult::Fail("There is no workspace with the id \"" + id + "\"");
  if (!writable_) return OpResult::Fail("Browser storage is not available: nothing can be deleted");
  StorageStatus st = storage_->Remove(DocKey(id));
  if (!st.ok) return OpResult::Fail("Could not delete: " + st.message);
  parked_.erase(id);
  index_.erase(std::remove_if(index_.begin(), index_.end(), [&](auto& e) { return e.id == id; }),
               index_.end());
  if (id == current_.id) {
    dirty_ = false;  // its edits went with it
    OpenFirstAvailable(now_ms);
  } else {
    WriteIndex();
  }
  return {true, "", current_.id};
}

}  // namespace mlt
