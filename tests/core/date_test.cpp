#include <gtest/gtest.h>

#include "stride/core/date.hpp"

namespace stride::core {
namespace {

struct DateCase {
  const char* text;
  bool valid;
};

class IsoDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(IsoDateTest, ParsesOnlyRealCalendarDates) {
  const auto& c = GetParam();
  auto parsed = parse_iso_date(c.text);
  EXPECT_EQ(parsed.has_value(), c.valid) << c.text;
  if (parsed) {
    EXPECT_EQ(format_iso_date(*parsed), c.text);
  }
}

INSTANTIATE_TEST_SUITE_P(Table, IsoDateTest,
                         ::testing::Values(DateCase{"2026-11-21", true}, DateCase{"2024-02-29", true},
                                           DateCase{"2026-02-29", false}, DateCase{"2026-13-01", false},
                                           DateCase{"2026-00-10", false}, DateCase{"2026-1-01", false},
                                           DateCase{"26-11-21", false}, DateCase{"2026/11/21", false},
                                           DateCase{"2026-11-2x", false}, DateCase{"", false},
                                           DateCase{"+026-11-21", false}));

// A date has an ISO form exactly when it is real and format_iso_date's text parses back to it.
TEST(IsoDate, HasAnIsoFormExactlyWhenItsTextReadsBack) {
  using std::chrono::day;
  using std::chrono::month;
  using std::chrono::year;
  const struct {
    Date date;
    bool has_form;
  } cases[] = {
      {Date{year{1}, month{1}, day{1}}, true},       {Date{year{9999}, month{12}, day{31}}, true},
      {Date{year{2024}, month{2}, day{29}}, true},   {Date{year{0}, month{6}, day{1}}, false},
      {Date{year{10000}, month{1}, day{1}}, false},  {Date{year{-5}, month{1}, day{1}}, false},
      {Date{year{2026}, month{2}, day{30}}, false},  {Date{year{2026}, month{13}, day{1}}, false},
  };
  for (const auto& entry : cases) {
    EXPECT_EQ(has_iso_form(entry.date), entry.has_form) << format_iso_date(entry.date);
    if (entry.has_form) {
      EXPECT_EQ(parse_iso_date(format_iso_date(entry.date)), entry.date);
    }
  }
}

TEST(IsoMonth, ParsesYearAndMonth) {
  auto parsed = parse_iso_month("2025-06");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(format_iso_date(*parsed), "2025-06-01");
  EXPECT_FALSE(parse_iso_month("2025-13"));
  EXPECT_FALSE(parse_iso_month("2025-6"));
}

TEST(Weekday, WeeksStartOnMonday) {
  EXPECT_EQ(weekday_of(*parse_iso_date("2026-11-23")), Weekday::Monday);
  EXPECT_EQ(weekday_of(*parse_iso_date("2026-11-22")), Weekday::Sunday);
}

// Stepping a weekday agrees with the calendar: for two weeks and more across a month and a year
// end, next_weekday of a day's weekday is the next day's.
TEST(Weekday, NextWeekdayIsTheNextDaysWeekday) {
  const Date first = *parse_iso_date("2026-12-24");
  for (int offset = 0; offset < 20; ++offset) {
    const Date day = add_days(first, offset);
    EXPECT_EQ(next_weekday(weekday_of(day)), weekday_of(add_days(day, 1))) << format_iso_date(day);
  }
}

}  // namespace
}  // namespace stride::core
