// The "hiring" block of mlteams.state(): what end-to-end tests and course
// pages read about the Hiring view (documented in docs/automation-api.md).
#include <cmath>

#include "ui/app.h"
#include "ui/hiring_common.h"

namespace mlt {

nlohmann::json HiringState(const App& app) {
  using nlohmann::json;
  const Workspace& ws = app.Store().Current();
  const Hiring& h = ws.hiring;
  const Content& content = app.GetContent();
  json out = {{"tab", app.ui.hiring_tab},
              {"jobs", h.jobs.size()},
              {"candidates", h.candidates.size()},
              {"selectedJob", app.ui.hiring_job},
              {"selectedCandidate", app.ui.hiring_candidate}};
  if (const JobDescription* jd = h.FindJob(app.ui.hiring_job)) {
    json notes = json::array();
    for (const HiringNote& n : JobDescriptionNotes(*jd, content)) notes.push_back(n.id);
    LoopCoverage cov = AnalyseLoop(*jd, content);
    json loop_notes = json::array();
    for (const HiringNote& n : cov.notes) loop_notes.push_back(n.id);
    json coverage = json::object();
    const char* states[] = {"untested", "once", "minimum", "deep"};
    for (const CoverageRow& r : cov.rows) coverage[std::string(SkillId(r.skill))] = states[int(r.state)];
    out["job"] = {{"id", jd->id}, {"title", jd->title}, {"role", jd->role}, {"seniority", SeniorityId(jd->seniority)},
                  {"unicorn", CheckUnicorn(*jd, content).unicorn}, {"notes", notes},
                  {"loop", {{"interviews", jd->loop.size()}, {"minutes", cov.total_minutes}, {"notes", loop_notes},
                            {"coverage", coverage}}}};
  }
  if (const Candidate* c = h.FindCandidate(app.ui.hiring_candidate)) {
    const Person* p = nullptr;
    for (const Person& q : ws.people)
      if (q.id == c->person) p = &q;
    const JobDescription* jd = h.FindJob(c->job);
    if (p && jd) {
      CandidateSummary s = SummariseCandidate(*c, *jd, content, p->skills);
      out["candidate"] = {{"person", p->id},
                          {"name", p->name},
                          {"kind", PersonKindId(p->kind)},
                          {"scorecards", s.scorecards},
                          {"verdict", p->kind == PersonKind::Member ? "hired" : s.scorecards == 0 ? "none" : s.hire ? "hire" : "no_hire"},
                          {"recommendation", s.recommendation}};
    }
  }
  FunnelTotals t = ComputeFunnel(h.funnel);
  json funnel = {{"channels", h.funnel.channels.size()},
                 {"target", h.funnel.target_hires},
                 {"hiresPerMonth", t.hires_per_month},
                 {"monthsToTarget", std::isfinite(t.months_to_target) ? json(t.months_to_target) : json(nullptr)}};
  if (app.ui.tth_valid && app.ui.tth_funnel == h.funnel)
    funnel["timeToHire"] = {{"trials", app.ui.tth.trials}, {"reached", app.ui.tth.reached}, {"seed", app.ui.tth_seed},
                            {"p50", app.ui.tth.p50}, {"p80", app.ui.tth.p80}, {"p95", app.ui.tth.p95}};
  out["funnel"] = std::move(funnel);
  return out;
}

}  // namespace mlt
