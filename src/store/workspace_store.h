// The user's workspaces in storage: which exist, which is open, its undo
// history, when it is saved, its saved versions, and what happens when
// several tabs (or a storage clear) change storage under it. The one entry
// point for edits, so autosave and undo cannot be bypassed. Nothing here throws.
//
// Storage layout (all keys under "mlteams/"; details in docs/storage.md):
//   index            {"format":2,"active":id,"workspaces":[entry...]}
//                    entry: {"id","name","modified","slot","stamp",
//                            "versions":[{"slot","saved","bytes","people"}],
//                            "damaged","read_only","reason"}
//   doc/<id>/<n>     version n of a workspace document (n = 1, 2, 3...); the
//                    entry's "slot" names the current one, "versions" the kept ones
//   ws/<id>          a document in the layout of index format 1 (earlier app
//                    versions). Read as version 0 of <id>, kept until it ages out
//                    of the last kVersionsKept versions.
//
// Safety rules ("nothing is ever lost"):
//   - A save writes the document to a NEW slot, then switches the index entry
//     to it: a failure in between leaves the previous version current and intact.
//     The last kVersionsKept versions are kept; older slots are removed only
//     after the index no longer lists them.
//   - Nothing is written until the index has been read successfully; if it
//     cannot be read, the session runs on an in-memory storage and says so.
//   - A workspace whose edits could not be written is kept in memory (parked)
//     when another is opened, and written when storage works again.
//   - A stored document that fails to load is quarantined: marked damaged in the
//     index with the reason, never written over, never pruned, never deleted
//     (except by an explicit Delete). RawDocument() gives its text for download.
//   - A document from a newer schema opens read-only and is never saved over.
//   - Every index write re-reads the stored index and changes only its own
//     entries, so workspaces created or deleted by other tabs are kept.
//   - Every save checks the entry's stamp (tab id + save counter): if another
//     tab saved since this tab read it, nothing is written and the store enters
//     SaveState::Conflict, where both versions are kept until the user chooses.
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
  // The stored document could not be loaded (bad JSON, failed validation, or
  // its latest version is missing). It is kept untouched; `reason` says why.
  // It cannot be opened; RawDocument() and RestoreVersion() (as a copy) still work.
  bool damaged = false;
  // The stored document comes from a newer schema: it opens read-only.
  bool read_only = false;
  std::string reason;  // why damaged or read-only, in the user's terms; else empty
};

// One saved version of a workspace (see Versions()).
struct VersionInfo {
  int slot = 0;           // pass to RestoreVersion(); 0 = the document of the earlier layout
  int64_t saved_ms = 0;   // when it was saved (Unix ms; 0 = unknown)
  size_t bytes = 0;       // size of the stored text (0 = unknown)
  int people = -1;        // people in it (-1 = unknown)
  bool current = false;   // the version the workspace opens with
};

enum class SaveState {
  Saved,      // storage holds exactly what is on screen
  Pending,    // an edit waits for the autosave
  Failed,     // the last write failed (or storage was cleared); work is only in memory
  Disabled,   // storage could not be read at start: nothing will be written
  Conflict,   // another tab saved this workspace while this tab had unsaved
              // edits: nothing is saved until ResolveConflict*() is called
};

struct SaveStatus {
  SaveState state = SaveState::Saved;
  std::string message;     // why it failed / what the conflict is, in the user's terms
  int64_t last_saved_ms = 0;
  bool quota = false;
};

// The state behind SaveState::Conflict.
struct ConflictInfo {
  bool active = false;
  std::string id;                  // the workspace in conflict (the open one)
  std::string name;
  bool deleted_elsewhere = false;  // the other tab deleted it (rather than saved it):
                                   // "take theirs" then means "discard my changes"
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

  // The id written in the save stamps of this tab. Optional, before Open();
  // by default Open() takes one id from the IdSource. Must differ between tabs.
  void SetTabId(std::string tab_id) { tab_id_ = std::move(tab_id); }
  const std::string& TabId() const { return tab_id_; }

  // Reads the index (rebuilding it from the stored documents if it is missing
  // or damaged), checks every stored document (quarantining the bad ones) and
  // opens the last active workspace, creating a first one on an empty storage.
  void Open(int64_t now_ms);

  const Workspace& Current() const { return current_; }
  std::vector<WorkspaceInfo> List() const;
  const SaveStatus& Status() const { return status_; }
  bool Dirty() const { return dirty_; }
  bool Persistent() const { return persistent_; }
  // Changes whenever the open document changes (edit, undo, switch, import,
  // reload from another tab): lets views cache what they derive from it.
  uint64_t Revision() const { return revision_; }
  size_t ParkedCount() const { return parked_.size(); }

