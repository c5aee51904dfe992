// The adaptation rules of docs/adaptation.md on the example runner's real plan: pain regresses
// regions, a missed week repeats, load flags trim volume and logged sets set loads.
#include <gtest/gtest.h>

#include "stride/json/input_decoders.hpp"
#include "stride/planning/adaptation.hpp"
#include "stride/service/plan.hpp"
#include "example_files.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using core::Date;

Date date(int year, unsigned month, unsigned day) { return testing::calendar_date(year, month, day); }

using testing::read_example;

core::Athlete example_athlete() { return *json::decode_athlete(read_example("athlete.json"), "athlete.json"); }

core::Plan example_plan(Date start, const core::Athlete& athlete = example_athlete()) {
  service::PlanRequest request;
  request.athlete = athlete;
  request.calendar = *json::decode_running_calendar(read_example("runs.json"), "runs.json");
  request.start = start;
  auto plan = service::plan(testing::shipped_catalog(), request);
  EXPECT_TRUE(plan.has_value());
  return *plan;
}

core::PainReport pain(Date when, core::InjuryRegion region, int score,
                      core::PainTiming timing = core::PainTiming::During) {
  return core::PainReport{when, region, core::Side::Right, score, timing};
}

const Date kMonday = date(2026, 11, 23);

TEST(AdjustForPain, ScoresBelowFourAreOnlyNoted) {
  core::TrainingLog log;
  log.pain.push_back(pain(date(2026, 11, 18), core::InjuryRegion::Knee, 3));
  const auto adjusted = adjust_for_pain(example_athlete(), log, kMonday);
  EXPECT_EQ(adjusted.athlete, example_athlete());
  ASSERT_EQ(adjusted.notes.size(), 1u);
  EXPECT_NE(adjusted.notes[0].find("3/10"), std::string::npos);
  EXPECT_TRUE(adjusted.warnings.empty());
}

TEST(AdjustForPain, FourOrMoreMakesTheRegionACurrentInjury) {
  core::TrainingLog log;
  log.pain.push_back(pain(date(2026, 11, 20), core::InjuryRegion::AchillesCalf, 4));
  const auto adjusted = adjust_for_pain(example_athlete(), log, kMonday);
  ASSERT_EQ(adjusted.athlete.injuries.size(), 2u);
  EXPECT_EQ(adjusted.athlete.injuries[1].region, core::InjuryRegion::AchillesCalf);
  EXPECT_EQ(adjusted.athlete.injuries[1].status, core::InjuryStatus::Current);
  ASSERT_EQ(adjusted.warnings.size(), 1u);
  EXPECT_NE(adjusted.warnings[0].find("physiotherapist"), std::string::npos);
}

TEST(AdjustForPain, AnExistingInjuryOfTheRegionBecomesCurrent) {
  core::TrainingLog log;
  log.pain.push_back(pain(date(2026, 11, 22), core::InjuryRegion::Knee, 6));
  const auto adjusted = adjust_for_pain(example_athlete(), log, kMonday);
  ASSERT_EQ(adjusted.athlete.injuries.size(), 1u);
  EXPECT_EQ(adjusted.athlete.injuries[0].status, core::InjuryStatus::Current);
}

TEST(AdjustForPain, PainBeforeTheWindowOrOnTheStartIsIgnored) {
  core::TrainingLog log;
  log.pain.push_back(pain(date(2026, 11, 8), core::InjuryRegion::Knee, 7));  // 15 days before
  log.pain.push_back(pain(kMonday, core::InjuryRegion::Hip, 7));             // not before the start
  const auto adjusted = adjust_for_pain(example_athlete(), log, kMonday);
  EXPECT_EQ(adjusted.athlete, example_athlete());
  EXPECT_TRUE(adjusted.notes.empty());
}

TEST(AdjustForPain, RisingNextMorningPainCountsBelowFour) {
  core::TrainingLog log;
  log.pain.push_back(pain(date(2026, 11, 18), core::InjuryRegion::Shin, 2, core::PainTiming::NextMorning));
  log.pain.push_back(pain(date(2026, 11, 20), core::InjuryRegion::Shin, 3, core::PainTiming::NextMorning));
  const auto adjusted = adjust_for_pain(example_athlete(), log, kMonday);
  ASSERT_EQ(adjusted.athlete.injuries.size(), 2u);
  EXPECT_EQ(adjusted.athlete.injuries[1].region, core::InjuryRegion::Shin);
  EXPECT_NE(adjusted.notes[0].find("rising"), std::string::npos);
}

