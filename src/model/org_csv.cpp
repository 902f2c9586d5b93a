// [SECTION] Columns  [SECTION] Cells  [SECTION] Import  [SECTION] Export
#include "model/org_csv.h"

#include "model/org_tree.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "model/csv.h"

namespace mlt {

// [SECTION] Columns
namespace {

enum Field : int { kId, kName, kTitle, kRole, kManager, kDotted, kKind, kFieldCount };

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Lower case, every run of spaces and ASCII punctuation one underscore (as
// roster_csv.cpp): "Reports to" and "reports-to" both find reports_to.
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

struct Alias {
  std::string_view key;
  int field;
};
constexpr Alias kAliases[] = {
    {"id", kId},
    {"person_id", kId},
    {"employee_id", kId},
    {"employee_number", kId},
    {"staff_id", kId},
    {"name", kName},
    {"full_name", kName},
    {"employee_name", kName},
    {"title", kTitle},
    {"job_title", kTitle},
    {"position_title", kTitle},
    {"role", kRole},
    {"manager_id", kManager},
    {"manager", kManager},
    {"reports_to", kManager},
    {"reports_to_id", kManager},
    {"line_manager", kManager},
    {"line_manager_id", kManager},
    {"supervisor", kManager},
    {"supervisor_id", kManager},
    {"dotted_manager_id", kDotted},
    {"dotted_manager", kDotted},
    {"dotted_line", kDotted},
    {"dotted_line_to", kDotted},
    {"dotted_line_manager", kDotted},
    {"dotted_line_manager_id", kDotted},
    {"secondary_manager", kDotted},
    {"secondary_manager_id", kDotted},
    {"matrix_manager", kDotted},
    {"matrix_manager_id", kDotted},
    {"kind", kKind},
    {"type", kKind},
};

int FieldOfHeader(const std::string& key) {
  for (const Alias& a : kAliases)
    if (a.key == key) return a.field;
  return -1;
}

std::string ColumnLetter(size_t index) {
  std::string s;
  for (size_t n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), char('A' + (n - 1) % 26));
  return s;
}

// [SECTION] Cells

std::string Quoted(std::string_view v) {
  constexpr size_t kMax = 40;
  if (v.size() <= kMax) return "\"" + std::string(v) + "\"";
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(v.substr(0, cut)) + "...\"";
}

// Trimmed, the export's formula guard undone, line breaks as "\n".
std::string CellText(std::string_view cell) {
  // Trimmed again after the guard is dropped: "' \r,x" must not become a
  // value with a leading line break, which the next export-import would lose.
  cell = Trim(StripFormulaGuard(Trim(cell)));
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

int LineBreaksIn(const std::vector<std::string>& row) {
  int breaks = 0;
  for (const std::string& f : row)
    for (size_t i = 0; i < f.size(); ++i) breaks += f[i] == '\n' || (f[i] == '\r' && (i + 1 >= f.size() || f[i + 1] != '\n'));
  return breaks;
}

bool IsBlankRow(const std::vector<std::string>& row) {
  for (const std::string& f : row)
    if (!Trim(f).empty()) return false;
  return true;
}

std::string MatchRole(const std::string& text, const std::vector<RoleName>& roles) {
  std::string k = Key(text);
  if (k.empty()) return text;
  for (const RoleName& r : roles)
    if (r.id == text || Key(r.id) == k || Key(r.name) == k) return r.id;
  return text;
}

size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    for (size_t k = 1; k < len; ++k)
      if ((b(i + k) & 0xC0) != 0x80) return i;
    if ((len == 2 && c < 0xC2) || (len == 3 && c == 0xE0 && b(i + 1) < 0xA0) ||
        (len == 3 && c == 0xED && b(i + 1) >= 0xA0) || (len == 4 && c == 0xF0 && b(i + 1) < 0x90) ||
        (len == 4 && (c > 0xF4 || (c == 0xF4 && b(i + 1) >= 0x90))))
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

std::string NameList(const std::vector<std::string>& names, size_t max_named = 6) {
  std::string s;
  size_t shown = names.size() > max_named + 1 ? max_named : names.size();
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) s += (i + 1 == shown && shown == names.size()) ? " and " : ", ";
    s += names[i];
  }
  if (shown < names.size()) s += " and " + std::to_string(names.size() - shown) + " others";
  return s;
}

struct Row {
  int sheet_row = 0, line = 0;
  std::string id, name, title, role, manager, dotted;
  PersonKind kind = PersonKind::Member;
  bool kind_set = false;
  int existing = -1;  // index into ws.people when the row updates that person
};

}  // namespace