  // The open document cannot be changed (it comes from a newer schema):
  // Apply/Undo/Redo/RestoreVersion refuse, nothing is ever saved over it.
  // ReadOnlyReason() names both schema versions, for a banner.
  bool ReadOnly() const { return read_only_; }
  const std::string& ReadOnlyReason() const { return read_only_reason_; }
  // Makes the open document read-only until another one is opened (an
  // embedded view of a course page shows a document nobody may change).
  void MakeReadOnly(std::string reason) {
    read_only_ = true;
    read_only_reason_ = std::move(reason);
  }

  // Every edit of the document goes through here (undoable, autosaved).
  // `merge_key`: see History::Record (one undo step per typing run or drag).
  // Returns false (and changes nothing) when the document is read-only; the
  // reason is then in Status().message and in TakeNotices().
  bool Apply(const std::string& what, const std::function<void(Workspace&)>& edit, int64_t now_ms,
             const std::string& merge_key = {});
  bool Undo(int64_t now_ms);
  bool Redo(int64_t now_ms);
  const History& Edits() const { return history_; }

  // Autosave: call every frame. Saves a short quiet moment after the last edit,
  // and at most `kMaxDelayMs` after the first unsaved one. Retries failed
  // writes every kRetryMs, and re-creates storage after it was cleared.
  void Tick(int64_t now_ms);
  // Save now if anything is unsaved (page hide, switching, explicit save).
  // In Conflict state, the tab may be going away: this tab's version is then
  // saved as a new workspace, exactly as ResolveConflictKeepMine() does.
  void Flush(int64_t now_ms);
  static constexpr int64_t kQuietMs = 250, kMaxDelayMs = 800, kRetryMs = 3000;

  OpResult Create(const std::string& name, int64_t now_ms);
  OpResult Import(std::string_view text, int64_t now_ms);
  OpResult Switch(const std::string& id, int64_t now_ms);
  OpResult Duplicate(int64_t now_ms);
  // Removes the workspace and all its versions (an explicit user action: also
  // works on a damaged one). Deleting the open one opens another.
  OpResult Delete(const std::string& id, int64_t now_ms);

  // ---- Versions ----------------------------------------------------------
  // The kept versions of a workspace, newest first (empty for one never saved).
  std::vector<VersionInfo> Versions(const std::string& id) const;
  // Makes version `slot` (a VersionInfo::slot) the open document as ONE
  // undoable edit, autosaved as a new version: the newer state stays both an
  // Undo step and a version. Opens the workspace first if it is not open. For
  // a damaged workspace the version is opened as a new workspace (a copy), so
  // the damaged one stays untouched. Refused while read-only or in conflict.
  OpResult RestoreVersion(const std::string& id, int slot, int64_t now_ms);
  static constexpr size_t kVersionsKept = 5;

  // The stored text of a workspace's current document, exactly as stored
  // (for "download the damaged file" and for exporting a read-only document
  // without losing what this version does not understand). Empty if none.
  std::string RawDocument(const std::string& id);

  // ---- Several tabs ------------------------------------------------------
  // Call on every browser `storage` event (key = event.key, "" when storage
  // was cleared), and when the tab becomes visible again. If another tab saved
  // the open workspace: follows it when this tab has no unsaved edits (one
  // undo step "changes from another tab"), else enters SaveState::Conflict.
  // Also refreshes List() and notices a cleared storage.
  void OnExternalChange(const std::string& key, int64_t now_ms);
  const ConflictInfo& ConflictDetails() const { return conflict_; }
  // Saves this tab's version as a NEW workspace (name + " (this tab's
  // version)") and reloads the other tab's version as the open document
  // (if the other tab deleted the workspace, the copy is opened instead).
  // OpResult::id is the copy's id, e.g. for an "Open my version" button.
  OpResult ResolveConflictKeepMine(int64_t now_ms);
  // Reloads the other tab's version. This tab's version stays one Undo step
  // away ("take the other tab's version"). If the other tab deleted the
  // workspace, this tab's unsaved changes are discarded and another workspace
  // opens. If theirs cannot be opened for editing, this behaves as KeepMine.
  OpResult ResolveConflictTakeTheirs(int64_t now_ms);

  // Messages about things that happened without a user action (a reload from
  // another tab, a workspace deleted elsewhere, storage cleared and re-created,
  // parked edits saved as a copy). The UI shows each once, e.g. as a toast.
  std::vector<std::string> TakeNotices();

