// [SECTION] Roles  [SECTION] Organisations  [SECTION] Managing  [SECTION] Hiring
// [SECTION] Dispatch
#include "ui/learn_blocks.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "model/table_csv.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/role_chart.h"
#include "ui/role_colors.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

constexpr float kMeasure = 46.0f;  // width of the reading column, in em

float ColumnWidth() { return std::min(ImGui::GetContentRegionAvail().x, Em(kMeasure)); }

void SmallCaps(const char* text) {
  ImGui::PushFont(Fonts().small);
  MutedText(text);
  ImGui::PopFont();
}

void Chips(const Texts& items, ImU32 color = 0) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) ImGui::SameLine(0, Em(0.3f));
    Chip(items[i].c_str(), color);
  }
}

void Bullets(const Texts& items, ImU32 color = 0) {
  for (const auto& t : items) BulletParagraph(t.c_str(), kMeasure - 2, color);
}

// A card with a coloured marker and a bold title.
bool BeginTitledCard(const char* id, const char* title, ImU32 marker) {
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(ColumnWidth(), FLT_MAX));
  ImGui::BeginChild(id, ImVec2(ColumnWidth(), 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImVec2 p = ImGui::GetCursorScreenPos();
  float fs = Fonts().heading->FontSize;
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + fs * 0.35f, p.y + fs * 0.55f), fs * 0.32f, marker);
  ImGui::Dummy(ImVec2(fs * 0.8f, 0));
  ImGui::SameLine();
  ImGui::PushFont(Fonts().heading);
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  return true;
}
void EndTitledCard() {
  ImGui::EndChild();
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
}

// [SECTION] Roles
void RolesBlock(const Content& c) {
  for (const RoleInfo& r : c.roles) {
    BeginTitledCard(r.id.c_str(), r.name.c_str(), RoleColor(r.id));
    Paragraph(r.summary.c_str(), kMeasure - 2);
    SmallCaps("WHAT THEY DO");
    Bullets(r.responsibilities, RoleColor(r.id));
    SmallCaps("TYPICAL TOOLS");
    Chips(r.tools, RoleColor(r.id));
    SmallCaps("USUAL BACKGROUNDS");
    Bullets(r.backgrounds);
    EndTitledCard();
  }
}

void SkillsChartBlock(App& app) {
  const Content& c = app.GetContent();
  int& edition = app.ui.learn_chart_edition;
  for (size_t i = 0; i < c.chart_editions.size(); ++i) {
    if (i) ImGui::SameLine(0, Em(1.0f));
    ImGui::RadioButton(c.chart_editions[i].label.c_str(), &edition, int(i));
  }
  float w = ColumnWidth();
  // The export buttons end the editions' line, or wrap under it when narrow.
  const float buttons = ButtonWidth(ICON_IMAGE "  PNG") + ButtonWidth(ICON_CODE "  SVG") + ImGui::GetStyle().ItemSpacing.x;
  float left = ImGui::GetCursorPosX();
  ImGui::SameLine(0, Em(1));
  if (ImGui::GetCursorPosX() + buttons > left + w) ImGui::NewLine();
  else ImGui::SetCursorPosX(left + w - buttons);
  bool png = ToolButton(ICON_IMAGE, "PNG", "Download the chart as a PNG image, as on screen");
  ImGui::SameLine();
  bool svg = ToolButton(ICON_CODE, "SVG", "Download the chart as an SVG drawing");
  if (edition >= 0 && edition < int(c.chart_editions.size()))
    MutedText(c.chart_editions[edition].description.c_str());
  RoleChartOptions opt;
  opt.edition = edition == 1 ? ChartEditionId::Later : ChartEditionId::Original;
  opt.size = ImVec2(w, std::min(w * 0.7f, Em(30)));
  ImVec2 origin = ImGui::GetCursorScreenPos();
  DrawRoleChart(c, opt);
  const std::string file = opt.edition == ChartEditionId::Later ? "role-chart-later" : "role-chart";
  // Exported after drawing, so the PNG gets this frame's rectangle.
  if (png) app.RequestPngExport(file + ".png", origin, ImVec2(origin.x + opt.size.x, origin.y + opt.size.y));
  if (svg) {
    app.Host().DownloadFile(file + ".svg", "image/svg+xml", RoleChartSvg(c, opt.edition, ImVec2(960, 672)));
    app.Notify(NoticeKind::Success, "Exported " + file + ".svg");
  }
  ImGui::PushFont(Fonts().small);
  ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
  Paragraph(c.communication_rule.c_str(), kMeasure);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

// [SECTION] Organisations
// Items marked with a coloured icon (never colour alone: the icon carries it).
void IconList(const Texts& items, const char* icon, ImU32 color) {
  for (const auto& t : items) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(icon);
    ImGui::PopStyleColor();
    ImGui::SameLine(0, Em(0.5f));
    Paragraph(t.c_str(), kMeasure - 3);
  }
}

