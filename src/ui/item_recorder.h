// Records the widgets Dear ImGui submits each frame (through its test-engine
// item hooks) so end-to-end tests can find and click real widgets by label.
#pragma once
#include <string>
#include <vector>

namespace mlt {

struct RecordedItem {
  unsigned id = 0;
  std::string label;   // visible label: "##id" suffix and icon glyphs removed
  std::string window;  // name of the window that holds it
  float x = 0, y = 0, w = 0, h = 0;  // logical (CSS) pixels, canvas-relative
  bool visible = true;               // inside its window's clip rectangle
};

// Call once per frame, right after ImGui::NewFrame(): the items collected
// during the previous frame become LastFrameItems().
void ItemRecorderNewFrame();
const std::vector<RecordedItem>& LastFrameItems();
void EnableItemRecorder();

}  // namespace mlt
