// Calendar arithmetic for plans: working days (Monday to Friday) counted
// from a start date. Civil-date algorithms, no time zones, no platform calls.
#pragma once
#include <cstdint>
#include <string>

namespace mlt {

struct Date {
  int year = 1970, month = 1, day = 1;
};

// "2026-12-01" -> Date; false for anything else (including 2026-02-30).
bool ParseIsoDate(const std::string& text, Date* out);
std::string FormatIsoDate(const Date& d);
// "14 March 2027"
std::string FormatLongDate(const Date& d);
// "14 Mar 2027", or "14 Mar" without the year (chart labels).
std::string FormatShortDate(const Date& d, bool with_year = true);
Date DateFromUnixMs(int64_t ms);
int64_t DaysFromCivil(const Date& d);  // days since 1970-01-01
Date CivilFromDays(int64_t days);
int Weekday(const Date& d);  // 0 = Monday .. 6 = Sunday
// The date `working_days` working days after `start` (fractions round up:
// work that ends part-way through a day ends that day). A start on a weekend
// counts from the next Monday.
Date AddWorkingDays(const Date& start, double working_days);

}  // namespace mlt
