// [SECTION] Columns  [SECTION] Cells  [SECTION] Import  [SECTION] Export
#include "model/roster_csv.h"

#include <cmath>
#include <cstdio>
#include <locale>
#include <map>
#include <set>
#include <sstream>

#include "model/csv.h"

namespace mlt {

// [SECTION] Columns
namespace {

enum Field : int {
  kId,
  kName,
  kRole,
  kTeam,
  kKind,
  kNotes,
  kFirstSkill,
  kFieldCount = kFirstSkill + kSkillCount
};

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Lower case, every run of spaces and ASCII punctuation one underscore: "ML
// expertise", "ml-expertise" and "Communication & writing" all find their
// column, and "ML engineer" finds the role "ml_engineer".
std::string Key(std::string_view s) {
  std::string k;
  bool gap = false;
  for (char c : s) {
    if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      if (gap && !k.empty()) k += '_';
      gap = false;
      k += Lower(c);
    } else {
      gap = true;
    }
  }
  return k;
}

// Header names beyond the canonical ones. Skill ids and the app's skill labels
// ("Infrastructure & DevOps") are accepted too, from model/skills.h.
struct Alias {
  std::string_view key;
  int field;
};
constexpr Alias kAliases[] = {
    {"id", kId},
    {"name", kName},
    {"role", kRole},
    {"team", kTeam},
    {"kind", kKind},
    {"type", kKind},
    {"notes", kNotes},
    {"ml_expertise", kFirstSkill + int(Skill::Ml)},
    {"software_engineering", kFirstSkill + int(Skill::Software)},
    {"swe", kFirstSkill + int(Skill::Software)},
    {"communication_writing", kFirstSkill + int(Skill::Communication)},
    {"comms", kFirstSkill + int(Skill::Communication)},
    {"data_engineering", kFirstSkill + int(Skill::Data)},
    {"infrastructure", kFirstSkill + int(Skill::Infra)},
    {"devops", kFirstSkill + int(Skill::Infra)},
    {"product_sense", kFirstSkill + int(Skill::Product)},
};

int FieldOfHeader(const std::string& key) {
  for (const Alias& a : kAliases)
    if (a.key == key) return a.field;
  for (int s = 0; s < kSkillCount; ++s)
    if (key == SkillId(Skill(s)) || key == Key(SkillLabel(Skill(s)))) return kFirstSkill + s;
  return -1;
}

// "A", "B", ... "Z", "AA": what a spreadsheet shows above the column.
std::string ColumnLetter(size_t index) {
  std::string s;
  for (size_t n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), char('A' + (n - 1) % 26));
  return s;
}

// [SECTION] Cells

// A value quoted for a message, cut short (on a UTF-8 boundary) if long.
std::string Quoted(std::string_view v) {
  constexpr size_t kMax = 40;
  if (v.size() <= kMax) return "\"" + std::string(v) + "\"";
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(v.substr(0, cut)) + "...\"";
}

// Text as the app keeps it: the export's formula guard undone, and line
// breaks as "\n" (a file from Windows has "\r\n" inside quoted cells).
std::string CellText(std::string_view cell, bool trim) {
  if (trim) cell = Trim(cell);
  cell = StripFormulaGuard(cell);
  // Trimmed again once the guard is gone, so the value reads back the same
  // after an export (a leading line break would be trimmed away there).
  if (trim) cell = Trim(cell);
  std::string out;
  out.reserve(cell.size());
  for (size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] != '\r')
      out += cell[i];
    else if (i + 1 >= cell.size() || cell[i + 1] != '\n')
      out += '\n';
  }
  return out;
}

// Line breaks inside a row's quoted fields: the file has more lines than the
// spreadsheet has rows by this much.
int LineBreaksIn(const std::vector<std::string>& row) {
  int breaks = 0;
  for (const std::string& f : row)
    for (size_t i = 0; i < f.size(); ++i)
      breaks += f[i] == '\n' || (f[i] == '\r' && (i + 1 >= f.size() || f[i + 1] != '\n'));
  return breaks;
}

