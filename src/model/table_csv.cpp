#include "model/table_csv.h"

#include <cstdio>

#include "model/assessment.h"
#include "model/plan_edit.h"
#include "model/team_analysis.h"

namespace mlt {
namespace {

// Up to `decimals` places, trailing zeros dropped: "2", "2.5", "0.25".
std::string Num(double v, int decimals = 2) {
  char b[48];
  std::snprintf(b, sizeof b, "%.*f", decimals, v);
  std::string s = b;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string Percent(double share) { return Num(share * 100, 0); }

std::string PersonName(const std::vector<Person>& people, const std::string& id) {
  for (const Person& p : people)
    if (p.id == id) return p.name;
  return id;  // a free-text owner, kept as typed
}

}  // namespace

std::string OrgNodeLabel(const Workspace& ws, const OrgTree& t, int n) {
  if (n < 0) return "Nobody (top level)";
  const OrgNode& node = t.nodes[n];
  if (node.kind == OrgNodeKind::Unit) return ws.org.units[node.index].name + " (unit)";
  const Person& p = ws.people[node.index];
  std::string name = p.name.empty() ? "Open position" : p.name;
  if (p.kind == PersonKind::OpenPosition) name += " (open)";
  return name;
}

std::string RoleLabel(const Content& content, const std::string& role) {
  if (const RoleInfo* r = content.FindRole(role)) return r->name;
  return role.empty() ? std::string("No role") : role;
}

CsvRows OrgSpanRows(const Workspace& ws, const OrgTree& tree, const OrgMetrics& m) {
  CsvRows rows{{"Manager", "Direct reports", "All below", "Check"}};
  for (const SpanInfo& s : m.spans)
    rows.push_back({OrgNodeLabel(ws, tree, s.node), std::to_string(s.direct), std::to_string(s.total),
                    s.wide ? "wide" : s.narrow ? "narrow" : "fine"});
  return rows;
}

CsvRows OrgRoleRows(const Content& content, const OrgMetrics& m) {
  CsvRows rows{{"Role", "People", "Open positions"}};
  for (const RoleCount& rc : m.by_role)
    rows.push_back({RoleLabel(content, rc.role), std::to_string(rc.people), std::to_string(rc.open)});
  return rows;
}

CsvRows OrgUnitRows(const Workspace& ws, const Content& content, const OrgMetrics& m) {
  CsvRows rows{{"Unit", "People", "Open positions", "Roles"}};
  for (const OrgUnit& u : ws.org.units) {
    auto it = m.by_unit.find(u.id);
    if (it == m.by_unit.end()) continue;
    int people = 0, open = 0;
    std::string roles;
    for (const RoleCount& rc : it->second) {
      people += rc.people;
      open += rc.open;
      if (rc.people + rc.open == 0) continue;
      // "; " rather than ", ": a custom role name may contain a comma.
      if (!roles.empty()) roles += "; ";
      roles += RoleLabel(content, rc.role) + " " + std::to_string(rc.people + rc.open);
    }
    rows.push_back({u.name, std::to_string(people), std::to_string(open), roles});
  }
  return rows;
}

CsvRows CoverageRows(const std::vector<Person>& people, std::string_view team) {
  CsvRows rows{{"Skill", "Best level", "Strongest member", "Members at useful level (" + Num(kUsefulLevel) + "+)",
                "Status"}};
  for (int s = 0; s < kSkillCount; ++s) {
    const Person* best = nullptr;
    int strong = 0;
    for (const Person& q : people) {
      if (q.kind != PersonKind::Member || (!team.empty() && q.team != team)) continue;
      if (!best || q.skills[s] > best->skills[s]) best = &q;  // ties: the first in the roster
      strong += q.skills[s] >= kUsefulLevel;
    }
    rows.push_back({std::string(SkillLabel(Skill(s))), best ? Num(best->skills[s], 1) : "",
                    best ? best->name : "", std::to_string(strong),
                    strong == 0 ? "nobody covers" : strong == 1 ? "single point of failure" : "covered"});
  }
  return rows;
}

CsvRows PlanTaskRows(const Plan& plan, const std::vector<Person>& people) {
  static const char* const kDist[] = {"Triangular", "PERT", "Lognormal"};
  static const char* const kStatus[] = {"Not started", "In progress", "Done", "Failed"};
  CsvRows rows{{"Task", "Owner", "Best (days)", "Likely (days)", "Worst (days)", "Shape", "Success (%)",
                "On failure", "Retries", "Retry cost (share of a fresh attempt)", "Importance (1-5)", "Depends on",
                "Approach to", "Status", "Done (%)"}};
  for (const Task& t : plan.tasks) {
    std::string deps;
    for (const std::string& d : t.depends_on) deps += (deps.empty() ? "" : "; ") + PlanNodeName(plan, d);
    bool retry = t.on_failure == OnFailure::Retry;
    rows.push_back({t.name, t.owner.empty() ? "" : PersonName(people, t.owner), Num(t.optimistic),
                    Num(t.most_likely), Num(t.pessimistic), kDist[int(t.distribution) % 3], Percent(t.p_success),
                    retry ? "Retry" : "Give up", retry ? std::to_string(t.max_retries) : "0",
                    retry ? Num(t.retry_cost) : "", Num(t.importance), deps,
                    t.challenge.empty() ? "" : PlanNodeName(plan, t.challenge), kStatus[int(t.status) % 4],
                    Percent(t.progress)});
  }
  return rows;
}

CsvRows PlanChallengeRows(const Plan& plan) {
  CsvRows rows{{"Challenge", "Approaches run", "Approaches", "Importance (1-5)", "Depends on"}};
  for (const Challenge& c : plan.challenges) {
    std::string approaches, deps;
    for (const Task& t : plan.tasks)
      if (t.challenge == c.id) approaches += (approaches.empty() ? "" : "; ") + t.name;
    for (const std::string& d : c.depends_on) deps += (deps.empty() ? "" : "; ") + PlanNodeName(plan, d);
    rows.push_back({c.name, c.parallel ? "In parallel" : "One after another", approaches, Num(c.importance), deps});
  }
  return rows;
}

CsvRows PlanMilestoneRows(const Plan& plan) {
  CsvRows rows{{"Milestone", "Requires", "Deadline (working days)"}};
  for (const Milestone& m : plan.milestones) {
    std::string req;
    for (const std::string& d : m.requires_done) req += (req.empty() ? "" : "; ") + PlanNodeName(plan, d);
    rows.push_back({m.name, req, m.deadline_days > 0 ? Num(m.deadline_days) : ""});
  }
  return rows;
}

CsvRows AssessmentCompareRows(const Content& c, const std::vector<OrgAssessment>& list) {
  std::vector<AssessmentResult> results;
  for (const OrgAssessment& a : list) results.push_back(ScoreAssessment(c, a));
  CsvRows rows{{""}};
  for (const OrgAssessment& a : list) rows[0].push_back(a.name);
  auto row = [&](const std::string& label, auto&& cell) {
    rows.push_back({label});
    for (size_t i = 0; i < list.size(); ++i) rows.back().push_back(cell(results[i]));
  };
  row("Closest archetype", [&](const AssessmentResult& r) -> std::string {
    const Archetype* a = c.FindArchetype(r.best);
    return a ? a->name : r.best;
  });
  row("Confidence (%)", [](const AssessmentResult& r) { return Percent(r.confidence); });
  row("Confidence", [](const AssessmentResult& r) { return r.confidence_label; });
  row("Questions answered", [](const AssessmentResult& r) { return std::to_string(r.answered); });
  row("Questions", [](const AssessmentResult& r) { return std::to_string(r.total); });
  for (const Archetype& arch : c.archetypes)
    row(arch.name + " (% match)", [&](const AssessmentResult& r) -> std::string {
      for (const ArchetypeScore& s : r.scores)
        if (s.archetype == arch.id) return Percent(s.share);
      return "";
    });
  for (const DesignDimension& d : c.design_dimensions)
    row(d.name, [&](const AssessmentResult& r) -> std::string {
      for (const DesignComparison& x : r.design) {
        if (x.dimension != d.id) continue;
        std::string label;
        for (const DesignOption& o : d.options)
          if (o.id == x.user_option) label = o.label;
        // The screen's warning icon, in words.
        return x.match || label.empty() ? label : label + " (differs from the usual choice)";
      }
      return "";
    });
  return rows;
}

CsvRows DesignChoiceRows(const Content& c) {
  CsvRows rows;
  std::vector<std::string> head = {"Design choice", "Question"};
  for (const DesignColumn& col : c.design_columns) head.push_back(col.label);
  rows.push_back(std::move(head));
  for (const DesignDimension& d : c.design_dimensions) {
    std::vector<std::string> r = {d.name, d.question};
    for (const DesignColumn& col : c.design_columns) {
      std::string cell;
      auto it = d.cells.find(col.id);
      if (it != d.cells.end())
        for (const std::string& pt : it->second.points) cell += (cell.empty() ? "" : "; ") + pt;
      r.push_back(std::move(cell));
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

CsvRows PractitionerWantRows(const Content& c) {
  CsvRows rows = {{"What ML practitioners want", "How an employer can stand out"}};
  for (const PractitionerWant& w : c.practitioner_wants) rows.push_back({w.want, w.stand_out});
  return rows;
}

CsvRows AssessmentTypeRows(const Content& c) {
  CsvRows rows = {{"Assessment", "What it is", "Skills tested", "Minutes"}};
  for (const Assessment& a : c.assessments) {
    std::string skills;
    for (Skill s : a.skills) skills += (skills.empty() ? "" : "; ") + c.skills[int(s)].name;
    rows.push_back({a.name, a.description, skills, std::to_string(a.minutes)});
  }
  return rows;
}

}  // namespace mlt
