// [SECTION] Plot frame  [SECTION] Marks  [SECTION] Legend  [SECTION] Labels
#include "ui/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "imgui_internal.h"
#include "ui/fonts.h"
#include "ui/svg_capture.h"
#include "ui/theme.h"

namespace mlt {

ImU32 WithAlpha(ImU32 color, float alpha) {
  unsigned a = (color >> IM_COL32_A_SHIFT) & 0xFF;
  a = unsigned(std::clamp(a * alpha, 0.0f, 255.0f));
  return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

// [SECTION] Plot frame
std::string FormatTick(const AxisSpec& a, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, a.tick_format, v * a.tick_scale);
  if (buf[0] == '-' && std::atof(buf) == 0) return buf + 1;
  return buf;
}

ImVec2 PlotFrame::ToScreen(double vx, double vy) const {
  float fx = float((vx - x.min) / (x.max - x.min));
  float fy = float((vy - y.min) / (y.max - y.min));
  return ImVec2(min.x + fx * (max.x - min.x), max.y - fy * (max.y - min.y));
}
double PlotFrame::ToDataX(float sx) const { return x.min + (sx - min.x) / (max.x - min.x) * (x.max - x.min); }
double PlotFrame::ToDataY(float sy) const { return y.min + (max.y - sy) / (max.y - min.y) * (y.max - y.min); }

PlotFrame DrawPlotFrame(ImDrawList* dl, ImVec2 outer_min, ImVec2 outer_max, const AxisSpec& x, const AxisSpec& y) {
  const PaletteColors& p = Palette();
  ImFont* font = Fonts().small;
  float fs = font->FontSize;
  PlotFrame f;
  f.x = x;
  f.y = y;
  // Room for tick labels and axis titles: left and bottom.
  f.min = ImVec2(outer_min.x + fs * 3.2f, outer_min.y + fs * 0.6f);
  f.max = ImVec2(outer_max.x - fs * 0.8f, outer_max.y - fs * 3.0f);
  dl->AddRectFilled(f.min, f.max, p.surface);
  auto ticks = [&](const AxisSpec& a, bool horizontal) {
    int n = int(std::floor((a.max - a.min) / a.tick_step + 1e-9));
    double first = std::ceil(a.min / a.tick_step - 1e-9) * a.tick_step;
    for (int i = 0; i <= n; ++i) {
      double v = first + i * a.tick_step;
      if (v > a.max + 1e-9) break;
      std::string label = FormatTick(a, v);
      const char* buf = label.c_str();
      ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, 0, buf);
      if (horizontal) {
        float sx = f.ToScreen(v, y.min).x;
        dl->AddLine(ImVec2(sx, f.min.y), ImVec2(sx, f.max.y), WithAlpha(p.border, 0.7f));
        dl->AddLine(ImVec2(sx, f.max.y), ImVec2(sx, f.max.y + fs * 0.3f), p.text_muted);
        ChartText(dl, font, fs, ImVec2(sx - ts.x * 0.5f, f.max.y + fs * 0.4f), p.text_muted, buf);
      } else {
        float sy = f.ToScreen(x.min, v).y;
        dl->AddLine(ImVec2(f.min.x, sy), ImVec2(f.max.x, sy), WithAlpha(p.border, 0.7f));
        dl->AddLine(ImVec2(f.min.x - fs * 0.3f, sy), ImVec2(f.min.x, sy), p.text_muted);
        ChartText(dl, font, fs, ImVec2(f.min.x - fs * 0.45f - ts.x, sy - ts.y * 0.5f), p.text_muted, buf);
      }
    }
  };
  ticks(x, true);
  ticks(y, false);
  dl->AddRect(f.min, f.max, p.border);
  // Axis titles: x centred below, y rotated along the left edge.
  ImFont* title_font = Fonts().body;
  float tfs = title_font->FontSize;
  ImVec2 xs = title_font->CalcTextSizeA(tfs, FLT_MAX, 0, x.label);
  ChartText(dl, title_font, tfs, ImVec2((f.min.x + f.max.x - xs.x) * 0.5f, f.max.y + fs * 1.65f), p.text, x.label);
  ImVec2 ys = title_font->CalcTextSizeA(tfs, FLT_MAX, 0, y.label);
  int vtx_start = dl->VtxBuffer.Size;
  ImVec2 ypos(outer_min.x, (f.min.y + f.max.y + ys.x) * 0.5f);
  ChartText(dl, title_font, tfs, ypos, p.text, y.label, nullptr, /*vertical=*/true);
  // Rotate the text just added by -90 degrees around its start point.
  for (int i = vtx_start; i < dl->VtxBuffer.Size; ++i) {
    ImVec2& v = dl->VtxBuffer[i].pos;
    float dx = v.x - ypos.x, dy = v.y - ypos.y;
    v = ImVec2(ypos.x + dy, ypos.y - dx);
  }
  return f;
}

