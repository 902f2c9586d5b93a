// Hiring commands (every edit is one undoable store step) and the small
// widgets the Hiring tabs share.
#include "ui/hiring_common.h"

#include <algorithm>

#include "imgui.h"
#include "model/csv.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/person_edit.h"
#include "ui/svg_capture.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {

void EditWorkspace(App& app, const std::string& what, const std::function<void(Workspace&)>& edit,
                   const std::string& merge) {
  app.Store().Apply(what, edit, app.Now(), merge);
}

const JobDescription* SelectedJob(App& app) {
  const Hiring& h = app.Store().Current().hiring;
  if (const JobDescription* jd = h.FindJob(app.ui.hiring_job)) return jd;
  if (h.jobs.empty()) return nullptr;
  app.ui.hiring_job = h.jobs.front().id;
  return &h.jobs.front();
}

void EditJob(App& app, const std::string& job_id, const std::string& what,
             const std::function<void(JobDescription&)>& edit, const std::string& merge) {
  EditHiring(app, what, [&](Hiring& h) {
    if (JobDescription* jd = h.FindJob(job_id)) edit(*jd);
  }, merge);
}

std::string NewHiringId(App& app, const char* prefix) {
  const Workspace& ws = app.Store().Current();
  for (int n = int(ws.hiring.jobs.size()) + 1;; ++n) {
    std::string id = prefix + std::to_string(n);
    bool used = ws.hiring.FindJob(id) != nullptr;
    for (const JobDescription& jd : ws.hiring.jobs)
      for (const LoopInterview& li : jd.loop) used = used || li.id == id;
    for (const Person& p : ws.people) used = used || p.id == id;
    if (!used) return id;
  }
}

void AddJobFromRole(App& app, const RoleInfo& role) {
  JobDescription jd = JobFromRole(role, NewHiringId(app, "j-"));
  EditHiring(app, "add a job description", [&](Hiring& h) {
    h.jobs.push_back(jd);
    if (h.funnel.channels.empty()) h.funnel = DefaultFunnel(app.GetContent());
  });
  app.ui.hiring_job = jd.id;
}

std::vector<const Candidate*> JobCandidates(App& app, const std::string& job_id) {
  std::vector<const Candidate*> out;
  for (const Candidate& c : app.Store().Current().hiring.candidates)
    if (c.job == job_id) out.push_back(&c);
  return out;
}

void AddCandidate(App& app, const JobDescription& jd, const std::string& existing_person) {
  std::string id = existing_person.empty() ? app.NewPersonId() : existing_person;
  size_t n = JobCandidates(app, jd.id).size() + 1;
  const RoleInfo* role = app.GetContent().FindRole(jd.role);
  EditWorkspace(app, "add a candidate", [&](Workspace& w) {
    if (existing_person.empty()) {
      Person p;
      p.id = id;
      p.name = "Candidate " + std::to_string(n);
      p.kind = PersonKind::Candidate;
      p.role = jd.role;
      // Until interviews say otherwise, the role's typical profile.
      if (role) p.skills = role->skills;
      w.people.push_back(p);
    }
    w.hiring.candidates.push_back({id, jd.id, {}});
  });
  app.ui.hiring_candidate = id;
}

CandidateSummary Summary(App& app, const Candidate& c) {
  const Workspace& ws = app.Store().Current();
  SkillLevels fallback{};
  for (const Person& p : ws.people)
    if (p.id == c.person) fallback = p.skills;
  const JobDescription* jd = ws.hiring.FindJob(c.job);
  return jd ? SummariseCandidate(c, *jd, app.GetContent(), fallback) : CandidateSummary{};
}

void HireCandidate(App& app, std::string person, std::string position) {
  const Candidate* c = app.Store().Current().hiring.FindCandidate(person);
  if (!c) return;
  CandidateSummary sum = Summary(app, *c);
  std::string name, final_id = person, title;
  EditWorkspace(app, "hire a candidate", [&](Workspace& w) {
    Person* p = FindPerson(w, person);
    if (!p) return;
    name = p->name;
    // The interviews' evidence replaces the guesses for what they rated.
    p->skills = sum.profile;
    p->kind = PersonKind::Member;
    Person* pos = position.empty() ? nullptr : FindPerson(w, position);
    if (!pos || pos->kind != PersonKind::OpenPosition) return;
    pos->name = p->name;
    pos->kind = PersonKind::Member;
    pos->skills = p->skills;
    if (pos->role.empty()) pos->role = p->role;
    if (pos->team.empty()) pos->team = p->team;
    if (!p->notes.empty()) pos->notes = p->notes;
    title = pos->title;
    final_id = pos->id;
    for (Person& q : w.people) {
      if (q.manager == person) q.manager = final_id;
      if (q.dotted_manager == person) q.dotted_manager = final_id;
    }
    for (Candidate& cand : w.hiring.candidates)
      if (cand.person == person) cand.person = final_id;
    w.people.erase(std::remove_if(w.people.begin(), w.people.end(), [&](const Person& q) { return q.id == person; }),
                   w.people.end());
  });
  if (name.empty()) return;
  app.ui.hiring_candidate = final_id;
  app.ui.selected_person = final_id;
  app.ui.hiring_position.clear();
  app.Notify(NoticeKind::Success, "Hired " + name + ": now a member of the roster" +
                                      (final_id != person ? " in the open position" + (title.empty() ? "" : " \"" + title + "\"") : "") +
                                      ". Undo with Ctrl+Z.");
}

