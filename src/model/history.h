// Undo/redo by snapshots. Workspaces are small documents (a few hundred KB at
// most in normal use), so a bounded stack of copies is simpler and more robust
// than inverse commands: every edit is undoable by construction.
#pragma once
#include <deque>
#include <string>

#include "model/workspace.h"

namespace mlt {

class History {
 public:
  explicit History(size_t capacity = 100) : capacity_(capacity) {}
  // Records the state before an edit labelled `what` (shown as "Undo rename").
  void Record(const Workspace& before, std::string what);
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
  struct Entry { Workspace state; std::string what; };
  std::deque<Entry> undo_, redo_;
  size_t capacity_;
};

}  // namespace mlt