// [SECTION] Import
OrgCsvImport ImportOrgCsv(std::string_view text, const std::vector<RoleName>& roles, const Workspace& ws,
                          const std::function<std::string()>& new_id) {
  OrgCsvImport r;
  auto fail_file = [&r](std::string message) {
    r = OrgCsvImport();
    r.errors.push_back(message);
    r.error = std::move(message);
    return r;
  };
  size_t bad = FirstInvalidUtf8(text);
  if (bad != std::string_view::npos) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
    return fail_file("Line " + std::to_string(LineAt(text, bad)) + ": the file is not UTF-8 text (found the byte " +
                     hex + "). Save it as \"CSV UTF-8\" and import it again.");
  }
  CsvParseResult csv = ParseCsv(text);
  if (!csv.ok) return fail_file(csv.error);
  if (csv.rows.empty()) return fail_file("The file is empty");

  // Header.
  const std::vector<std::string>& header = csv.rows[0];
  int column_of_field[kFieldCount];
  for (int& c : column_of_field) c = -1;
  std::vector<std::string> label(kFieldCount);
  for (size_t c = 0; c < header.size(); ++c) {
    std::string spelled(Trim(header[c]));
    std::string key = Key(spelled);
    if (key.empty()) continue;
    int f = FieldOfHeader(key);
    if (f < 0) {
      if (std::find(r.ignored_columns.begin(), r.ignored_columns.end(), spelled) == r.ignored_columns.end())
        r.ignored_columns.push_back(spelled);
      continue;
    }
    if (column_of_field[f] >= 0) {
      size_t first = size_t(column_of_field[f]);
      if (label[f] == spelled)
        return fail_file("The header has the column " + Quoted(spelled) + " twice (columns " + ColumnLetter(first) +
                         " and " + ColumnLetter(c) + ")");
      return fail_file("The header has two columns for the same thing: " + Quoted(label[f]) + " (column " +
                       ColumnLetter(first) + ") and " + Quoted(spelled) + " (column " + ColumnLetter(c) + ")");
    }
    column_of_field[f] = int(c);
    label[f] = spelled;
  }
  if (column_of_field[kName] < 0)
    return fail_file(
        "The header has no \"name\" column (the first row must name the columns, e.g. "
        "id,name,title,role,manager_id)");
  auto has = [&](int f) { return column_of_field[f] >= 0; };

  // Every person and unit of the workspace by id.
  struct Ref {
    bool unit = false;
    int index = -1;
  };
  std::unordered_map<std::string, Ref> in_ws;
  in_ws.reserve(ws.people.size() + ws.org.units.size());
  for (size_t i = 0; i < ws.people.size(); ++i) in_ws.emplace(ws.people[i].id, Ref{false, int(i)});
  for (size_t i = 0; i < ws.org.units.size(); ++i) in_ws.emplace(ws.org.units[i].id, Ref{true, int(i)});

  // Problems as (row, message): sorted by row at the end, each row's in the
  // order found (left to right, then the reporting lines).
  std::vector<std::pair<int, std::string>> problems;
  std::vector<Row> rows;
  std::unordered_map<std::string, int> row_of_id;  // id -> index into rows (first row with it)
  int breaks_so_far = LineBreaksIn(header);
  for (size_t i = 1; i < csv.rows.size(); ++i) {
    const std::vector<std::string>& cells = csv.rows[i];
    const int line = csv.line_of_row[i];
    const int sheet_row = line - breaks_so_far;
    breaks_so_far += LineBreaksIn(cells);
    if (IsBlankRow(cells)) continue;
    const std::string where = "Row " + std::to_string(sheet_row) + " (line " + std::to_string(line) + "): ";
    auto problem = [&](const std::string& what) { problems.emplace_back(sheet_row, where + what); };
    if (cells.size() > header.size()) {
      problem("has " + std::to_string(cells.size()) + " fields but the header has " + std::to_string(header.size()));
      continue;
    }
    auto cell = [&](int f) -> std::string {
      int c = column_of_field[f];
      return c >= 0 && size_t(c) < cells.size() ? CellText(cells[size_t(c)]) : std::string();
    };
    Row row;
    row.sheet_row = sheet_row;
    row.line = line;
    row.id = cell(kId);
    row.name = cell(kName);
    row.title = cell(kTitle);
    row.role = MatchRole(cell(kRole), roles);
    row.manager = cell(kManager);
    row.dotted = cell(kDotted);
    if (row.name.empty()) problem(label[kName] + " is empty; every person needs a name");
    if (!row.id.empty()) {
      auto [it, inserted] = row_of_id.emplace(row.id, int(rows.size()));
      if (!inserted) {
        problem("the id " + Quoted(row.id) + " is also used by row " + std::to_string(rows[size_t(it->second)].sheet_row) +
                "; ids must be unique");
      } else if (auto w = in_ws.find(row.id); w != in_ws.end()) {
        if (w->second.unit) {
          const OrgUnit& u = ws.org.units[size_t(w->second.index)];
          problem("the id " + Quoted(row.id) + " belongs to the unit " + (u.name.empty() ? Quoted(u.id) : u.name) +
                  "; a person needs an id of their own");
        } else {
          row.existing = w->second.index;
        }
      }
    }
    if (has(kKind)) {
      std::string k = Key(cell(kKind));
      if (k.empty() || k == "member") {
        row.kind = PersonKind::Member;
        row.kind_set = !k.empty();
      } else if (k == "open_position" || k == "open" || k == "position" || k == "vacancy") {
        row.kind = PersonKind::OpenPosition;
        row.kind_set = true;
      } else if (k == "candidate" || k == "applicant") {
        problem(label[kKind] + " " + Quoted(cell(kKind)) +
                " is not part of an org chart; use member or open_position (candidates belong in the roster)");
      } else {
        problem(label[kKind] + " must be member or open_position, found " + Quoted(cell(kKind)));
      }
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty() && problems.empty()) return fail_file("The file has no people (only a header)");

  // The org after the import, as a graph over workspace people, units and
  // the file's new rows: node = ws person i -> i, unit j -> P + j, new row k -> P + U + k.
  const int P = int(ws.people.size()), U = int(ws.org.units.size()), R = int(rows.size());
  const int N = P + U + R;
  std::vector<int> node_of_row(size_t(R), -1), row_of_node(size_t(N), -1);
  for (int k = 0; k < R; ++k) {
    const Row& row = rows[size_t(k)];
    int node = row.existing >= 0 ? row.existing : P + U + k;
    // A duplicate id's second row refers to nothing: skip it in the graph.
    if (!row.id.empty() && row_of_id[row.id] != k) continue;
    node_of_row[size_t(k)] = node;
    row_of_node[size_t(node)] = k;
  }
  auto node_of_id = [&](const std::string& id) -> int {
    if (id.empty()) return -1;
    if (auto f = row_of_id.find(id); f != row_of_id.end() && node_of_row[size_t(f->second)] >= 0)
      return node_of_row[size_t(f->second)];
    if (auto w = in_ws.find(id); w != in_ws.end()) return w->second.unit ? P + w->second.index : w->second.index;
    return -1;
  };
  auto kind_of = [&](int node) -> PersonKind {
    if (node >= P && node < P + U) return PersonKind::Member;  // a unit
    int k = row_of_node[size_t(node)];
    if (k >= 0 && (rows[size_t(k)].kind_set || rows[size_t(k)].existing < 0)) return rows[size_t(k)].kind;
    return ws.people[size_t(node)].kind;
  };
  auto name_of = [&](int node) -> std::string {
    int k = row_of_node[size_t(node)];
    if (k >= 0) return (rows[size_t(k)].name.empty() ? Quoted(rows[size_t(k)].id) : rows[size_t(k)].name) + " (row " +
                       std::to_string(rows[size_t(k)].sheet_row) + ")";
    if (node >= P) {
      const OrgUnit& u = ws.org.units[size_t(node - P)];
      return "the unit " + (u.name.empty() ? Quoted(u.id) : u.name);
    }
    const Person& p = ws.people[size_t(node)];
    return (p.name.empty() ? Quoted(p.id) : p.name) + " (in the workspace)";
  };
  auto where_of = [&](int k) {
    return "Row " + std::to_string(rows[size_t(k)].sheet_row) + " (line " + std::to_string(rows[size_t(k)].line) + "): ";
  };

  std::vector<int> parent(size_t(N), -1), dotted(size_t(N), -1);
  std::vector<char> in_org(size_t(N), 1);
  for (int v = 0; v < P; ++v) {
    in_org[size_t(v)] = kind_of(v) != PersonKind::Candidate;
    if (row_of_node[size_t(v)] >= 0) continue;
    parent[size_t(v)] = node_of_id(ws.people[size_t(v)].manager);
  }
  for (int j = 0; j < U; ++j) parent[size_t(P + j)] = node_of_id(ws.org.units[size_t(j)].manager);
  for (int k = 0; k < R; ++k) {
    const Row& row = rows[size_t(k)];
    int self = node_of_row[size_t(k)];
    auto resolve = [&](int f, const std::string& id, const std::string& kept) -> int {
      if (!has(f)) return node_of_id(kept);
      if (id.empty()) return -1;
      const std::string column = label[f] + " " + Quoted(id);
      if (!row.id.empty() && id == row.id) {
        problems.emplace_back(row.sheet_row, where_of(k) + column + " is the row's own id; a person cannot " +
                                                 (f == kManager ? "report to themselves" : "have a dotted line to themselves"));
        return -1;
      }
      int node = node_of_id(id);
      if (node < 0) {
        problems.emplace_back(row.sheet_row,
                              where_of(k) + column + " is not an id in the file or a person or unit in the workspace");
        return -1;
      }
      if (kind_of(node) == PersonKind::Candidate) {
        problems.emplace_back(row.sheet_row, where_of(k) + column + " is " + name_of(node) +
                                                 ", a candidate, who is not part of the org chart");
        return -1;
      }
      return node;
    };
    const Person* old = row.existing >= 0 ? &ws.people[size_t(row.existing)] : nullptr;
    int m = resolve(kManager, row.manager, old ? old->manager : std::string());
    int d = resolve(kDotted, row.dotted, old ? old->dotted_manager : std::string());
    if (has(kDotted) && d >= 0 && d == m) {
      problems.emplace_back(row.sheet_row, where_of(k) + label[kDotted] + " " + Quoted(row.dotted) +
                                               " is already the manager (" + label[kManager] + ")");
      d = -1;
    }
    if (self >= 0) {
      parent[size_t(self)] = m;
      dotted[size_t(self)] = d;
    }
  }
  // Candidates are out of the chart: lines to them do not count.
  for (int v = 0; v < N; ++v)
    if (parent[size_t(v)] >= 0 && !in_org[size_t(parent[size_t(v)])]) parent[size_t(v)] = -1;

  // Circles: each found once; reported when the file makes or keeps one
  // (some row is on it), at its first row; then cut there to go on.
  {
    std::vector<char> state(size_t(N), 0);
    std::vector<int> path;
    for (int start = 0; start < N; ++start) {
      if (state[size_t(start)] || !in_org[size_t(start)]) continue;
      path.clear();
      int v = start;
      while (v >= 0 && state[size_t(v)] == 0) {
        state[size_t(v)] = 1;
        path.push_back(v);
        v = parent[size_t(v)];
      }
      if (v >= 0 && state[size_t(v)] == 1) {
        size_t from = path.size() - 1;
        while (path[from] != v) --from;
        int first_row = -1;
        for (size_t i = from; i < path.size(); ++i) {
          int k = row_of_node[size_t(path[i])];
          if (k >= 0 && (first_row < 0 || rows[size_t(k)].sheet_row < rows[size_t(first_row)].sheet_row)) first_row = k;
        }
        int cut = first_row >= 0 ? node_of_row[size_t(first_row)] : v;
        if (first_row >= 0) {
          std::vector<std::string> names;
          int u = cut;
          do {
            names.push_back(name_of(u));
            u = parent[size_t(u)];
          } while (u != cut && names.size() <= path.size());
          problems.emplace_back(rows[size_t(first_row)].sheet_row,
                                where_of(first_row) + NameList(names) + " would report to each other in a circle");
        }
        parent[size_t(cut)] = -1;
      }
      for (int p : path) state[size_t(p)] = 2;
    }
  }
  // A dotted line to someone below you: pre-order intervals over the (now
  // circle-free) solid lines.
  {
    std::vector<std::vector<int>> children(static_cast<size_t>(N));
    std::vector<int> roots;
    for (int v = 0; v < N; ++v) {
      if (!in_org[size_t(v)]) continue;
      if (parent[size_t(v)] >= 0) children[size_t(parent[size_t(v)])].push_back(v);
      else roots.push_back(v);
    }
    std::vector<int> tin(size_t(N), -1), tout(size_t(N), -1);
    std::vector<std::pair<int, size_t>> stack;
    int clock = 0;
    for (int root : roots) {
      stack.emplace_back(root, 0);
      tin[size_t(root)] = clock++;
      while (!stack.empty()) {
        auto& [v, next] = stack.back();
        if (next < children[size_t(v)].size()) {
          int c = children[size_t(v)][next++];
          tin[size_t(c)] = clock++;
          stack.emplace_back(c, 0);
        } else {
          tout[size_t(v)] = clock;
          stack.pop_back();
        }
      }
    }
    for (int k = 0; k < R; ++k) {
      int self = node_of_row[size_t(k)], d = self >= 0 ? dotted[size_t(self)] : -1;
      if (d < 0 || !has(kDotted) || tin[size_t(self)] < 0 || tin[size_t(d)] < 0) continue;
      if (tin[size_t(self)] < tin[size_t(d)] && tin[size_t(d)] < tout[size_t(self)])
        problems.emplace_back(rows[size_t(k)].sheet_row,
                              where_of(k) + label[kDotted] + " " + Quoted(rows[size_t(k)].dotted) + ": " + name_of(d) +
                                  " already reports to " + name_of(self) +
                                  ", directly or through others; a dotted line back would be a circle");
    }
  }

  size_t added_count = 0;
  for (const Row& row : rows) added_count += row.existing < 0;
  const size_t max_people = DocumentLimits{}.max_people;
  if (problems.empty() && ws.people.size() + added_count > max_people)
    return fail_file("The import would bring the roster to " + std::to_string(ws.people.size() + added_count) +
                     " people; the limit is " + std::to_string(max_people));
  if (!problems.empty()) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& p : problems) r.errors.push_back(std::move(p.second));
    if (r.errors.size() == 1) {
      r.error = r.errors[0];
    } else {
      std::vector<int> bad_rows;
      for (const auto& p : problems)
        if (bad_rows.empty() || bad_rows.back() != p.first) bad_rows.push_back(p.first);
      r.error = std::to_string(r.errors.size()) + " problems in " + std::to_string(bad_rows.size()) +
                (bad_rows.size() == 1 ? " row" : " rows") + "; nothing was imported:";
      constexpr size_t kShown = 20;
      for (size_t i = 0; i < r.errors.size() && i < kShown; ++i) r.error += "\n" + r.errors[i];
      if (r.errors.size() > kShown) r.error += "\n... and " + std::to_string(r.errors.size() - kShown) + " more";
    }
    return r;
  }

  // Apply.
  r.people = ws.people;
  std::unordered_map<std::string, char> taken;
  taken.reserve(in_ws.size() + row_of_id.size());
  for (const auto& e : in_ws) taken.emplace(e.first, 1);
  for (const auto& e : row_of_id) taken.emplace(e.first, 1);
  size_t fallback = 0;
  int open_added = 0;
  for (Row& row : rows) {
    if (row.existing >= 0) {
      Person& p = r.people[size_t(row.existing)];
      p.name = row.name;
      if (has(kTitle)) p.title = row.title;
      if (has(kRole)) p.role = row.role;
      if (has(kManager)) p.manager = row.manager;
      if (has(kDotted)) p.dotted_manager = row.dotted;
      if (row.kind_set) p.kind = row.kind;
      ++r.updated;
      continue;
    }
    Person p;
    p.id = row.id;
    if (p.id.empty()) {
      for (int attempt = 0; attempt < 100 && new_id && (p.id.empty() || taken.count(p.id)); ++attempt) p.id = new_id();
      while (p.id.empty() || taken.count(p.id)) p.id = "imported-" + std::to_string(++fallback);
      taken.emplace(p.id, 1);
    }
    p.name = std::move(row.name);
    p.title = std::move(row.title);
    p.role = std::move(row.role);
    p.manager = std::move(row.manager);
    p.dotted_manager = std::move(row.dotted);
    p.kind = row.kind;
    open_added += p.kind == PersonKind::OpenPosition;
    r.people.push_back(std::move(p));
    ++r.added;
  }
  // Without a dotted-line column the dotted lines are kept, but the new
  // reporting lines can make one point at the person's own manager or at
  // someone below them: such a line is cleared (and said so), so the result
  // is an org this importer would accept again.
  int cleared = 0;
  if (!has(kDotted)) {
    Workspace after;
    after.people = r.people;
    after.org = ws.org;
    const OrgTree t = BuildOrgTree(after);
    std::vector<size_t> pos(t.nodes.size(), 0);
    for (size_t i = 0; i < t.order.size(); ++i) pos[size_t(t.order[i])] = i;
    for (size_t i = 0; i < t.nodes.size(); ++i) {
      const OrgNode& n = t.nodes[i];
      if (n.kind != OrgNodeKind::Person || n.dotted < 0) continue;
      const size_t d = pos[size_t(n.dotted)], self = pos[i];
      if (n.dotted == n.parent || (d > self && d < self + size_t(n.subtree))) {
        r.people[size_t(n.index)].dotted_manager.clear();
        ++cleared;
      }
    }
  }
  r.ok = true;
  auto people = [](int n) { return std::to_string(n) + (n == 1 ? " person" : " people"); };
  if (r.added && r.updated)
    r.summary = "Adds " + people(r.added) + " and updates " + people(r.updated);
  else if (r.added)
    r.summary = "Adds " + people(r.added);
  else
    r.summary = "Updates " + people(r.updated);
  if (open_added) r.summary += " (" + std::to_string(open_added) + (open_added == 1 ? " open position" : " open positions") + " among the added)";
  r.summary += ".";
  if (cleared)
    r.summary += " Clears " + std::to_string(cleared) + (cleared == 1 ? " dotted line" : " dotted lines") +
                 " that the new reporting lines made point at a manager or a report.";
  if (!r.ignored_columns.empty()) {
    std::vector<std::string> quoted;
    for (const std::string& c : r.ignored_columns) quoted.push_back(Quoted(c));
    r.summary += std::string(" Ignores the column") + (quoted.size() == 1 ? " " : "s ") + NameList(quoted) + ".";
  }
  return r;
}

// [SECTION] Export
std::string ExportOrgCsv(const Workspace& ws) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(ws.people.size() + 1);
  rows.push_back({"id", "name", "title", "role", "kind", "manager_id", "dotted_manager_id"});
  for (const Person& p : ws.people) {
    if (p.kind == PersonKind::Candidate) continue;
    rows.push_back({p.id, p.name, p.title, p.role, std::string(PersonKindId(p.kind)), p.manager, p.dotted_manager});
  }
  return WriteCsv(rows);
}

}  // namespace mlt
