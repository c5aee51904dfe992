#pragma once

// Random athletes, running calendars and assessments for the plan property tests, and a runner
// that checks a property for a chosen number of cases.

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "assessment_generator.hpp"
#include "stride/analytics/assessment_findings.hpp"
#include "stride/planning/plan_builder.hpp"
#include "stride/service/catalog.hpp"

namespace stride::planning::testing_support {

using core::Date;

// Like RC_GTEST_PROP's runner, but with `cases` successful cases unless RC_PARAMS sets
// max_success; RC_PARAMS seeds and reproduce strings still apply.
template <class Testable>
void check_with_cases(Testable&& testable, int cases) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  rc::detail::TestMetadata metadata;
  metadata.id = std::string(info->test_suite_name()) + "/" + info->name();
  metadata.description = info->name();
  const auto& config = rc::detail::configuration();
  auto params = config.testParams;
  const char* environment = std::getenv("RC_PARAMS");
  if (environment == nullptr || std::string_view(environment).find("max_success") == std::string_view::npos) {
    params.maxSuccess = cases;
  }
  // The default listener and RC_PARAMS's reproduce strings, as RC_GTEST_PROP uses them.
  const auto result = rc::detail::checkProperty(rc::detail::toProperty(std::forward<Testable>(testable)), metadata,
                                                params);
  if (result.template is<rc::detail::SuccessResult>()) {
    if (!result.template get<rc::detail::SuccessResult>().distribution.empty()) {
      rc::detail::printResultMessage(result, std::cout);
      std::cout << std::endl;
    }
  } else {
    std::ostringstream message;
    rc::detail::printResultMessage(result, message);
    FAIL() << message.str();
  }
}