int HiringTabForTool(const std::string& label) {
  // Labels of the hiring links in assets/content/learn.json.
  const struct { const char* label; int tab; } links[] = {
      {"Write a job description", 0}, {"Design an interview loop", 1}, {"Score candidates", 2},
      {"Plan your sourcing", 3},      {"Check your employer pitch", 4}, {"Plan your next step", 4},
  };
  for (const auto& l : links)
    if (label == l.label) return l.tab;
  return -1;
}

// [SECTION] Widgets
void JobPicker(App& app, float width) {
  const JobDescription* sel = SelectedJob(app);
  ImGui::SetNextItemWidth(width);
  std::string preview = sel ? sel->title + " (" + std::string(SeniorityLabel(sel->seniority)) + ")" : "No job yet";
  if (BeginReportedCombo("##hiring job", preview.c_str())) {
    for (const JobDescription& jd : app.Store().Current().hiring.jobs) {
      ImGui::PushID(jd.id.c_str());
      std::string label = jd.title + " (" + std::string(SeniorityLabel(jd.seniority)) + ")";
      if (ImGui::Selectable(label.c_str(), sel && sel->id == jd.id)) app.ui.hiring_job = jd.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
}

void NoteList(const std::vector<HiringNote>& notes, float wrap_em) {
  for (const HiringNote& n : notes) {
    bool warn = n.kind == HiringNote::Kind::Warning;
    ImGui::PushStyleColor(ImGuiCol_Text, warn ? Palette().warning : Palette().accent);
    ImGui::TextUnformatted(warn ? ICON_WARNING : ICON_INFO);
    ImGui::PopStyleColor();
    ImGui::SameLine(0, Em(0.5f));
    Paragraph(n.text.c_str(), wrap_em);
  }
}

bool RatingButtons(const char* id, int* rating) {
  bool changed = false;
  ImGui::PushID(id);
  const PaletteColors& pal = Palette();
  for (int r = 1; r <= kRatingMax; ++r) {
    if (r > 1) ImGui::SameLine(0, Em(0.2f));
    bool on = *rating == r;
    // No colour alone: the chosen rating is filled and its label is the text.
    ImU32 fill = r <= 2 ? pal.error : pal.success;
    if (on) {
      ImGui::PushStyleColor(ImGuiCol_Button, fill);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, fill);
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    }
    std::string label = std::string(RatingLabel(r)) + "##" + id + std::to_string(r);
    ImGui::PushFont(Fonts().small);
    if (ImGui::Button(label.c_str())) {
      *rating = on ? 0 : r;
      changed = true;
    }
    ImGui::PopFont();
    if (on) ImGui::PopStyleColor(3);
  }
  ImGui::PopID();
  return changed;
}

const JobDescription* JobOrStartCard(App& app, const char* what) {
  if (const JobDescription* jd = SelectedJob(app)) return jd;
  if (BeginCard("hiring empty")) {
    Heading("Start with a job description");
    Paragraph(what, 46);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    for (const RoleInfo& r : app.GetContent().roles) {
      FlowNext(ButtonWidth(r.name.c_str()));
      if (ImGui::Button(r.name.c_str())) AddJobFromRole(app, r);
      Tooltip(("Start from the " + r.name + " profile: " + r.summary).c_str());
    }
  }
  EndCard();
  return nullptr;
}

// [SECTION] Exports
ChartExportClicks ChartExportButtons(const char* id, float right_x) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = ButtonWidth(ICON_IMAGE "  PNG") + spacing + ButtonWidth(ICON_CODE "  SVG");
  ChartExportClicks c;
  if (ImGui::GetItemRectMax().x + spacing + width <= right_x) {
    ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(right_x - width, ImGui::GetCursorScreenPos().y));
  } else {
    c.wrap = ImGui::GetFrameHeightWithSpacing();
  }
  ImGui::PushID(id);  // two charts side by side
  c.png = ToolButton(ICON_IMAGE, "PNG", "Download the chart as a PNG image, as on screen");
  ImGui::SameLine();
  c.svg = ToolButton(ICON_CODE, "SVG", "Download the chart as an SVG drawing");
  ImGui::PopID();
  return c;
}

void ExportableChart(App& app, const ChartExportClicks& clicks, const std::string& stem, const std::string& title,
                     ImVec2 size, const std::function<void()>& draw) {
  const ImVec2 min = ImGui::GetCursorScreenPos(), max(min.x + size.x, min.y + size.y);
  // Captured in the frame of the click: the buttons sit above the chart, so
  // what is drawn next is the chart as the user sees it.
  SvgCapture capture;
  if (clicks.svg) capture.Begin(ImGui::GetWindowDrawList(), min, max);
  draw();
  if (capture.Active()) {
    app.Host().DownloadFile(stem + ".svg", "image/svg+xml", capture.End(title + " \xE2\x80\x94 ML Team Studio hiring"));
    app.Notify(NoticeKind::Success, "Exported " + stem + ".svg");
  }
  if (clicks.png) app.RequestPngExport(stem + ".png", min, max);
}

void CsvButton(App& app, const char* filename, const char* tooltip, const std::function<CsvRows()>& rows) {
  if (!ToolButton(ICON_TABLE, "CSV", tooltip)) return;
  // With a BOM, as the other CSV exports: Excel then reads UTF-8 names right.
  app.Host().DownloadFile(filename, "text/csv", "\xEF\xBB\xBF" + WriteCsv(rows()));
  app.Notify(NoticeKind::Success, std::string("Exported ") + filename);
}

}  // namespace mlt