  // ---- Keys --------------------------------------------------------------
  static constexpr const char* kIndexKey = "mlteams/index";
  static constexpr int kIndexFormat = 2;
  // The key of version `slot` of a workspace (slot 0: the earlier layout's "mlteams/ws/<id>").
  static std::string SlotKey(const std::string& id, int slot);
  static std::string LegacyDocKey(const std::string& id) { return SlotKey(id, 0); }

 private:
  struct Entry {  // one index entry, as stored
    WorkspaceInfo info;
    int slot = 0;                       // current version
    std::string stamp;                  // "<tab>:<n>" of the last save ("" if unknown)
    std::vector<VersionInfo> versions;  // ascending slots; `current` not stored
    nlohmann::json raw = nlohmann::json::object();  // fields this version does not know, kept
  };
  struct Index {
    int format = 0;
    std::vector<Entry> entries;
    nlohmann::json raw = nlohmann::json::object();
    Entry* Find(const std::string& id);
  };
  enum class IndexRead { Ok, Missing, Unreadable, Error, Newer };
  struct Known {  // what this tab last read or wrote for a workspace it holds
    bool exists = false;  // stored in the index
    std::string stamp;
    bool after_loss = false;  // storage was cleared since: any stamp-less entry will do
  };
  enum class SaveOutcome { Saved, Failed, Conflict, Deleted, Lost };
  struct Loaded {
    enum Kind { Ok, ReadOnly, Damaged, Missing, ReadError } kind = Missing;
    Workspace ws;
    std::string raw;     // the stored text, kept for ReadOnly only
    size_t bytes = 0;    // size of the stored text
    std::string reason;  // why not Ok, in the user's terms
  };

  IndexRead ReadIndex(Index* out, StorageStatus* st);
  bool RebuildFromKeys(Index* index, StorageStatus* st);
  StorageStatus WriteIndex(const Index& index);
  void TakeIndex(const Index& index);  // index_ = stored entries + unsaved in-memory ones
  bool UpdateIndex(const std::function<void(Index&)>& change);  // best effort
  Loaded LoadDoc(const std::string& id, int slot);
  Loaded LoadEntry(const Entry& e) { return LoadDoc(e.info.id, e.slot); }
  int NextSlot(Index& index, const std::string& id);
  bool PruneForSpace(Index* index, const std::string& id, size_t need);
  SaveOutcome SaveText(const std::string& id, const std::string& text, const std::string& name,
                       int64_t modified_ms, int people, int64_t now_ms, StorageStatus* st);
  bool Save(int64_t now_ms);
  void Recover(int64_t now_ms);
  void EnterLost(int64_t now_ms);
  void EnterConflict(bool deleted);
  bool Follow(const Entry& e, int64_t now_ms);
  void OpenLoaded(const std::string& id, Loaded l, const std::string& stamp);
  void MarkDamaged(const std::string& id, const std::string& reason);
  OpResult Adopt(Workspace ws, int64_t now_ms);  // add as new entry and open
  void OpenFirstAvailable(int64_t now_ms);  // any workspace but the open one
  Entry* Find(const std::string& id);
  const Entry* Find(const std::string& id) const;
  void SetFailed(const StorageStatus& st);
  void MarkEdited(int64_t now_ms);
  void ParkIfUnsaved();
  void RetryParked(int64_t now_ms);
  std::string NewStamp();

  KeyValueStorage* storage_;    // the real storage, or fallback_ when it cannot be read
  MemoryStorage fallback_;      // keeps the session working in memory
  bool persistent_ = true;      // false when running on fallback_
  // Workspaces replaced on screen while their latest edits could not be
  // written (storage failing): kept here, reopened by Switch, retried by Tick.
  std::map<std::string, Workspace> parked_;
  std::map<std::string, Known> known_;
  IdSource new_id_;
  std::string tab_id_;
  uint64_t save_counter_ = 0;
  std::vector<Entry> index_;
  Workspace current_;
  History history_;
  SaveStatus status_;
  ConflictInfo conflict_;
  std::vector<std::string> notices_;
  bool read_only_ = false;
  std::string read_only_reason_;
  std::string read_only_raw_;   // the read-only document's exact text (re-written after a storage clear)
  bool writable_ = false;       // the index was read: writing cannot lose entries
  bool index_seen_ = false;     // this session read or wrote a stored index: its absence is a fault
  bool lost_ = false;           // storage was cleared under us: re-create what is in memory
  bool dirty_ = false;
  uint64_t revision_ = 0;
  int64_t first_dirty_ms_ = 0, last_edit_ms_ = 0, last_attempt_ms_ = 0;
};

}  // namespace mlt