inline Date date_of(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

// A value uniform in [min, max) whatever the test size (rc::gen::inRange narrows the range for
// small sizes, which keeps early cases near `min`).
inline rc::Gen<int> uniform(int min, int max) { return rc::gen::resize(100, rc::gen::inRange(min, max)); }

// Half the time near `min` (short plans, races close to the start), half the time anywhere.
inline rc::Gen<int> edgy(int min, int max) { return rc::gen::oneOf(rc::gen::inRange(min, max), uniform(min, max)); }

template <class E>
rc::Gen<E> any_of() {
  const auto values = core::enum_values<E>();
  return rc::gen::elementOf(std::vector<E>(values.begin(), values.end()));
}

inline core::Athlete random_athlete(Date start) {
  core::Athlete athlete;
  athlete.name = "Runner";
  athlete.sex = *any_of<core::Sex>();
  // Masters, adults and youth (the plans start 2026 to 2029: born 2012 is 14 to 17).
  athlete.birth_year = *rc::gen::weightedOneOf<int>({{5, uniform(1950, 2008)}, {1, uniform(2008, 2013)}});
  athlete.running.experience = core::Years(*uniform(0, 30));
  // 5 to 140 km a week, with the 80 km threshold and just below it drawn often.
  athlete.running.weekly_distance = core::Kilometres(*rc::gen::weightedOneOf<double>(
      {{6, rc::gen::map(uniform(50, 1401), [](int tenths) { return tenths / 10.0; })},
       {1, rc::gen::element(79.9, 80.0)}}));
  athlete.running.surface = *any_of<core::Surface>();
  athlete.strength_experience = *any_of<core::StrengthExperience>();
  // A race date is required except for a general goal (contract §3.1); a quarter of the plans have none.
  if (*rc::gen::weightedElement<bool>({{3, true}, {1, false}})) {
    athlete.goal.event = *any_of<core::Event>();
    athlete.goal.race_date = core::add_days(start, *edgy(0, 7 * 60 + 1));
  } else {
    athlete.goal.event = core::Event::General;
  }
  const int injuries = *uniform(0, 4);
  for (int index = 0; index < injuries; ++index) {
    core::Injury injury;
    injury.region = *any_of<core::InjuryRegion>();
    injury.side = *rc::gen::element(core::Side::Left, core::Side::Right, core::Side::Both);
    injury.status = *any_of<core::InjuryStatus>();
    athlete.injuries.push_back(injury);
  }
  for (auto item : core::enum_values<core::Equipment>()) {
    if (*rc::gen::arbitrary<bool>()) athlete.equipment.insert(item);
  }
  if (*rc::gen::weightedElement<bool>({{1, true}, {7, false}})) {
    core::Postpartum postpartum;
    postpartum.weeks_since_birth = *uniform(0, 60);
    postpartum.pelvic_floor_symptoms = *rc::gen::arbitrary<bool>();
    postpartum.cleared_for_impact = *rc::gen::arbitrary<bool>();
    athlete.postpartum = postpartum;
  }
  athlete.availability.strength_sessions_per_week = *uniform(1, 5);
  athlete.availability.session_minutes = core::Minutes(*uniform(15, 91));
  if (*rc::gen::weightedElement<bool>({{1, true}, {3, false}})) {
    // Two free weekdays, a common life.
    const auto days = core::enum_values<core::Weekday>();
    const auto first = *uniform(0, 7);
    const auto second = (first + *uniform(2, 6)) % 7;
    athlete.availability.days = {days[static_cast<std::size_t>(first)], days[static_cast<std::size_t>(second)]};
  } else if (*rc::gen::arbitrary<bool>()) {
    while (athlete.availability.days.empty()) {
      for (auto day : core::enum_values<core::Weekday>()) {
        if (*rc::gen::arbitrary<bool>()) athlete.availability.days.insert(day);
      }
    }
  }
  return athlete;
}

inline core::PlannedRun random_run(core::RunType type) {
  core::PlannedRun run;
  run.type = type;
  if (type == core::RunType::Race) {
    // Tune-ups of every distance, ultras included, and races whose distance is not given.
    const double distance = *rc::gen::element(5.0, 10.0, 21.1, 42.2, 50.0, 100.0, 0.0);
    if (distance > 0) run.distance = core::Kilometres(distance);
  } else if (type == core::RunType::Long) {
    run.distance = core::Kilometres(static_cast<double>(*uniform(12, 36)));
  }
  return run;
}

// Every template day a random run type (a weekly race is rare but allowed), plus 0-4 dated runs
// in the plan's range, some of them races, never two on one date.
inline core::RunningCalendar random_calendar(Date start, Date end) {
  using core::RunType;
  core::RunningCalendar calendar;
  for (auto& day : calendar.weekly_template) {
    day = random_run(*rc::gen::weightedElement<RunType>({{4, RunType::Rest}, {5, RunType::Easy}, {2, RunType::Recovery},
                                                         {3, RunType::Workout}, {3, RunType::Long}, {1, RunType::Race},
                                                         {2, RunType::Cross}}));
  }
  const int span = core::days_between(start, end);
  const int dated = *uniform(0, 5);
  for (int index = 0; index < dated; ++index) {
    const Date date = core::add_days(start, *uniform(0, span + 1));
    if (calendar.dated_runs.contains(date)) continue;
    const auto type = *rc::gen::weightedElement<RunType>(
        {{4, RunType::Race}, {1, RunType::Rest}, {1, RunType::Easy}, {1, RunType::Workout}, {1, RunType::Long}});
    calendar.dated_runs.emplace(date, random_run(type));
  }
  return calendar;
}

inline PlanInputs random_inputs(const service::Catalog& catalog) {
  PlanInputs inputs;
  inputs.start = core::add_days(date_of(2026, 1, 1), *uniform(0, 3 * 365 + 1));
  inputs.athlete = random_athlete(inputs.start);
  inputs.weeks = *edgy(1, 41);
  const Date end = inputs.athlete.goal.race_date ? *inputs.athlete.goal.race_date
                                                 : core::add_days(inputs.start, 7 * inputs.weeks - 1);
  inputs.calendar = random_calendar(inputs.start, end);
  if (*rc::gen::arbitrary<bool>()) {
    inputs.findings = analytics::analyse_assessment(stride::testing::random_assessment(), catalog.default_table(), catalog.imbalance_rules);
  }
  return inputs;
}

inline PlanningData planning_data(const service::Catalog& catalog) {
  return PlanningData{catalog.library, catalog.default_table(), catalog.muscles, catalog.corrective_rules,
                      catalog.plan_rules};
}

// The inputs in a few lines, for a failure message.
inline std::string describe(const PlanInputs& inputs) {
  const auto& athlete = inputs.athlete;
  std::string text = fmt::format("start {} ({})", core::format_iso_date(inputs.start),
                                 core::enum_name(core::weekday_of(inputs.start)));
  if (athlete.goal.race_date) {
    text += fmt::format(", {} race {}", core::enum_name(athlete.goal.event), core::format_iso_date(*athlete.goal.race_date));
  } else {
    text += fmt::format(", {} weeks, {} without a race", inputs.weeks, core::enum_name(athlete.goal.event));
  }
  text += fmt::format("\nathlete: {} strength, {:g} km/week, {}, born {}, {} x {} min on ",
                      core::enum_name(athlete.strength_experience), athlete.running.weekly_distance.value(),
                      core::enum_name(athlete.running.surface), athlete.birth_year.value_or(0),
                      athlete.availability.strength_sessions_per_week, athlete.availability.session_minutes.count());
  if (athlete.availability.days.empty()) text += "any day";
  for (auto day : athlete.availability.days) text += fmt::format("{} ", core::enum_name(day));
  text += "\ninjuries:";
  for (const auto& injury : athlete.injuries) {
    text += fmt::format(" {}/{}/{}", core::enum_name(injury.region), core::enum_name(injury.side),
                        core::enum_name(injury.status));
  }
  text += "\nequipment:";
  for (auto item : athlete.equipment) text += fmt::format(" {}", core::enum_name(item));
  text += "\ntemplate:";
  for (auto day : core::enum_values<core::Weekday>()) {
    text += fmt::format(" {}={}", core::enum_name(day),
                        core::enum_name(inputs.calendar.weekly_template[static_cast<std::size_t>(day)].type));
  }
  text += "\ndated runs:";
  for (const auto& [date, run] : inputs.calendar.dated_runs) {
    text += fmt::format(" {}={}", core::format_iso_date(date), core::enum_name(run.type));
  }
  if (inputs.findings) {
    text += fmt::format("\nassessment: {} finding(s), imbalances:", inputs.findings->findings.size());
    for (const auto& imbalance : inputs.findings->imbalances) text += fmt::format(" {}", core::enum_name(imbalance.weaker_side));
  } else {
    text += "\nno assessment";
  }
  return text;
}

}  // namespace stride::planning::testing_support
