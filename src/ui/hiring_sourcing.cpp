// Hiring, "Sourcing" tab: the lecture's channels with editable volumes and
// stage conversion rates, the funnel per stage (stacked by channel), the
// expected hires, and the time-to-hire distribution for a target number of
// hires from the Monte Carlo model (model/sourcing.cpp); CSV of the table,
// PNG and SVG of both charts.
// [SECTION] Table  [SECTION] Funnel chart  [SECTION] Time-to-hire chart  [SECTION] Tab
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/hiring_common.h"
#include "ui/hiring_tabs.h"
#include "ui/icons.h"
#include "ui/svg_capture.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

std::string ChannelName(App& app, const std::string& id) {
  for (const Channel& c : app.GetContent().channels)
    if (c.id == id) return c.name;
  return id;
}
ImU32 ChannelColor(size_t i) { return Palette().roles[i % 7]; }

// [SECTION] Table
void ChannelTable(App& app, const Funnel& f) {
  const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("channels", 8, tf)) return;
  ImGui::TableSetupColumn("Use", ImGuiTableColumnFlags_WidthFixed, Em(2.4f));
  ImGui::TableSetupColumn("Channel", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("People/month", ImGuiTableColumnFlags_WidthFixed, Em(6.5f));
  const char* stages[] = {"Screen", "Interview", "Offer", "Accept"};
  for (const char* s : stages) ImGui::TableSetupColumn(s, ImGuiTableColumnFlags_WidthFixed, Em(4.6f));
  ImGui::TableSetupColumn("Hires/month", ImGuiTableColumnFlags_WidthFixed, Em(5.5f));
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < f.channels.size(); ++i) {
    const FunnelChannel& c = f.channels[i];
    ImGui::PushID(int(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    bool on = c.enabled;
    if (ImGui::Checkbox(("##use " + c.channel).c_str(), &on))
      EditHiring(app, on ? "use a channel" : "stop using a channel", [&](Hiring& h) { h.funnel.channels[i].enabled = on; });
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ChannelColor(i));
    ImGui::TextUnformatted(ICON_CIRCLE);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    std::string name = ChannelName(app, c.channel);
    ImGui::PushStyleColor(ImGuiCol_Text, c.enabled ? Palette().text : Palette().text_muted);
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopStyleColor();
    for (const Channel& ch : app.GetContent().channels)
      if (ch.id == c.channel) Tooltip(ch.description.c_str());
    ImGui::TableNextColumn();
    float v = float(c.per_month);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::DragFloat("##per month", &v, 0.5f, 0, 1000, "%.0f") && v != float(c.per_month)) {
      double nv = std::clamp(double(v), 0.0, 1000.0);
      EditHiring(app, "change a channel's volume", [&](Hiring& h) { h.funnel.channels[i].per_month = nv; }, "vol " + c.channel);
    }
    for (int s = 0; s < 4; ++s) {
      ImGui::TableNextColumn();
      float pct = float(c.rates[s] * 100);
      ImGui::SetNextItemWidth(-1);
      ImGui::PushID(s);
      if (ImGui::DragFloat("##rate", &pct, 0.5f, 0, 100, "%.0f%%") && pct != float(c.rates[s] * 100)) {
        double r = std::clamp(double(pct) / 100, 0.0, 1.0);
        EditHiring(app, "change a conversion rate", [&](Hiring& h) { h.funnel.channels[i].rates[s] = r; },
                   "rate " + c.channel + std::to_string(s));
      }
      ImGui::PopID();
    }
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%.2f", c.enabled ? ChannelHiresPerMonth(c) : 0.0);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void Settings(App& app, const Funnel& f, const FunnelTotals& t) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Target hires");
  ImGui::SameLine();
  int target = f.target_hires;
  ImGui::SetNextItemWidth(Em(6));
  if (ImGui::InputInt("##target hires", &target) && target != f.target_hires) {
    target = std::clamp(target, 1, 1000);
    EditHiring(app, "change the target hires", [&](Hiring& h) { h.funnel.target_hires = target; }, "target");
  }
  ImGui::SameLine(0, Em(1.5f));
  ImGui::TextUnformatted("Weeks from first contact to accepted offer (min, likely, max)");
  ImGui::SameLine();
  float w[3] = {float(f.process_min), float(f.process_likely), float(f.process_max)};
  ImGui::SetNextItemWidth(Em(12));
  if (ImGui::DragFloat3("##process weeks", w, 0.1f, 0, 104, "%.1f")) {
    w[0] = std::clamp(w[0], 0.0f, 104.0f);
    w[1] = std::clamp(w[1], w[0], 104.0f);
    w[2] = std::clamp(w[2], w[1], 104.0f);
    EditHiring(app, "change the hiring process time", [&](Hiring& h) {
      h.funnel.process_min = w[0], h.funnel.process_likely = w[1], h.funnel.process_max = w[2];
    }, "process");
  }
  char buf[200];
  if (t.hires_per_month > 0)
    std::snprintf(buf, sizeof buf, "Expected: %.0f people sourced and %.2f hires a month, so %d hire%s take about %.1f months of sourcing (plus the process time).",
                  t.per_month[0], t.hires_per_month, f.target_hires, f.target_hires == 1 ? "" : "s", t.months_to_target);
  else
    std::snprintf(buf, sizeof buf, "No hires expected: switch on a channel with non-zero volume and rates.");
  ImGui::PushFont(Fonts().heading);
  ImGui::TextUnformatted(buf);
  ImGui::PopFont();
}

