// CSV text (RFC 4180, plus what spreadsheets actually write): parsing with
// limits and user-readable errors, and writing that is safe to open in a
// spreadsheet. Never throws.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mlt {

struct CsvParseResult {
  bool ok = false;
  std::string error;                           // e.g. "Line 7: a quoted field is not closed ..."
  std::vector<std::vector<std::string>> rows;  // all rows including the header
  std::vector<int> line_of_row;                // 1-based line in the file where each row starts
};

// Limits on untrusted files, checked while parsing; an error names the limit.
struct CsvLimits {
  size_t max_bytes = 8u << 20;  // whole file
  size_t max_rows = 200000;
  size_t max_columns = 200;      // fields in one row
  size_t max_field = 64 * 1024;  // bytes in one field
};

// Accepts a UTF-8 BOM, CRLF/LF/CR line ends and quoted fields with commas,
// line breaks and doubled quotes. Empty lines are skipped (they still count
// for line numbers). A quote inside an unquoted field, or text after a closing
// quote, is kept literally. The separator is ',' unless the first row has no
// comma: then ';' if it has one (European Excel), else a tab if it has one
// (cells pasted from a spreadsheet). Fields are returned byte for byte.
CsvParseResult ParseCsv(std::string_view text, const CsvLimits& limits = {});

// Comma-separated, CRLF line ends, fields quoted when needed. Text that a
// spreadsheet would run as a formula (starting with = + - @ tab or CR, and
// not a plain number like -1.5) gets a leading apostrophe; see
// StripFormulaGuard() for the way back.
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows);

// Undoes WriteCsv()'s formula guard: drops the apostrophe WriteCsv would have
// added, and leaves every other field alone, so that
// StripFormulaGuard(field as written) == field for any field.
std::string_view StripFormulaGuard(std::string_view field);

// "-1.5", "+3", "2e3", ".5": a number with no spaces, units or formula.
bool IsPlainNumber(std::string_view s);

}  // namespace mlt
