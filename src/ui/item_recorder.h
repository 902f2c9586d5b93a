// Records the widgets Dear ImGui submits each frame (through its test-engine
// item hooks) so end-to-end tests can find and click real widgets by label.
#pragma once
#include <string>
#include <vector>

namespace mlt {

struct RecordedItem {
  unsigned id = 0;
  std::string label;   // visible label: "##id" suffix and icon glyphs removed
  std::string key;     // the "##id" part of the label, if any ("coverage team" for "##coverage team")
  std::string window;  // name of the window that holds it
  float x = 0, y = 0, w = 0, h = 0;  // logical (CSS) pixels, canvas-relative
  bool visible = true;               // inside its window's clip rectangle
};

// Call once per frame, right after ImGui::NewFrame(): the items collected
// during the previous frame become LastFrameItems().
void ItemRecorderNewFrame();
const std::vector<RecordedItem>& LastFrameItems();
void EnableItemRecorder();
// Gives the last submitted item a label for items(): for widgets that do not
// report one to the hooks (BeginCombo).
void LabelLastItem(const char* label);
// BeginCombo that reports its label (and ##key) to items().
bool BeginReportedCombo(const char* label, const char* preview, int flags = 0);
// Reports something drawn without an ImGui widget (a chart bubble) so tests
// can find it like any widget: `window` is a pseudo window name.
void RecordCustomItem(const std::string& label, const std::string& window, float x, float y, float w, float h);

}  // namespace mlt
