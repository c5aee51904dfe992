#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "stride/core/recorded_activity.hpp"

namespace stride::core {
namespace {

struct TimeCase {
  const char* text;
  std::optional<double> seconds;  // nullopt: invalid
};

class ParseUtcTimeTest : public ::testing::TestWithParam<TimeCase> {};

TEST_P(ParseUtcTimeTest, ReadsIso8601DateTimes) {
  const auto& c = GetParam();
  const auto parsed = parse_utc_time(c.text);
  ASSERT_EQ(parsed.has_value(), c.seconds.has_value()) << c.text;
  if (parsed) {
    EXPECT_DOUBLE_EQ(*parsed, *c.seconds) << c.text;
  }
}

constexpr double kCerknicaStart = 1281018239.0;  // 2010-08-05T14:23:59Z

INSTANTIATE_TEST_SUITE_P(
    Table, ParseUtcTimeTest,
    ::testing::Values(TimeCase{"2010-08-05T14:23:59Z", kCerknicaStart},
                      TimeCase{"2010-08-05T14:23:59", kCerknicaStart},  // no zone is UTC
                      TimeCase{"2010-08-05T16:23:59+02:00", kCerknicaStart},
                      TimeCase{"2010-08-05T08:53:59-05:30", kCerknicaStart},
                      TimeCase{"2010-08-06T00:23:59+10:00", kCerknicaStart},  // the day before in UTC
                      TimeCase{"2010-08-05T14:23:59.5Z", kCerknicaStart + 0.5},
                      TimeCase{"2016-04-02T17:26:09.000Z", 1459617969.0},
                      TimeCase{"2010-08-05T14:23:59.125+00:00", kCerknicaStart + 0.125},
                      TimeCase{"1970-01-01T00:00:00Z", 0.0},
                      TimeCase{"2024-02-29T00:00:00Z", 1709164800.0},
                      TimeCase{"1969-12-31T23:59:59Z", -1.0},
                      TimeCase{"", std::nullopt},
                      TimeCase{"2010-08-05", std::nullopt},
                      TimeCase{"2010-08-05 14:23:59Z", std::nullopt},
                      TimeCase{"2010-08-05t14:23:59Z", std::nullopt},
                      TimeCase{"2010-13-05T14:23:59Z", std::nullopt},
                      TimeCase{"2010-02-30T14:23:59Z", std::nullopt},
                      TimeCase{"2010-08-05T24:00:00Z", std::nullopt},
                      TimeCase{"2010-08-05T14:60:00Z", std::nullopt},
                      TimeCase{"2010-08-05T14:23:61Z", std::nullopt},
                      TimeCase{"2010-08-05T14:23Z", std::nullopt},
                      TimeCase{"2010-08-05T14:23:59.Z", std::nullopt},
                      TimeCase{"2010-08-05T14:23:59ZZ", std::nullopt},
                      TimeCase{"2010-08-05T14:23:59+0200", std::nullopt},
                      TimeCase{"2010-08-05T14:23:59+24:00", std::nullopt},
                      TimeCase{"2010-08-05T14:23:59 Z", std::nullopt},
                      TimeCase{"2010-8-05T14:23:59Z", std::nullopt},
                      TimeCase{"yesterday at noon", std::nullopt}));

TEST(FormatUtcTime, WritesIso8601InUtcRoundedToTheSecond) {
  EXPECT_EQ(format_utc_time(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_utc_time(kCerknicaStart), "2010-08-05T14:23:59Z");
  EXPECT_EQ(format_utc_time(kCerknicaStart + 0.4), "2010-08-05T14:23:59Z");
  EXPECT_EQ(format_utc_time(kCerknicaStart + 0.6), "2010-08-05T14:24:00Z");
  EXPECT_EQ(format_utc_time(1709164800.0 - 1), "2024-02-28T23:59:59Z");
  EXPECT_EQ(format_utc_time(-1), "1969-12-31T23:59:59Z");
}

TEST(FormatUtcTime, RoundTripsThroughParse) {
  for (const char* text : {"2010-08-05T14:23:59Z", "2024-02-29T12:00:00Z", "1999-12-31T23:59:59Z"}) {
    const auto parsed = parse_utc_time(text);
    ASSERT_TRUE(parsed) << text;
    EXPECT_EQ(format_utc_time(*parsed), text);
  }
}

TEST(UtcDate, IsTheCalendarDateInUtc) {
  EXPECT_EQ(format_iso_date(utc_date(kCerknicaStart)), "2010-08-05");
  EXPECT_EQ(format_iso_date(utc_date(-0.5)), "1969-12-31");
}

}  // namespace
}  // namespace stride::core
