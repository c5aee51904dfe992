// Life stages (docs/planning.md §5): a postpartum runner whose impact is not cleared gets no item
// with impact and no plyometric in any session of any plan, and a warning that says so; youth,
// masters and cleared postpartum runners get their notes.

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "plan_invariants.hpp"
#include "stride/planning/plan_builder.hpp"
#include "stride/planning/training_profile.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using core::Date;
using testing::shipped_catalog;

Date date_of(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

template <class E>
E any_of_enum() {
  const auto values = core::enum_values<E>();
  return *rc::gen::elementOf(std::vector<E>(values.begin(), values.end()));
}

// A value uniform in [min, max) whatever the test size.
int uniform(int min, int max) { return *rc::gen::resize(100, rc::gen::inRange(min, max)); }

// A postpartum entry for which impact is not cleared: under 12 weeks, symptoms, or no clearance.
core::Postpartum not_cleared_postpartum() {
  core::Postpartum postpartum;
  switch (uniform(0, 3)) {
    case 0:  // early: cleared or not, it is too soon
      postpartum.weeks_since_birth = uniform(0, 12);
      postpartum.cleared_for_impact = *rc::gen::arbitrary<bool>();
      postpartum.pelvic_floor_symptoms = *rc::gen::arbitrary<bool>();
      break;
    case 1:  // symptoms, even when cleared
      postpartum.weeks_since_birth = uniform(0, 521);
      postpartum.cleared_for_impact = *rc::gen::arbitrary<bool>();
      postpartum.pelvic_floor_symptoms = true;
      break;
    default:  // not cleared
      postpartum.weeks_since_birth = uniform(0, 521);
      postpartum.cleared_for_impact = false;
      postpartum.pelvic_floor_symptoms = *rc::gen::arbitrary<bool>();
      break;
  }
  return postpartum;
}

// Random plans that reach the power phase often: mostly trained lifters with a race months away,
// with the equipment for jumps (a box) and weights. The calendar's template is random; a few dated
// races are added.
PlanInputs random_postpartum_inputs() {
  PlanInputs inputs;
  inputs.start = core::add_days(date_of(2026, 1, 1), uniform(0, 3 * 365 + 1));
  auto& athlete = inputs.athlete;
  athlete.name = "Runner";
  athlete.sex = core::Sex::Female;
  athlete.birth_year = uniform(1970, 2004);
  athlete.running.experience = core::Years(uniform(0, 20));
  athlete.running.weekly_distance = core::Kilometres(uniform(5, 100));
  athlete.running.surface = any_of_enum<core::Surface>();
  athlete.strength_experience = *rc::gen::weightedElement<core::StrengthExperience>(
      {{1, core::StrengthExperience::None}, {1, core::StrengthExperience::Beginner},
       {3, core::StrengthExperience::Intermediate}, {3, core::StrengthExperience::Advanced}});
  if (*rc::gen::weightedElement<bool>({{3, true}, {1, false}})) {
    athlete.goal.event = any_of_enum<core::Event>();
    athlete.goal.race_date = core::add_days(inputs.start, uniform(0, 7 * 40 + 1));
  } else {
    athlete.goal.event = core::Event::General;
    inputs.weeks = uniform(1, 41);
  }
  if (*rc::gen::weightedElement<bool>({{1, true}, {3, false}})) {
    athlete.injuries.push_back({any_of_enum<core::InjuryRegion>(), core::Side::Left,
                                any_of_enum<core::InjuryStatus>(), std::nullopt});
  }
  athlete.equipment = {core::Equipment::Box, core::Equipment::Dumbbells};
  for (auto item : core::enum_values<core::Equipment>()) {
    if (*rc::gen::arbitrary<bool>()) athlete.equipment.insert(item);
  }
  athlete.availability.strength_sessions_per_week = uniform(1, 5);
  athlete.availability.session_minutes = core::Minutes(uniform(20, 91));
  athlete.postpartum = not_cleared_postpartum();
  for (auto& day : inputs.calendar.weekly_template) {
    day.type = *rc::gen::weightedElement<core::RunType>({{4, core::RunType::Rest}, {5, core::RunType::Easy},
                                                         {2, core::RunType::Workout}, {2, core::RunType::Long}});
  }
  const Date end = athlete.goal.race_date ? *athlete.goal.race_date : core::add_days(inputs.start, 7 * inputs.weeks - 1);
  for (int index = uniform(0, 3); index > 0; --index) {
    core::PlannedRun race;
    race.type = core::RunType::Race;
    race.distance = core::Kilometres(10);
    inputs.calendar.dated_runs.emplace(core::add_days(inputs.start, uniform(0, core::days_between(inputs.start, end) + 1)),
                                       race);
  }
  return inputs;
}

PlanningData planning_data(const service::Catalog& catalog) {
  return PlanningData{catalog.library, catalog.default_table(), catalog.muscles, catalog.corrective_rules,
                      catalog.plan_rules};
}

// Every session of the plan, the recovery week after the race included.
std::vector<std::pair<Date, const core::PlannedSession*>> all_sessions(const core::Plan& plan) {
  std::vector<std::pair<Date, const core::PlannedSession*>> sessions;
  for (const auto& day : plan.days) {
    for (const auto& session : day.sessions) sessions.emplace_back(day.date, &session);
  }
  if (plan.after_race) {
    for (const auto& day : plan.after_race->days) {
      for (const auto& session : day.sessions) sessions.emplace_back(day.date, &session);
    }
  }
  return sessions;
}

bool mentions(const std::vector<std::string>& lines, std::string_view part) {
  return std::ranges::any_of(lines, [&](const std::string& line) { return line.find(part) != std::string::npos; });
}

RC_GTEST_PROP(LifeStages, PostpartumNotClearedGetsNoImpactAndNoJumps, ()) {
  const auto& catalog = shipped_catalog();
  const auto inputs = random_postpartum_inputs();
  const auto plan = build_plan(inputs, planning_data(catalog));
  RC_CLASSIFY(std::ranges::any_of(plan.weeks, [](const core::PlanWeek& week) { return week.phase == core::PhaseName::Power; }),
              "power weeks");
  for (const auto& [date, session] : all_sessions(plan)) {
    for (const auto& block : session->blocks) {
      for (const auto& item : block.items) {
        const auto* exercise = catalog.library.find(item.exercise);
        RC_ASSERT(exercise != nullptr);
        if (exercise->impact != core::Impact::None || exercise->pattern == core::Pattern::Plyometric ||
            item.contacts.has_value() || item.role == core::Role::Plyometric) {
          RC_FAIL(fmt::format("{} on {}: {} has impact {} and pattern {} for a runner {} weeks after the birth",
                              session->id, core::format_iso_date(date), item.exercise,
                              core::enum_name(exercise->impact), core::enum_name(exercise->pattern),
                              inputs.athlete.postpartum->weeks_since_birth));
        }
      }
    }
  }
  RC_ASSERT(mentions(plan.warnings, "no running impact or jumping"));
  RC_ASSERT(mentions(plan.warnings, "pelvic-health physiotherapist or doctor"));
  RC_ASSERT(mentions(plan.warnings, "low-impact strength"));
  RC_ASSERT(mentions(plan.warnings, "leaking, heaviness, pain or doming"));
  // Every other rule of the plan still holds.
  const auto problems = testing::plan_violations(plan, inputs, catalog);
  if (!problems.empty()) RC_FAIL(problems.front());
}

// The example runner with a fixed calendar: her plan reaches the power phase, so jumps would be there.
PlanInputs example_inputs() {
  PlanInputs inputs;
  inputs.start = date_of(2026, 11, 23);
  auto& athlete = inputs.athlete;
  athlete.name = "Rosa";
  athlete.sex = core::Sex::Female;
  athlete.birth_year = 1990;
  athlete.running.experience = core::Years(9);
  athlete.running.weekly_distance = core::Kilometres(30);
  athlete.strength_experience = core::StrengthExperience::Intermediate;
  athlete.goal.event = core::Event::TenK;
  athlete.goal.race_date = date_of(2027, 4, 25);
  athlete.equipment = {core::Equipment::Box, core::Equipment::Dumbbells, core::Equipment::Kettlebell};
  for (auto& day : inputs.calendar.weekly_template) day.type = core::RunType::Easy;
  inputs.calendar.weekly_template[static_cast<std::size_t>(core::Weekday::Sunday)].type = core::RunType::Long;
  return inputs;
}

int plyometric_items(const core::Plan& plan) {
  int count = 0;
  for (const auto& [date, session] : all_sessions(plan)) {
    for (const auto& block : session->blocks) {
      count += static_cast<int>(std::ranges::count_if(block.items, [](const core::Prescription& item) {
        return item.role == core::Role::Plyometric;
      }));
    }
  }
  return count;
}

TEST(LifeStages, ClearedPostpartumJumpsAgainWithANote) {
  const auto& catalog = shipped_catalog();
  auto inputs = example_inputs();
  inputs.athlete.postpartum = core::Postpartum{20, false, true};
  const auto plan = build_plan(inputs, planning_data(catalog));
  EXPECT_GT(plyometric_items(plan), 0);
  EXPECT_FALSE(mentions(plan.warnings, "Postpartum"));
  EXPECT_TRUE(mentions(plan.notes, "Cleared for impact after the birth"));
}

TEST(LifeStages, NotClearedNamesTheReasons) {
  const auto& catalog = shipped_catalog();
  auto inputs = example_inputs();
  inputs.athlete.postpartum = core::Postpartum{8, true, false};
  const auto plan = build_plan(inputs, planning_data(catalog));
  EXPECT_EQ(plyometric_items(plan), 0);
  ASSERT_FALSE(plan.warnings.empty());
  EXPECT_EQ(plan.warnings.front(),
            "Postpartum, 8 weeks after the birth (impact waits until week 12 at the earliest), with pelvic-floor "
            "symptoms, not yet cleared for impact: no running impact or jumping until a pelvic-health "
            "physiotherapist or doctor has cleared you. Until then the plan keeps to low-impact strength work, with "
            "no jumps. See a clinician if you notice leaking, heaviness, pain or doming of your tummy. Once you are "
            "cleared, set cleared_for_impact in your athlete file (`stride athlete update`) and re-plan: jumps then "
            "start at a low dose and build gradually.");
}

TEST(LifeStages, YouthGetsTheTechniqueNote) {
  const auto& catalog = shipped_catalog();
  auto inputs = example_inputs();
  inputs.athlete.birth_year = 2009;  // 17 in 2026
  const auto plan = build_plan(inputs, planning_data(catalog));
  EXPECT_TRUE(mentions(plan.notes, "Under 18: lifting is about technique"));
  EXPECT_TRUE(mentions(plan.notes, "no maximal lifts"));
  EXPECT_TRUE(mentions(plan.notes, "adult"));
  inputs.athlete.birth_year = 2008;  // 18 in 2026
  EXPECT_FALSE(mentions(build_plan(inputs, planning_data(catalog)).notes, "Under 18"));
}

TEST(LifeStages, MastersGetTheGentlerPlyometricNote) {
  const auto& catalog = shipped_catalog();
  auto inputs = example_inputs();
  inputs.athlete.birth_year = 1976;  // 50 in 2026
  const auto plan = build_plan(inputs, planning_data(catalog));
  EXPECT_TRUE(mentions(plan.notes, "At 50 or over, jumping progresses more gently"));
  inputs.athlete.birth_year = 1977;  // 49 in 2026
  EXPECT_FALSE(mentions(build_plan(inputs, planning_data(catalog)).notes, "At 50 or over"));
  // A current knee injury rules out jumps: the note speaks of the lighter weeks only.
  inputs.athlete.birth_year = 1976;
  inputs.athlete.injuries = {core::Injury{core::InjuryRegion::Knee, core::Side::Left, core::InjuryStatus::Current, {}}};
  const auto no_jumps = build_plan(inputs, planning_data(catalog));
  EXPECT_TRUE(mentions(no_jumps.notes, "At 50 or over, progression is more careful"));
  EXPECT_FALSE(mentions(no_jumps.notes, "jumping"));
}

TEST(LifeStages, PowerPhaseIsNotAllowedWithoutClearanceOrWithACurrentLegInjury) {
  TrainingProfile profile;
  EXPECT_TRUE(power_phase_allowed(profile));
  profile.impact_not_cleared = true;
  EXPECT_FALSE(power_phase_allowed(profile));
  profile.impact_not_cleared = false;
  profile.current_regions.insert(core::InjuryRegion::Knee);
  EXPECT_FALSE(power_phase_allowed(profile));
  profile.current_regions = {core::InjuryRegion::LowerBack};
  EXPECT_TRUE(power_phase_allowed(profile));
}

}  // namespace
}  // namespace stride::planning
