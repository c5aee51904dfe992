// The status as it should read on any day: this week against the same days of last week, form in
// bands, each piece of advice said once, and concrete swaps after pain of 5/10 or more or rising
// pain (docs/load.md, "What `stride status` adds"). Table tests against the in-memory store and the
// pure functions behind the status.
#include <gtest/gtest.h>

#include <algorithm>

#include <cmath>

#include "example_files.hpp"
#include "stride/analytics/week_comparison.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/planning/pain_swaps.hpp"
#include "stride/service/athlete_plan.hpp"
#include "stride/service/athletes.hpp"
#include "stride/service/status.hpp"
#include "stride/service/training_log.hpp"
#include "stride/storage/memory_store.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

using core::Date;
using testing::read_example;

Date date(int year, unsigned month, unsigned day) { return testing::calendar_date(year, month, day); }

core::Activity run_on(Date day, double km, double minutes = 50, double rpe = 5) {
  core::Activity activity;
  activity.date = day;
  activity.sport = core::Sport::Run;
  activity.duration_min = minutes;
  activity.distance_km = km;
  activity.rpe = rpe;
  return activity;
}

core::Activity strength_on(Date day) {
  core::Activity activity;
  activity.date = day;
  activity.sport = core::Sport::Strength;
  activity.duration_min = 30;
  activity.rpe = 6;
  return activity;
}

core::PainReport pain_on(Date day, int score, core::PainTiming when, core::InjuryRegion region = core::InjuryRegion::Knee,
                         core::Side side = core::Side::Left) {
  return core::PainReport{day, region, side, score, when};
}

// ---- This week against the same days of last week ----

// Last week (Mon 2026-11-23 to Sun 11-29): 10 km on Tue, 8 on Wed, 18 on Sat, 8 on Sun.
// This week: 11 km on Tue, 7 on Wed, 19 on Sat, 8 on Sun; loads 50 min × RPE 5 = 250 each.
core::TrainingLog two_weeks() {
  core::TrainingLog log;
  for (const auto& [day, km] : std::vector<std::pair<unsigned, double>>{{24, 10}, {25, 8}, {28, 18}, {29, 8}}) {
    log.activities.push_back(run_on(date(2026, 11, day), km));
  }
  log.activities.push_back(run_on(date(2026, 12, 1), 11));
  log.activities.push_back(run_on(date(2026, 12, 2), 7));
  log.activities.push_back(run_on(date(2026, 12, 5), 19));
  log.activities.push_back(run_on(date(2026, 12, 6), 8));
  return log;
}

struct ComparisonCase {
  std::string name;
  Date today;
  bool logged_today;  // false: today's activities are not logged yet
  bool compared;      // false: a Monday with nothing logged yet
  Date this_from, this_to, last_from, last_to;
  double this_km, last_km;
  std::optional<double> distance_change_pct;
};