// [SECTION] Funnel chart
void FunnelChart(App& app, const Funnel& f, const FunnelTotals& t, ImVec2 size) {
  const PaletteColors& pal = Palette();
  ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("funnel chart", size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::vector<LegendEntry> legend;
  for (size_t i = 0; i < f.channels.size(); ++i)
    if (f.channels[i].enabled) legend.push_back({ChannelName(app, f.channels[i].channel), ChannelColor(i)});
  LegendRowLayout lay = LayoutLegendRow(legend, size.x - Em(4));
  double top = std::max(1.0, t.per_month[0] * 1.1);
  AxisSpec x{"Stage", 0, double(kFunnelStages), 1, "", 1};
  AxisSpec y{"People per month", 0, top, NiceStep(top, 5), "%.0f", 1};
  PlotFrame pf = DrawPlotFrame(dl, o, ImVec2(o.x + size.x, o.y + size.y - lay.height - Em(0.4f)), x, y);
  ImFont* font = Fonts().small;
  float fs = font->FontSize;
  for (int s = 0; s < kFunnelStages; ++s) {
    double base = 0;
    for (size_t i = 0; i < f.channels.size(); ++i) {
      const FunnelChannel& c = f.channels[i];
      if (!c.enabled) continue;
      double v = c.per_month;
      for (int k = 0; k < s; ++k) v *= c.rates[k];
      ImVec2 p0 = pf.ToScreen(s + 0.15, base), p1 = pf.ToScreen(s + 0.85, base + v);
      if (p0.y - p1.y >= 0.5f) dl->AddRectFilled(ImVec2(p0.x, p1.y), ImVec2(p1.x, p0.y), ChannelColor(i));
      base += v;
    }
    // Stage name under the bar (the x axis is categorical), value above it.
    const char* name = FunnelStageLabel(s);
    ImVec2 ns = font->CalcTextSizeA(fs, FLT_MAX, 0, name);
    float cx = pf.ToScreen(s + 0.5, 0).x;
    ChartText(dl, font, fs, ImVec2(cx - ns.x * 0.5f, pf.max.y + fs * 0.35f), pal.text, name);
    char val[32];
    std::snprintf(val, sizeof val, base >= 10 ? "%.0f" : "%.2f", base);
    ImVec2 vs = font->CalcTextSizeA(fs, FLT_MAX, 0, val);
    float vy = std::max(pf.min.y, pf.ToScreen(0, base).y - vs.y - 2);
    ChartText(dl, font, fs, ImVec2(cx - vs.x * 0.5f, vy), pal.text, val);
  }
  DrawLegendRow(dl, ImVec2(o.x + Em(3.2f), o.y + size.y - lay.height), legend, lay);
}

// [SECTION] Time-to-hire chart
void TimeToHireChart(const TimeToHire& r, int target, ImVec2 size) {
  const PaletteColors& pal = Palette();
  ImVec2 o = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("time to hire chart", size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::vector<LegendEntry> legend = {{"Share of runs reaching the target in that interval", WithAlpha(pal.accent, 0.6f)},
                                     {"P50 / P80 / P95", pal.text_muted}};
  LegendRowLayout lay = LayoutLegendRow(legend, size.x - Em(4));
  ImVec2 omax(o.x + size.x, o.y + size.y - lay.height - Em(0.4f));
  if (r.weeks.empty()) {
    AxisSpec x{"Weeks to reach the target", 0, 52, 4, "%.0f", 1};
    AxisSpec y{"Share of runs", 0, 0.2, 0.05, "%.0f%%", 100};
    PlotFrame pf = DrawPlotFrame(dl, o, omax, x, y);
    const char* msg = "No run reaches the target within 10 years";
    ChartText(dl, Fonts().body, Fonts().body->FontSize, ImVec2(pf.min.x + Em(1), pf.min.y + Em(1)), pal.text_muted, msg);
    return;
  }
  double max_w = std::max(4.0, r.weeks[std::min(r.weeks.size() - 1, size_t(r.weeks.size() * 0.99))] * 1.1);
  double step = NiceStep(max_w, 7);
  double bin = std::max(0.5, NiceStep(max_w, 25));
  int bins = int(std::ceil(max_w / bin));
  std::vector<int> counts(bins, 0);
  for (double w : r.weeks) counts[std::min(bins - 1, int(w / bin))]++;
  int peak = *std::max_element(counts.begin(), counts.end());
  double ymax = std::max(0.01, double(peak) / r.trials * 1.25);
  AxisSpec x{"Weeks to reach the target", 0, bins * bin, step, "%.0f", 1};
  AxisSpec y{"Share of runs", 0, ymax, NiceStep(ymax, 4), ymax < 0.05 ? "%.1f%%" : "%.0f%%", 100};
  PlotFrame pf = DrawPlotFrame(dl, o, omax, x, y);
  for (int b = 0; b < bins; ++b) {
    ImVec2 p0 = pf.ToScreen(b * bin, 0), p1 = pf.ToScreen((b + 1) * bin, double(counts[b]) / r.trials);
    dl->AddRectFilled(ImVec2(p0.x + 1, p1.y), ImVec2(p1.x - 1, p0.y), WithAlpha(pal.accent, 0.6f));
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "P50 %.0f wk", r.p50);
  DrawMarkerLine(dl, pf, r.p50, pal.success, buf, false, 0);
  std::snprintf(buf, sizeof buf, "P80 %.0f wk", r.p80);
  DrawMarkerLine(dl, pf, r.p80, pal.warning, buf, false, 1);
  std::snprintf(buf, sizeof buf, "P95 %.0f wk", r.p95);
  DrawMarkerLine(dl, pf, r.p95, pal.error, buf, false, 2);
  DrawLegendRow(dl, ImVec2(o.x + Em(3.2f), o.y + size.y - lay.height), legend, lay);
  (void)target;
}

const TimeToHire& TimeToHireFor(App& app, const Funnel& f) {
  if (!app.ui.tth_valid || !(app.ui.tth_funnel == f)) {
    app.ui.tth = SimulateTimeToHire(f, app.ui.tth_trials, uint64_t(app.ui.tth_seed));
    app.ui.tth_funnel = f;
    app.ui.tth_valid = true;
  }
  return app.ui.tth;
}

}  // namespace

// [SECTION] Tab
void DrawSourcingTab(App& app) {
  const Funnel& f = app.Store().Current().hiring.funnel;
  if (f.channels.empty()) {
    if (BeginCard("sourcing empty")) {
      Heading("Where will candidates come from?");
      Paragraph("Start from the lecture's six channels: professional networks, recruiters, campus, authors of papers "
                "you like, people who implemented papers, and research conferences. Edit how many people each brings "
                "a month and how many pass each stage; see the expected hires and how long the target takes.", 46);
      if (PrimaryButton(ICON_PLUS "  Use the lecture's channels"))
        EditHiring(app, "set up the sourcing funnel", [&](Hiring& h) { h.funnel = DefaultFunnel(app.GetContent()); });
      MutedText("The starting numbers are illustrative, not industry data: replace them with your own.");
    }
    EndCard();
    return;
  }
  FunnelTotals t = ComputeFunnel(f);
  Settings(app, f, t);
  // Compact rows leave the charts room on a 768 px high screen.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, Em(0.12f)));
  ChannelTable(app, app.Store().Current().hiring.funnel);
  ImGui::PopStyleVar();
  const Content& content = app.GetContent();
  CsvButton(app, "hiring-channels.csv", "Download the channels table as CSV",
            [&] { return FunnelCsvRows(app.Store().Current().hiring.funnel, content); });
  ImGui::SameLine();
  MutedText("Starting numbers are illustrative: replace them with your own. Rates are the share passing each stage.");
  const Funnel& now = app.Store().Current().hiring.funnel;
  t = ComputeFunnel(now);
  const TimeToHire& r = TimeToHireFor(app, now);
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float w = (avail.x - Em(1)) / 2, h = std::max(Em(12), avail.y - Em(2.9f));
  float x0 = ImGui::GetCursorScreenPos().x;
  ImGui::BeginGroup();
  Heading("Funnel per stage");
  ChartExportClicks fx = ChartExportButtons("funnel", x0 + w);
  ImVec2 fsize(w, h - fx.wrap);
  ExportableChart(app, fx, "hiring-funnel", "Funnel per stage", fsize, [&] { FunnelChart(app, now, t, fsize); });
  ImGui::EndGroup();
  ImGui::SameLine(0, Em(1));
  x0 = ImGui::GetCursorScreenPos().x;
  ImGui::BeginGroup();
  char head[160];
  if (r.reached > 0)
    std::snprintf(head, sizeof head, "Time to %d hire%s: P50 %.0f, P80 %.0f, P95 %.0f weeks", now.target_hires,
                  now.target_hires == 1 ? "" : "s", r.p50, r.p80, r.p95);
  else
    std::snprintf(head, sizeof head, "Time to %d hire%s: not reached", now.target_hires, now.target_hires == 1 ? "" : "s");
  Heading(head);
  ChartExportClicks tx = ChartExportButtons("time to hire", x0 + w);
  ImVec2 tsize(w, h - Em(1.4f) - tx.wrap);
  ExportableChart(app, tx, "hiring-time-to-hire", head, tsize, [&] { TimeToHireChart(r, now.target_hires, tsize); });
  char note[128];
  std::snprintf(note, sizeof note, "Monte Carlo, %d runs, seed %d; process time Beta-PERT.", r.trials, app.ui.tth_seed);
  MutedText(note);
  ImGui::SameLine();
  if (ImGui::SmallButton("Another seed")) {
    ++app.ui.tth_seed;
    app.ui.tth_valid = false;
  }
  ImGui::EndGroup();
}

}  // namespace mlt
