#include "model/history.h"

namespace mlt {
namespace {
const std::string kNothing;
}

void History::Record(const Workspace& before, std::string what, const std::string& merge_key, int64_t now_ms) {
  if (!merge_key.empty() && !undo_.empty() && redo_.empty() && undo_.back().merge_key == merge_key &&
      now_ms - undo_.back().last_ms <= kMergeMs) {
    undo_.back().last_ms = now_ms;  // same gesture: keep the state from before it began
    return;
  }
  undo_.push_back({before, std::move(what), merge_key, now_ms});
  if (undo_.size() > capacity_) undo_.pop_front();
  redo_.clear();
}

const std::string& History::UndoLabel() const { return undo_.empty() ? kNothing : undo_.back().what; }
const std::string& History::RedoLabel() const { return redo_.empty() ? kNothing : redo_.back().what; }

bool History::Undo(Workspace& current) {
  if (undo_.empty()) return false;
  Entry e = std::move(undo_.back());
  undo_.pop_back();
  redo_.push_back({current, e.what, {}, 0});
  current = std::move(e.state);
  return true;
}

bool History::Redo(Workspace& current) {
  if (redo_.empty()) return false;
  Entry e = std::move(redo_.back());
  redo_.pop_back();
  undo_.push_back({current, e.what, {}, 0});
  current = std::move(e.state);
  return true;
}

}  // namespace mlt