bool IsBlankRow(const std::vector<std::string>& row) {
  for (const std::string& f : row)
    if (!Trim(f).empty()) return false;
  return true;
}

// 0..10; empty is 0. "7,5" is 7.5: a decimal comma, from a spreadsheet in a
// language that writes numbers that way.
bool ParseSkill(std::string_view cell, double* out) {
  std::string v(Trim(cell));
  if (v.empty()) {
    *out = 0;
    return true;
  }
  size_t comma = v.find(',');
  if (comma != std::string::npos && v.find(',', comma + 1) == std::string::npos &&
      v.find('.') == std::string::npos)
    v[comma] = '.';
  // Digits with an optional fraction only: no exponent, sign, "nan" or "inf".
  size_t digits = 0, dots = 0;
  for (char c : v) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c == '.')
      ++dots;
    else
      return false;
  }
  if (digits == 0 || dots > 1) return false;
  std::istringstream in(v);
  in.imbue(std::locale::classic());  // '.' whatever the user's locale
  double x = 0;
  if (!(in >> x) || !std::isfinite(x) || x < kSkillMin || x > kSkillMax) return false;
  *out = x;
  return true;
}

bool ParseKind(std::string_view cell, PersonKind* out) {
  std::string k = Key(cell);
  if (k.empty() || k == "member")
    *out = PersonKind::Member;
  else if (k == "candidate" || k == "applicant")
    *out = PersonKind::Candidate;
  else if (k == "open_position" || k == "open" || k == "position" || k == "vacancy")
    *out = PersonKind::OpenPosition;
  else
    return false;
  return true;
}

std::string MatchRole(std::string_view cell, const std::vector<RoleName>& roles) {
  std::string text = CellText(cell, true);
  std::string k = Key(text);
  if (k.empty()) return text;
  for (const RoleName& r : roles)
    if (r.id == text || Key(r.id) == k || Key(r.name) == k) return r.id;
  return text;  // a custom role, kept as the user wrote it
}

// Offset of the first byte that is not part of valid UTF-8, or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    for (size_t k = 1; k < len; ++k)
      if ((b(i + k) & 0xC0) != 0x80) return i;
    if ((len == 2 && c < 0xC2) ||                                     // overlong
        (len == 3 && c == 0xE0 && b(i + 1) < 0xA0) ||                 // overlong
        (len == 3 && c == 0xED && b(i + 1) >= 0xA0) ||                // UTF-16 surrogate
        (len == 4 && c == 0xF0 && b(i + 1) < 0x90) ||                 // overlong
        (len == 4 && (c > 0xF4 || (c == 0xF4 && b(i + 1) >= 0x90))))  // beyond U+10FFFF
      return i;
    i += len;
  }
  return std::string_view::npos;
}

int LineAt(std::string_view s, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < s.size(); ++i)
    line += s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'));
  return line;
}

}  // namespace

// [SECTION] Import
namespace {
RosterImport ImportRosterCsvImpl(std::string_view text, const std::vector<RoleName>& roles,
                                 const std::vector<Person>& existing, const std::vector<std::string>& other_ids,
                                 const std::function<std::string()>& new_id) {
  RosterImport r;
  auto fail = [&r](std::string message) {
    r.ok = false;
    r.error = std::move(message);
    r.people.clear();
    return r;
  };
  // Excel's plain "CSV" is Windows-1252, not UTF-8: say so instead of
  // importing names with broken letters.
  size_t bad = FirstInvalidUtf8(text);
  if (bad != std::string_view::npos) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
    return fail("Line " + std::to_string(LineAt(text, bad)) +
                ": the file is not UTF-8 text (found the byte " + hex +
                "). Save it as \"CSV UTF-8\" and import it again.");
  }
  CsvParseResult csv = ParseCsv(text);
  if (!csv.ok) return fail(csv.error);
  if (csv.rows.empty()) return fail("The file is empty");

