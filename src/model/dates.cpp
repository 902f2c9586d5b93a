#include "model/dates.h"

#include <cmath>
#include <cstdio>

namespace mlt {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(const Date& d) {
  int64_t y = d.year - (d.month <= 2);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = int(doy - (153 * mp + 2) / 5 + 1);
  int m = int(mp < 10 ? mp + 3 : mp - 9);
  return Date{int(y + (m <= 2)), m, d};
}

bool ParseIsoDate(const std::string& text, Date* out) {
  int y, m, d;
  char tail;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  if (text[4] != '-' || text[7] != '-' || m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return false;
  Date date{y, m, d};
  Date back = CivilFromDays(DaysFromCivil(date));
  if (back.year != y || back.month != m || back.day != d) return false;
  *out = date;
  return true;
}

std::string FormatIsoDate(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

namespace {
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
}

std::string FormatShortDate(const Date& d, bool with_year) {
  char buf[32];
  if (with_year) std::snprintf(buf, sizeof buf, "%d %.3s %d", d.day, kMonths[d.month - 1], d.year);
  else std::snprintf(buf, sizeof buf, "%d %.3s", d.day, kMonths[d.month - 1]);
  return buf;
}

std::string FormatLongDate(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d %s %d", d.day, kMonths[d.month - 1], d.year);
  return buf;
}

Date DateFromUnixMs(int64_t ms) { return CivilFromDays(ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000); }

int Weekday(const Date& d) {
  int64_t days = DaysFromCivil(d);  // 1970-01-01 was a Thursday (3)
  return int(((days % 7) + 7 + 3) % 7);
}

Date AddWorkingDays(const Date& start, double working_days) {
  int64_t day = DaysFromCivil(start);
  while (Weekday(CivilFromDays(day)) >= 5) ++day;
  // Work of w days that starts on day 0 ends on working day ceil(w) - 1.
  int64_t n = working_days <= 0 ? 0 : int64_t(std::ceil(working_days - 1e-9)) - 1;
  if (n < 0) n = 0;
  int64_t weeks = n / 5, rest = n % 5;
  day += weeks * 7;
  while (rest > 0) {
    ++day;
    if (Weekday(CivilFromDays(day)) < 5) --rest;
  }
  return CivilFromDays(day);
}

}  // namespace mlt
