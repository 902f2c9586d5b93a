// Rows for the CSV exports of the app's tables that have no import format of
// their own: organisation metrics, team coverage, the plan's task table and
// the assessment comparison. Header row first; values as the screen shows
// them, in plain units (days, percent) so a spreadsheet can compute with them.
// Pass the rows to WriteCsv(), which guards formulas.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/content.h"
#include "model/org_tree.h"
#include "model/plan.h"
#include "model/workspace.h"

namespace mlt {

using CsvRows = std::vector<std::vector<std::string>>;

// "Ana Lee", "Platform (unit)", "Open position (open)", as in the org view.
std::string OrgNodeLabel(const Workspace& ws, const OrgTree& tree, int node);
// The role's name from the content, else the roster's own text ("No role" when empty).
std::string RoleLabel(const Content& content, const std::string& role);

// Span of control: Manager, Direct reports, All below, Check (fine/narrow/wide).
CsvRows OrgSpanRows(const Workspace& ws, const OrgTree& tree, const OrgMetrics& m);
// Headcount by role: Role, People, Open positions.
CsvRows OrgRoleRows(const Content& content, const OrgMetrics& m);
// Headcount by unit, in the workspace's unit order: Unit, People, Open
// positions, Roles ("ML engineer 2; Data engineer 1").
CsvRows OrgUnitRows(const Workspace& ws, const Content& content, const OrgMetrics& m);

// Team coverage, one row per skill (members of `team` only; empty = everyone):
// Skill, Best level, Strongest member, Members at useful level, Status.
CsvRows CoverageRows(const std::vector<Person>& people, std::string_view team);

// The plan editor's task table: estimates in working days, chance in percent,
// owner and dependencies by name.
CsvRows PlanTaskRows(const Plan& plan, const std::vector<Person>& people);

// The assessment comparison, as on screen: a row per measure, a column per assessment.
CsvRows AssessmentCompareRows(const Content& content, const std::vector<OrgAssessment>& list);

// The plan editor's other two lists: Challenge, Approaches run (in parallel /
// one after another), Approaches, Importance, Depends on; and Milestone,
// Requires, Deadline (working days; empty when none). Names, not ids.
CsvRows PlanChallengeRows(const Plan& plan);
CsvRows PlanMilestoneRows(const Plan& plan);

// The Learn view's content tables, as shown there:
// Design choice, Question, then one column per archetype column (its points joined by "; ").
CsvRows DesignChoiceRows(const Content& content);
// What ML practitioners want, How an employer can stand out.
CsvRows PractitionerWantRows(const Content& content);
// Assessment, What it is, Skills tested, Minutes.
CsvRows AssessmentTypeRows(const Content& content);

}  // namespace mlt