void ArchetypesBlock(const Content& c) {
  const PaletteColors& p = Palette();
  int n = 0;
  for (const Archetype& a : c.archetypes) {
    char title[160];
    std::snprintf(title, sizeof title, "%d. %s", ++n, a.name.c_str());
    BeginTitledCard(a.id.c_str(), title, p.accent);
    Paragraph(a.summary.c_str(), kMeasure - 2);
    SmallCaps("TYPICALLY");
    Bullets(a.typical_organisations);
    SmallCaps("ADVANTAGES");
    IconList(a.advantages, ICON_CHECK, p.success);
    SmallCaps("DIFFICULTIES");
    IconList(a.difficulties, ICON_WARNING, p.warning);
    EndTitledCard();
  }
}

// A CSV button on its own line, at the right edge of the content table below it.
bool CsvButtonRow(const char* key, float width) {
  ImGui::Dummy(ImVec2(0, 0));
  return CsvButton(key, ImGui::GetCursorPosX() + width, "Download this table as CSV");
}

void DesignChoicesBlock(App& app, const Content& c) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame;
  float width = std::min(ImGui::GetContentRegionAvail().x, Em(64));
  if (CsvButtonRow("design choices", width)) app.ExportTableCsv("design-choices.csv", DesignChoiceRows(c));
  if (!ImGui::BeginTable("design choices", 1 + int(c.design_columns.size()), flags, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn("Design choice", ImGuiTableColumnFlags_WidthStretch, 1.1f);
  for (const auto& col : c.design_columns) ImGui::TableSetupColumn(col.label.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  for (const DesignDimension& d : c.design_dimensions) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(Fonts().heading);
    ImGui::TextWrapped("%s", d.name.c_str());
    ImGui::PopFont();
    ImGui::PushFont(Fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
    ImGui::TextWrapped("%s", d.question.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (const auto& col : c.design_columns) {
      ImGui::TableNextColumn();
      auto it = d.cells.find(col.id);
      if (it == d.cells.end()) continue;
      for (const auto& pt : it->second.points) ImGui::TextWrapped("\xE2\x80\xA2 %s", pt.c_str());
    }
  }
  ImGui::EndTable();
}

// [SECTION] Managing
void NamedList(const std::vector<NamedText>& items, bool numbered) {
  int n = 0;
  for (const auto& t : items) {
    char title[200];
    if (numbered) std::snprintf(title, sizeof title, "%d. %s", ++n, t.name.c_str());
    if (!t.name.empty()) {
      ImGui::PushFont(Fonts().heading);
      ImGui::TextUnformatted(numbered ? title : t.name.c_str());
      ImGui::PopFont();
      Paragraph(t.text.c_str(), kMeasure);
      ImGui::Dummy(ImVec2(0, Em(0.25f)));
    } else {
      BulletParagraph(t.text.c_str(), kMeasure - 2, Palette().accent);
    }
  }
}

void PracticesBlock(App& app) {
  for (const Practice& pr : app.GetContent().practices) {
    BeginTitledCard(pr.id.c_str(), pr.name.c_str(), Palette().success);
    Paragraph(pr.explanation.c_str(), kMeasure - 2);
    if (!pr.tool.view.empty()) {
      ImGui::PushID(pr.id.c_str());
      if (ToolButton(ICON_CHEVRON_RIGHT, pr.tool.label.c_str(), nullptr)) app.OpenTool(pr.tool);
      ImGui::PopID();
    }
    EndTitledCard();
  }
}

// [SECTION] Hiring
std::string Count(double n) {
  char buf[32];
  if (n >= 1e6) std::snprintf(buf, sizeof buf, "%.1fM", n / 1e6);
  else if (n >= 1e3) std::snprintf(buf, sizeof buf, "%.0fk", n / 1e3);
  else std::snprintf(buf, sizeof buf, "%.0f", n);
  return buf;
}

// Horizontal bars on a log scale: a few thousand experienced ML builders
// against millions of software developers only reads on a log axis.
void TalentGapBlock(const Content& c) {
  const TalentGap& g = c.talent_gap;
  const PaletteColors& p = Palette();
  struct Bar { std::string label; double lo, hi; ImU32 color; };
  const Bar bars[] = {
      {"Built real ML systems (" + g.experienced_min_source + ")", g.experienced_min, g.experienced_min, p.roles[5]},
      {"Built real ML systems (" + g.experienced_max_source + ")", g.experienced_max_low, g.experienced_max, p.roles[5]},
      {"Software developers, US", g.developers_us, g.developers_us, p.roles[4]},
      {"Software developers, world", g.developers_world, g.developers_world, p.roles[4]},
  };
  float width = ColumnWidth(), row = Em(2.0f), label_w = Em(15), top = Em(0.4f);
  ImVec2 o = ImGui::GetCursorScreenPos();
  float height = top + row * 4 + Em(2.2f);
  ImGui::Dummy(ImVec2(width, height));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x0 = o.x + label_w, x1 = o.x + width - Em(3.5f);
  auto sx = [&](double v) { return x0 + float((std::log10(v) - 3.0) / 5.0) * (x1 - x0); };  // 1e3 .. 1e8
  ImFont* small = Fonts().small;
  for (double t = 1e3; t <= 1e8 + 1; t *= 10) {
    float x = sx(t);
    dl->AddLine(ImVec2(x, o.y + top), ImVec2(x, o.y + top + row * 4), WithAlpha(p.border, 0.8f));
    std::string s = Count(t);
    ImVec2 ts = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, s.c_str());
    dl->AddText(small, small->FontSize, ImVec2(x - ts.x / 2, o.y + top + row * 4 + Em(0.2f)), p.text_muted, s.c_str());
  }
  const char* axis = "people (log scale)";
  ImVec2 as = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, axis);
  dl->AddText(small, small->FontSize, ImVec2((x0 + x1 - as.x) / 2, o.y + top + row * 4 + Em(1.2f)), p.text_muted, axis);
  for (int i = 0; i < 4; ++i) {
    const Bar& b = bars[i];
    float y = o.y + top + row * i + row * 0.2f, h = row * 0.6f;
    dl->AddText(Fonts().body, Fonts().body->FontSize, ImVec2(o.x, y + h / 2 - Em(0.5f)), p.text, b.label.c_str());
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(sx(b.lo), y + h), WithAlpha(b.color, 0.85f), 3);
    if (b.hi > b.lo) dl->AddRectFilled(ImVec2(sx(b.lo), y), ImVec2(sx(b.hi), y + h), WithAlpha(b.color, 0.4f), 3);
    std::string v = b.hi > b.lo ? Count(b.lo) + "\xE2\x80\x93" + Count(b.hi) : Count(b.lo);
    dl->AddText(small, small->FontSize, ImVec2(sx(b.hi) + Em(0.4f), y + h / 2 - small->FontSize / 2), p.text, v.c_str());
  }
}