TEST(StatusWeekComparison, ComparesLikeForLikeDaysOnEveryWeekday) {
  const std::vector<ComparisonCase> cases{
      {"Monday morning: nothing to compare, never -100 %", date(2026, 11, 30), false, false, {}, {}, {}, {}, 0, 0,
       std::nullopt},
      {"Tuesday, the workout logged: Mon-Tue vs Mon-Tue", date(2026, 12, 1), true, true, date(2026, 11, 30),
       date(2026, 12, 1), date(2026, 11, 23), date(2026, 11, 24), 11, 10, 10.0},
      {"Wednesday before the run: Mon-Tue", date(2026, 12, 2), false, true, date(2026, 11, 30), date(2026, 12, 1),
       date(2026, 11, 23), date(2026, 11, 24), 11, 10, 10.0},
      {"Wednesday after the run: Mon-Wed", date(2026, 12, 2), true, true, date(2026, 11, 30), date(2026, 12, 2),
       date(2026, 11, 23), date(2026, 11, 25), 18, 18, 0.0},
      {"Friday, a rest day: Mon-Thu", date(2026, 12, 4), true, true, date(2026, 11, 30), date(2026, 12, 3),
       date(2026, 11, 23), date(2026, 11, 26), 18, 18, 0.0},
      {"Sunday after the run: the whole weeks", date(2026, 12, 6), true, true, date(2026, 11, 30), date(2026, 12, 6),
       date(2026, 11, 23), date(2026, 11, 29), 45, 44, 100.0 / 44},
  };
  for (const auto& row : cases) {
    SCOPED_TRACE(row.name);
    core::TrainingLog log = two_weeks();
    std::erase_if(log.activities, [&](const core::Activity& activity) {
      return activity.date > row.today || (!row.logged_today && activity.date == row.today);
    });
    const bool anything_today = std::any_of(log.activities.begin(), log.activities.end(),
                                            [&](const core::Activity& activity) { return activity.date == row.today; });
    const auto comparison = analytics::compare_week_to_date(log, row.today);
    EXPECT_EQ(comparison.today_counted, anything_today);
    EXPECT_EQ(comparison.last_whole_week.from, core::add_days(core::monday_of(row.today), -7));
    EXPECT_EQ(comparison.last_whole_week.to, core::add_days(core::monday_of(row.today), -1));
    EXPECT_DOUBLE_EQ(comparison.last_whole_week.run_distance_km, 44);
    ASSERT_EQ(comparison.this_week.has_value(), row.compared);
    ASSERT_EQ(comparison.last_week.has_value(), row.compared);
    if (!row.compared) {
      EXPECT_FALSE(comparison.distance_change_pct.has_value());
      EXPECT_FALSE(comparison.load_change_pct.has_value());
      continue;
    }
    EXPECT_EQ(comparison.this_week->from, row.this_from);
    EXPECT_EQ(comparison.this_week->to, row.this_to);
    EXPECT_EQ(comparison.last_week->from, row.last_from);
    EXPECT_EQ(comparison.last_week->to, row.last_to);
    EXPECT_DOUBLE_EQ(comparison.this_week->run_distance_km, row.this_km);
    EXPECT_DOUBLE_EQ(comparison.last_week->run_distance_km, row.last_km);
    ASSERT_EQ(comparison.distance_change_pct.has_value(), row.distance_change_pct.has_value());
    if (row.distance_change_pct) {
      EXPECT_NEAR(*comparison.distance_change_pct, *row.distance_change_pct, 1e-9);
    }
  }
}

TEST(StatusWeekComparison, NoChangeAgainstDaysWithoutDistanceOrLoad) {
  core::TrainingLog log;
  log.activities.push_back(strength_on(date(2026, 11, 24)));      // last Tuesday: load, no distance
  log.activities.push_back(run_on(date(2026, 12, 1), 10));         // this Tuesday
  const auto comparison = analytics::compare_week_to_date(log, date(2026, 12, 1));
  ASSERT_TRUE(comparison.this_week.has_value());
  EXPECT_FALSE(comparison.distance_change_pct.has_value());
  ASSERT_TRUE(comparison.load_change_pct.has_value());
  EXPECT_NEAR(*comparison.load_change_pct, (250.0 - 180.0) / 180.0 * 100, 1e-9);
}

// ---- Form in bands ----

// A series whose corrected CTL and ATL yesterday are `fitness` and `fatigue`, with `days` of log
// before today.
std::vector<analytics::DailyLoad> series_with(double fitness, double fatigue, int days) {
  std::vector<analytics::DailyLoad> daily(static_cast<std::size_t>(days) + 1);
  auto& yesterday = daily[daily.size() - 2];
  yesterday.ctl = fitness * (1 - std::pow(41.0 / 42.0, days));
  yesterday.atl = fatigue * (1 - std::pow(6.0 / 7.0, days));
  return daily;
}

