// [SECTION] HTML helpers  [SECTION] Sections  [SECTION] Page
#include "ui/report_html.h"

#include <cmath>
#include <cstdio>

#include "model/assessment.h"
#include "model/org_tree.h"
#include "sim/summary.h"
#include "ui/markup.h"

namespace mlt {
namespace {

// [SECTION] HTML helpers
std::string Num(double v, int decimals = 0) {
  char b[48];
  std::snprintf(b, sizeof b, "%.*f", decimals, v);
  return b;
}
std::string Pct(double p) { return Num(100.0 * p) + "%"; }

// A table with a caption and column headers; rows are already-escaped cells.
std::string Table(const std::string& caption, const std::vector<std::string>& head,
                  const std::vector<std::vector<std::string>>& rows) {
  std::string h = "<table>\n<caption>" + MarkupEscape(caption) + "</caption>\n<thead><tr>";
  for (const std::string& c : head) h += "<th scope=\"col\">" + MarkupEscape(c) + "</th>";
  h += "</tr></thead>\n<tbody>\n";
  for (const auto& r : rows) {
    h += "<tr>";
    for (size_t i = 0; i < r.size(); ++i) h += i == 0 ? "<th scope=\"row\">" + r[i] + "</th>" : "<td>" + r[i] + "</td>";
    h += "</tr>\n";
  }
  return h + "</tbody>\n</table>\n";
}

std::string RoleName(const Content& c, const std::string& id) {
  if (id.empty()) return "(no role)";
  const RoleInfo* r = c.FindRole(id);
  return r ? r->name : id;
}
std::string ArchetypeName(const Content& c, const std::string& id) {
  const Archetype* a = c.FindArchetype(id);
  return a ? a->name : id;
}
// Design dimension and option ids in the content's words.
std::string DesignText(const Content& c, const std::string& dimension, const std::string& option = {}) {
  for (const DesignDimension& d : c.design_dimensions) {
    if (d.id != dimension) continue;
    if (option.empty()) return d.name;
    for (const DesignOption& o : d.options)
      if (o.id == option) return o.label;
  }
  return option.empty() ? dimension : option;
}

const char* KindText(PersonKind k) {
  return k == PersonKind::Member ? "Member" : k == PersonKind::Candidate ? "Candidate" : "Open position";
}

// [SECTION] Sections
std::string TeamSection(const Workspace& ws, const Content& c) {
  std::string h = "<section aria-labelledby=\"team\">\n<h2 id=\"team\">Team</h2>\n";
  if (ws.people.empty()) return h + "<p>No people yet.</p>\n</section>\n";
  int members = 0, candidates = 0, open = 0;
  for (const Person& p : ws.people)
    (p.kind == PersonKind::Member ? members : p.kind == PersonKind::Candidate ? candidates : open)++;
  h += "<p>" + std::to_string(members) + " members, " + std::to_string(candidates) + " candidates and " +
       std::to_string(open) + " open positions. Skills are rated from 0 to 10.</p>\n";
  std::map<std::string, std::string> names;
  for (const Person& p : ws.people) names[p.id] = p.name;
  for (const OrgUnit& u : ws.org.units) names[u.id] = u.name;
  std::vector<std::string> head = {"Name", "Role", "Team", "Kind", "Reports to"};
  for (int s = 0; s < kSkillCount; ++s) head.push_back(std::string(SkillShortLabel(Skill(s))));
  std::vector<std::vector<std::string>> rows;
  for (const Person& p : ws.people) {
    auto m = names.find(p.manager);
    std::vector<std::string> r = {MarkupEscape(p.name), MarkupEscape(RoleName(c, p.role)), MarkupEscape(p.team), KindText(p.kind),
                                  MarkupEscape(p.manager.empty() ? "" : m != names.end() ? m->second : p.manager)};
    for (int s = 0; s < kSkillCount; ++s) r.push_back(Num(p.skills[s], p.skills[s] == std::floor(p.skills[s]) ? 0 : 1));
    rows.push_back(std::move(r));
  }
  return h + Table("People (" + std::to_string(ws.people.size()) + ")", head, rows) + "</section>\n";
}

std::string OrgSection(const Workspace& ws, const Content& c) {
  std::string h = "<section aria-labelledby=\"org\">\n<h2 id=\"org\">Organisation</h2>\n";
  const OrgTree tree = BuildOrgTree(ws);
  const OrgMetrics m = ComputeOrgMetrics(ws, tree);
  if (m.spans.empty() && ws.org.units.empty()) return h + "<p>No reporting lines yet.</p>\n</section>\n";
  h += "<ul>\n<li>" + std::to_string(m.people) + " people and " + std::to_string(m.open_positions) +
       " open positions in " + std::to_string(m.units) + " units, " + std::to_string(m.depth) + " levels deep.</li>\n";
  h += "<li>Average span of control: " + Num(m.mean_span, 1) + " direct reports per manager.</li>\n";
  if (!m.ml_placement_reason.empty()) h += "<li>Where the ML people sit: " + MarkupEscape(m.ml_placement_reason) + "</li>\n";
  h += "</ul>\n";
  auto node_name = [&](int n) {
    const OrgNode& node = tree.nodes[size_t(n)];
    return node.kind == OrgNodeKind::Person ? ws.people[size_t(node.index)].name : ws.org.units[size_t(node.index)].name;
  };
  std::vector<std::vector<std::string>> spans;
  for (const SpanInfo& s : m.spans)
    spans.push_back({MarkupEscape(node_name(s.node)), std::to_string(s.direct), std::to_string(s.total),
                     s.narrow ? "Narrow (fewer than 3)" : s.wide ? "Wide (more than 10)" : "Within 3 to 10"});
  h += Table("Span of control", {"Manager", "Direct reports", "People below", "Span"}, spans);
  std::vector<std::vector<std::string>> roles;
  for (const RoleCount& r : m.by_role)
    roles.push_back({MarkupEscape(RoleName(c, r.role)), std::to_string(r.people), std::to_string(r.open)});
  h += Table("Headcount by role", {"Role", "People", "Open positions"}, roles);
  for (const std::string& w : tree.warnings) h += "<p role=\"note\">Warning: " + MarkupEscape(w) + "</p>\n";
  return h + "</section>\n";
}

std::string AssessmentSection(const Workspace& ws, const Content& c) {
  if (ws.org.assessments.empty()) return "";
  std::string h = "<section aria-labelledby=\"assessment\">\n<h2 id=\"assessment\">Archetype assessment</h2>\n";
  for (const OrgAssessment& a : ws.org.assessments) {
    const AssessmentResult r = ScoreAssessment(c, a);
    h += "<h3>" + MarkupEscape(a.name) + "</h3>\n";
    if (r.best.empty()) {
      h += "<p>No questions answered yet.</p>\n";
      continue;
    }
    h += "<p>Closest archetype: <strong>" + MarkupEscape(ArchetypeName(c, r.best)) + "</strong> (" + MarkupEscape(r.confidence_label) +
         " match; " + std::to_string(r.answered) + " of " + std::to_string(r.total) + " questions answered).</p>\n";
    std::vector<std::vector<std::string>> rows;
    for (const ArchetypeScore& s : r.scores) rows.push_back({MarkupEscape(ArchetypeName(c, s.archetype)), Pct(s.share)});
    h += Table("How " + a.name + " matches each archetype", {"Archetype", "Share of the answers"}, rows);
    std::vector<std::vector<std::string>> design;
    for (const DesignComparison& d : r.design)
      design.push_back({MarkupEscape(DesignText(c, d.dimension)),
                        MarkupEscape(d.user_option.empty() ? "(not answered)" : DesignText(c, d.dimension, d.user_option)),
                        MarkupEscape(DesignText(c, d.dimension, d.recommended)), d.match ? "Matches" : MarkupEscape(d.advice)});
    if (!design.empty())
      h += Table("Design choices compared with " + ArchetypeName(c, r.compared_archetype),
                 {"Choice", "Yours", "Usual", "What to do"}, design);
  }
  return h + "</section>\n";
}

std::string PlanSection(const Workspace& ws, const SimResult* result, const Date& start) {
  const Plan& plan = ws.plan;
  std::string h = "<section aria-labelledby=\"plan\">\n<h2 id=\"plan\">Plan</h2>\n";
  if (plan.tasks.empty()) return h + "<p>No tasks yet.</p>\n</section>\n";
  if (result) {
    h += "<p>" + MarkupEscape(LeadershipSummary(plan, *result, start)) + "</p>\n";
    auto date = [&](double days) { return MarkupEscape(FormatLongDate(AddWorkingDays(start, days))); };
    h += Table("Finish dates from " + std::to_string(result->trials) + " simulated runs",
               {"Measure", "Working days", "Date"},
               {{"Half the runs finish by (P50)", Num(result->p50, 1), date(result->p50)},
                {"80% finish by (P80)", Num(result->p80, 1), date(result->p80)},
                {"95% finish by (P95)", Num(result->p95, 1), date(result->p95)},
                {"Everything goes to plan (waterfall)", Num(result->deterministic_days, 1),
                 date(result->deterministic_days)},
                {"Chance the project succeeds at all", Pct(result->p_success), ""}});
  } else {
    h += "<p>The plan has not been simulated in its current form; run the simulation in the Plan view for dates.</p>\n";
  }
  std::map<std::string, std::string> names;
  for (const Task& t : plan.tasks) names[t.id] = t.name;
  for (const Challenge& ch : plan.challenges) names[ch.id] = ch.name;
  std::vector<std::vector<std::string>> rows;
  for (const Task& t : plan.tasks) {
    std::string deps;
    for (const std::string& d : t.depends_on) {
      auto n = names.find(d);
      deps += (deps.empty() ? "" : ", ") + MarkupEscape(n != names.end() ? n->second : d);
    }
    rows.push_back({MarkupEscape(t.name), MarkupEscape(t.owner), Num(t.optimistic, 1) + " / " + Num(t.most_likely, 1) + " / " +
                    Num(t.pessimistic, 1), Pct(t.p_success), deps});
  }
  h += Table("Tasks (estimates in working days: best / likely / worst)",
             {"Task", "Owner", "Estimate", "Chance per attempt", "After"}, rows);
  return h + "</section>\n";
}

}  // namespace

// [SECTION] Page
std::string WorkspaceReportHtml(const Workspace& ws, const Content& content, const SimResult* result,
                                const Date& plan_start, int64_t now_ms) {
  std::string h =
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      MarkupEscape(ws.name) +
      " - ML Team Studio report</title>\n<style>\n"
      "body{font-family:Inter,system-ui,-apple-system,\"Segoe UI\",sans-serif;color:#1f2933;max-width:60rem;"
      "margin:2rem auto;padding:0 1.5rem;line-height:1.5}\n"
      "h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #d9dde3;"
      "padding-bottom:.2rem}\n"
      "table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}\n"
      "caption{text-align:left;font-weight:600;margin-bottom:.4rem}\n"
      "th,td{border:1px solid #d9dde3;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
      "thead th{background:#f1f3f6}\n.meta{color:#52606d}\n"
      "@media print{body{margin:0;max-width:none}section{break-inside:avoid-page}thead{display:table-header-group}}\n"
      "</style>\n</head>\n<body>\n<header>\n<h1>" +
      MarkupEscape(ws.name) + "</h1>\n<p class=\"meta\">Report from ML Team Studio, " +
      MarkupEscape(FormatLongDate(DateFromUnixMs(now_ms))) + ".</p>\n</header>\n<main>\n";
  h += TeamSection(ws, content);
  h += OrgSection(ws, content);
  h += AssessmentSection(ws, content);
  h += PlanSection(ws, result, plan_start);
  if (!ws.notes.empty()) h += "<section aria-labelledby=\"notes\">\n<h2 id=\"notes\">Notes</h2>\n<p>" + MarkupEscape(ws.notes) + "</p>\n</section>\n";
  return h + "</main>\n</body>\n</html>\n";
}

}  // namespace mlt
