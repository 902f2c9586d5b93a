#include "ui/fonts.h"

#include <cstdio>

namespace mlt {
namespace {
FontSet g_fonts;

bool FileExists(const std::string& path) {
  if (FILE* f = std::fopen(path.c_str(), "rb")) { std::fclose(f); return true; }
  return false;
}

// Latin-1 and the punctuation, arrows and symbols the app's text uses. Keep in
// sync with tools/make_fonts.sh, which subsets Inter to the same ranges.
const ImWchar kTextRanges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x2190, 0x2199,
                               0x2212, 0x2212, 0x2248, 0x2248, 0x2260, 0x2265, 0x20AC, 0x20AC,
                               0x2122, 0x2122, 0x25CF, 0x25CF, 0};
const ImWchar kIconRanges[] = {0xF000, 0xF372, 0};

ImFont* Add(ImGuiIO& io, const std::string& dir, const char* file, float size, float ratio) {
  ImFontConfig cfg;
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  cfg.RasterizerDensity = ratio;  // device pixels per logical pixel
  ImFont* font = io.Fonts->AddFontFromFileTTF((dir + "/" + file).c_str(), size, &cfg, kTextRanges);
  ImFontConfig icons;
  icons.MergeMode = true;
  icons.RasterizerDensity = ratio;
  icons.GlyphMinAdvanceX = size * 1.15f;  // icons line up in menus and the rail
  icons.GlyphOffset = ImVec2(0, 0.5f);
  io.Fonts->AddFontFromFileTTF((dir + "/icons.ttf").c_str(), size * 0.95f, &icons, kIconRanges);
  return font;
}
}  // namespace

FontSet& Fonts() { return g_fonts; }

void BuildFonts(const std::string& dir, float zoom, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  g_fonts = {};
  bool have = FileExists(dir + "/Inter-Regular.otf") && FileExists(dir + "/Inter-SemiBold.otf") &&
              FileExists(dir + "/icons.ttf");
  if (have) {
    g_fonts.body = Add(io, dir, "Inter-Regular.otf", 15.0f * zoom, pixel_ratio);
    g_fonts.small = Add(io, dir, "Inter-Regular.otf", 13.0f * zoom, pixel_ratio);
    g_fonts.heading = Add(io, dir, "Inter-SemiBold.otf", 18.0f * zoom, pixel_ratio);
    g_fonts.title = Add(io, dir, "Inter-SemiBold.otf", 25.0f * zoom, pixel_ratio);
    g_fonts.real_fonts = true;
  } else {
    ImFontConfig cfg;
    cfg.SizePixels = 13.0f * zoom;
    cfg.RasterizerDensity = pixel_ratio;
    g_fonts.body = g_fonts.small = g_fonts.heading = g_fonts.title = io.Fonts->AddFontDefault(&cfg);
  }
  io.FontDefault = g_fonts.body;
  io.Fonts->Build();
}

}  // namespace mlt
