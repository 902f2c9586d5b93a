// [SECTION] Helpers  [SECTION] Parsing  [SECTION] Writing
#include "model/csv.h"

namespace mlt {

// [SECTION] Helpers
namespace {

// Rounded up for a file's size, so that a file just over the limit does not
// read as "8 MB; the limit is 8 MB".
std::string SizeText(size_t bytes, bool round_up = false) {
  auto one_decimal = [round_up](size_t n, size_t unit) {
    size_t tenths = (n * 10 + (round_up ? unit - 1 : unit / 2)) / unit;
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10) s += "." + std::to_string(tenths % 10);
    return s;
  };
  if (bytes >= (1u << 20)) return one_decimal(bytes, 1u << 20) + " MB";
  if (bytes >= 1024) return one_decimal(bytes, 1024) + " KB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

bool IsLineEnd(char c) { return c == '\n' || c == '\r'; }

// Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV
// injection"); tab and CR because some spreadsheets strip them first.
bool IsFormulaStart(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// True when a spreadsheet could run the field as a formula, looking through
// apostrophes so that a field which already starts with one stays reversible.
bool NeedsFormulaGuard(std::string_view s) {
  size_t k = s.find_first_not_of('\'');
  if (k == std::string_view::npos) return false;
  std::string_view rest = s.substr(k);
  return IsFormulaStart(rest[0]) && !IsPlainNumber(rest);
}

// Looks at the first non-empty row, outside quotes, to pick the separator.
char DetectSeparator(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsLineEnd(text[i])) ++i;
  bool quoted = false;
  int commas = 0, semicolons = 0, tabs = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') quoted = !quoted;  // a doubled quote toggles twice: still right
    if (quoted) continue;
    if (IsLineEnd(c)) break;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (commas > 0) return ',';
  if (semicolons > 0) return ';';
  if (tabs > 0) return '\t';
  return ',';
}

}  // namespace

bool IsPlainNumber(std::string_view s) {
  size_t i = 0, n = s.size();
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  size_t digits = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == n;
}

std::string_view StripFormulaGuard(std::string_view field) {
  if (!field.empty() && field[0] == '\'' && NeedsFormulaGuard(field)) field.remove_prefix(1);
  return field;
}

// [SECTION] Parsing
CsvParseResult ParseCsv(std::string_view text, const CsvLimits& limits) {
  CsvParseResult r;
  auto fail = [&r](std::string message) {
    r = CsvParseResult{};
    r.error = std::move(message);
    return r;
  };
  if (text.size() > limits.max_bytes)
    return fail("The file is too large (" + SizeText(text.size(), true) + "; the limit is " +
                SizeText(limits.max_bytes) + ")");
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const char sep = DetectSeparator(text);
  const size_t n = text.size();
  size_t i = 0;
  int line = 1;
  // CRLF is one line end; a lone CR (old Mac files) is one too.
  auto skip_line_end = [&] {
    if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
    ++i;
    ++line;
  };
  const std::string field_limit = "the limit is " + SizeText(limits.max_field) + " per field";

  while (i < n) {
    if (IsLineEnd(text[i])) {  // an empty line
      skip_line_end();
      continue;
    }
    if (r.rows.size() >= limits.max_rows)
      return fail("Line " + std::to_string(line) + ": the file has too many rows (the limit is " +
                  std::to_string(limits.max_rows) + " rows)");
    const int row_line = line;
    std::vector<std::string> row;
    for (;;) {  // one field per pass
      if (row.size() >= limits.max_columns)
        return fail("Line " + std::to_string(row_line) + ": the row has too many columns (the limit is " +
                    std::to_string(limits.max_columns) + " columns)");
      const int field_line = line;
      const size_t column = row.size() + 1;
      auto at = [&] { return "Line " + std::to_string(field_line) + ", column " + std::to_string(column); };
      std::string field;
      if (i < n && text[i] == '"') {
        ++i;
        bool closed = false;
        while (i < n) {
          char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\n' || (c == '\r' && !(i + 1 < n && text[i + 1] == '\n'))) ++line;
          field += c;
          ++i;
          if (field.size() > limits.max_field)
            return fail(at() + ": the field is too long (" + field_limit + ")");
        }
        if (!closed) return fail(at() + ": a quoted field is not closed (a closing \" is missing)");
      }
      // Unquoted text, or text after a closing quote: kept literally, as spreadsheets do.
      while (i < n && text[i] != sep && !IsLineEnd(text[i])) {
        field += text[i++];
        if (field.size() > limits.max_field)
          return fail(at() + ": the field is too long (" + field_limit + ")");
      }
      row.push_back(std::move(field));
      if (i < n && text[i] == sep) {
        ++i;
        continue;
      }
      break;
    }
    if (i < n) skip_line_end();
    r.rows.push_back(std::move(row));
    r.line_of_row.push_back(row_line);
  }
  r.ok = true;
  return r;
}

// [SECTION] Writing
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (const auto& row : rows) {
    // A row of one empty field would be an empty line, which readers skip.
    if (row.size() == 1 && row[0].empty()) out += "\"\"";
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += ',';
      std::string value = NeedsFormulaGuard(row[c]) ? "'" + row[c] : row[c];
      // ';' and tab too: ParseCsv picks them as separators when a row has no comma.
      bool quote = value.find_first_of(",;\t\"\r\n") != std::string::npos ||
                   (!value.empty() && (value.front() == ' ' || value.back() == ' ')) ||
                   // Unquoted at the start of the file it would read as the file's byte-order mark.
                   value.rfind("\xEF\xBB\xBF", 0) == 0;
      if (!quote) {
        out += value;
        continue;
      }
      out += '"';
      for (char ch : value) {
        if (ch == '"') out += '"';
        out += ch;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace mlt