TEST(StatusForm, BandsAtTheirThresholds) {
  struct Row {
    double fatigue;  // against a fitness of 100
    double percent;
    analytics::FormBand band;
  };
  using analytics::FormBand;
  const std::vector<Row> rows{
      {60, 40, FormBand::VeryFresh},   {74.9, 25.1, FormBand::VeryFresh}, {75, 25, FormBand::Fresh},
      {94.9, 5.1, FormBand::Fresh},    {95, 5, FormBand::Neutral},         {100, 0, FormBand::Neutral},
      {110, -10, FormBand::Neutral},   {110.1, -10.1, FormBand::Tired},    {130, -30, FormBand::Tired},
      {130.1, -30.1, FormBand::VeryTired}, {200, -100, FormBand::VeryTired},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.fatigue);
    const auto form = analytics::form_of(series_with(100, row.fatigue, 200));
    ASSERT_TRUE(form.has_value());
    EXPECT_NEAR(form->percent, row.percent, 1e-9);
    EXPECT_EQ(form->band, row.band);
    EXPECT_FALSE(form->short_log);
  }
}

TEST(StatusForm, NeedsAWeekOfLogAndSomeFitness) {
  EXPECT_FALSE(analytics::form_of(series_with(100, 100, 6)).has_value());
  const auto week = analytics::form_of(series_with(100, 100, 7));
  ASSERT_TRUE(week.has_value());
  EXPECT_TRUE(week->short_log);
  EXPECT_EQ(week->days, 7);
  EXPECT_FALSE(analytics::form_of(series_with(0.5, 0.5, 30)).has_value());
  EXPECT_TRUE(analytics::form_of(series_with(100, 100, 125))->short_log);
  EXPECT_FALSE(analytics::form_of(series_with(100, 100, 126))->short_log);
}

// Steady training from the first logged day is neither rested nor tired, although CTL's zero start
// leaves the uncorrected TSB deep below CTL for weeks.
TEST(StatusForm, SteadyTrainingReadsNeutralFromTheFirstWeeks) {
  core::TrainingLog log;
  const Date first = date(2026, 10, 1);
  for (int day = 0; day < 42; ++day) log.activities.push_back(run_on(core::add_days(first, day), 8, 50, 5));
  const auto load = analytics::compute_load(log, core::add_days(first, 41));
  const auto& today = load.daily.back();
  EXPECT_LT(today.tsb / today.ctl * 100, -30) << "the plain ratio reads very tired";
  const auto form = analytics::form_of(load.daily);
  ASSERT_TRUE(form.has_value());
  EXPECT_NEAR(form->percent, 0, 1e-6);
  EXPECT_EQ(form->band, analytics::FormBand::Neutral);
}

// ---- Status on stored runners: advice once, swaps after pain ----

class StatusOfAna : public ::testing::Test {
 protected:
  void SetUp() override {
    auto id = add_athlete(store, *documents::decode_athlete(read_example("athlete.json"), "athlete.json"));
    ASSERT_TRUE(id.has_value());
    athlete = *id;
    AthletePlanRequest request;
    request.athlete = athlete;
    request.calendar = *documents::decode_running_calendar(read_example("runs.json"), "runs.json");
    request.start = date(2026, 11, 23);
    request.today = date(2026, 11, 23);
    ASSERT_TRUE(plan_for_athlete(testing::shipped_catalog(), store, request).has_value());
  }

  // Logs `entries` on `today` (entries after it would be refused).
  void log(core::TrainingLog entries, Date today) {
    const auto logged = log_entries(testing::shipped_catalog(), store, athlete, entries, "log.json", today);
    ASSERT_TRUE(logged.has_value()) << logged.error().describe();
  }

  StatusReport status_on(Date today) {
    auto report = status(testing::shipped_catalog(), store, athlete, today);
    EXPECT_TRUE(report.has_value()) << report.error().describe();
    return *report;
  }

  storage::MemoryStore store;
  core::AthleteId athlete;
};

