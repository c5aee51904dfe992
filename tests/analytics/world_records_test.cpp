// Table tests of the world-record table: interpolation in log(distance)–log(time) between records,
// the shortest and longest records' speeds outside the table, and every table create() refuses.

#include "stride/analytics/world_records.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace stride::analytics {
namespace {

// Two round records: 1 km in 150 s and 10 km in 1800 s (exponent ln 12 / ln 10 = 1.0792).
WorldRecordTable two_records() {
  auto table = WorldRecordTable::create({{"1 km", 1000, 150, "A"}, {"10 km", 10000, 1800, "B"}}, 1, "records.json");
  EXPECT_TRUE(table) << table.error().describe();
  return std::move(*table);
}

struct FastestCase {
  const char* name;
  double distance_m;
  double expected_s;
};

class FastestTime : public ::testing::TestWithParam<FastestCase> {};

TEST_P(FastestTime, FollowsTheRecords) {
  EXPECT_NEAR(two_records().fastest_time_s(GetParam().distance_m), GetParam().expected_s, 1e-6);
}

INSTANTIATE_TEST_SUITE_P(
    Table, FastestTime,
    ::testing::Values(
        FastestCase{"at_the_shorter_record", 1000, 150}, FastestCase{"at_the_longer_record", 10000, 1800},
        // At the geometric mean of the distances, the geometric mean of the times: √(150 × 1800) = 519.615.
        FastestCase{"halfway_in_log_distance", std::sqrt(1000.0 * 10000.0), std::sqrt(150.0 * 1800.0)},
        // 5 km: 150 × 5^(ln 12 / ln 10) = 150 × e^(1.60944 × 1.07918) = 150 × 5.6804 = 852.06 s.
        FastestCase{"five_km", 5000, 150 * std::pow(5.0, std::log(12.0) / std::log(10.0))},
        FastestCase{"below_the_table_at_the_shortest_speed", 400, 60},
        FastestCase{"beyond_the_table_at_the_longest_speed", 500'000, 90'000},
        FastestCase{"no_distance", 0, 0}, FastestCase{"negative_distance", -5, 0}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

TEST(FastestTime, GrowsWithDistanceWhileTheSpeedFalls) {
  const auto table = two_records();
  double previous_time = 0;
  double previous_speed = 1e9;
  for (double metres = 100; metres < 200'000; metres *= 1.07) {
    const double time = table.fastest_time_s(metres);
    EXPECT_GT(time, previous_time) << metres;
    EXPECT_LE(metres / time, previous_speed + 1e-12) << metres;
    previous_time = time;
    previous_speed = metres / time;
  }
}

struct BrokenTable {
  const char* name;
  std::vector<WorldRecord> records;
  const char* expected;
};

class BrokenTableTest : public ::testing::TestWithParam<BrokenTable> {};

TEST_P(BrokenTableTest, IsCorruptNamingTheRecord) {
  const auto table = WorldRecordTable::create(GetParam().records, 1, "records.json");
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().code, core::ErrorCode::Corrupt);
  EXPECT_EQ(table.error().describe(), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BrokenTableTest,
    ::testing::Values(
        BrokenTable{"one_record", {{"1 km", 1000, 150, "A"}}, "records.json: $.records: needs at least two records"},
        BrokenTable{"unnamed", {{"1 km", 1000, 150, "A"}, {"", 2000, 320, "B"}},
                    "records.json: $.records[1]: the event has no name"},
        BrokenTable{"repeated", {{"1 km", 1000, 150, "A"}, {"1 km", 2000, 320, "B"}},
                    "records.json: $.records[1]: the event \"1 km\" is listed twice"},
        BrokenTable{"zero_time", {{"1 km", 1000, 0, "A"}, {"2 km", 2000, 320, "B"}},
                    "records.json: $.records[0]: 1 km: the distance and the time must be positive"},
        BrokenTable{"not_a_number", {{"1 km", 1000, 150, "A"}, {"2 km", 2000, std::nan(""), "B"}},
                    "records.json: $.records[1]: 2 km: the distance and the time must be positive"},
        BrokenTable{"out_of_order", {{"2 km", 2000, 320, "A"}, {"1 km", 1000, 150, "B"}},
                    "records.json: $.records[1]: 1 km is not longer than 2 km: records go from the shortest to the "
                    "longest"},
        BrokenTable{"faster_when_longer", {{"1 km", 1000, 150, "A"}, {"2 km", 2000, 300, "B"}},
                    "records.json: $.records[1]: 2 km is run as fast as or faster than the shorter 1 km on average; a "
                    "table of fastest times must slow down with distance"}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

}  // namespace
}  // namespace stride::analytics
