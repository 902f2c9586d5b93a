// The org chart as a CSV file (docs/org-csv.md): who reports to whom, for
// people who keep their org in a spreadsheet or an HR export. Import updates
// people already in the workspace (by id) and adds the others; it is all or
// nothing and names every bad row. Never throws.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/roster_csv.h"  // RoleName
#include "model/workspace.h"

namespace mlt {

struct OrgCsvImport {
  bool ok = false;
  // Every problem, in row order, each like
  // "Row 4 (line 4): manager_id \"p9\" is not a person or unit in the file or the workspace".
  // Rows are numbered as a spreadsheet shows them (the header is row 1). A
  // problem with the file as a whole (not UTF-8, no "name" column) is the
  // only entry.
  std::vector<std::string> errors;
  // All of `errors` as one message for the user: the single problem as is
  // (like RosterImport::error, without a final full stop), or "3 problems in
  // 2 rows; nothing was imported:" and one line each (at most 20, then
  // "... and 7 more").
  std::string error;
  // Only when ok (empty on error): the whole new roster, i.e. the
  // workspace's people with the updates applied, in their order, then the
  // added people in file order. Apply it with `ws.people = std::move(people)`.
  std::vector<Person> people;
  int added = 0, updated = 0;
  std::vector<std::string> ignored_columns;  // header names not understood, as spelled in the file
  // For a preview: "Adds 12 people and updates 3 (reporting lines, titles
  // and roles); ignores the column \"Office\"."
  std::string summary;
};

// Columns (only "name" is required; header names are matched ignoring case,
// spaces and punctuation): id, name, title, role, manager_id, dotted_manager_id,
// kind, plus the aliases listed in docs/org-csv.md ("manager", "reports to",
// "job title", ...).
//  - A row whose id is a person of `ws` updates that person's name, and
//    title, role, manager, dotted manager and kind where the file has those
//    columns (an empty cell clears); skills, team and notes are kept.
//  - Any other row adds a member (or an open position: kind). Rows without an
//    id get new_id() (never an id in use or in the file).
//  - manager_id / dotted_manager_id name a row's id or a person or unit of
//    `ws`. Refused: an unknown id, a candidate, the row itself, a line that
//    closes a circle, a dotted line to the person's own report.
//  - A role matches a content role id or name, else is kept as text.
// `ws` is not changed.
OrgCsvImport ImportOrgCsv(std::string_view text, const std::vector<RoleName>& roles, const Workspace& ws,
                          const std::function<std::string()>& new_id);

// Header id,name,title,role,kind,manager_id,dotted_manager_id and one row per
// member and open position (candidates are not in the org), in roster order.
// Units are not rows; reporting lines to them are written as their ids.
std::string ExportOrgCsv(const Workspace& ws);

}  // namespace mlt
