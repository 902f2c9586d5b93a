// The user's workspaces in storage: which exist, which is open, its undo
// history, and when it is saved. The one entry point for edits, so autosave
// and undo cannot be bypassed.
//
// Storage layout (keys under "mlteams/"):
//   index        {"format":1,"active":id,"workspaces":[{"id","name","modified"}]}
//   ws/<id>      the workspace document (schema in docs/workspace-schema.md)
//
// Safety rules:
//   - Nothing is written until the index has been read successfully; if it
//     cannot be read, the session runs on an in-memory storage and says so.
//   - A workspace whose edits could not be written is kept in memory (parked)
//     when another is opened, and written when storage works again.
//   - A stored document that fails to load is never written over.
//   - Imports and new workspaces get a new id: they never replace another.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/history.h"
#include "model/workspace.h"
#include "store/storage.h"

namespace mlt {

struct WorkspaceInfo {
  std::string id;
  std::string name;
  int64_t modified_ms = 0;
  bool damaged = false;  // stored document could not be loaded; kept untouched
};

enum class SaveState {
  Saved,      // storage holds exactly what is on screen
  Pending,    // an edit waits for the autosave
  Failed,     // the last write failed; work is only in memory
  Disabled,   // storage could not be read at start: nothing will be written
};

struct SaveStatus {
  SaveState state = SaveState::Saved;
  std::string message;     // why it failed, in the user's terms
  int64_t last_saved_ms = 0;
  bool quota = false;
};

struct OpResult {
  bool ok = true;
  std::string error;
  std::string id;  // the workspace created or opened, when there is one
  static OpResult Fail(std::string e) { return {false, std::move(e), {}}; }
};

class WorkspaceStore {
 public:
  using IdSource = std::function<std::string()>;
  WorkspaceStore(KeyValueStorage& storage, IdSource new_id);

  // Reads the index and opens the last active workspace, creating a first
  // one on an empty storage.
  void Open(int64_t now_ms);

  const Workspace& Current() const { return current_; }
  std::vector<WorkspaceInfo> List() const { return index_; }
  const SaveStatus& Status() const { return status_; }
  bool Dirty() const { return dirty_; }
  bool Persistent() const { return persistent_; }
  // Changes whenever the open document changes (edit, undo, switch, import):
  // lets views cache what they derive from it.
  uint64_t Revision() const { return revision_; }
  size_t ParkedCount() const { return parked_.size(); }

  // Every edit of the document goes through here (undoable, autosaved).
  // `merge_key`: see History::Record (one undo step per typing run or drag).
  void Apply(const std::string& what, const std::function<void(Workspace&)>& edit, int64_t now_ms,
             const std::string& merge_key = {});
  bool Undo(int64_t now_ms);
  bool Redo(int64_t now_ms);
  const History& Edits() const { return history_; }

  // Autosave: call every frame. Saves a short quiet moment after the last edit,
  // and at most `kMaxDelayMs` after the first unsaved one.
  void Tick(int64_t now_ms);
  // Save now if anything is unsaved (page hide, switching, explicit save).
  void Flush(int64_t now_ms);
  static constexpr int64_t kQuietMs = 250, kMaxDelayMs = 800;

  OpResult Create(const std::string& name, int64_t now_ms);
  OpResult Import(std::string_view text, int64_t now_ms);
  OpResult Switch(const std::string& id, int64_t now_ms);
  OpResult Duplicate(int64_t now_ms);
  OpResult Delete(const std::string& id, int64_t now_ms);

  static std::string DocKey(const std::string& id) { return "mlteams/ws/" + id; }
  static constexpr const char* kIndexKey = "mlteams/index";

 private:
  bool ReadIndex(std::string* error);
  bool WriteIndex();
  bool Save(int64_t now_ms);
  OpResult Adopt(Workspace ws, int64_t now_ms);  // add as new entry and open
  void OpenFirstAvailable(int64_t now_ms);
  WorkspaceInfo* Find(const std::string& id);
  void SetFailed(const StorageStatus& st);
  void MarkEdited(int64_t now_ms);
  void ParkIfUnsaved();
  void RetryParked();

  KeyValueStorage* storage_;    // the real storage, or fallback_ when it cannot be read
  MemoryStorage fallback_;      // keeps the session working in memory
  bool persistent_ = true;      // false when running on fallback_
  // Workspaces replaced on screen while their latest edits could not be
  // written (storage failing): kept here, reopened by Switch, retried by Tick.
  std::map<std::string, Workspace> parked_;
  IdSource new_id_;
  std::vector<WorkspaceInfo> index_;
  Workspace current_;
  History history_;
  SaveStatus status_;
  bool writable_ = false;  // the index was read: writing cannot lose entries
  bool dirty_ = false;
  uint64_t revision_ = 0;
  int64_t first_dirty_ms_ = 0, last_edit_ms_ = 0, last_attempt_ms_ = 0;
};

}  // namespace mlt
