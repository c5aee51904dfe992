// The adaptation rules of docs/adaptation.md on the example runner's real plan: pain regresses
// regions, a missed week holds the season back, load flags lighten the first week and logged
// sets set loads.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>

#include "stride/documents/input_decoders.hpp"
#include "stride/planning/adaptation.hpp"
#include "stride/service/plan.hpp"
#include "example_files.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using core::Date;

Date date(int year, unsigned month, unsigned day) { return testing::calendar_date(year, month, day); }

using testing::read_example;

core::Athlete example_athlete() { return *documents::decode_athlete(read_example("athlete.json"), "athlete.json"); }

core::Plan example_plan(Date start, const core::Athlete& athlete = example_athlete()) {
  service::PlanRequest request;
  request.athlete = athlete;
  request.calendar = *documents::decode_running_calendar(read_example("runs.json"), "runs.json");
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

// The example's plan with a missed week or a lighter first week.
core::Plan example_replan(Date start, std::optional<Date> missed_week, std::optional<Date> lighter_week = {}) {
  service::PlanRequest request;
  request.athlete = example_athlete();
  request.calendar = *documents::decode_running_calendar(read_example("runs.json"), "runs.json");
  request.start = start;
  request.missed_week = missed_week;
  request.lighter_week = lighter_week;
  auto plan = service::plan(testing::shipped_catalog(), request);
  EXPECT_TRUE(plan.has_value());
  return *plan;
}

Date end_of_week(Date monday) { return core::add_days(monday, 6); }

TEST(MissedWeek, TheLoadingWeekAfterRepeatsItsStepAndTheSeasonStaysOneStepBehind) {
  const auto fresh = example_plan(kMonday);
  // The first loading week that follows a loading week of the same phase block.
  std::optional<std::size_t> held;
  for (std::size_t index = 1; index < fresh.weeks.size(); ++index) {
    const auto& week = fresh.weeks[index];
    const auto& before = fresh.weeks[index - 1];
    if (!week.deload && !before.deload && week.week_in_phase > 1 && week.phase != core::PhaseName::Taper &&
        strength_items(fresh, week.start, end_of_week(week.start)) !=
            strength_items(fresh, before.start, end_of_week(before.start))) {
      held = index;
      break;
    }
  }
  ASSERT_TRUE(held.has_value());
  const Date missed = fresh.weeks[*held - 1].start;
  const Date week = fresh.weeks[*held].start;
  const auto replanned = example_replan(kMonday, missed);
  EXPECT_EQ(strength_items(replanned, week, end_of_week(week)), strength_items(fresh, missed, end_of_week(missed)));
  EXPECT_NE(replanned.weeks[*held].focus.find("repeating the missed week's step"), std::string::npos)
      << replanned.weeks[*held].focus;
  // The weeks before are untouched.
  EXPECT_EQ(strength_items(replanned, kMonday, end_of_week(missed)), strength_items(fresh, kMonday, end_of_week(missed)));
}

// A deload after the missed week stays as planned; the loading week after the deload repeats the
// missed week's step (the runner comes back from the missed week and the deload one step behind).
TEST(MissedWeek, ADeloadInBetweenStaysAndTheNextLoadingWeekRepeatsTheStep) {
  const auto fresh = example_plan(kMonday);
  std::optional<std::size_t> deload;
  for (std::size_t index = 1; index + 1 < fresh.weeks.size(); ++index) {
    const auto& week = fresh.weeks[index];
    if (week.deload && week.phase == fresh.weeks[index - 1].phase && !fresh.weeks[index - 1].deload &&
        fresh.weeks[index + 1].phase == week.phase && !fresh.weeks[index + 1].deload) {
      deload = index;
      break;
    }
  }
  ASSERT_TRUE(deload.has_value());
  const Date missed = fresh.weeks[*deload - 1].start;
  const Date after = fresh.weeks[*deload + 1].start;
  const auto replanned = example_replan(kMonday, missed);
  EXPECT_EQ(strength_items(replanned, fresh.weeks[*deload].start, end_of_week(fresh.weeks[*deload].start)),
            strength_items(fresh, fresh.weeks[*deload].start, end_of_week(fresh.weeks[*deload].start)));
  const auto repeated = strength_items(replanned, after, end_of_week(after));
  const auto missed_items = strength_items(fresh, missed, end_of_week(missed));
  int compared = 0;
  for (const auto& [exercise, item] : repeated) {
    const auto before = missed_items.find(exercise);
    if (before == missed_items.end() || item.role != core::Role::Strength) continue;
    EXPECT_EQ(item.reps, before->second.reps) << exercise;
    EXPECT_EQ(item.rpe, before->second.rpe) << exercise;
    ++compared;
  }
  EXPECT_GT(compared, 0);
  EXPECT_NE(replanned.weeks[*deload + 1].focus.find("repeating the missed week's step"), std::string::npos);
}

TEST(MissedWeek, IsFoundWhenStrengthWasPlannedAndNoneLogged) {
  const auto plan = example_plan(kMonday);
  const Date start = core::add_days(kMonday, 9);  // a Wednesday in the second week
  TrainingHistory history;
  for (const auto& day : plan.days) {
    if (day.date < start) history.planned_days.push_back(day);
  }
  const auto missed = find_missed_week(history, start);
  ASSERT_TRUE(missed.has_value());
  EXPECT_EQ(missed->monday, kMonday);
  EXPECT_GT(missed->planned_sessions, 0);
  EXPECT_NE(missed_week_note(*missed).find("does not move on"), std::string::npos);
  // A run does not count; a strength session that week does.
  history.log.activities.push_back(core::Activity{date(2026, 11, 25), core::Sport::Run, 30, {}, 6, {}, false, {}, {}, {}});
  EXPECT_TRUE(find_missed_week(history, start).has_value());
  history.log.activities.push_back(core::Activity{date(2026, 11, 25), core::Sport::Strength, 30, {}, 6, {}, false, {}, {}, {}});
  EXPECT_FALSE(find_missed_week(history, start).has_value());
}

// A flag dated `when` with made-up facts: a spike, pain or a monotonous week.
analytics::LoadFlag spike_flag(Date when) {
  return {when, analytics::RunSpike{16, 12, core::add_days(when, -9), 100.0 / 3}};
}
analytics::LoadFlag pain_flag(Date when) {
  return {when, analytics::PainScore{core::PainReport{when, core::InjuryRegion::Knee, core::Side::Left, 6,
                                                      core::PainTiming::After}}};
}
analytics::LoadFlag monotony_flag(Date when) {
  return {when, analytics::MonotonousWeek{core::add_days(when, -6), 2.4, 2100, 5040}};
}

int loading_sets(const std::map<std::string, core::Prescription>& items) {
  int sets = 0;
  for (const auto& [exercise, item] : items) {
    const bool loading = item.role == core::Role::Strength || item.role == core::Role::Power ||
                         item.role == core::Role::Plyometric;
    if (loading) sets += item.sets;
  }
  return sets;
}

TEST(LoadFlags, ALighterFirstWeekHasFewerSetsAtTheSameEffort) {
  const Date start = core::add_days(kMonday, 28);
  TrainingHistory history;
  history.load_flags.push_back(spike_flag(core::add_days(start, -2)));
  const auto reasons = recent_load_flags(history, start);
  ASSERT_EQ(reasons.size(), 1u);
  EXPECT_NE(load_flags_note(reasons).find("single_run_spike"), std::string::npos);

  const auto fresh = example_plan(start);
  const auto lighter = example_replan(start, std::nullopt, start);
  const auto week_end = core::add_days(start, 6);
  const auto before = strength_items(fresh, start, week_end);
  const auto after = strength_items(lighter, start, week_end);
  EXPECT_LT(loading_sets(after), loading_sets(before));
  int compared = 0;
  for (const auto& [exercise, item] : after) {
    const auto original = before.find(exercise);
    if (original == before.end()) continue;
    EXPECT_LE(item.sets, original->second.sets) << exercise;
    EXPECT_EQ(item.rpe, original->second.rpe) << "the effort stays: " << exercise;
    EXPECT_EQ(item.reps, original->second.reps) << exercise;
    ++compared;
  }
  EXPECT_GT(compared, 0);
}

TEST(LoadFlags, PainFlagsAndOldFlagsDoNotCount) {
  const Date start = core::add_days(kMonday, 28);
  TrainingHistory history;
  history.load_flags.push_back(pain_flag(core::add_days(start, -1)));
  history.load_flags.push_back(monotony_flag(core::add_days(start, -8)));
  EXPECT_TRUE(recent_load_flags(history, start).empty());
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
