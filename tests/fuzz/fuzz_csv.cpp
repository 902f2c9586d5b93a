// libFuzzer target: the CSV parser and both CSV imports on arbitrary bytes.
//  - ParseCsv must never crash; rows it returns, written by WriteCsv and
//    parsed again, come back field for field (after StripFormulaGuard).
//  - ImportRosterCsv against a small fixed workspace, as the app calls it:
//    when it succeeds, the roster export of the people it made imports again
//    with the same people, and the workspace with them added saves and loads.
//  - ImportOrgCsv against the same workspace: when it succeeds, the org export
//    of the new roster imports again into the new workspace (every row an
//    update), and the new workspace saves and loads.
// Built with -DMLT_FUZZ=ON (clang); run by tools/fuzz.sh.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "model/csv.h"
#include "model/org_csv.h"
#include "model/roster_csv.h"
#include "model/workspace.h"

using namespace mlt;

namespace {

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_csv: %s\n%s\n", what, detail.c_str());
  std::abort();
}

const std::vector<RoleName> kRoles = {
    {"ml_product_manager", "ML product manager"}, {"mlops_engineer", "MLOps / ML DevOps engineer"},
    {"data_engineer", "Data engineer"},           {"ml_engineer", "ML engineer"},
    {"ml_researcher", "ML researcher"},           {"data_scientist", "Data scientist"},
};

Person MakePerson(std::string id, std::string name, std::string manager = "", std::string dotted = "") {
  Person p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.manager = std::move(manager);
  p.dotted_manager = std::move(dotted);
  return p;
}

// ceo <- a (dotted to plat) <- b; cand is a candidate; open is an open
// position under a; unit plat under ceo; c reports to the unit.
Workspace Base() {
  Workspace ws;
  ws.id = "ws";
  ws.name = "Fuzz base";
  ws.people.push_back(MakePerson("ceo", "Cora Ek"));
  ws.people.back().title = "CEO";
  ws.people.push_back(MakePerson("a", "Ana Lee", "ceo", "plat"));
  ws.people.back().role = "ml_engineer";
  ws.people.back().team = "Search";
  ws.people.back().skills[int(Skill::Ml)] = 7;
  ws.people.push_back(MakePerson("b", "Bo Park", "a"));
  ws.people.push_back(MakePerson("c", "Cy Diaz", "plat", "a"));
  ws.people.push_back(MakePerson("cand", "Cat Candidate"));
  ws.people.back().kind = PersonKind::Candidate;
  ws.people.push_back(MakePerson("open", "Open ML engineer", "a"));
  ws.people.back().kind = PersonKind::OpenPosition;
  OrgUnit u;
  u.id = "plat";
  u.name = "Platform";
  u.manager = "ceo";
  ws.org.units.push_back(u);
  return ws;
}

struct Counter {
  int n = 0;
  std::string operator()() { return "new-" + std::to_string(++n); }
};

void CheckSavesAndLoads(const Workspace& ws, const char* after) {
  std::string text = WorkspaceToText(ws);
  ParseResult back = ParseWorkspace(text);
  if (!back.ok) Fail(after, "the workspace does not load again: " + back.error + "\n" + text);
  if (!(back.workspace == ws)) Fail(after, "the workspace changed on a save and load\n" + text);
}

