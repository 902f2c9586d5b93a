// Hiring, "Interview loop" tab: the interviews of the selected job (from the
// nine assessment types or custom), and the coverage matrix dimension x
// interview that shows which strengths are validated in depth and which
// weaker sides get a minimum-bar check. Cells toggle what an interview tests;
// the matrix downloads as CSV.
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/hiring_common.h"
#include "ui/hiring_tabs.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

void AddInterviewCombo(App& app, const JobDescription& jd) {
  ImGui::SetNextItemWidth(Em(15));
  // Tall enough for the nine assessment types and "Custom" without scrolling.
  if (!BeginReportedCombo("##add interview", ICON_PLUS "  Add an interview", ImGuiComboFlags_HeightLargest)) return;
  for (const Assessment& a : app.GetContent().assessments) {
    if (ImGui::Selectable(a.name.c_str())) {
      LoopInterview li = InterviewFromAssessment(a, NewHiringId(app, "i-"));
      EditJob(app, jd.id, "add an interview", [&](JobDescription& j) { j.loop.push_back(li); });
    }
    Tooltip(a.description.c_str());
  }
  ImGui::Separator();
  if (ImGui::Selectable("Custom interview")) {
    LoopInterview li;
    li.id = NewHiringId(app, "i-");
    li.name = "Custom interview";
    EditJob(app, jd.id, "add an interview", [&](JobDescription& j) { j.loop.push_back(li); });
  }
  ImGui::EndCombo();
}

void InterviewTable(App& app, const JobDescription& jd) {
  const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("loop interviews", 4, tf)) return;
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, Em(1.5f));
  ImGui::TableSetupColumn("Interview", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Minutes", ImGuiTableColumnFlags_WidthFixed, Em(5.5f));
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight() * 2.2f);
  ImGui::TableHeadersRow();
  std::string remove;
  for (size_t i = 0; i < jd.loop.size(); ++i) {
    const LoopInterview& li = jd.loop[i];
    ImGui::PushID(li.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%zu", i + 1);
    ImGui::TableNextColumn();
    std::string name = li.name;
    if (InputString("##interview name", &name, ImGui::GetContentRegionAvail().x))
      EditJob(app, jd.id, "rename an interview", [&](JobDescription& j) { j.loop[i].name = name; }, "iname " + li.id);
    ImGui::TableNextColumn();
    int minutes = li.minutes;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::DragInt("##minutes", &minutes, 1, 5, 600, "%d min") && minutes != li.minutes) {
      minutes = std::clamp(minutes, 5, 600);
      EditJob(app, jd.id, "change an interview's length", [&](JobDescription& j) { j.loop[i].minutes = minutes; },
              "imin " + li.id);
    }
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(ICON_TRASH "##remove")) remove = li.id;
    Tooltip("Remove this interview from the loop");
    ImGui::PopID();
  }
  ImGui::EndTable();
  if (!remove.empty())
    EditJob(app, jd.id, "remove an interview", [&](JobDescription& j) {
      j.loop.erase(std::remove_if(j.loop.begin(), j.loop.end(), [&](auto& li) { return li.id == remove; }), j.loop.end());
    });
}

