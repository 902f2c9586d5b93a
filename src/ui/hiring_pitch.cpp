// Hiring, "Pitch & job seeker" tab: the employer's side (the five things
// practitioners want, each with how the company stands out and a 1-5 score,
// suggestions for the weakest) and the job seeker's side (the five-step
// ladder of standing out as a self-assessment, with a plan of next steps).
#include <cstdio>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/hiring_common.h"
#include "ui/hiring_tabs.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

void Pitch(App& app) {
  const Content& content = app.GetContent();
  const Hiring& h = app.Store().Current().hiring;
  Heading("Employer pitch: what practitioners want");
  ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
  Paragraph("Score how well your company stands out on each (1 weak, 5 strong), and say how. Hover a want for "
            "the lecture's advice.");
  ImGui::PopStyleColor();
  const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("pitch", 2, tf)) {
    ImGui::TableSetupColumn("They want", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, Em(9.5f));
    ImGui::TableHeadersRow();
    for (const PractitionerWant& w : content.practitioner_wants) {
      auto it = h.pitch.find(w.id);
      PitchAnswer a = it == h.pitch.end() ? PitchAnswer{} : it->second;
      ImGui::PushID(w.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushFont(Fonts().heading);
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
      ImGui::TextUnformatted(w.want.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopFont();
      Tooltip(("How to stand out: " + w.stand_out).c_str());
      std::string how = a.how;
      if (InputString("##how", &how, ImGui::GetContentRegionAvail().x))
        EditHiring(app, "edit the pitch", [&](Hiring& hh) { hh.pitch[w.id].how = how; }, "pitch " + w.id);
      if (how.empty()) {
        ImVec2 p = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + Em(0.4f), p.y + ImGui::GetStyle().FramePadding.y),
                                            Palette().text_muted, "How we stand out...");
      }
      ImGui::TableNextColumn();
      ImGui::Dummy(ImVec2(0, Em(0.1f)));
      for (int s = 1; s <= 5; ++s) {
        if (s > 1) ImGui::SameLine(0, Em(0.15f));
        char label[24];
        std::snprintf(label, sizeof label, "%d##score %s", s, w.id.c_str());
        bool on = a.score == s;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, Palette().accent), ImGui::PushStyleColor(ImGuiCol_Text, Palette().on_accent);
        if (ImGui::Button(label, ImVec2(Em(1.6f), 0)))
          EditHiring(app, "score the pitch", [&](Hiring& hh) { hh.pitch[w.id].score = on ? 0 : s; });
        if (on) ImGui::PopStyleColor(2);
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  int total = 0, scored = 0;
  for (const PractitionerWant& w : content.practitioner_wants) {
    auto it = h.pitch.find(w.id);
    if (it != h.pitch.end() && it->second.score > 0) total += it->second.score, ++scored;
  }
  char sum[96];
  std::snprintf(sum, sizeof sum, "Pitch score: %d of %d (%d of %zu wants scored)", total,
                int(content.practitioner_wants.size()) * 5, scored, content.practitioner_wants.size());
  ImGui::PushFont(Fonts().heading);
  ImGui::TextUnformatted(sum);
  ImGui::PopFont();
  auto weak = WeakestWants(h, content);
  if (weak.empty()) {
    MutedText("Score the wants to see where your pitch needs work.");
    return;
  }
  Heading("Work on these first");
  for (const PractitionerWant* w : weak) BulletParagraph((w->want + ": " + w->stand_out).c_str(), 40, Palette().warning);
}

void Ladder(App& app) {
  const Content& content = app.GetContent();
  const Hiring& h = app.Store().Current().hiring;
  Heading("Job seeker: the ladder of standing out");
  MutedText("Each step impresses more than the one before. Where are you?");
  const char* states[] = {"Not yet", "Working on it", "Done"};
  for (const StandOutLevel& l : content.standing_out) {
    auto it = h.ladder.find(l.id);
    LadderAnswer a = it == h.ladder.end() ? LadderAnswer{} : it->second;
    ImGui::PushID(l.id.c_str());
    ImGui::Dummy(ImVec2(0, Em(0.2f)));
    ImGui::PushFont(Fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, a.status == LadderStatus::Done ? Palette().success : Palette().text);
    ImGui::Text("%d. %s", l.level, l.name.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    std::string ex;
    for (size_t i = 0; i < l.examples.size(); ++i) ex += (i ? "; " : "e.g. ") + l.examples[i];
    MutedText(ex.c_str());
    for (int s = 0; s < 3; ++s) {
      if (s) ImGui::SameLine();
      std::string label = std::string(states[s]) + "##" + l.id;
      if (ImGui::RadioButton(label.c_str(), int(a.status) == s) && int(a.status) != s)
        EditHiring(app, "update the ladder", [&](Hiring& hh) { hh.ladder[l.id].status = LadderStatus(s); });
    }
    ImGui::SameLine(0, Em(1));
    std::string notes = a.notes;
    if (InputString("##notes", &notes, std::max(Em(8), ImGui::GetContentRegionAvail().x)))
      EditHiring(app, "edit ladder notes", [&](Hiring& hh) { hh.ladder[l.id].notes = notes; }, "ladder " + l.id);
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  Heading("Your plan");
  std::vector<std::string> plan = LadderPlan(h, content);
  if (plan.empty()) Paragraph("Every step done: you stand out. Keep publishing and competing.");
  for (const std::string& step : plan) BulletParagraph(step.c_str(), 40, Palette().accent);
  if (!content.job_sources.empty()) {
    ImGui::Dummy(ImVec2(0, Em(0.2f)));
    MutedText("Where to look:");
    for (const NamedText& s : content.job_sources) BulletParagraph((s.name + ": " + s.text).c_str(), 40);
  }
}

}  // namespace

void DrawPitchTab(App& app) {
  float w = (ImGui::GetContentRegionAvail().x - Em(1)) * 0.5f;
  ImGui::BeginChild("pitch side", ImVec2(w, 0));
  Pitch(app);
  ImGui::EndChild();
  ImGui::SameLine(0, Em(1));
  ImGui::BeginChild("ladder side", ImVec2(0, 0));
  Ladder(app);
  ImGui::EndChild();
}

}  // namespace mlt
