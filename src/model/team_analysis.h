// How people relate to the six roles (role fit) and what a team covers
// (coverage, single points of failure, suggestions that follow the lecture).
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/content.h"
#include "model/workspace.h"

namespace mlt {

// Role fit. The distance between a person and a role's typical profile is a
// root mean square over the seven skill dimensions, where falling short of
// the profile counts fully and exceeding it counts one third: more
// communication does not make someone less of an ML engineer, less software
// skill does. Match = 100 x (1 - distance / 10), clamped to 0..100.
constexpr double kSurplusWeight = 1.0 / 3.0;

struct SkillGap {
  Skill skill;
  double delta;  // person minus typical profile: negative = below
};

struct RoleFit {
  std::string role_id;
  double distance = 0;   // 0 = identical profile, 10 = opposite ends on every dimension
  double match = 0;      // percent
  std::vector<SkillGap> gaps;  // largest weighted differences first (|delta| >= 1 only)
};

RoleFit FitToRole(const SkillLevels& person, const RoleInfo& role);
// All roles, closest first.
std::vector<RoleFit> RankRoles(const SkillLevels& person, const Content& content);
// "Closest to ML engineer (match 84%); software engineering 3.0 below the typical profile."
std::string ExplainFit(const RoleFit& fit, const Content& content);

// Team coverage. A dimension is covered when at least one member (not a
// candidate or an open position) is at kUsefulLevel or above.
constexpr double kUsefulLevel = 6.0;

struct Suggestion {
  std::string id;    // stable, for tests and icons
  std::string text;
};

struct CoverageReport {
  std::string team;  // empty: the whole workspace
  int members = 0, candidates = 0, open_positions = 0;
  std::map<std::string, int> members_by_role;  // role id (or custom name) -> count
  std::map<std::string, int> open_by_role;
  std::vector<Skill> uncovered;
  struct SinglePoint { Skill skill; std::string person_id, person_name; };
  std::vector<SinglePoint> single_points;
  std::vector<Suggestion> suggestions;
};

CoverageReport AnalyseCoverage(const std::vector<Person>& people, std::string_view team, const Content& content);
// Sorted, unique, non-empty team names.
std::vector<std::string> TeamNames(const std::vector<Person>& people);

}  // namespace mlt