void CoverageMatrix(App& app, const JobDescription& jd, const LoopCoverage& cov) {
  const PaletteColors& pal = Palette();
  const int n = int(jd.loop.size());
  const ImGuiTableFlags tf = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg;
  if (!ImGui::BeginTable("coverage", n + 3, tf)) return;
  ImGui::TableSetupColumn("Dimension", ImGuiTableColumnFlags_WidthFixed, Em(8));
  ImGui::TableSetupColumn("Needs", ImGuiTableColumnFlags_WidthFixed, Em(6.5f));
  for (int i = 0; i < n; ++i) {
    char h[16];
    std::snprintf(h, sizeof h, "%d", i + 1);
    ImGui::TableSetupColumn(h, ImGuiTableColumnFlags_WidthFixed, Em(2.2f));
  }
  ImGui::TableSetupColumn("Coverage", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < n + 3; ++c) {
    ImGui::TableSetColumnIndex(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    if (c >= 2 && c < n + 2) Tooltip(jd.loop[c - 2].name.c_str());
  }
  for (const CoverageRow& r : cov.rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    std::string name(SkillLabel(r.skill));
    ImGui::TextUnformatted(std::string(SkillShortLabel(r.skill)).c_str());
    Tooltip(name.c_str());
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, r.strength ? pal.text : pal.text_muted);
    ImGui::TextUnformatted(CoverageNeedsLabel(r));
    ImGui::PopStyleColor();
    for (int i = 0; i < n; ++i) {
      ImGui::TableNextColumn();
      bool on = std::find(r.interviews.begin(), r.interviews.end(), i) != r.interviews.end();
      ImGui::PushID(i * 16 + int(r.skill));
      std::string label = "##" + jd.loop[i].id + " " + std::string(SkillId(r.skill));
      if (ImGui::Checkbox(label.c_str(), &on)) {
        Skill s = r.skill;
        EditJob(app, jd.id, on ? "test a dimension" : "stop testing a dimension", [&](JobDescription& j) {
          auto& sk = j.loop[i].skills;
          sk.erase(std::remove(sk.begin(), sk.end(), s), sk.end());
          if (on) {
            sk.push_back(s);
            std::sort(sk.begin(), sk.end());
          }
        });
      }
      Tooltip((jd.loop[i].name + " tests " + name + "?").c_str());
      ImGui::PopID();
    }
    ImGui::TableNextColumn();
    const char* icon = "";
    ImU32 color = pal.text_muted;
    switch (r.state) {
      case CoverageRow::State::Deep: icon = ICON_CHECK "  "; color = pal.success; break;
      case CoverageRow::State::Minimum: icon = ICON_CHECK "  "; color = pal.text; break;
      case CoverageRow::State::Once: icon = ICON_WARNING "  "; color = pal.warning; break;
      case CoverageRow::State::Untested:
        icon = r.must_have ? ICON_WARNING "  " : "";
        color = r.must_have ? pal.warning : pal.text_muted;
        break;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted((std::string(icon) + CoverageStateLabel(r)).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::EndTable();
}

}  // namespace

void DrawLoopTab(App& app) {
  const JobDescription* jd = JobOrStartCard(
      app, "A loop is designed for a job: it must confirm the strengths the job needs and check a "
           "minimum bar on the rest. Start with the job description.");
  if (!jd) return;
  JobPicker(app, Em(16));
  ImGui::SameLine();
  AddInterviewCombo(app, *jd);
  jd = SelectedJob(app);
  LoopCoverage cov = AnalyseLoop(*jd, app.GetContent());
  ImGui::SameLine(0, Em(1));
  char total[64];
  std::snprintf(total, sizeof total, ICON_CLOCK "  %d h %02d min for the candidate", cov.total_minutes / 60,
                cov.total_minutes % 60);
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, cov.total_minutes > kMaxLoopMinutes ? Palette().warning : Palette().text);
  ImGui::TextUnformatted(total);
  ImGui::PopStyleColor();
  ImGui::PushFont(Fonts().small);
  ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
  Paragraph(app.GetContent().interview_principle.c_str(), 80);
  ImGui::PopStyleColor();
  ImGui::PopFont();

  const float left_w = std::min(Em(24), ImGui::GetContentRegionAvail().x * 0.34f);
  ImGui::BeginChild("loop list", ImVec2(left_w, 0));
  Heading("Interviews");
  if (jd->loop.empty()) MutedText("No interviews yet: add one of the nine assessment types above.");
  else InterviewTable(app, *jd);
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  NoteList(cov.notes, 22);
  ImGui::EndChild();
  ImGui::SameLine(0, Em(1));
  ImGui::BeginChild("loop coverage", ImVec2(0, 0), 0, ImGuiWindowFlags_HorizontalScrollbar);
  Heading("Coverage: dimension x interview");
  jd = SelectedJob(app);
  if (jd) {
    ImGui::SameLine(0, Em(1));
    CsvButton(app, "interview-loop-coverage.csv", "Download the coverage matrix as CSV (interviews by name)",
              [&] { return LoopCoverageCsvRows(*jd, AnalyseLoop(*jd, app.GetContent())); });
  }
  MutedText("Tick what each interview tests. Strengths need two interviews; the rest a minimum-bar check.");
  if (jd) CoverageMatrix(app, *jd, AnalyseLoop(*jd, app.GetContent()));
  ImGui::EndChild();
}

}  // namespace mlt
