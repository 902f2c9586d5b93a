#include "model/history.h"

namespace mlt {
namespace {
const std::string kNothing;
}

void History::Record(const Workspace& before, std::string what) {
  undo_.push_back({before, std::move(what)});
  if (undo_.size() > capacity_) undo_.pop_front();
  redo_.clear();
}

const std::string& History::UndoLabel() const { return undo_.empty() ? kNothing : undo_.back().what; }
const std::string& History::RedoLabel() const { return redo_.empty() ? kNothing : redo_.back().what; }

bool History::Undo(Workspace& current) {
  if (undo_.empty()) return false;
  Entry e = std::move(undo_.back());
  undo_.pop_back();
  redo_.push_back({current, e.what});
  current = std::move(e.state);
  return true;
}

bool History::Redo(Workspace& current) {
  if (redo_.empty()) return false;
  Entry e = std::move(redo_.back());
  redo_.pop_back();
  undo_.push_back({current, e.what});
  current = std::move(e.state);
  return true;
}

}  // namespace mlt