std::size_t count_topic(const StatusReport& report, AdviceTopic topic) {
  return static_cast<std::size_t>(std::count_if(report.advice.begin(), report.advice.end(),
                                                [&](const Advice& advice) { return advice.topic == topic; }));
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

TEST_F(StatusOfAna, PainAndRisingPainGiveOneAdviceForEveryPlace) {
  core::TrainingLog entries;
  entries.pain = {pain_on(date(2026, 12, 4), 3, core::PainTiming::NextMorning, core::InjuryRegion::AchillesCalf,
                          core::Side::Right),
                  pain_on(date(2026, 12, 6), 5, core::PainTiming::NextMorning, core::InjuryRegion::AchillesCalf,
                          core::Side::Right),
                  pain_on(date(2026, 12, 5), 6, core::PainTiming::After)};
  log(entries, date(2026, 12, 7));
  const auto report = status_on(date(2026, 12, 7));
  ASSERT_EQ(report.flags.size(), 3u);  // pain (knee), pain and pain_rising (Achilles)
  ASSERT_EQ(count_topic(report, AdviceTopic::Pain), 1u);
  const auto& advice = report.advice.front();
  EXPECT_EQ(advice.answers, (std::vector<std::string>{"pain", "pain_rising"}));
  EXPECT_NE(advice.text.find("Left knee 6/10 after training on 2026-12-05"), std::string::npos) << advice.text;
  EXPECT_NE(advice.text.find("right Achilles/calf 5/10 the next morning on 2026-12-06, up from 3/10 on 2026-12-04"),
            std::string::npos)
      << advice.text;
  EXPECT_EQ(occurrences(advice.text, "physiotherapist or doctor"), 1u) << advice.text;
  EXPECT_EQ(occurrences(advice.text, "Silbernagel 2007"), 1u) << advice.text;
  EXPECT_NE(advice.text.find("Stride does not diagnose"), std::string::npos);
  for (const auto& flag : report.flags) {
    for (const auto& item : report.advice) EXPECT_EQ(item.text.find(flag.message()), std::string::npos);
  }
}

TEST_F(StatusOfAna, LoadFlagsThatAskTheSameShareOneAdvice) {
  // Four weeks of a 10 km Monday run, then 10 km on Monday and 15 km on Thursday: a single-run spike
  // (+50 % on the 30-day longest) and a weekly jump (+150 %) on the same day.
  core::TrainingLog entries;
  const Date first = date(2026, 10, 26);  // a Monday
  for (int week = 0; week < 5; ++week) entries.activities.push_back(run_on(core::add_days(first, 7 * week), 10));
  entries.activities.push_back(run_on(core::add_days(first, 31), 15));
  log(entries, core::add_days(first, 33));
  const auto report = status_on(core::add_days(first, 33));
  const auto has = [&](std::string_view code) {
    return std::any_of(report.flags.begin(), report.flags.end(), [&](const auto& flag) { return flag.code() == code; });
  };
  EXPECT_TRUE(has("single_run_spike"));
  EXPECT_TRUE(has("weekly_distance_jump"));
  ASSERT_EQ(count_topic(report, AdviceTopic::LoadRise), 1u);
  EXPECT_EQ(count_topic(report, AdviceTopic::Pain), 0u);
  EXPECT_FALSE(report.swaps.has_value());
}

TEST_F(StatusOfAna, MonotonyInTwoWeeksIsAdvisedOnce) {
  // Two weeks of six alike days and one rest day: monotony about 2.45 in both.
  core::TrainingLog entries;
  const Date first = date(2026, 11, 23);
  for (int day = 0; day < 14; ++day) {
    if (day % 7 != 6) entries.activities.push_back(run_on(core::add_days(first, day), 8, 40, 5));
  }
  log(entries, core::add_days(first, 14));
  const auto report = status_on(core::add_days(first, 14));
  EXPECT_EQ(std::count_if(report.flags.begin(), report.flags.end(),
                          [](const auto& flag) { return flag.code() == "monotony_high"; }),
            2);
  EXPECT_EQ(count_topic(report, AdviceTopic::Monotony), 1u);
}

struct PainCase {
  std::string name;
  std::vector<core::PainReport> pain;
  Date today;
  bool swaps;
  planning::SwapLevel level = planning::SwapLevel::Reduce;
};

// One row's runner: Ana planned from 2026-11-23, with the row's log.
class StatusOfAnaRow : public StatusOfAna {
 public:
  StatusReport status_after(const core::TrainingLog& entries, Date today) {
    SetUp();
    log(entries, today);
    return status_on(today);
  }
  void TestBody() override {}
};

TEST(StatusOfAnaTable, SwapsFollowTheLatestPainOfEachPlace) {
  using core::PainTiming;
  const Date monday = date(2026, 12, 7);
  const std::vector<PainCase> cases{
      {"pain of 5/10", {pain_on(date(2026, 12, 6), 5, PainTiming::After)}, monday, true},
      {"pain of 4/10, not rising", {pain_on(date(2026, 12, 6), 4, PainTiming::After)}, monday, false},
      {"rising next-morning pain below 5",
       {pain_on(date(2026, 12, 4), 2, PainTiming::After), pain_on(date(2026, 12, 6), 4, PainTiming::NextMorning)},
       monday,
       true},
      {"rising pain reported during a run does not count as rising",
       {pain_on(date(2026, 12, 4), 2, PainTiming::After), pain_on(date(2026, 12, 6), 4, PainTiming::During)},
       monday,
       false},
      {"settled: 6/10, then 2/10",
       {pain_on(date(2026, 12, 4), 6, PainTiming::After), pain_on(date(2026, 12, 6), 2, PainTiming::NextMorning)},
       monday,
       false},
      {"older than 7 days", {pain_on(date(2026, 11, 30), 6, PainTiming::After)}, monday, false},
      {"the 7th day back", {pain_on(date(2026, 12, 1), 6, PainTiming::After)}, monday, true},
      {"7/10: rest", {pain_on(date(2026, 12, 6), 7, PainTiming::After)}, monday, true, planning::SwapLevel::Rest},
      {"another place settling does not hide a painful one",
       {pain_on(date(2026, 12, 5), 6, PainTiming::After),
        pain_on(date(2026, 12, 6), 2, PainTiming::NextMorning, core::InjuryRegion::Hip)},
       monday,
       true},
  };
  for (const auto& row : cases) {
    SCOPED_TRACE(row.name);
    StatusOfAnaRow fresh;
    core::TrainingLog entries;
    entries.pain = row.pain;
    const auto report = fresh.status_after(entries, row.today);
    ASSERT_EQ(report.swaps.has_value(), row.swaps);
    if (!row.swaps) continue;
    EXPECT_EQ(report.swaps->swaps.level, row.level);
    EXPECT_EQ(report.swaps->swaps.from, row.today);
    EXPECT_EQ(report.swaps->swaps.to, core::add_days(row.today, 6));
    EXPECT_EQ(count_topic(report, AdviceTopic::Pain), 1u);
  }
}

TEST_F(StatusOfAna, PainOfFiveSwapsTheKeyRunsOfTheWeek) {
  core::TrainingLog entries;
  entries.pain = {pain_on(date(2026, 12, 6), 5, core::PainTiming::After)};
  log(entries, date(2026, 12, 7));
  const auto report = status_on(date(2026, 12, 7));  // Ana's Monday: Tue workout, Sat long 18 km
  ASSERT_TRUE(report.swaps.has_value());
  const auto& runs = report.swaps->swaps.runs;
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].date, date(2026, 12, 8));
  EXPECT_EQ(runs[0].action, planning::RunSwapAction::EasyOrRest);
  EXPECT_EQ(runs[0].instead, "easy, at most 30 min, or rest");
  EXPECT_EQ(runs[1].date, date(2026, 12, 12));
  EXPECT_EQ(runs[1].action, planning::RunSwapAction::Easy);
  EXPECT_EQ(runs[1].instead, "easy 9–12 km");
  // The plan began before the pain: a re-plan regresses the strength sessions.
  EXPECT_EQ(report.advice.front().action, service::AdviceAction::Replan);
  EXPECT_EQ(report.advice.front().text.find("stride "), std::string::npos) << "no command-line words in the service";
}

