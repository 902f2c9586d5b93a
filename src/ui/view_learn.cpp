// The Learn view: the lecture's five parts as an outline on the left, the
// selected section on the right with its data and a button into its tool.
#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/learn_blocks.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

void Outline(App& app) {
  const Content& c = app.GetContent();
  for (const LearnPart& part : c.learn) {
    ImGui::PushFont(Fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
    ImGui::TextUnformatted(part.title.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (const LearnSection& s : part.sections) {
      bool selected = s.id == app.LearnSection();
      ImGui::PushID(s.id.c_str());
      if (selected) ImGui::PushStyleColor(ImGuiCol_Text, Palette().accent);
      if (ImGui::Selectable(s.title.c_str(), selected)) app.OpenLearnSection(s.id);
      if (selected) ImGui::PopStyleColor();
      ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, Em(0.5f)));
  }
}

void SectionBody(App& app) {
  const Content& c = app.GetContent();
  const LearnPart* part = nullptr;
  const LearnSection* s = c.FindLearnSection(app.LearnSection(), &part);
  if (!s) return;
  if (app.ui.learn_scroll_to_top) {
    ImGui::SetScrollY(0);
    app.ui.learn_scroll_to_top = false;
  }
  ImGui::PushFont(Fonts().small);
  ImGui::PushStyleColor(ImGuiCol_Text, Palette().accent);
  ImGui::TextUnformatted(part->title.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PushFont(Fonts().title);
  ImGui::TextUnformatted(s->title.c_str());
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
  // The first section of a part opens with the part's introduction.
  if (&part->sections.front() == s) {
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
    Paragraph(part->intro.c_str(), 40);
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
  }
  for (const auto& para : s->paragraphs) {
    Paragraph(para.c_str(), 40);
    ImGui::Dummy(ImVec2(0, Em(0.35f)));
  }
  if (!s->tool.view.empty()) {
    if (PrimaryButton((std::string(s->tool.label) + "  " ICON_CHEVRON_RIGHT).c_str())) app.OpenTool(s->tool);
    ImGui::Dummy(ImVec2(0, Em(0.5f)));
  }
  if (!s->shows.empty()) DrawLearnBlock(app, s->shows);

  // Previous / next, in outline order.
  const LearnSection *prev = nullptr, *next = nullptr, *last = nullptr;
  bool found = false;
  for (const auto& p : c.learn)
    for (const auto& sec : p.sections) {
      if (found && !next) next = &sec;
      if (&sec == s) { found = true; prev = last; }
      last = &sec;
    }
  ImGui::Dummy(ImVec2(0, Em(0.8f)));
  ImGui::Separator();
  if (prev && ImGui::Button((std::string("Previous: ") + prev->title).c_str())) app.OpenLearnSection(prev->id);
  if (next) {
    if (prev) ImGui::SameLine();
    if (ImGui::Button((std::string("Next: ") + next->title).c_str())) app.OpenLearnSection(next->id);
  }
  ImGui::Dummy(ImVec2(0, Em(1.0f)));
}

}  // namespace

void DrawLearnView(App& app) {
  if (!app.ContentError().empty()) {
    ViewHeader(ICON_LEARN, "Learn", nullptr);
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().error);
    Paragraph(("The lecture content could not be loaded: " + app.ContentError()).c_str());
    ImGui::PopStyleColor();
    return;
  }
  float outline_w = Em(15);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.6f), Em(0.8f)));
  ImGui::BeginChild("Learn outline", ImVec2(outline_w, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushFont(Fonts().heading);
  ImGui::TextUnformatted(ICON_LEARN "  Learn");
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  Outline(app);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::SameLine(0, Em(1.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.2f), Em(0.6f)));
  ImGui::BeginChild("Learn section", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  SectionBody(app);
  ImGui::EndChild();
}

}  // namespace mlt
