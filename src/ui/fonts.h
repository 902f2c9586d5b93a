// The app's fonts: Inter (regular and semibold) with Fork Awesome icons merged
// in, rasterised at the device's pixel density for crisp text on HiDPI.
#pragma once
#include <string>

#include "imgui.h"

namespace mlt {

struct FontSet {
  ImFont* body = nullptr;     // 15 px: text and widgets (the default font)
  ImFont* small = nullptr;    // 13 px: captions, status bar
  ImFont* heading = nullptr;  // 18 px semibold: section headings
  ImFont* title = nullptr;    // 25 px semibold: view titles
  bool real_fonts = false;    // false when the font files were missing (tests)
};

FontSet& Fonts();

// Rebuilds the atlas from `dir` (Inter-Regular.otf, Inter-SemiBold.otf,
// icons.ttf) at logical size x `zoom`, rasterised x `pixel_ratio`. Falls back
// to ImGui's built-in font when the files are absent. The caller re-uploads
// the atlas texture.
void BuildFonts(const std::string& dir, float zoom, float pixel_ratio);

}  // namespace mlt
