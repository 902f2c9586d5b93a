// The team roster as a CSV file, for people who keep their team in a
// spreadsheet: import (adds people, never replaces) and export. Never throws.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/workspace.h"

namespace mlt {

struct RoleName {
  std::string id, name;
};  // a content role, e.g. {"ml_engineer", "ML engineer"}

struct RosterImport {
  bool ok = false;
  // The first problem, for the user, e.g.
  // "Row 4 (line 4): ml must be a number from 0 to 10, found \"eleven\"".
  // Rows are numbered as a spreadsheet shows them (the header is row 1); the
  // line in the file differs when a quoted field spans lines.
  std::string error;
  std::vector<Person> people;                // only when ok; nothing partial on error
  std::vector<std::string> ignored_columns;  // header names not understood, as spelled in the file
};

// Columns (only "name" is required; header names are matched ignoring case,
// spaces and punctuation, so "ML expertise" finds ml): id, name, role, team,
// kind (or type), ml, software, communication, data, infra, product,
// research, notes, plus the aliases listed in roster_csv.cpp. A role matches
// a role id or name, or is kept as custom text. Ids missing from the file, or
// already used by `existing`, are replaced by new_id() (an import adds people,
// never replaces). Rows whose cells are all blank are skipped.
RosterImport ImportRosterCsv(std::string_view text, const std::vector<RoleName>& roles,
                             const std::vector<Person>& existing, const std::function<std::string()>& new_id);

// The same against a whole workspace: ids of its org units are taken too
// (people and units share one id space). What the app uses.
RosterImport ImportRosterCsv(std::string_view text, const std::vector<RoleName>& roles, const Workspace& ws,
                             const std::function<std::string()>& new_id);

// Header id,name,role,team,kind,ml,software,communication,data,infra,product,
// research,notes and one row per person; skills with at most one decimal.
std::string ExportRosterCsv(const std::vector<Person>& people);

}  // namespace mlt