// [SECTION] Marks
double NiceStep(double span, int target) {
  double raw = span / std::max(1, target);
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

void DrawMarkerLine(ImDrawList* dl, const PlotFrame& f, double x, ImU32 col, const char* label, bool dashed, int row) {
  float sx = f.ToScreen(x, f.y.min).x;
  if (sx < f.min.x || sx > f.max.x) return;
  if (dashed) {
    for (float y = f.min.y; y < f.max.y; y += 8) dl->AddLine(ImVec2(sx, y), ImVec2(sx, std::min(y + 4, f.max.y)), col, 1.5f);
  } else {
    dl->AddLine(ImVec2(sx, f.min.y), ImVec2(sx, f.max.y), col, 1.5f);
  }
  ImFont* font = Fonts().small;
  ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label);
  float lx = std::min(sx + 3, f.max.x - ts.x - 2);
  float ly = f.min.y + 3 + row * (ts.y + 2);
  dl->AddRectFilled(ImVec2(lx - 2, ly), ImVec2(lx + ts.x + 2, ly + ts.y), WithAlpha(Palette().surface, 0.85f), 2);
  ChartText(dl, font, font->FontSize, ImVec2(lx, ly), col, label);
}

void DrawBubble(ImDrawList* dl, ImVec2 c, float r, ImU32 color, bool hollow, float emphasis) {
  r = std::max(r, 2.5f);
  if (hollow) {
    // Open positions: a dashed ring, so they never read as a filled person.
    const int dashes = std::max(8, int(r * 0.9f));
    for (int i = 0; i < dashes; ++i) {
      float a0 = float(i) / dashes * 2 * IM_PI, a1 = a0 + 0.6f * 2 * IM_PI / dashes;
      dl->PathArcTo(c, r, a0, a1, 6);
      dl->PathStroke(color, 0, 1.8f + emphasis);
    }
    return;
  }
  dl->AddCircleFilled(c, r, WithAlpha(color, 0.55f + 0.25f * emphasis), 0);
  dl->AddCircle(c, r, color, 0, 1.5f + emphasis);
}

// [SECTION] Legend
ImVec2 DrawLegend(ImDrawList* dl, ImVec2 top_right, const std::vector<LegendEntry>& entries, const char* title) {
  const PaletteColors& p = Palette();
  ImFont* font = Fonts().small;
  float fs = font->FontSize, pad = fs * 0.6f, swatch = fs * 0.75f, row = fs * 1.45f;
  float w = title ? font->CalcTextSizeA(fs, FLT_MAX, 0, title).x : 0;
  for (const auto& e : entries) w = std::max(w, swatch + fs * 0.5f + font->CalcTextSizeA(fs, FLT_MAX, 0, e.label.c_str()).x);
  float h = row * (entries.size() + (title ? 1 : 0));
  ImVec2 size(w + pad * 2, h + pad * 2 - (row - fs));
  ImVec2 min(top_right.x - size.x, top_right.y);
  dl->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), WithAlpha(p.surface, 0.94f), fs * 0.3f);
  dl->AddRect(min, ImVec2(min.x + size.x, min.y + size.y), p.border, fs * 0.3f);
  ImVec2 at(min.x + pad, min.y + pad);
  if (title) {
    ChartText(dl, Fonts().small, fs, at, p.text_muted, title);
    at.y += row;
  }
  for (const auto& e : entries) {
    ImVec2 c(at.x + swatch * 0.5f, at.y + fs * 0.5f);
    DrawLegendSwatch(dl, c, swatch * 0.5f, e);
    ChartText(dl, font, fs, ImVec2(at.x + swatch + fs * 0.5f, at.y), p.text, e.label.c_str());
    at.y += row;
  }
  return size;
}

void DrawLegendSwatch(ImDrawList* dl, ImVec2 c, float radius, const LegendEntry& e) {
  if (e.ring) {
    dl->AddCircleFilled(c, radius, WithAlpha(e.color, 0.18f));
    dl->AddCircle(c, radius, e.color, 0, 2.0f);
  } else {
    DrawBubble(dl, c, radius, e.color, e.hollow);
  }
}

