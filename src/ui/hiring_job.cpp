// Hiring, "Job description" tab: start from one of the six roles, choose
// must-haves and nice-to-haves among its skills and tools, say what the
// person will do; warnings and suggestions from the lecture; a preview to
// copy as text or Markdown.
#include <algorithm>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/hiring_common.h"
#include "ui/hiring_tabs.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/role_colors.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// 0 not asked, 1 nice to have, 2 must-have.
template <class T>
int Level(const std::vector<T>& must, const std::vector<T>& nice, const T& v) {
  if (std::find(must.begin(), must.end(), v) != must.end()) return 2;
  if (std::find(nice.begin(), nice.end(), v) != nice.end()) return 1;
  return 0;
}
template <class T>
void SetLevel(std::vector<T>* must, std::vector<T>* nice, const T& v, int level) {
  must->erase(std::remove(must->begin(), must->end(), v), must->end());
  nice->erase(std::remove(nice->begin(), nice->end(), v), nice->end());
  if (level == 2) must->push_back(v);
  if (level == 1) nice->push_back(v);
}

// Three radio buttons in a table row: Must / Nice / No.
bool LevelRadios(const char* id, int* level) {
  bool changed = false;
  ImGui::PushID(id);
  const char* names[] = {"Must", "Nice", "No"};
  const int values[] = {2, 1, 0};
  for (int i = 0; i < 3; ++i) {
    ImGui::TableNextColumn();
    std::string label = std::string(names[i]) + "##" + id;
    if (ImGui::RadioButton(label.c_str(), *level == values[i]) && *level != values[i]) {
      *level = values[i];
      changed = true;
    }
  }
  ImGui::PopID();
  return changed;
}

// "New from a role" and "Delete job"; `inline_row`: on one toolbar line.
void NewAndDelete(App& app, const JobDescription* sel, bool inline_row) {
  ImGui::SetNextItemWidth(inline_row ? Em(12) : -1);
  if (BeginReportedCombo("##new job", ICON_PLUS "  New from a role")) {
    for (const RoleInfo& r : app.GetContent().roles)
      if (ImGui::Selectable(r.name.c_str())) AddJobFromRole(app, r);
    ImGui::EndCombo();
  }
  if (inline_row) ImGui::SameLine();
  if (sel && ToolButton(ICON_TRASH, "Delete job", "Delete this job description with its loop and its candidates' scorecards")) {
    std::string id = sel->id;
    EditHiring(app, "delete a job description", [&](Hiring& hh) {
      hh.jobs.erase(std::remove_if(hh.jobs.begin(), hh.jobs.end(), [&](auto& j) { return j.id == id; }), hh.jobs.end());
      hh.candidates.erase(std::remove_if(hh.candidates.begin(), hh.candidates.end(), [&](auto& c) { return c.job == id; }),
                          hh.candidates.end());
    });
    app.ui.hiring_job.clear();
  }
}