void CheckCsvRoundTrip(std::string_view text) {
  CsvParseResult csv = ParseCsv(text);
  if (!csv.ok) {
    if (csv.error.empty()) Fail("ParseCsv refused without a message", std::string(text));
    return;
  }
  if (csv.rows.size() != csv.line_of_row.size()) Fail("ParseCsv: rows and line numbers differ in count", "");
  for (const auto& row : csv.rows)
    if (row.empty()) Fail("ParseCsv returned a row without fields", std::string(text));
  // Written again, the rows parse back (the formula guard may add a byte per field).
  std::string written = WriteCsv(csv.rows);
  CsvLimits roomy;
  roomy.max_field += 1;
  CsvParseResult again = ParseCsv(written, roomy);
  if (!again.ok) Fail("WriteCsv output does not parse", again.error + "\n" + written);
  if (again.rows.size() != csv.rows.size()) Fail("WriteCsv/ParseCsv changed the row count", written);
  for (size_t r = 0; r < csv.rows.size(); ++r) {
    if (again.rows[r].size() != csv.rows[r].size()) Fail("WriteCsv/ParseCsv changed a row's width", written);
    for (size_t c = 0; c < csv.rows[r].size(); ++c)
      if (StripFormulaGuard(again.rows[r][c]) != csv.rows[r][c])
        Fail("WriteCsv/ParseCsv changed a field", csv.rows[r][c] + "\n->\n" + again.rows[r][c]);
  }
}

void CheckRosterExport(const RosterImport& r);

void CheckRoster(std::string_view text, const Workspace& base) {
  Counter counter;
  RosterImport r = ImportRosterCsv(text, kRoles, base, [&counter] { return counter(); });
  if (!r.ok) {
    if (r.error.empty() || !r.people.empty()) Fail("roster import: refused without a message or with people", r.error);
    return;
  }
  if (r.people.empty()) Fail("roster import: ok without people", "");
  // Export and import again (into an empty roster, so every id is kept).
  CheckRosterExport(r);
  Workspace ws = base;
  ws.people.insert(ws.people.end(), r.people.begin(), r.people.end());
  CheckSavesAndLoads(ws, "after a roster import");
}

void CheckRosterExport(const RosterImport& r) {
  // As the app downloads it: with a UTF-8 byte-order mark.
  std::string exported = "\xEF\xBB\xBF" + ExportRosterCsv(r.people);
  Counter counter2;
  RosterImport again = ImportRosterCsv(exported, kRoles, std::vector<Person>{}, [&counter2] { return counter2(); });
  if (!again.ok) Fail("roster export does not import again", again.error + "\n" + exported);
  if (again.people.size() != r.people.size()) Fail("roster export/import changed the number of people", exported);
  for (size_t i = 0; i < r.people.size(); ++i) {
    const Person& p = r.people[i];
    const Person& q = again.people[i];
    if (p.id != q.id || p.name != q.name || p.role != q.role || p.team != q.team || p.kind != q.kind ||
        p.notes != q.notes)
      Fail("roster export/import changed a person", "id " + p.id + " -> " + q.id + "\nname " + p.name + " -> " +
                                                        q.name + "\n" + exported);
    for (int s = 0; s < kSkillCount; ++s)
      if (std::fabs(p.skills[s] - q.skills[s]) > 0.05 + 1e-9)
        Fail("roster export/import changed a skill by more than the rounding", exported);
  }
}

void CheckOrg(std::string_view text, const Workspace& base) {
  Counter counter;
  OrgCsvImport r = ImportOrgCsv(text, kRoles, base, [&counter] { return counter(); });
  if (!r.ok) {
    if (r.errors.empty() || r.error.empty() || !r.people.empty())
      Fail("org import: refused without a message or with people", r.error);
    return;
  }
  if (r.people.size() != base.people.size() + size_t(r.added)) Fail("org import: people count is off", r.summary);
  Workspace ws = base;
  ws.people = std::move(r.people);
  CheckSavesAndLoads(ws, "after an org import");
  // The new org, exported and imported again into itself: every row updates.
  std::string exported = "\xEF\xBB\xBF" + ExportOrgCsv(ws);
  Counter counter2;
  OrgCsvImport again = ImportOrgCsv(exported, kRoles, ws, [&counter2] { return counter2(); });
  if (!again.ok) Fail("org export does not import again", again.error + "\n" + exported);
  if (again.added != 0) Fail("org export/import added people", exported);
  if (!(again.people == ws.people)) Fail("org export/import changed people", exported);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Workspace base = Base();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckCsvRoundTrip(text);
  CheckRoster(text, base);
  CheckOrg(text, base);
  return 0;
}