TEST(AdjustForPain, ThePlanThenLeavesOutExercisesThatLoadTheRegion) {
  core::TrainingLog log;
  log.pain.push_back(pain(date(2026, 11, 20), core::InjuryRegion::AchillesCalf, 6));
  const auto adjusted = adjust_for_pain(example_athlete(), log, kMonday);
  const auto plan = example_plan(kMonday, adjusted.athlete);
  const auto& library = testing::shipped_catalog().library;
  for (const auto& day : plan.days) {
    for (const auto& session : day.sessions) {
      for (const auto& block : session.blocks) {
        for (const auto& item : block.items) {
          const auto* exercise = library.find(item.exercise);
          ASSERT_NE(exercise, nullptr);
          EXPECT_FALSE(exercise->avoid_with.contains(core::InjuryRegion::AchillesCalf)) << item.exercise;
          EXPECT_NE(item.role, core::Role::Plyometric) << item.exercise;
        }
      }
    }
  }
}

// Strength items of the plan's sessions within [from, to], by exercise.
std::map<std::string, core::Prescription> strength_items(const core::Plan& plan, Date from, Date to) {
  std::map<std::string, core::Prescription> items;
  for (const auto& day : plan.days) {
    if (day.date < from || day.date > to) continue;
    for (const auto& session : day.sessions) {
      if (session.kind != core::SessionKind::Strength) continue;
      for (const auto& block : session.blocks) {
        for (const auto& item : block.items) items.emplace(item.exercise, item);
      }
    }
  }
  return items;
}

TEST(AdaptPlan, AMissedWeekIsRepeatedInsteadOfSkipped) {
  // Weeks 1 and 4 of the example differ (stabilization then a new dose step); the runner plans
  // week 1, logs nothing, and re-plans three weeks later, from the week after the missed one.
  const auto first = example_plan(kMonday);
  const Date missed_monday = core::add_days(kMonday, 14);
  const Date restart = core::add_days(kMonday, 21);
  TrainingHistory history;
  for (const auto& day : first.days) {
    if (day.date >= missed_monday && day.date < restart) history.planned_days.push_back(day);
  }
  const auto missed = strength_items(first, missed_monday, core::add_days(restart, -1));
  ASSERT_FALSE(missed.empty());

  auto replanned = example_plan(restart);
  const auto fresh = replanned;
  const auto notes = adapt_plan(replanned, history, testing::shipped_catalog().library);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("repeats"), std::string::npos);
  int compared = 0;
  for (const auto& [exercise, item] : strength_items(replanned, restart, core::add_days(restart, 6))) {
    const auto before = missed.find(exercise);
    if (before == missed.end() || before->second.reps.has_value() != item.reps.has_value()) continue;
    EXPECT_EQ(item.sets, before->second.sets) << exercise;
    EXPECT_EQ(item.reps, before->second.reps) << exercise;
    EXPECT_EQ(item.pct_1rm, before->second.pct_1rm) << exercise;
    ++compared;
  }
  EXPECT_GT(compared, 0);
  // The second week is untouched.
  EXPECT_EQ(strength_items(replanned, core::add_days(restart, 7), core::add_days(restart, 13)),
            strength_items(fresh, core::add_days(restart, 7), core::add_days(restart, 13)));
}

TEST(AdaptPlan, ALoggedStrengthSessionMeansTheWeekWasNotMissed) {
  const auto first = example_plan(kMonday);
  TrainingHistory history;
  for (const auto& day : first.days) {
    if (day.date < core::add_days(kMonday, 7)) history.planned_days.push_back(day);
  }
  history.log.activities.push_back(core::Activity{date(2026, 11, 25), core::Sport::Strength, 30, {}, 6, {}, false, {}, {}, {}});
  auto replanned = example_plan(core::add_days(kMonday, 7));
  const auto fresh = replanned;
  EXPECT_TRUE(adapt_plan(replanned, history, testing::shipped_catalog().library).empty());
  EXPECT_EQ(replanned, fresh);
}

analytics::LoadFlag flag(Date when, std::string code) {
  return analytics::LoadFlag{when, std::move(code), analytics::FlagSeverity::Warning, "message", "evidence"};
}