void JobList(App& app, const JobDescription* sel) {
  Heading("Job descriptions");
  const Hiring& h = app.Store().Current().hiring;
  for (const JobDescription& jd : h.jobs) {
    ImGui::PushID(jd.id.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, RoleColor(jd.role));
    ImGui::TextUnformatted(ICON_CIRCLE);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    std::string label = jd.title + "##job";
    if (ImGui::Selectable(label.c_str(), sel && sel->id == jd.id)) app.ui.hiring_job = jd.id;
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  NewAndDelete(app, sel, false);
}

void Editor(App& app, const JobDescription& jd) {
  const Content& content = app.GetContent();
  const std::string id = jd.id;
  const float label_w = Em(8.5f);
  auto label = [&](const char* text) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(label_w);
  };
  label("Job title");
  std::string title = jd.title;
  if (InputString("##job title", &title, Em(18)))
    EditJob(app, id, "rename the job", [&](JobDescription& j) { j.title = title; }, "job title " + id);
  label("Role");
  ImGui::SetNextItemWidth(Em(18));
  const RoleInfo* role = content.FindRole(jd.role);
  if (BeginReportedCombo("##job role", role ? role->name.c_str() : jd.role.c_str())) {
    for (const RoleInfo& r : content.roles)
      if (ImGui::Selectable(r.name.c_str(), r.id == jd.role))
        EditJob(app, id, "change the job's role", [&](JobDescription& j) {
          // The role's own profile and tools replace the old choices.
          JobDescription fresh = JobFromRole(r, j.id);
          j.role = r.id;
          j.must_skills = fresh.must_skills;
          j.nice_skills = fresh.nice_skills;
          j.must_tools = fresh.must_tools;
          j.nice_tools = fresh.nice_tools;
        });
    ImGui::EndCombo();
  }
  label("Seniority");
  int sen = int(jd.seniority);
  for (int s = 0; s < int(Seniority::Count); ++s) {
    if (s) ImGui::SameLine();
    std::string l = std::string(SeniorityLabel(Seniority(s))) + "##seniority";
    if (ImGui::RadioButton(l.c_str(), sen == s) && sen != s)
      EditJob(app, id, "change the seniority", [&](JobDescription& j) { j.seniority = Seniority(s); });
  }
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
  ImGui::TextUnformatted("What the person will do");
  std::string work = jd.what_you_will_do;
  if (InputString("##what you will do", &work, ImGui::GetContentRegionAvail().x, true))
    EditJob(app, id, "edit what the person will do", [&](JobDescription& j) { j.what_you_will_do = work; },
            "job work " + id);
  if (work.empty()) {
    ImVec2 p = ImGui::GetItemRectMin();
    ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + Em(0.5f), p.y + Em(0.35f)), Palette().text_muted,
                                        "The problems, systems and first months: e.g. \"own the ranking model...\"");
  }

  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  Heading("Requirements");
  const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("requirements", 5, tf)) {
    ImGui::TableSetupColumn("Skill or tool", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Role level", ImGuiTableColumnFlags_WidthFixed, Em(5));
    ImGui::TableSetupColumn("Must", ImGuiTableColumnFlags_WidthFixed, Em(4));
    ImGui::TableSetupColumn("Nice", ImGuiTableColumnFlags_WidthFixed, Em(4));
    ImGui::TableSetupColumn("No", ImGuiTableColumnFlags_WidthFixed, Em(3.5f));
    ImGui::TableHeadersRow();
    for (int s = 0; s < kSkillCount; ++s) {
      Skill sk = Skill(s);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      bool tight = ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(std::string(SkillLabel(sk)).c_str()).x;
      ImGui::TextUnformatted(std::string(tight ? SkillShortLabel(sk) : SkillLabel(sk)).c_str());
      ImGui::TableNextColumn();
      char lvl[16];
      std::snprintf(lvl, sizeof lvl, "%.1f", role ? role->skills[s] : 0.0);
      ImGui::PushStyleColor(ImGuiCol_Text, role && role->skills[s] >= kStrengthLevel ? Palette().text : Palette().text_muted);
      ImGui::TextUnformatted(lvl);
      ImGui::PopStyleColor();
      int level = Level(jd.must_skills, jd.nice_skills, sk);
      std::string rid = std::string(SkillId(sk));
      if (LevelRadios(rid.c_str(), &level))
        EditJob(app, id, "change a requirement", [&](JobDescription& j) { SetLevel(&j.must_skills, &j.nice_skills, sk, level); });
    }
    // The role's tools, then tools the user added.
    Texts tools = role ? role->tools : Texts{};
    for (const auto* list : {&jd.must_tools, &jd.nice_tools})
      for (const std::string& t : *list)
        if (std::find(tools.begin(), tools.end(), t) == tools.end()) tools.push_back(t);
    for (const std::string& t : tools) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted((ICON_CODE "  " + t).c_str());
      ImGui::TableNextColumn();
      MutedText("tool");
      int level = Level(jd.must_tools, jd.nice_tools, t);
      if (LevelRadios(("tool " + t).c_str(), &level))
        EditJob(app, id, "change a requirement", [&](JobDescription& j) { SetLevel(&j.must_tools, &j.nice_tools, t, level); });
    }
    ImGui::EndTable();
  }
  ImGui::SetNextItemWidth(Em(12));
  bool enter = ImGui::InputTextWithHint("##add tool", "Another tool", app.ui.hiring_tool, sizeof app.ui.hiring_tool,
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ToolButton(ICON_PLUS, "Add tool", "Add a tool as a nice-to-have") || enter) && app.ui.hiring_tool[0]) {
    std::string t = app.ui.hiring_tool;
    app.ui.hiring_tool[0] = 0;
    EditJob(app, id, "add a tool", [&](JobDescription& j) {
      if (Level(j.must_tools, j.nice_tools, t) == 0) j.nice_tools.push_back(t);
    });
  }
}

void Preview(App& app, const JobDescription& jd) {
  const Content& content = app.GetContent();
  std::vector<HiringNote> notes = JobDescriptionNotes(jd, content);
  UnicornCheck u = CheckUnicorn(jd, content);
  Heading(u.unicorn ? ICON_WARNING "  Unicorn check: too much for one person" : ICON_CHECK "  Unicorn check: one person can do this");
  if (notes.empty()) MutedText("No warnings: the description is focused and specific.");
  NoteList(notes, 40);
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  Heading("Preview");
  std::string md = JobDescriptionMarkdown(jd, content);
  if (ToolButton(ICON_COPY, "Copy text", "Copy the job description as plain text")) {
    std::string text = JobDescriptionText(jd, content);
    ImGui::SetClipboardText(text.c_str());
    app.Host().CopyText(text);
    app.Notify(NoticeKind::Success, "Copied the job description as text");
  }
  ImGui::SameLine();
  if (ToolButton(ICON_COPY, "Copy Markdown", "Copy the job description as Markdown")) {
    ImGui::SetClipboardText(md.c_str());
    app.Host().CopyText(md);
    app.Notify(NoticeKind::Success, "Copied the job description as Markdown");
  }
  if (BeginCard("jd preview")) {
    std::string text = JobDescriptionText(jd, content);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
  }
  EndCard();
}

}  // namespace

void DrawJobTab(App& app) {
  const JobDescription* jd = JobOrStartCard(
      app, "Pick the role you need. The description starts from that role's typical profile: its "
           "strengths become must-haves, the rest nice-to-haves. Then make it specific.");
  if (!jd) return;
  // Narrow screens: the list of jobs becomes a picker above the editor.
  const bool narrow = ImGui::GetContentRegionAvail().x < Em(62);
  if (narrow) {
    JobPicker(app, Em(16));
    ImGui::SameLine();
    NewAndDelete(app, jd, true);
  } else {
    ImGui::BeginChild("job list", ImVec2(Em(12), 0), ImGuiChildFlags_Border);
    JobList(app, jd);
    ImGui::EndChild();
  }
  jd = SelectedJob(app);  // the list may have added or deleted one
  if (!jd) return;
  if (!narrow) ImGui::SameLine();
  float rest = ImGui::GetContentRegionAvail().x;
  float editor_w = std::max(Em(24), rest * 0.52f);
  ImGui::BeginChild("job editor", ImVec2(editor_w, 0));
  Editor(app, *jd);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("job preview", ImVec2(0, 0));
  if (const JobDescription* again = SelectedJob(app)) Preview(app, *again);
  ImGui::EndChild();
}

}  // namespace mlt
