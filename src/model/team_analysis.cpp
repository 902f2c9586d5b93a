// [SECTION] Role fit  [SECTION] Coverage
#include "model/team_analysis.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

namespace mlt {

// [SECTION] Role fit
RoleFit FitToRole(const SkillLevels& person, const RoleInfo& role) {
  RoleFit fit;
  fit.role_id = role.id;
  double sum = 0;
  for (int s = 0; s < kSkillCount; ++s) {
    double delta = person[s] - role.skills[s];
    double w = delta < 0 ? 1.0 : kSurplusWeight;
    sum += (w * delta) * (w * delta);
    if (std::fabs(delta) >= 1.0) fit.gaps.push_back({Skill(s), delta});
  }
  fit.distance = std::sqrt(sum / kSkillCount);
  fit.match = std::clamp(100.0 * (1.0 - fit.distance / 10.0), 0.0, 100.0);
  std::sort(fit.gaps.begin(), fit.gaps.end(), [](const SkillGap& a, const SkillGap& b) {
    double wa = std::fabs(a.delta) * (a.delta < 0 ? 1.0 : kSurplusWeight);
    double wb = std::fabs(b.delta) * (b.delta < 0 ? 1.0 : kSurplusWeight);
    return wa != wb ? wa > wb : int(a.skill) < int(b.skill);
  });
  return fit;
}

std::vector<RoleFit> RankRoles(const SkillLevels& person, const Content& content) {
  std::vector<RoleFit> out;
  for (const RoleInfo& r : content.roles) out.push_back(FitToRole(person, r));
  std::stable_sort(out.begin(), out.end(), [](const RoleFit& a, const RoleFit& b) { return a.distance < b.distance; });
  return out;
}

namespace {
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = char(std::tolower((unsigned char)c));
  return out;
}
std::string Number(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}
}  // namespace

std::string ExplainFit(const RoleFit& fit, const Content& content) {
  const RoleInfo* role = content.FindRole(fit.role_id);
  std::string name = role ? role->name : fit.role_id;
  char head[160];
  std::snprintf(head, sizeof head, "Closest to %s (match %.0f%%)", name.c_str(), fit.match);
  std::string out = head;
  int shown = 0;
  for (const SkillGap& g : fit.gaps) {
    if (shown == 2) break;
    // Surpluses are only worth mentioning when large.
    if (g.delta > 0 && g.delta < 3.0) continue;
    out += shown ? "; " : ": ";
    out += Lower(SkillLabel(g.skill)) + " " + Number(std::fabs(g.delta)) +
           (g.delta < 0 ? " below" : " above") + " the typical profile";
    ++shown;
  }
  if (!shown) out += ": within a point of the typical profile on every skill";
  return out + ".";
}

// [SECTION] Coverage
std::vector<std::string> TeamNames(const std::vector<Person>& people) {
  std::set<std::string> names;
  for (const Person& p : people)
    if (!p.team.empty()) names.insert(p.team);
  return {names.begin(), names.end()};
}

namespace {
const NamedText* Advice(const std::vector<NamedText>& list, std::string_view id) {
  for (const auto& a : list)
    if (a.id == id) return &a;
  return nullptr;
}
}  // namespace

CoverageReport AnalyseCoverage(const std::vector<Person>& people, std::string_view team, const Content& content) {
  CoverageReport r;
  r.team = std::string(team);
  std::vector<const Person*> strong[kSkillCount];
  bool has_researcher = false, has_engineer = false;
  for (const Person& p : people) {
    if (!team.empty() && p.team != team) continue;
    if (p.kind == PersonKind::Candidate) { ++r.candidates; continue; }
    if (p.kind == PersonKind::OpenPosition) { ++r.open_positions; ++r.open_by_role[p.role]; continue; }
    ++r.members;
    ++r.members_by_role[p.role.empty() ? "unassigned" : p.role];
    has_researcher |= p.role == "ml_researcher";
    has_engineer |= p.role == "ml_engineer" || p.role == "mlops_engineer" || p.role == "data_engineer";
    for (int s = 0; s < kSkillCount; ++s)
      if (p.skills[s] >= kUsefulLevel) strong[s].push_back(&p);
  }
  for (int s = 0; s < kSkillCount; ++s) {
    if (strong[s].empty()) r.uncovered.push_back(Skill(s));
    else if (strong[s].size() == 1) r.single_points.push_back({Skill(s), strong[s][0]->id, strong[s][0]->name});
  }

  auto add = [&](std::string id, std::string text) { r.suggestions.push_back({std::move(id), std::move(text)}); };
  auto uncovered = [&](Skill s) { return std::find(r.uncovered.begin(), r.uncovered.end(), s) != r.uncovered.end(); };
  if (r.members == 0) {
    add("empty_team", "Nobody is on this team yet. Add people, or load the example team to see how the analysis works.");
    return r;
  }
  const auto& ea = content.engineer_advice;
  if (uncovered(Skill::Software)) {
    const NamedText* a = Advice(ea, "software_plus_interest");
    add("hire_software", "Nobody is strong in software engineering. " +
                             (a ? a->text : std::string("Hire strong software engineers who want to learn ML.")));
  }
  if (uncovered(Skill::Ml)) {
    const NamedText* a = Advice(ea, "junior_talent");
    add("hire_ml", "Nobody has deep ML expertise. " +
                       (a ? a->text : std::string("Consider junior talent with fresh ML training.")));
  }
  if (uncovered(Skill::Data))
    add("hire_data", "No one owns data engineering: pipelines and data quality will fall to whoever is free. A data "
                     "engineer, or time set aside for it, closes the gap.");
  if (uncovered(Skill::Infra))
    add("hire_infra", "No one is strong in infrastructure and deployment. Models will be hard to ship and keep "
                      "running without an MLOps engineer or a platform team to lean on.");
  if (uncovered(Skill::Product))
    add("hire_product", "Nobody brings product sense. Someone has to connect the models to users and the business: "
                        "an ML product manager, or a data scientist close to the business.");
  if (has_researcher && !has_engineer)
    add("pair_research", "There are researchers but no engineers to turn their work into products. Put researchers "
                         "and engineers on the same projects.");
  for (const auto& sp : r.single_points)
    add("single_point_" + std::string(SkillId(sp.skill)),
        "Only " + sp.person_name + " is strong in " + Lower(SkillLabel(sp.skill)) +
            ". Share that knowledge (pairing, documentation) or plan a second person before it becomes a bottleneck.");
  if (r.open_positions > 0 || !r.uncovered.empty()) {
    const NamedText* a = Advice(ea, "be_specific");
    add("be_specific", "When you hire for these gaps, be specific about the role. " +
                           (a ? a->text : std::string("Nobody can do everything.")));
  }
  return r;
}

}  // namespace mlt