  // Header.
  const std::vector<std::string>& header = csv.rows[0];
  std::vector<bool> unnamed(header.size(), false);
  std::vector<int> fields_in_order;
  int column_of_field[kFieldCount];
  for (int& c : column_of_field) c = -1;
  std::vector<std::string> label(kFieldCount);  // the header as the user spelled it, for messages
  for (size_t c = 0; c < header.size(); ++c) {
    std::string spelled(Trim(header[c]));
    std::string key = Key(spelled);
    if (key.empty()) {  // reported below if it holds data
      unnamed[c] = true;
      continue;
    }
    int f = FieldOfHeader(key);
    if (f < 0) {
      bool listed = false;
      for (const std::string& s : r.ignored_columns) listed = listed || s == spelled;
      if (!listed) r.ignored_columns.push_back(spelled);
      continue;
    }
    if (column_of_field[f] >= 0) {
      size_t first = size_t(column_of_field[f]);
      if (label[f] == spelled)
        return fail("The header has the column " + Quoted(spelled) + " twice (columns " +
                    ColumnLetter(first) + " and " + ColumnLetter(c) + ")");
      return fail("The header has two columns for the same thing: " + Quoted(label[f]) + " (column " +
                  ColumnLetter(first) + ") and " + Quoted(spelled) + " (column " + ColumnLetter(c) + ")");
    }
    column_of_field[f] = int(c);
    fields_in_order.push_back(f);
    label[f] = spelled;
  }
  if (column_of_field[kName] < 0)
    return fail(
        "The header has no \"name\" column (the first row must name the columns, e.g. name,role,team)");

  // Rows. Validate everything first; ids are settled afterwards so that new
  // ids avoid every id written in the file, including rows further down.
  std::set<std::string> existing_ids;
  for (const Person& p : existing) existing_ids.insert(p.id);
  // Org units share the id space: a person may not take a unit's id.
  for (const std::string& id : other_ids) existing_ids.insert(id);
  std::map<std::string, int> file_ids;  // id -> the spreadsheet row that has it
  std::vector<bool> unnamed_has_data(header.size(), false);
  int breaks_so_far = LineBreaksIn(header);
  for (size_t i = 1; i < csv.rows.size(); ++i) {
    const std::vector<std::string>& row = csv.rows[i];
    const int line = csv.line_of_row[i];
    const int sheet_row = line - breaks_so_far;  // as a spreadsheet shows it: blank lines are rows too
    breaks_so_far += LineBreaksIn(row);
    if (IsBlankRow(row)) continue;  // spreadsheets export emptied rows as ",,,,"
    const std::string where = "Row " + std::to_string(sheet_row) + " (line " + std::to_string(line) + "): ";
    if (row.size() > header.size())
      return fail(where + "has " + std::to_string(row.size()) + " fields but the header has " +
                  std::to_string(header.size()));
    auto cell = [&](int f) -> std::string_view {
      int c = column_of_field[f];
      return c >= 0 && size_t(c) < row.size() ? std::string_view(row[size_t(c)]) : std::string_view();
    };
    // Left to right, so the first problem reported is the first one the user sees.
    Person p;
    for (int f : fields_in_order) {
      std::string_view v = cell(f);
      if (f == kName) {
        p.name = CellText(v, true);
        if (p.name.empty()) return fail(where + label[kName] + " is empty; every person needs a name");
      } else if (f == kId) {
        p.id = CellText(v, true);
        if (p.id.empty()) continue;
        auto [it, inserted] = file_ids.emplace(p.id, sheet_row);
        if (!inserted)
          return fail(where + "the id " + Quoted(p.id) + " is also used by row " +
                      std::to_string(it->second) + "; ids must be unique");
      } else if (f == kRole) {
        p.role = MatchRole(v, roles);
      } else if (f == kTeam) {
        p.team = CellText(v, true);
      } else if (f == kNotes) {
        p.notes = CellText(v, false);
      } else if (f == kKind) {
        if (!ParseKind(v, &p.kind))
          return fail(where + label[f] + " must be member, candidate or open_position, found " +
                      Quoted(Trim(v)));
      } else if (!ParseSkill(v, &p.skills[size_t(f - kFirstSkill)])) {
        return fail(where + label[f] + " must be a number from 0 to 10, found " + Quoted(Trim(v)));
      }
    }
    for (size_t c = 0; c < row.size(); ++c)
      if (unnamed[c] && !Trim(row[c]).empty()) unnamed_has_data[c] = true;
    r.people.push_back(std::move(p));
  }
  if (r.people.empty()) return fail("The file has no people (only a header)");
  const size_t max_people = DocumentLimits{}.max_people;  // the workspace would refuse to load more
  if (existing.size() + r.people.size() > max_people)
    return fail("The import would bring the roster to " + std::to_string(existing.size() + r.people.size()) +
                " people; the limit is " + std::to_string(max_people));
  for (size_t c = 0; c < header.size(); ++c)
    if (unnamed_has_data[c]) r.ignored_columns.push_back("column " + ColumnLetter(c) + " (no header)");

