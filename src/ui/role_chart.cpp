#include "ui/role_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/role_colors.h"
#include "ui/svg_capture.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {

float BubbleDiameterFraction(double communication) {
  return float(0.115 * std::sqrt(std::max(0.0, communication) / 10.0));
}

namespace {

// Draws the chart into `dl` inside [origin, origin + size] and returns the
// role whose bubble is under `mouse`, if `hovered`. Text goes through
// ChartText so an SvgCapture records it.
const RoleInfo* DrawRoleScene(ImDrawList* dl, const Content& content, ChartEditionId edition, ImVec2 origin,
                              ImVec2 size, bool hovered, ImVec2 mouse) {
  const PaletteColors& p = Palette();
  // A margin around 0..10 so bubbles at the edge (the product manager sits
  // at 1 on software engineering) are drawn whole.
  AxisSpec x{"Machine-learning expertise (0-10)", -0.06, 1.06, 0.2, "%.0f", 10};
  AxisSpec y{"Software engineering (0-10)", -0.08, 1.06, 0.2, "%.0f", 10};
  PlotFrame f = DrawPlotFrame(dl, origin, ImVec2(origin.x + size.x, origin.y + size.y), x, y);
  dl->PushClipRect(f.min, f.max, true);

  struct Mark { const RoleInfo* role; ImVec2 c; float r; };
  std::vector<Mark> marks;
  for (const RoleInfo& role : content.roles) {
    const ChartPos* pos = edition == ChartEditionId::Original ? &role.chart_original
                          : role.chart_later ? &*role.chart_later : nullptr;
    if (!pos) continue;
    marks.push_back({&role, f.ToScreen(pos->x, pos->y), float(0.5 * pos->d * f.Width())});
  }
  // Larger bubbles first so small ones stay visible on top.
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.r > b.r; });
  const RoleInfo* hover = nullptr;
  for (const Mark& m : marks) {
    float dx = mouse.x - m.c.x, dy = mouse.y - m.c.y;
    bool over = hovered && dx * dx + dy * dy <= std::max(m.r, 6.0f) * std::max(m.r, 6.0f);
    if (over) hover = m.role;
    DrawBubble(dl, m.c, m.r, RoleColor(m.role->id), false, over ? 1.0f : 0.0f);
  }
  std::vector<LabelRequest> labels;
  for (const Mark& m : marks) labels.push_back({m.c, std::max(m.r, 3.0f), m.role->name});
  std::vector<ImVec2> at = PlaceLabels(labels, f.min, f.max);
  ImFont* font = Fonts().small;
  for (size_t i = 0; i < marks.size(); ++i)
    ChartText(dl, font, font->FontSize, at[i], p.text, marks[i].role->name.c_str());
  dl->PopClipRect();

  std::vector<LegendEntry> legend;
  for (const RoleInfo& role : content.roles) {
    bool present = edition == ChartEditionId::Original || role.chart_later;
    if (present) legend.push_back({role.name, RoleColor(role.id)});
  }
  legend.push_back({"Bubble area: communication", p.text_muted, true});
  DrawLegend(dl, ImVec2(f.max.x - Em(0.5f), f.min.y + Em(0.5f)), legend, "Typical profile of each role");
  return hover;
}

}  // namespace

void DrawRoleChart(const Content& content, const RoleChartOptions& opt) {
  float width = opt.size.x > 0 ? opt.size.x : ImGui::GetContentRegionAvail().x;
  float height = opt.size.y > 0 ? opt.size.y : width * 0.72f;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("role chart", ImVec2(width, height));
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(origin, ImVec2(origin.x + width, origin.y + height), true);
  const RoleInfo* hover = DrawRoleScene(dl, content, opt.edition, origin, ImVec2(width, height), hovered,
                                        ImGui::GetIO().MousePos);
  dl->PopClipRect();

  if (hover) {
    const RoleInfo& r = *hover;
    ImGui::BeginTooltip();
    ImGui::PushFont(Fonts().heading);
    ImGui::TextUnformatted(r.name.c_str());
    ImGui::PopFont();
    ImGui::Text("ML expertise %.1f  \xC2\xB7  software %.1f  \xC2\xB7  communication %.1f", r.skills[int(Skill::Ml)],
                r.skills[int(Skill::Software)], r.skills[int(Skill::Communication)]);
    ImGui::PushTextWrapPos(Em(24));
    MutedText(r.summary.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

std::string RoleChartSvg(const Content& content, ChartEditionId edition, ImVec2 size) {
  // A private draw list, as OrgChartSvg: the export never flashes on screen.
  ImDrawList dl(ImGui::GetDrawListSharedData());
  dl._ResetForNewFrame();
  dl.PushClipRect(ImVec2(-1e7f, -1e7f), ImVec2(1e7f, 1e7f));
  dl.PushTextureID(ImGui::GetIO().Fonts->TexID);
  SvgCapture cap;
  cap.Begin(&dl, ImVec2(0, 0), size);
  DrawRoleScene(&dl, content, edition, ImVec2(0, 0), size, false, ImVec2(0, 0));
  return cap.End(edition == ChartEditionId::Original ? "The six roles on the skills chart (original edition)"
                                                     : "The six roles on the skills chart (later edition)");
}

}  // namespace mlt
