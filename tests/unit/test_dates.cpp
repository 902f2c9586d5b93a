#include <doctest/doctest.h>

#include "model/dates.h"

using namespace mlt;

TEST_CASE("ISO dates parse strictly and round-trip") {
  Date d;
  REQUIRE(ParseIsoDate("2026-12-01", &d));
  CHECK(FormatIsoDate(d) == "2026-12-01");
  CHECK(FormatLongDate(d) == "1 December 2026");
  CHECK_FALSE(ParseIsoDate("2026-02-30", &d));
  CHECK_FALSE(ParseIsoDate("2026-13-01", &d));
  CHECK_FALSE(ParseIsoDate("26-12-01", &d));
  CHECK_FALSE(ParseIsoDate("2026-12-01x", &d));
  CHECK(Weekday(Date{2026, 11, 27}) == 4);  // a Friday
  CHECK(FormatIsoDate(DateFromUnixMs(0)) == "1970-01-01");
}

TEST_CASE("working days skip weekends") {
  Date mon{2026, 11, 30};  // Monday
  CHECK(FormatIsoDate(AddWorkingDays(mon, 1)) == "2026-11-30");   // one day of work ends the same day
  CHECK(FormatIsoDate(AddWorkingDays(mon, 5)) == "2026-12-04");   // Friday
  CHECK(FormatIsoDate(AddWorkingDays(mon, 6)) == "2026-12-07");   // next Monday
  CHECK(FormatIsoDate(AddWorkingDays(mon, 5.2)) == "2026-12-07");
  CHECK(FormatIsoDate(AddWorkingDays(mon, 10)) == "2026-12-11");
  CHECK(FormatIsoDate(AddWorkingDays(Date{2026, 11, 28}, 1)) == "2026-11-30");  // Saturday start -> Monday
  CHECK(FormatIsoDate(AddWorkingDays(mon, 0)) == "2026-11-30");
}