  // Ids: keep the file's unless an existing person has it; otherwise a new one.
  std::set<std::string> taken = existing_ids;
  for (const auto& entry : file_ids) taken.insert(entry.first);
  size_t fallback = 0;
  for (Person& p : r.people) {
    if (!p.id.empty() && existing_ids.count(p.id) == 0) continue;
    std::string id;
    for (int attempt = 0; attempt < 100 && new_id && (id.empty() || taken.count(id)); ++attempt)
      id = new_id();
    // A generator that keeps colliding (or none at all) must not block the import.
    while (id.empty() || taken.count(id)) id = "imported-" + std::to_string(++fallback);
    taken.insert(id);
    p.id = std::move(id);
  }
  r.ok = true;
  return r;
}

// [SECTION] Export
namespace {
// At most one decimal, no trailing ".0": 7, 6.5.
std::string SkillText(double v) {
  // Clamped so that the file always imports again (skills are 0..10 anyway).
  if (!std::isfinite(v) || v < kSkillMin) v = kSkillMin;
  if (v > kSkillMax) v = kSkillMax;
  long long tenths = std::llround(v * 10);
  std::string s = std::to_string(tenths / 10);
  if (tenths % 10) s += "." + std::to_string(tenths % 10);
  return s;
}
}  // namespace

}  // namespace

RosterImport ImportRosterCsv(std::string_view text, const std::vector<RoleName>& roles,
                             const std::vector<Person>& existing, const std::function<std::string()>& new_id) {
  return ImportRosterCsvImpl(text, roles, existing, {}, new_id);
}

RosterImport ImportRosterCsv(std::string_view text, const std::vector<RoleName>& roles, const Workspace& ws,
                             const std::function<std::string()>& new_id) {
  std::vector<std::string> unit_ids;
  for (const OrgUnit& u : ws.org.units) unit_ids.push_back(u.id);
  return ImportRosterCsvImpl(text, roles, ws.people, unit_ids, new_id);
}

std::string ExportRosterCsv(const std::vector<Person>& people) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(people.size() + 1);
  std::vector<std::string> header = {"id", "name", "role", "team", "kind"};
  for (int s = 0; s < kSkillCount; ++s) header.emplace_back(SkillId(Skill(s)));
  header.emplace_back("notes");
  rows.push_back(std::move(header));
  for (const Person& p : people) {
    std::vector<std::string> row = {p.id, p.name, p.role, p.team, std::string(PersonKindId(p.kind))};
    for (int s = 0; s < kSkillCount; ++s) row.push_back(SkillText(p.skills[s]));
    row.push_back(p.notes);
    rows.push_back(std::move(row));
  }
  return WriteCsv(rows);
}

}  // namespace mlt