TEST_F(StatusOfAna, WhatIsLoggedTodayIsNotSwapped) {
  core::TrainingLog entries;
  entries.pain = {pain_on(date(2026, 12, 7), 5, core::PainTiming::NextMorning)};
  entries.activities = {run_on(date(2026, 12, 8), 5, 30, 3)};  // Tuesday's run, done easy already
  log(entries, date(2026, 12, 8));
  const auto report = status_on(date(2026, 12, 8));
  ASSERT_TRUE(report.swaps.has_value());
  for (const auto& run : report.swaps->swaps.runs) EXPECT_NE(run.date, date(2026, 12, 8));
}

// ---- The swap rules on hand-made plan days ----

core::PlannedRun planned(core::RunType type, std::optional<double> km = std::nullopt,
                         std::optional<int> minutes = std::nullopt) {
  core::PlannedRun run;
  run.type = type;
  if (km) run.distance = core::Kilometres{*km};
  if (minutes) run.duration = core::Minutes{*minutes};
  return run;
}

struct RunRule {
  std::string name;
  int score;
  int offset;  // days from today
  core::PlannedRun run;
  std::optional<planning::RunSwapAction> action;  // empty: not swapped
  std::string instead;
};

TEST(PainSwapRules, RunsByLevelAndDay) {
  using core::RunType;
  using planning::RunSwapAction;
  const Date today = date(2027, 2, 8);
  const std::vector<RunRule> rules{
      {"reduce, day 1: a workout without figures", 5, 1, planned(RunType::Workout), RunSwapAction::EasyOrRest,
       "easy, at most 30 min, or rest"},
      {"reduce, day 2: a long run halves", 6, 2, planned(RunType::Long, 18), RunSwapAction::EasyOrRest,
       "easy, at most 9 km, or rest"},
      {"reduce, day 0: a timed workout halves", 5, 0, planned(RunType::Workout, std::nullopt, 60),
       RunSwapAction::EasyOrRest, "easy, at most 30 min, or rest"},
      {"reduce, day 1: easy runs stay", 5, 1, planned(RunType::Easy, 8), std::nullopt, ""},
      {"reduce, day 5: a long run to half to two thirds", 5, 5, planned(RunType::Long, 18), RunSwapAction::Easy,
       "easy 9–12 km"},
      {"reduce, day 3: a workout becomes an easy run", 5, 3, planned(RunType::Workout), RunSwapAction::Easy,
       "an easy run (no intervals, tempo or hills)"},
      {"reduce, day 4: a timed workout", 5, 4, planned(RunType::Workout, std::nullopt, 60), RunSwapAction::Easy,
       "easy 30–40 min (no intervals, tempo or hills)"},
      {"reduce, day 6: a race only once settled", 5, 6, planned(RunType::Race, 10), RunSwapAction::RaceIfSettled,
       "race only if the next-morning pain is back to 3/10 or less and not rising; else easy 5–6 km, or rest"},
      {"reduce, short runs round to half kilometres", 5, 4, planned(RunType::Long, 5), RunSwapAction::Easy,
       "easy 2.5–3 km"},
      {"rest, day 0: an easy run becomes rest", 7, 0, planned(RunType::Easy, 8), RunSwapAction::Rest,
       "rest (walk or cross-train only if it is pain-free)"},
      {"rest, day 2: a long run becomes rest", 8, 2, planned(RunType::Long, 18), RunSwapAction::Rest,
       "rest (walk or cross-train only if it is pain-free)"},
      {"rest, day 3: an easy run halves", 7, 3, planned(RunType::Easy, 8), RunSwapAction::EasyOrRest,
       "easy, at most 4 km, or rest"},
      {"rest, day 5: a long run halves", 7, 5, planned(RunType::Long, 18), RunSwapAction::EasyOrRest,
       "easy, at most 9 km, or rest"},
      {"rest days and cross-training are never swapped", 9, 0, planned(RunType::Cross), std::nullopt, ""},
      {"day 7 is outside the window", 9, 7, planned(RunType::Long, 18), std::nullopt, ""},
  };
  for (const auto& rule : rules) {
    SCOPED_TRACE(rule.name);
    const core::PlanDay day{core::add_days(today, rule.offset), rule.run, {}};
    const planning::SwapTrigger trigger{today, rule.score, {core::InjuryRegion::Knee}};
    const auto swaps = planning::pain_swaps({day}, trigger, testing::shipped_catalog().library);
    ASSERT_EQ(swaps.runs.size(), rule.action ? 1u : 0u);
    if (!rule.action) continue;
    EXPECT_EQ(swaps.runs[0].action, *rule.action);
    EXPECT_EQ(swaps.runs[0].instead, rule.instead);
  }
}

