// Undo/redo by snapshots. Workspaces are small documents (a few hundred KB at
// most in normal use), so a bounded stack of copies is simpler and more robust
// than inverse commands: every edit is undoable by construction.
#pragma once
#include <cstdint>
#include <deque>
#include <string>

#include "model/workspace.h"

namespace mlt {

class History {
 public:
  explicit History(size_t capacity = 100) : capacity_(capacity) {}
  // Records the state before an edit labelled `what` (shown as "Undo rename").
  // Edits with the same non-empty `merge_key` within kMergeMs of each other
  // (typing in one field, dragging one bubble) become a single undo step.
  void Record(const Workspace& before, std::string what, const std::string& merge_key = {}, int64_t now_ms = 0);
  static constexpr int64_t kMergeMs = 1500;
  bool CanUndo() const { return !undo_.empty(); }
  bool CanRedo() const { return !redo_.empty(); }
  const std::string& UndoLabel() const;
  const std::string& RedoLabel() const;
  // Swap `current` with the neighbouring state. Return false when there is none.
  bool Undo(Workspace& current);
  bool Redo(Workspace& current);
  void Clear() { undo_.clear(); redo_.clear(); }
  size_t UndoDepth() const { return undo_.size(); }

 private:
  struct Entry {
    Workspace state;
    std::string what;
    std::string merge_key;
    int64_t last_ms = 0;
  };
  std::deque<Entry> undo_, redo_;
  size_t capacity_;
};

}  // namespace mlt
