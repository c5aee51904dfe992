// Table tests of the entries a careful app refuses (docs/input-checks.md): activities of 0 minutes,
// runs faster than the world records allow, races without a distance, entries and assessments
// dated after today. Each refused case names the JSON path and the problem; the accepted cases
// next to them show where the line lies.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "example_files.hpp"
#include "stride/service/input_checks.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

using testing::calendar_date;

const core::Date kToday = calendar_date(2026, 12, 7);

core::Activity run(double minutes, std::optional<double> kilometres, bool race = false) {
  core::Activity activity;
  activity.date = kToday;
  activity.sport = core::Sport::Run;
  activity.duration_min = minutes;
  activity.distance_km = kilometres;
  activity.rpe = 5;
  activity.race = race;
  return activity;
}

core::Activity with_sport(core::Activity activity, core::Sport sport) {
  activity.sport = sport;
  return activity;
}

core::Activity on(core::Activity activity, core::Date date) {
  activity.date = date;
  return activity;
}

struct RefusedCase {
  const char* name;
  core::TrainingLog entries;
  const char* path;     // empty: accepted
  const char* message;  // the start of the problem
};

core::TrainingLog activities(std::vector<core::Activity> list) { return core::TrainingLog{std::move(list), {}}; }

core::TrainingLog pain_on(core::Date date) {
  return core::TrainingLog{{}, {core::PainReport{date, core::InjuryRegion::Knee, core::Side::Left, 3,
                                                 core::PainTiming::After}}};
}

class LogEntryCheck : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(LogEntryCheck, RefusesWhatCannotBeTrueNamingTheField) {
  const auto checked =
      check_log_entries(testing::shipped_catalog().world_records, GetParam().entries, "log.json", kToday);
  if (std::string(GetParam().path).empty()) {
    EXPECT_TRUE(checked) << checked.error().describe();
    return;
  }
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(checked.error().source, "log.json");
  EXPECT_EQ(checked.error().path, GetParam().path);
  EXPECT_TRUE(checked.error().message.starts_with(GetParam().message)) << checked.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, LogEntryCheck,
    ::testing::Values(
        RefusedCase{"run_of_zero_minutes", activities({run(0, 5)}), "$.activities[0].duration_min",
                    "must be more than 0 minutes"},
        RefusedCase{"strength_of_zero_minutes", activities({run(40, 8), with_sport(run(0, {}), core::Sport::Strength)}),
                    "$.activities[1].duration_min", "must be more than 0 minutes"},
        RefusedCase{"ten_k_in_twenty_minutes", activities({run(20, 10)}), "$.activities[0]",
                    "10 km in 20:00 is faster than anyone has run that far: the world records allow no less than "
                    "26:11 (2:37 per km); check the distance and the duration"},
        RefusedCase{"five_hundred_km_in_thirty_minutes", activities({run(30, 500)}), "$.activities[0]",
                    "500 km in 30:00 is faster than anyone has run that far: the world records allow no less than "
                    "30:27:55 (3:39 per km)"},
        RefusedCase{"marathon_under_two_hours", activities({run(119, 42.195)}), "$.activities[0]",
                    "42.2 km in 1:59:00 is faster"},
        RefusedCase{"a_kilometre_in_two_minutes", activities({run(2, 1)}), "$.activities[0]", "1 km in 2:00"},
        RefusedCase{"race_beating_the_record", activities({run(11, 5, true)}), "$.activities[0]",
                    "a race of 5 km in 11:00 is faster than anyone has run that far"},
        RefusedCase{"race_without_distance", activities({run(45, std::nullopt, true)}), "$.activities[0].distance_km",
                    "required for a race"},
        RefusedCase{"race_of_zero_km", activities({run(45, 0, true)}), "$.activities[0].distance_km",
                    "a race covers more than 0 km"},
        RefusedCase{"run_dated_tomorrow", activities({on(run(40, 8), calendar_date(2026, 12, 8))}),
                    "$.activities[0].date",
                    "2026-12-08 is after today (2026-12-07): only what has happened can be logged"},
        RefusedCase{"pain_dated_next_year", pain_on(calendar_date(2027, 1, 2)), "$.pain[0].date",
                    "2027-01-02 is after today (2026-12-07)"},
        RefusedCase{"ten_k_a_second_slower_than_the_record", activities({run(1572.0 / 60.0, 10)}), "", ""},
        RefusedCase{"ten_k_in_forty_minutes", activities({run(40, 10)}), "", ""},
        RefusedCase{"a_race_in_good_time", activities({run(21.5, 5, true)}), "", ""},
        RefusedCase{"run_without_distance", activities({run(40, std::nullopt)}), "", ""},
        RefusedCase{"run_of_zero_km", activities({run(40, 0)}), "", ""},
        RefusedCase{"ride_is_not_judged_by_running_records", activities({with_sport(run(60, 40), core::Sport::Cross)}),
                    "", ""},
        RefusedCase{"run_dated_today", activities({run(40, 8)}), "", ""},
        RefusedCase{"pain_dated_today", pain_on(kToday), "", ""}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

TEST(LogEntryCheck, WithoutTodayDatesAreNotChecked) {
  const auto entries = activities({on(run(40, 8), calendar_date(2030, 1, 1))});
  EXPECT_TRUE(check_log_entries(testing::shipped_catalog().world_records, entries, "log.json", std::nullopt));
  EXPECT_FALSE(check_log_entries(testing::shipped_catalog().world_records, entries, "log.json", kToday));
}

TEST(AssessmentDateCheck, RefusesAScreenDatedAfterToday) {
  core::Assessment assessment;
  EXPECT_TRUE(check_assessment_date(assessment, kToday, "assessment.json")) << "no date: nothing to check";
  assessment.date = kToday;
  EXPECT_TRUE(check_assessment_date(assessment, kToday, "assessment.json"));
  assessment.date = calendar_date(2026, 12, 8);
  const auto checked = check_assessment_date(assessment, kToday, "assessment.json");
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().describe(),
            "assessment.json: $.date: 2026-12-08 is after today (2026-12-07): an assessment records a screen that has "
            "taken place");
}

}  // namespace
}  // namespace stride::service