core::Prescription item(std::string exercise, core::Role role, std::optional<int> contacts = std::nullopt) {
  core::Prescription prescription;
  prescription.exercise = std::move(exercise);
  prescription.role = role;
  prescription.contacts = contacts;
  return prescription;
}

core::Prescription hold(std::string exercise, core::Role role) {
  auto prescription = item(std::move(exercise), role);
  prescription.hold_seconds = 45;
  return prescription;
}

core::PlanDay session_day(Date day) {
  core::PlannedSession session;
  session.id = core::format_iso_date(day) + "-a";
  session.title = "Power A";
  session.blocks.push_back(core::Block{"main",
                                       1,
                                       {hold("wall_sit", core::Role::Rehab), item("skipping_b_skip", core::Role::Plyometric, 5),
                                        item("goblet_squat_dumbbell", core::Role::Strength),
                                        item("lateral_lunge", core::Role::Strength), item("doorway_row", core::Role::Strength),
                                        item("foam_roll_hamstrings", core::Role::Inhibit)}});
  return core::PlanDay{day, std::nullopt, {session}};
}

TEST(PainSwapRules, SessionsSkipJumpsAndWhatLoadsThePainKeepTheRehab) {
  const Date today = date(2027, 2, 8);
  const auto& library = testing::shipped_catalog().library;
  struct Row {
    std::string name;
    int score;
    int offset;
    std::vector<std::string> skip;
  };
  const std::vector<Row> rows{
      {"reduce: jumps and what loads the knee", 5, 2, {"skipping_b_skip", "goblet_squat_dumbbell"}},
      {"rest, days 0-2: every lower-body lift too", 7, 2, {"skipping_b_skip", "goblet_squat_dumbbell", "lateral_lunge"}},
      {"rest, days 3-6: as reduce", 7, 3, {"skipping_b_skip", "goblet_squat_dumbbell"}},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.name);
    const planning::SwapTrigger trigger{today, row.score, {core::InjuryRegion::Knee}};
    const auto swaps = planning::pain_swaps({session_day(core::add_days(today, row.offset))}, trigger, library);
    ASSERT_EQ(swaps.sessions.size(), 1u);
    EXPECT_EQ(swaps.sessions[0].skip, row.skip);
    EXPECT_EQ(swaps.sessions[0].keep, std::vector<std::string>{"wall_sit"});
    EXPECT_NE(swaps.sessions[0].instead.find("keep the rehab: Wall sit"), std::string::npos) << swaps.sessions[0].instead;
  }
  const planning::SwapTrigger rest{today, 7, {core::InjuryRegion::Knee}};
  const auto swaps = planning::pain_swaps({session_day(today)}, rest, library);
  EXPECT_EQ(swaps.sessions[0].instead,
            "skip the jumps and impact (B-skip), what loads the painful area (Goblet squat with dumbbell) and the "
            "other lower-body lifts for now (Lateral lunge); keep the rehab: Wall sit; the rest as planned");
  // Slow heavy rehab loading of the painful area waits; only the isometric holds are kept.
  auto slow_day = session_day(today);
  slow_day.sessions[0].blocks[0].items[0] = item("split_squat", core::Role::Rehab);
  slow_day.sessions[0].blocks[0].items[0].reps = 10;
  const auto slow = planning::pain_swaps({slow_day}, rest, library);
  EXPECT_TRUE(slow.sessions[0].keep.empty());
  EXPECT_NE(slow.sessions[0].instead.find("what loads the painful area (Split squat, "), std::string::npos)
      << slow.sessions[0].instead;
  EXPECT_NE(std::ranges::find(slow.sessions[0].skip, "split_squat"), slow.sessions[0].skip.end());
}

}  // namespace
}  // namespace stride::service
