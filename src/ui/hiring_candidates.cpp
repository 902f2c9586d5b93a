// Hiring, "Candidates" tab: candidates of the selected job, a scorecard per
// interview of its loop (4-point ratings per tested dimension, evidence,
// recommendation), the hire/no-hire summary, the candidate's estimated
// profile on the skills chart next to the role and the team (PNG and SVG),
// hiring, and a CSV of the candidates.
// [SECTION] List  [SECTION] Scorecards  [SECTION] Summary and chart  [SECTION] Tab
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/hiring_common.h"
#include "ui/hiring_tabs.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/person_edit.h"
#include "ui/skills_chart.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

constexpr float kLabelEm = 7.4f;  // scorecard field labels ("Communication" in the short form)

const Person* PersonById(App& app, const std::string& id) {
  for (const Person& p : app.Store().Current().people)
    if (p.id == id) return &p;
  return nullptr;
}

// [SECTION] List
const Candidate* CandidateList(App& app, const JobDescription& jd) {
  std::vector<const Candidate*> list = JobCandidates(app, jd.id);
  // Candidates deleted from the roster stay in the document but not here.
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Candidate* c) { return !PersonById(app, c->person); }),
             list.end());
  const Candidate* sel = nullptr;
  for (const Candidate* c : list)
    if (c->person == app.ui.hiring_candidate) sel = c;
  if (!sel && !list.empty()) {
    sel = list.front();
    app.ui.hiring_candidate = sel->person;
  }
  Heading("Candidates");
  if (list.empty()) MutedText("Nobody yet.");
  for (const Candidate* c : list) {
    const Person* p = PersonById(app, c->person);
    if (!p) continue;
    CandidateSummary s = Summary(app, *c);
    // The verdict as an icon before the name (text in the tooltip), so a
    // narrow list still shows it.
    bool hired = p->kind == PersonKind::Member;
    const char* icon = hired ? ICON_USER : s.scorecards == 0 ? ICON_CIRCLE : s.hire ? ICON_CHECK : ICON_TIMES;
    const char* verdict = CandidateVerdict(hired, s);
    ImGui::PushID(c->person.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, hired || s.hire ? Palette().success : s.scorecards ? Palette().error : Palette().text_muted);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(icon);
    ImGui::PopStyleColor();
    Tooltip(verdict);
    ImGui::SameLine(0, Em(0.4f));
    if (ImGui::Selectable((p->name + "##candidate").c_str(), sel == c)) {
      app.ui.hiring_candidate = c->person;
      app.ui.hiring_position.clear();
    }
    Tooltip(verdict);
    ImGui::PopID();
  }
  size_t gone = MissingCandidatePeople(app.Store().Current().hiring, app.Store().Current().people).size();
  if (gone) {
    ImGui::PushFont(Fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextWrapped("%zu %s removed from the roster", gone, gone == 1 ? "candidate was" : "candidates were");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  if (ToolButton(ICON_USER_PLUS, "Add candidate", "Add a new candidate for this job (also added to the roster as a candidate)"))
    AddCandidate(app, jd);
  CsvButton(app, "hiring-candidates.csv", "Download every job's candidates as CSV: verdict and mean rating per dimension",
            [&] {
              const Workspace& ws = app.Store().Current();
              return CandidatesCsvRows(ws.hiring, ws.people, app.GetContent());
            });
  // Candidates already in the roster who are not in a process yet.
  std::vector<const Person*> roster;
  for (const Person& p : app.Store().Current().people)
    if (p.kind == PersonKind::Candidate && !app.Store().Current().hiring.FindCandidate(p.id)) roster.push_back(&p);
  if (!roster.empty()) {
    ImGui::SetNextItemWidth(-1);
    if (BeginReportedCombo("##from roster", "From the roster...")) {
      for (const Person* p : roster) {
        ImGui::PushID(p->id.c_str());
        if (ImGui::Selectable(p->name.c_str())) AddCandidate(app, jd, p->id);
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
  }
  // Re-find: an add may have moved the list in memory.
  for (const Candidate& c : app.Store().Current().hiring.candidates)
    if (c.person == app.ui.hiring_candidate && c.job == jd.id) return &c;
  return nullptr;
}

// [SECTION] Scorecards
void EditScorecard(App& app, const std::string& person, const std::string& interview, const std::string& what,
                   const std::function<void(Scorecard&)>& edit, const std::string& merge = {}) {
  EditHiring(app, what, [&](Hiring& h) {
    Candidate* c = h.FindCandidate(person);
    if (!c) return;
    auto it = std::find_if(c->scorecards.begin(), c->scorecards.end(), [&](auto& s) { return s.interview == interview; });
    if (it == c->scorecards.end()) {
      c->scorecards.push_back({interview, "", {}, "", 0});
      it = c->scorecards.end() - 1;
    }
    edit(*it);
  }, merge);
}

void Scorecards(App& app, const JobDescription& jd, const Candidate& cand) {
  const Person* p = PersonById(app, cand.person);
  if (!p) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Name");
  ImGui::SameLine(Em(4));
  EditPersonName(app, *p, Em(16));
  if (jd.loop.empty()) {
    MutedText("The job has no interview loop yet: design it in the Interview loop tab.");
    return;
  }
  const std::string person = cand.person;
  for (size_t i = 0; i < jd.loop.size(); ++i) {
    const LoopInterview& li = jd.loop[i];
    const Scorecard* sc = nullptr;
    for (const Scorecard& s : cand.scorecards)
      if (s.interview == li.id) sc = &s;
    Scorecard blank{li.id, "", {}, "", 0};
    const Scorecard card = sc ? *sc : blank;  // a copy: an edit below may move the scorecards
    ImGui::PushID(li.id.c_str());
    char head[160];
    std::snprintf(head, sizeof head, "%zu. %s%s", i + 1, li.name.c_str(), sc ? "" : "  (not scored)");
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (ImGui::CollapsingHeader((std::string(head) + "###card").c_str())) {
      ImGui::Indent(Em(0.5f));
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted("Interviewer");
      ImGui::SameLine(kLabelEm * Em());
      std::string who = card.interviewer;
      if (InputString("##interviewer", &who, Em(12)))
        EditScorecard(app, person, li.id, "edit a scorecard", [&](Scorecard& s) { s.interviewer = who; }, "who " + person + li.id);
      for (Skill s : li.skills) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(std::string(SkillShortLabel(s)).c_str());
        Tooltip(std::string(SkillLabel(s)).c_str());
        ImGui::SameLine(kLabelEm * Em());
        int r = card.ratings[int(s)];
        std::string key = li.id + " " + std::string(SkillId(s));
        if (RatingButtons(key.c_str(), &r))
          EditScorecard(app, person, li.id, "rate a candidate", [&](Scorecard& sc2) { sc2.ratings[int(s)] = r; });
      }
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted("Evidence");
      ImGui::SameLine(kLabelEm * Em());
      std::string notes = card.notes;
      if (InputString("##evidence", &notes, std::max(Em(12), ImGui::GetContentRegionAvail().x)))
        EditScorecard(app, person, li.id, "edit evidence notes", [&](Scorecard& s) { s.notes = notes; }, "notes " + person + li.id);
      ImGui::AlignTextToFramePadding();
      ImGui::PushFont(Fonts().heading);
      ImGui::TextUnformatted("Verdict");
      ImGui::PopFont();
      ImGui::SameLine(kLabelEm * Em());
      int rec = card.recommendation;
      if (RatingButtons((li.id + " recommendation").c_str(), &rec))
        EditScorecard(app, person, li.id, "give a recommendation", [&](Scorecard& s) { s.recommendation = rec; });
      ImGui::Unindent(Em(0.5f));
      ImGui::Dummy(ImVec2(0, Em(0.2f)));
    }
    ImGui::PopID();
  }
}

// [SECTION] Summary and chart
void SummaryPanel(App& app, const JobDescription& jd, const Candidate& cand) {
  const PaletteColors& pal = Palette();
  const Person* p = PersonById(app, cand.person);
  if (!p) return;
  CandidateSummary s = Summary(app, cand);
  bool hired = p->kind == PersonKind::Member;
  ImGui::PushFont(Fonts().heading);
  ImGui::PushStyleColor(ImGuiCol_Text, hired || s.hire ? pal.success : s.scorecards ? pal.error : pal.text_muted);
  ImGui::TextUnformatted(hired ? ICON_CHECK "  Hired" : s.scorecards == 0 ? "No scorecards yet" : s.hire ? ICON_CHECK "  Hire" : ICON_TIMES "  No hire");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (s.recommendation > 0) {
    char rec[96];
    std::snprintf(rec, sizeof rec, "Verdicts: %.1f of 4 (%s on average)", s.recommendation,
                  std::string(RatingLabel(int(s.recommendation + 0.5))).c_str());
    MutedText(rec);
  }
  for (const DimensionVerdict& d : s.dims) {
    char line[160];
    std::snprintf(line, sizeof line, "%s %s: %.1f (bar %.1f, %s, %d rating%s)", d.cleared ? ICON_CHECK : ICON_TIMES,
                  std::string(SkillLabel(d.skill)).c_str(), d.mean, d.bar, d.strength ? "strength" : "minimum",
                  d.count, d.count == 1 ? "" : "s");
    ImGui::PushStyleColor(ImGuiCol_Text, d.cleared ? pal.success : pal.error);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextWrapped("%s", line);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  for (Skill sk : s.untested_must) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.warning);
    ImGui::Text(ICON_WARNING " %s: must-have, not rated yet", std::string(SkillLabel(sk)).c_str());
    ImGui::PopStyleColor();
  }

  // The chart: the team (members), the roles' typical profiles (shaded
  // regions) and every candidate of this job at their estimate from the
  // ratings, the selected one highlighted, so candidates compare at a glance.
  std::vector<Person> estimates;
  std::vector<const Candidate*> rivals = JobCandidates(app, jd.id);
  estimates.reserve(rivals.size());
  for (const Candidate* c : rivals) {
    const Person* q = PersonById(app, c->person);
    if (!q || (q->kind == PersonKind::Member && c->person != cand.person)) continue;
    Person e = *q;
    e.skills = Summary(app, *c).profile;
    e.kind = q->kind == PersonKind::Member ? PersonKind::Member : PersonKind::Candidate;
    estimates.push_back(std::move(e));
  }
  PeopleChartInput in;
  in.content = &app.GetContent();
  in.selected = cand.person;
  // A whole organisation labelled in a side panel is unreadable: names only
  // for a small team, else for the selected candidate (and on hover).
  in.label_limit = 12;
  for (const Person& q : app.Store().Current().people)
    if (q.kind == PersonKind::Member && q.id != cand.person) in.people.push_back(&q);
  for (const Person& e : estimates) in.people.push_back(&e);
  // The buttons share the line of the last verdict when there is room.
  ChartExportClicks clicks = ChartExportButtons("comparison", ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x);
  ImVec2 avail = ImGui::GetContentRegionAvail();
  // Tall enough for the plot above its legend even in a narrow panel (which scrolls).
  float h = std::max(Em(22), std::min(avail.x * 1.05f, avail.y - Em(3)));
  ImVec2 min = ImGui::GetCursorScreenPos();
  ImVec2 max(min.x + avail.x, min.y + h);
  PeopleChart chart = LayoutPeopleChart(in, min, max);
  DrawPeopleChart(ImGui::GetWindowDrawList(), chart, in);
  ImGui::Dummy(ImVec2(avail.x, h));
  // As the skills view: the SVG is drawn from the chart's layout (with the
  // screen's proportions), the PNG is the screen.
  if (clicks.svg) {
    app.Host().DownloadFile("candidate-comparison.svg", "image/svg+xml", PeopleChartSvg(in, 900, 900 * h / avail.x));
    app.Notify(NoticeKind::Success, "Exported candidate-comparison.svg");
  }
  if (clicks.png) app.RequestPngExport("candidate-comparison.png", min, max);
  RecordCustomItem(p->name + " (estimate)", "candidate chart", min.x, min.y, avail.x, h);

  if (hired) {
    MutedText("In the roster as a member. Undo (Ctrl+Z) reverses the hire.");
    return;
  }
  // Hire, optionally into an open position of the org chart.
  std::vector<const Person*> open;
  for (const Person& q : app.Store().Current().people)
    if (q.kind == PersonKind::OpenPosition) open.push_back(&q);
  const Person* pos = PersonById(app, app.ui.hiring_position);
  if (!open.empty()) {
    ImGui::SetNextItemWidth(Em(14));
    std::string preview = pos ? (pos->title.empty() ? pos->name : pos->title) : "No open position";
    if (BeginReportedCombo("##hire position", preview.c_str())) {
      if (ImGui::Selectable("No open position", !pos)) app.ui.hiring_position.clear();
      for (const Person* q : open) {
        ImGui::PushID(q->id.c_str());
        std::string l = (q->title.empty() ? q->name : q->title) + (q->team.empty() ? "" : " (" + q->team + ")");
        if (ImGui::Selectable(l.c_str(), pos == q)) app.ui.hiring_position = q->id;
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
    Tooltip("The org chart position this hire fills (optional)");
    ImGui::SameLine();
  }
  if (PrimaryButton((ICON_USER_PLUS "  Hire " + p->name).c_str())) HireCandidate(app, cand.person, app.ui.hiring_position);
  Tooltip(s.hire ? "Move this candidate into the roster as a member"
                 : "The summary says no hire; you can still hire (the decision is yours)");
}

}  // namespace

// [SECTION] Tab
void DrawCandidatesTab(App& app) {
  const JobDescription* jd = JobOrStartCard(
      app, "Candidates are scored against a job: its must-haves set the bar, its loop gives the "
           "scorecards. Start with the job description.");
  if (!jd) return;
  JobPicker(app, Em(16));
  ImGui::SameLine();
  MutedText("Scale: strong no, no, yes, strong yes; no neutral middle, so every rating leans one way.");
  const std::string job_id = jd->id;
  ImGui::BeginChild("candidate list", ImVec2(std::clamp(ImGui::GetContentRegionAvail().x * 0.16f, Em(10.5f), Em(12)), 0),
                    ImGuiChildFlags_Border);
  const Candidate* cand = CandidateList(app, *jd);
  ImGui::EndChild();
  jd = app.Store().Current().hiring.FindJob(job_id);
  if (!jd || !cand) return;
  std::string person = cand->person;
  ImGui::SameLine();
  float rest = ImGui::GetContentRegionAvail().x;
  float side = std::clamp(rest * 0.44f, Em(21), Em(30));
  ImGui::BeginChild("scorecards", ImVec2(rest - side - Em(0.6f), 0));
  Scorecards(app, *jd, *cand);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("candidate summary", ImVec2(0, 0), ImGuiChildFlags_Border);
  jd = app.Store().Current().hiring.FindJob(job_id);
  const Candidate* again = app.Store().Current().hiring.FindCandidate(person);
  if (jd && again) SummaryPanel(app, *jd, *again);
  ImGui::EndChild();
}

}  // namespace mlt
