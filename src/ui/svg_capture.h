// SVG export of any chart drawn with ImDrawList: shapes come from the draw
// list's untextured triangles (grouped by colour), text from ChartText calls
// recorded while capturing, so the file matches the screen without a second
// drawing path per chart.
#pragma once
#include <string>

#include "imgui.h"

namespace mlt {

// Draws text like ImDrawList::AddText, and records it while an SvgCapture is
// active. `vertical`: the caller rotates it -90 degrees around `pos`.
void ChartText(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const char* text,
               const char* text_end = nullptr, bool vertical = false);

// "#RRGGBB" of an ImGui colour (alpha goes in a separate opacity attribute).
std::string SvgColor(ImU32 c);

class SvgCapture {
 public:
  // Starts recording what is drawn into `dl` from now on, inside [min, max].
  void Begin(ImDrawList* dl, ImVec2 min, ImVec2 max);
  // Stops and returns the SVG document (title escaped).
  std::string End(const std::string& title);
  bool Active() const { return dl_ != nullptr; }

 private:
  ImDrawList* dl_ = nullptr;
  int idx_start_ = 0;
  ImVec2 min_, max_;
};

}  // namespace mlt
