// [SECTION] Layout  [SECTION] Drawing  [SECTION] Hit testing
#include "ui/skills_chart.h"

#include <algorithm>
#include <cmath>

#include "ui/fonts.h"
#include "ui/item_recorder.h"
#include "ui/role_chart.h"
#include "ui/role_colors.h"
#include "ui/theme.h"

namespace mlt {

namespace {
AxisSpec MakeAxis(const char* label, double a, double b) {
  double span = b - a;
  double step = span > 0.8 ? 0.2 : span > 0.3 ? 0.1 : 0.05;
  return AxisSpec{label, a, b, step, span > 0.3 ? "%.0f" : "%.1f", 10};
}
}  // namespace

// [SECTION] Layout
PeopleChart LayoutPeopleChart(const PeopleChartInput& in, ImVec2 outer_min, ImVec2 outer_max) {
  PeopleChart c;
  c.outer_min = outer_min;
  c.outer_max = outer_max;
  // The legend goes in rows under the plot, so it never hides a person.
  const PaletteColors& pal = Palette();
  float fs = Fonts().small->FontSize;
  for (const RoleInfo& r : in.content->roles)
    for (const Person* p : in.people)
      if (p->role == r.id) { c.legend.push_back({r.name, RoleColor(r.id)}); break; }
  bool custom = false;
  for (const Person* p : in.people) custom |= !in.content->FindRole(p->role);
  if (custom) c.legend.push_back({"Other role", RoleColor("")});
  c.legend.push_back({"Candidate", pal.text_muted, false, true});
  c.legend.push_back({"Open position", pal.text_muted, true});
  c.legend.push_back({"Shaded circle: a role's typical profile", WithAlpha(pal.text_muted, 0.35f)});
  c.legend.push_back({in.people.size() > 300 ? "Bubble area: communication (all shrunk alike for a large team)"
                                            : "Bubble area: communication",
                      pal.text_muted});
  c.legend_layout = LayoutLegendRow(c.legend, outer_max.x - outer_min.x - fs * 4);
  outer_max.y -= c.legend_layout.height + fs * 0.6f;
  c.legend_origin = ImVec2(outer_min.x + fs * 3.2f, outer_max.y + fs * 0.6f);
  c.outer_max = ImVec2(c.outer_max.x, outer_max.y);
  // Frame geometry without drawing: the same arithmetic as DrawPlotFrame.
  c.frame.x = MakeAxis("Machine-learning expertise (0-10)", in.x0, in.x1);
  c.frame.y = MakeAxis("Software engineering (0-10)", in.y0, in.y1);
  c.frame.min = ImVec2(outer_min.x + fs * 3.2f, outer_min.y + fs * 0.6f);
  c.frame.max = ImVec2(outer_max.x - fs * 0.8f, outer_max.y - fs * 3.0f);
  // Bubble sizes follow the data scale, so zooming in makes them larger too.
  float unit = c.frame.Width() / float(in.x1 - in.x0);

  for (const RoleInfo& r : in.content->roles) {
    const ChartPos* pos = in.later_edition ? (r.chart_later ? &*r.chart_later : nullptr) : &r.chart_original;
    if (!pos) continue;
    c.regions.push_back({&r, c.frame.ToScreen(pos->x, pos->y), float(kRoleRegionRadius) * unit, RoleColor(r.id)});
  }
  // Thousands of full-size bubbles bury each other and cost a lot to fill on
  // a slow GPU: past 300 people every bubble shrinks by the same factor, so
  // areas still compare (the legend says so).
  const float crowd_scale = in.people.size() > 300 ? std::max(0.35f, std::sqrt(300.0f / float(in.people.size()))) : 1.0f;
  for (const Person* p : in.people) {
    double x = p->skills[int(Skill::Ml)] / 10.0, y = p->skills[int(Skill::Software)] / 10.0;
    float r = std::max(3.5f, 0.5f * BubbleDiameterFraction(p->skills[int(Skill::Communication)]) * unit * crowd_scale);
    c.bubbles.push_back({p, c.frame.ToScreen(x, y), r, RoleColor(p->role)});
  }
  std::stable_sort(c.bubbles.begin(), c.bubbles.end(), [](const auto& a, const auto& b) { return a.radius > b.radius; });

  // Labels: role regions first (above their region; people's labels avoid them), then people.
  std::vector<std::pair<ImVec2, ImVec2>> obstacles;
  for (const auto& reg : c.regions) {
    ImVec2 ts = Fonts().small->CalcTextSizeA(fs, FLT_MAX, 0, reg.role->name.c_str());
    ImVec2 at(reg.center.x - ts.x / 2, reg.center.y - reg.radius - ts.y - 2);
    at.x = std::clamp(at.x, c.frame.min.x + 2, std::max(c.frame.min.x + 2, c.frame.max.x - ts.x - 2));
    at.y = std::clamp(at.y, c.frame.min.y + 2, std::max(c.frame.min.y + 2, c.frame.max.y - ts.y - 2));
    c.labels.push_back({reg.role->name, at, reg.color});
    obstacles.push_back({at, ImVec2(at.x + ts.x, at.y + ts.y)});
  }
  std::vector<LabelRequest> req;
  std::vector<size_t> which;
  bool all = c.bubbles.size() <= in.label_limit;
  for (size_t i = 0; i < c.bubbles.size(); ++i) {
    const Person* p = c.bubbles[i].person;
    if (all || p->id == in.selected || p->id == in.hovered) {
      req.push_back({c.bubbles[i].center, c.bubbles[i].radius, p->name});
      which.push_back(i);
    }
  }
  std::vector<ImVec2> at = PlaceLabels(req, c.frame.min, c.frame.max, obstacles);
  for (size_t k = 0; k < at.size(); ++k) c.labels.push_back({req[k].text, at[k], pal.text});
  return c;
}

// [SECTION] Drawing
void DrawPeopleChart(ImDrawList* dl, const PeopleChart& c, const PeopleChartInput& in) {
  const PaletteColors& pal = Palette();
  dl->PushClipRect(c.outer_min, c.outer_max, true);
  DrawPlotFrame(dl, c.outer_min, c.outer_max, c.frame.x, c.frame.y);
  dl->PushClipRect(c.frame.min, c.frame.max, true);
  for (const auto& reg : c.regions) {
    dl->AddCircleFilled(reg.center, reg.radius, WithAlpha(reg.color, 0.12f), 48);
    // Dashed outline: reference, not a person.
    for (int i = 0; i < 24; ++i) {
      float a0 = float(i) / 24 * 2 * 3.14159265f;
      dl->PathArcTo(reg.center, reg.radius, a0, a0 + 0.6f * 2 * 3.14159265f / 24, 4);
      dl->PathStroke(WithAlpha(reg.color, 0.8f), 0, 1.2f);
    }
  }
  // Large rosters: thousands of overlapping translucent bubbles are costly to
  // rasterise, so they are drawn without anti-aliasing fringes (which double
  // the vertices) and with fewer segments; small teams keep the smooth look.
  const bool crowd = c.bubbles.size() > 300;
  const ImDrawListFlags saved_flags = dl->Flags;
  if (crowd) dl->Flags &= ~(ImDrawListFlags_AntiAliasedFill | ImDrawListFlags_AntiAliasedLines);
  for (const auto& b : c.bubbles) {
    bool sel = b.person->id == in.selected, hov = b.person->id == in.hovered;
    if (crowd && !sel && !hov) {
      int segments = std::clamp(int(b.radius * 0.8f), 8, 24);
      ImU32 fill = b.person->kind == PersonKind::Member ? WithAlpha(b.color, 0.55f) : WithAlpha(b.color, 0.18f);
      if (b.person->kind == PersonKind::OpenPosition) {
        DrawBubble(dl, b.center, b.radius, b.color, true);  // still dashed: never read as a person
        continue;
      }
      dl->AddCircleFilled(b.center, b.radius, fill, segments);
      dl->AddCircle(b.center, b.radius, b.color, segments, b.person->kind == PersonKind::Candidate ? 2.0f : 1.2f);
      continue;
    }
    float emphasis = sel ? 1.5f : hov ? 1.0f : 0.0f;
    switch (b.person->kind) {
      case PersonKind::Member: DrawBubble(dl, b.center, b.radius, b.color, false, emphasis); break;
      case PersonKind::Candidate:
        // Candidates: a light fill inside a solid ring, between member and vacancy.
        dl->AddCircleFilled(b.center, b.radius, WithAlpha(b.color, 0.18f), 0);
        dl->AddCircle(b.center, b.radius, b.color, 0, 2.2f + emphasis);
        break;
      case PersonKind::OpenPosition: DrawBubble(dl, b.center, b.radius, b.color, true, emphasis); break;
    }
    if (sel) dl->AddCircle(b.center, b.radius + 4, pal.text, 0, 1.5f);
  }
  dl->Flags = saved_flags;
  for (const auto& b : c.bubbles) {
    if (b.center.x >= c.frame.min.x && b.center.x <= c.frame.max.x && b.center.y >= c.frame.min.y &&
        b.center.y <= c.frame.max.y)
      RecordCustomItem(b.person->name, "Skills chart", b.center.x - b.radius, b.center.y - b.radius, 2 * b.radius,
                       2 * b.radius);
  }
  ImFont* font = Fonts().small;
  for (const auto& l : c.labels) {
    // A soft halo keeps labels readable over bubbles and grid lines.
    ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, l.text.c_str());
    dl->AddRectFilled(ImVec2(l.pos.x - 2, l.pos.y), ImVec2(l.pos.x + ts.x + 2, l.pos.y + ts.y),
                      WithAlpha(pal.surface, 0.7f), 3);
    dl->AddText(font, font->FontSize, l.pos, l.color, l.text.c_str());
  }
  dl->PopClipRect();
  dl->PopClipRect();
  DrawLegendRow(dl, c.legend_origin, c.legend, c.legend_layout);
}

// [SECTION] Hit testing
int HitBubble(const PeopleChart& c, ImVec2 pos) {
  if (pos.x < c.frame.min.x || pos.x > c.frame.max.x || pos.y < c.frame.min.y || pos.y > c.frame.max.y) return -1;
  // Drawn largest first, so the last hit is the one on top.
  for (int i = int(c.bubbles.size()) - 1; i >= 0; --i) {
    const auto& b = c.bubbles[i];
    float r = std::max(b.radius, 6.0f);
    float dx = pos.x - b.center.x, dy = pos.y - b.center.y;
    if (dx * dx + dy * dy <= r * r) return i;
  }
  return -1;
}

}  // namespace mlt
