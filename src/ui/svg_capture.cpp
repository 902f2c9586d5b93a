#include "ui/svg_capture.h"

#include <cstdio>
#include <vector>

#include "ui/fonts.h"
#include "ui/markup.h"
#include "ui/theme.h"

namespace mlt {
namespace {

struct RecordedText {
  ImVec2 pos;
  float size;
  float width;  // as measured with the app's font: the SVG text is fitted to it
  ImU32 col;
  std::string text;
  bool vertical, bold;
};
bool g_capturing = false;
std::vector<RecordedText> g_texts;

}  // namespace

std::string SvgColor(ImU32 c) {
  char b[8];
  std::snprintf(b, sizeof b, "#%02X%02X%02X", c & 0xFF, (c >> 8) & 0xFF, (c >> 16) & 0xFF);
  return b;
}

void ChartText(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const char* text,
               const char* text_end, bool vertical) {
  dl->AddText(font, size, pos, col, text, text_end);
  if (g_capturing)
    g_texts.push_back({pos, size, font->CalcTextSizeA(size, FLT_MAX, 0, text, text_end).x, col,
                       text_end ? std::string(text, text_end) : std::string(text), vertical,
                       font == Fonts().heading || font == Fonts().title});
}

void SvgCapture::Begin(ImDrawList* dl, ImVec2 min, ImVec2 max) {
  dl_ = dl;
  idx_start_ = dl->IdxBuffer.Size;
  min_ = min;
  max_ = max;
  g_capturing = true;
  g_texts.clear();
}

std::string SvgCapture::End(const std::string& title) {
  g_capturing = false;
  if (!dl_) return {};
  ImDrawList* dl = dl_;
  dl_ = nullptr;
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
  float w = max_.x - min_.x, h = max_.y - min_.y;
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                "font-family=\"Inter, 'Helvetica Neue', Arial, sans-serif\">\n", w, h, w, h);
  out += buf;
  out += "<title>" + MarkupEscape(title) + "</title>\n";
  std::snprintf(buf, sizeof buf, "<rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>\n", SvgColor(Palette().background).c_str());
  out += buf;
  // Untextured triangles, in drawing order, merged into one path per run of
  // the same colour. Anti-aliasing fringes (a vertex with zero alpha) are
  // left out: SVG renderers anti-alias on their own.
  std::string path;
  ImU32 path_col = 0;
  auto flush = [&]() {
    if (path.empty()) return;
    float a = float((path_col >> 24) & 0xFF) / 255.0f;
    std::snprintf(buf, sizeof buf, "<path fill=\"%s\" fill-opacity=\"%.3f\" d=\"", SvgColor(path_col).c_str(), a);
    out += buf;
    out += path;
    out += "\"/>\n";
    path.clear();
  };
  for (const ImDrawCmd& cmd : dl->CmdBuffer) {
    unsigned begin = cmd.IdxOffset, end = cmd.IdxOffset + cmd.ElemCount;
    if (end <= unsigned(idx_start_)) continue;
    if (begin < unsigned(idx_start_)) begin = unsigned(idx_start_);
    for (unsigned i = begin; i + 2 < end + 0 && i + 2 < unsigned(dl->IdxBuffer.Size); i += 3) {
      const ImDrawVert* v[3];
      bool textured = false, fringe = false;
      for (int k = 0; k < 3; ++k) {
        v[k] = &dl->VtxBuffer[int(dl->IdxBuffer[int(i) + k] + cmd.VtxOffset)];
        textured |= v[k]->uv.x != white.x || v[k]->uv.y != white.y;
        fringe |= ((v[k]->col >> 24) & 0xFF) == 0;
      }
      if (textured || fringe) continue;
      ImU32 col = v[0]->col;
      if (col != path_col) {
        flush();
        path_col = col;
      }
      std::snprintf(buf, sizeof buf, "M%.1f %.1fL%.1f %.1fL%.1f %.1fZ", v[0]->pos.x - min_.x, v[0]->pos.y - min_.y,
                    v[1]->pos.x - min_.x, v[1]->pos.y - min_.y, v[2]->pos.x - min_.x, v[2]->pos.y - min_.y);
      path += buf;
    }
  }
  flush();
  for (const RecordedText& t : g_texts) {
    float x = t.pos.x - min_.x, y = t.pos.y - min_.y;
    if (t.vertical) {
      std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\"%s "
                    "textLength=\"%.1f\" lengthAdjust=\"spacingAndGlyphs\" transform=\"rotate(-90 %.1f %.1f)\">",
                    x, y + t.size * 0.8f, t.size, SvgColor(t.col).c_str(), t.bold ? " font-weight=\"600\"" : "", t.width, x, y);
    } else {
      // textLength keeps the layout when the viewer substitutes another font.
      std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\"%s textLength=\"%.1f\" "
                    "lengthAdjust=\"spacingAndGlyphs\">", x, y + t.size * 0.8f, t.size, SvgColor(t.col).c_str(),
                    t.bold ? " font-weight=\"600\"" : "", t.width);
    }
    out += buf;
    out += MarkupEscape(t.text);
    out += "</text>\n";
  }
  g_texts.clear();
  out += "</svg>\n";
  return out;
}

}  // namespace mlt