void RoleGroupsBlock(const Content& c) {
  for (const RoleGroup& g : c.role_groups) {
    BeginTitledCard(g.id.c_str(), g.name.c_str(), Palette().accent);
    for (size_t i = 0; i < g.roles.size(); ++i) {
      const RoleInfo* r = c.FindRole(g.roles[i]);
      if (i) ImGui::SameLine(0, Em(0.3f));
      Chip(r ? r->name.c_str() : g.roles[i].c_str(), RoleColor(g.roles[i]));
    }
    Paragraph(g.advice.c_str(), kMeasure - 2);
    EndTitledCard();
  }
}

void SourcingBlock(const Content& c) {
  for (const SourcingIdea& s : c.sourcing) {
    BeginTitledCard(s.id.c_str(), s.name.c_str(), Palette().accent);
    Paragraph(s.text.c_str(), kMeasure - 2);
    for (size_t i = 0; i < s.channels.size(); ++i) {
      if (i) ImGui::SameLine(0, Em(0.3f));
      std::string name = s.channels[i];
      for (const auto& ch : c.channels)
        if (ch.id == name) name = ch.name;
      Chip(name.c_str());
    }
    EndTitledCard();
  }
}

void WantsBlock(App& app, const Content& c) {
  float width = std::min(ImGui::GetContentRegionAvail().x, Em(56));
  if (CsvButtonRow("wants", width)) app.ExportTableCsv("practitioner-wants.csv", PractitionerWantRows(c));
  if (!ImGui::BeginTable("wants", 2, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn("What ML practitioners want", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn("How an employer can stand out", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableHeadersRow();
  for (const auto& w : c.practitioner_wants) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(Fonts().heading);
    ImGui::TextWrapped("%s", w.want.c_str());
    ImGui::PopFont();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", w.stand_out.c_str());
  }
  ImGui::EndTable();
}

void AssessmentsBlock(App& app, const Content& c) {
  Paragraph(c.interview_principle.c_str(), kMeasure);
  float width = std::min(ImGui::GetContentRegionAvail().x, Em(60));
  if (CsvButtonRow("assessment types", width)) app.ExportTableCsv("interview-assessments.csv", AssessmentTypeRows(c));
  if (!ImGui::BeginTable("assessments", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn("Assessment", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn("What it tests", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Length", ImGuiTableColumnFlags_WidthFixed, Em(4));
  ImGui::TableHeadersRow();
  for (const Assessment& a : c.assessments) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(Fonts().heading);
    ImGui::TextWrapped("%s", a.name.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
    ImGui::TextWrapped("%s", a.description.c_str());
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    for (size_t i = 0; i < a.skills.size(); ++i) {
      if (i) ImGui::SameLine(0, Em(0.3f));
      Chip(c.skills[int(a.skills[i])].name.c_str());
    }
    ImGui::TableNextColumn();
    if (a.minutes >= 120) ImGui::Text("%.0f h", a.minutes / 60.0);
    else ImGui::Text("%d min", a.minutes);
  }
  ImGui::EndTable();
}

// A staircase: each step higher than the last, in order of impressiveness.
void StandingOutBlock(const Content& c) {
  const PaletteColors& p = Palette();
  for (const StandOutLevel& s : c.standing_out) {
    ImVec2 o = ImGui::GetCursorScreenPos();
    float step = Em(0.55f), bar_w = Em(3.2f);
    for (int i = 0; i < 5; ++i) {
      float h = step * (i + 1);
      ImVec2 a(o.x + i * bar_w / 5, o.y + Em(3.0f) - h), b(o.x + (i + 1) * bar_w / 5 - 2, o.y + Em(3.0f));
      ImGui::GetWindowDrawList()->AddRectFilled(a, b, i < s.level ? p.accent : WithAlpha(p.border, 0.8f), 2);
    }
    ImGui::Dummy(ImVec2(bar_w + Em(0.6f), Em(3.0f)));
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(Fonts().heading);
    ImGui::Text("%d. %s", s.level, s.name.c_str());
    ImGui::PopFont();
    std::string ex;
    for (size_t i = 0; i < s.examples.size(); ++i) ex += (i ? "  \xC2\xB7  " : "") + s.examples[i];
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    Paragraph(ex.c_str(), kMeasure - 5);
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, Em(0.2f)));
  }
}

}  // namespace

// [SECTION] Dispatch
void DrawLearnBlock(App& app, std::string_view shows) {
  const Content& c = app.GetContent();
  ImGui::PushID(shows.data(), shows.data() + shows.size());
  if (shows == "roles") RolesBlock(c);
  else if (shows == "skills_chart") SkillsChartBlock(app);
  else if (shows == "archetypes") ArchetypesBlock(c);
  else if (shows == "design_choices") DesignChoicesBlock(app, c);
  else if (shows == "why_harder") NamedList(c.why_harder, false);
  else if (shows == "challenges") NamedList(c.challenges, true);
  else if (shows == "practices") PracticesBlock(app);
  else if (shows == "talent_gap") TalentGapBlock(c);
  else if (shows == "role_groups") RoleGroupsBlock(c);
  else if (shows == "engineer_advice") NamedList(c.engineer_advice, false);
  else if (shows == "researcher_advice") NamedList(c.researcher_advice, false);
  else if (shows == "sourcing") SourcingBlock(c);
  else if (shows == "practitioner_wants") WantsBlock(app, c);
  else if (shows == "assessments") AssessmentsBlock(app, c);
  else if (shows == "job_sources") NamedList(c.job_sources, false);
  else if (shows == "standing_out") StandingOutBlock(c);
  ImGui::PopID();
}

}  // namespace mlt