LegendRowLayout LayoutLegendRow(const std::vector<LegendEntry>& entries, float width) {
  ImFont* font = Fonts().small;
  float fs = font->FontSize, swatch = fs * 0.8f, gap = fs * 1.4f, row = fs * 1.5f;
  LegendRowLayout l;
  float x = 0, y = 0;
  for (const auto& e : entries) {
    float w = swatch + fs * 0.45f + font->CalcTextSizeA(fs, FLT_MAX, 0, e.label.c_str()).x;
    if (x > 0 && x + w > width) { x = 0; y += row; }
    l.offsets.push_back(ImVec2(x, y));
    x += w + gap;
  }
  l.height = entries.empty() ? 0 : y + row;
  return l;
}

void DrawLegendRow(ImDrawList* dl, ImVec2 origin, const std::vector<LegendEntry>& entries, const LegendRowLayout& l) {
  ImFont* font = Fonts().small;
  float fs = font->FontSize, swatch = fs * 0.8f;
  for (size_t i = 0; i < entries.size() && i < l.offsets.size(); ++i) {
    ImVec2 at(origin.x + l.offsets[i].x, origin.y + l.offsets[i].y);
    DrawLegendSwatch(dl, ImVec2(at.x + swatch * 0.5f, at.y + fs * 0.55f), swatch * 0.5f, entries[i]);
    ChartText(dl, font, fs, ImVec2(at.x + swatch + fs * 0.45f, at.y), Palette().text, entries[i].label.c_str());
  }
}

// [SECTION] Labels
std::vector<ImVec2> PlaceLabels(const std::vector<LabelRequest>& labels, ImVec2 bmin, ImVec2 bmax,
                                const std::vector<std::pair<ImVec2, ImVec2>>& obstacles) {
  ImFont* font = Fonts().small;
  float fs = font->FontSize;
  std::vector<ImVec2> out(labels.size());
  std::vector<std::pair<ImVec2, ImVec2>> taken = obstacles;
  // Bubbles themselves are obstacles for every label.
  for (const auto& l : labels)
    taken.push_back({ImVec2(l.anchor.x - l.clearance * 0.7f, l.anchor.y - l.clearance * 0.7f),
                     ImVec2(l.anchor.x + l.clearance * 0.7f, l.anchor.y + l.clearance * 0.7f)});
  auto overlaps = [&](ImVec2 a0, ImVec2 a1, size_t self) {
    for (size_t i = 0; i < taken.size(); ++i) {
      if (i == self) continue;
      const auto& t = taken[i];
      if (a0.x < t.second.x && a1.x > t.first.x && a0.y < t.second.y && a1.y > t.first.y) return true;
    }
    return a0.x < bmin.x || a0.y < bmin.y || a1.x > bmax.x || a1.y > bmax.y;
  };
  for (size_t i = 0; i < labels.size(); ++i) {
    const auto& l = labels[i];
    ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, 0, l.text.c_str());
    float g = l.clearance + fs * 0.25f;
    const ImVec2 candidates[] = {
        {l.anchor.x + g, l.anchor.y - ts.y * 0.5f},          // right
        {l.anchor.x - g - ts.x, l.anchor.y - ts.y * 0.5f},   // left
        {l.anchor.x - ts.x * 0.5f, l.anchor.y - g - ts.y},   // above
        {l.anchor.x - ts.x * 0.5f, l.anchor.y + g},          // below
        {l.anchor.x + g * 0.7f, l.anchor.y - g * 0.7f - ts.y},  // above right
        {l.anchor.x + g * 0.7f, l.anchor.y + g * 0.7f},         // below right
        {l.anchor.x - g * 0.7f - ts.x, l.anchor.y - g * 0.7f - ts.y},
        {l.anchor.x - g * 0.7f - ts.x, l.anchor.y + g * 0.7f},
    };
    ImVec2 chosen = candidates[0];
    bool found = false;
    for (float push = 0; push < 4 && !found; push += 1) {
      for (ImVec2 c : candidates) {
        ImVec2 cc(c.x, c.y + (push == 0 ? 0 : (int(push) % 2 ? 1 : -1) * std::ceil(push / 2) * ts.y));
        if (!overlaps(cc, ImVec2(cc.x + ts.x, cc.y + ts.y), SIZE_MAX)) { chosen = cc; found = true; break; }
      }
    }
    chosen.x = std::clamp(chosen.x, bmin.x, std::max(bmin.x, bmax.x - ts.x));
    chosen.y = std::clamp(chosen.y, bmin.y, std::max(bmin.y, bmax.y - ts.y));
    out[i] = chosen;
    taken.push_back({chosen, ImVec2(chosen.x + ts.x, chosen.y + ts.y)});
  }
  return out;
}

}  // namespace mlt