TEST(AdaptPlan, LoadFlagsTrimOneSetInTheFirstWeekOnly) {
  const Date start = core::add_days(kMonday, 28);
  TrainingHistory history;
  history.load_flags.push_back(flag(core::add_days(start, -2), "single_run_spike"));
  auto trimmed = example_plan(start);
  const auto fresh = trimmed;
  const auto notes = adapt_plan(trimmed, history, testing::shipped_catalog().library);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("single_run_spike"), std::string::npos);
  const auto week_end = core::add_days(start, 6);
  const auto before = strength_items(fresh, start, week_end);
  int lowered = 0;
  for (const auto& [exercise, item] : strength_items(trimmed, start, week_end)) {
    const auto& original = before.at(exercise);
    const bool loading = item.role == core::Role::Strength || item.role == core::Role::Power ||
                         item.role == core::Role::Plyometric;
    EXPECT_EQ(item.sets, loading && original.sets > 1 ? original.sets - 1 : original.sets) << exercise;
    EXPECT_EQ(item.pct_1rm, original.pct_1rm) << "intensity stays: " << exercise;
    EXPECT_EQ(item.rpe, original.rpe) << "intensity stays: " << exercise;
    EXPECT_EQ(item.reps, original.reps) << exercise;
    lowered += item.sets < original.sets ? 1 : 0;
  }
  EXPECT_GT(lowered, 0);
  EXPECT_EQ(strength_items(trimmed, core::add_days(start, 7), core::add_days(start, 13)),
            strength_items(fresh, core::add_days(start, 7), core::add_days(start, 13)));
}

TEST(AdaptPlan, PainFlagsAndOldFlagsDoNotTrim) {
  const Date start = core::add_days(kMonday, 28);
  TrainingHistory history;
  history.load_flags.push_back(flag(core::add_days(start, -1), "pain"));
  history.load_flags.push_back(flag(core::add_days(start, -8), "monotony_high"));
  auto plan = example_plan(start);
  const auto fresh = plan;
  EXPECT_TRUE(adapt_plan(plan, history, testing::shipped_catalog().library).empty());
  EXPECT_EQ(plan, fresh);
}

TEST(AdaptPlan, LoggedSetsSetTheNextLoad) {
  const Date start = core::add_days(kMonday, 28);
  auto plan = example_plan(start);
  const auto& library = testing::shipped_catalog().library;
  // The first dumbbell exercise dosed in reps.
  const core::Prescription* target = nullptr;
  for (const auto& day : plan.days) {
    for (const auto& session : day.sessions) {
      for (const auto& block : session.blocks) {
        for (const auto& item : block.items) {
          const auto* exercise = library.find(item.exercise);
          if (target == nullptr && item.reps && exercise->equipment.contains(core::Equipment::Dumbbells)) {
            target = &item;
          }
        }
      }
    }
  }
  ASSERT_NE(target, nullptr);
  const std::string exercise = target->exercise;
  const int reps = *target->reps;
  TrainingHistory history;
  for (int session = 0; session < 2; ++session) {
    core::Activity activity{core::add_days(start, -10 + 3 * session), core::Sport::Strength, 30, {}, 6, {}, false, {}, {}, {}};
    for (int set = 0; set < 3; ++set) {
      activity.sets.push_back(core::StrengthSet{exercise, core::Side::None, reps + 2, 20.0, 6.0});
    }
    history.log.activities.push_back(activity);
  }
  const auto notes = adapt_plan(plan, history, library);
  ASSERT_FALSE(notes.empty());
  const core::Prescription* adapted = nullptr;
  for (const auto& day : plan.days) {
    for (const auto& session : day.sessions) {
      for (const auto& block : session.blocks) {
        for (const auto& item : block.items) {
          if (adapted == nullptr && item.exercise == exercise) adapted = &item;
        }
      }
    }
  }
  ASSERT_NE(adapted, nullptr);
  ASSERT_TRUE(adapted->load_kg.has_value());
  // Beaten twice at 20 kg (two reps over the target at RPE 6): up 2–10 % in 2 kg dumbbell steps,
  // so 22 kg, or 20 kg held when the allowed increase rounds to no step.
  EXPECT_TRUE(*adapted->load_kg == 22.0 || *adapted->load_kg == 20.0) << *adapted->load_kg;
  EXPECT_NE(notes[0].find(library.find(exercise)->name), std::string::npos);
}

}  // namespace
}  // namespace stride::planning
