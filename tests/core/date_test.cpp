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

}  // namespace
}  // namespace stride::core
