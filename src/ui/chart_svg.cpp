// SVG export of the skills chart, built from the same layout as the screen.
#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <string>

#include "ui/fonts.h"
#include "ui/markup.h"
#include "ui/skills_chart.h"
#include "ui/svg_capture.h"
#include "ui/theme.h"

namespace mlt {
namespace {

struct Svg {
  std::string out;
  char buf[512];
  void Add(const char* fmt, ...) IM_FMTARGS(2) {
    va_list args;
    va_start(args, fmt);
    int n = std::vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    if (n > 0) out.append(buf, size_t(std::min(n, int(sizeof buf) - 1)));
  }
};

void Text(Svg& s, float x, float y, const std::string& text, ImU32 color, float size, const char* extra = "") {
  // Fitted to the width measured with the app's font, so the layout holds
  // when the viewer substitutes another font for Inter.
  float width = Fonts().small->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x;
  s.Add("<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\" textLength=\"%.1f\" "
        "lengthAdjust=\"spacingAndGlyphs\"%s>", x, y, size, SvgColor(color).c_str(), width, extra);
  s.out += MarkupEscape(text);
  s.out += "</text>\n";
}

}  // namespace

std::string PeopleChartSvg(const PeopleChartInput& in, float width, float height) {
  const PaletteColors& p = Palette();  // the current theme, as on screen
  PeopleChart c = LayoutPeopleChart(in, ImVec2(0, 0), ImVec2(width, height));
  const PlotFrame& f = c.frame;
  float fs = Fonts().small->FontSize, body = Fonts().body->FontSize;
  Svg s;
  s.Add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
        "font-family=\"Inter, 'Helvetica Neue', Arial, sans-serif\">\n", width, height, width, height);
  s.out += "<title>Skills chart: ML expertise, software engineering and communication</title>\n";
  s.Add("<rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>\n", SvgColor(p.background).c_str());
  s.Add("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>\n", f.min.x, f.min.y,
        f.max.x - f.min.x, f.max.y - f.min.y, SvgColor(p.surface).c_str(), SvgColor(p.border).c_str());
  // Grid, ticks and tick labels, as DrawPlotFrame does.
  auto ticks = [&](const AxisSpec& a, bool horizontal) {
    double first = std::ceil(a.min / a.tick_step - 1e-9) * a.tick_step;
    for (double v = first; v <= a.max + 1e-9; v += a.tick_step) {
      std::string label = FormatTick(a, v);
      if (horizontal) {
        float x = f.ToScreen(v, f.y.min).x;
        s.Add("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.7\"/>\n", x,
              f.min.y, x, f.max.y, SvgColor(p.border).c_str());
        Text(s, x, f.max.y + fs * 1.35f, label, p.text_muted, fs, " text-anchor=\"middle\"");
      } else {
        float y = f.ToScreen(f.x.min, v).y;
        s.Add("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.7\"/>\n",
              f.min.x, y, f.max.x, y, SvgColor(p.border).c_str());
        Text(s, f.min.x - fs * 0.45f, y + fs * 0.35f, label, p.text_muted, fs, " text-anchor=\"end\"");
      }
    }
  };
  ticks(f.x, true);
  ticks(f.y, false);
  Text(s, (f.min.x + f.max.x) / 2, f.max.y + fs * 1.65f + body, f.x.label, p.text, body, " text-anchor=\"middle\"");
  char rot[96];
  float ty = (f.min.y + f.max.y) / 2;
  std::snprintf(rot, sizeof rot, " text-anchor=\"middle\" transform=\"rotate(-90 %.1f %.1f)\"", body, ty);
  Text(s, body, ty, f.y.label, p.text, body, rot);

  s.Add("<clipPath id=\"plot\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/></clipPath>\n<g clip-path=\"url(#plot)\">\n",
        f.min.x, f.min.y, f.max.x - f.min.x, f.max.y - f.min.y);
  for (const auto& r : c.regions)
    s.Add("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.12\" stroke=\"%s\" "
          "stroke-dasharray=\"4 4\"/>\n", r.center.x, r.center.y, r.radius, SvgColor(r.color).c_str(), SvgColor(r.color).c_str());
  for (const auto& b : c.bubbles) {
    std::string col = SvgColor(b.color);
    s.Add("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" ", b.center.x, b.center.y, b.radius);
    switch (b.person->kind) {
      case PersonKind::Member: s.Add("fill=\"%s\" fill-opacity=\"0.55\" stroke=\"%s\" stroke-width=\"1.5\"", col.c_str(), col.c_str()); break;
      case PersonKind::Candidate: s.Add("fill=\"%s\" fill-opacity=\"0.18\" stroke=\"%s\" stroke-width=\"2.2\"", col.c_str(), col.c_str()); break;
      case PersonKind::OpenPosition: s.Add("fill=\"none\" stroke=\"%s\" stroke-width=\"1.8\" stroke-dasharray=\"3 3\"", col.c_str()); break;
    }
    s.out += "><title>";
    s.out += MarkupEscape(b.person->name);
    s.out += "</title></circle>\n";
  }
  for (const auto& l : c.labels) Text(s, l.pos.x, l.pos.y + fs * 0.85f, l.text, l.color, fs);
  s.out += "</g>\n";
  // Legend rows under the plot, as on screen.
  float swatch = fs * 0.8f;
  for (size_t i = 0; i < c.legend.size() && i < c.legend_layout.offsets.size(); ++i) {
    const LegendEntry& e = c.legend[i];
    float x = c.legend_origin.x + c.legend_layout.offsets[i].x, y = c.legend_origin.y + c.legend_layout.offsets[i].y;
    std::string col = SvgColor(e.color);
    float cx = x + swatch / 2, cy = y + fs * 0.55f, r = swatch / 2;
    if (e.hollow) s.Add("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"%s\" stroke-dasharray=\"2 2\"/>\n", cx, cy, r, col.c_str());
    else if (e.ring) s.Add("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.18\" stroke=\"%s\" stroke-width=\"2\"/>\n", cx, cy, r, col.c_str(), col.c_str());
    else s.Add("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.55\" stroke=\"%s\"/>\n", cx, cy, r, col.c_str(), col.c_str());
    Text(s, x + swatch + fs * 0.45f, y + fs * 0.85f, e.label, p.text, fs);
  }
  s.out += "</svg>\n";
  return s.out;
}

}  // namespace mlt
