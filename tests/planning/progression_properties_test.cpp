// Properties of next_load over random histories: increases stay between +2 % and the cap and land
// on the equipment's grid, a step back never adds load, and Repeat and Hold keep the last load.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <array>
#include <cmath>
#include <optional>
#include <set>
#include <vector>

#include "stride/planning/progression.hpp"

namespace stride::planning {
namespace {

using core::Equipment;

struct Scenario {
  std::vector<ExerciseSession> history;
  bool lower_body = true;
  std::set<Equipment> equipment;
  std::optional<double> latest_load_kg;  // the heaviest load of the latest session
};

enum class Shape { Any, Beating, TooHard };

// A random history of 1 to 4 sessions at loads on the equipment's grid. Beating: the last two
// sessions beat the target at one load. TooHard: the last two are rated 1 to 2 points over it.
Scenario random_scenario(Shape shape) {
  Scenario scenario;
  constexpr std::array<Equipment, 4> kLoaded{Equipment::Dumbbells, Equipment::Kettlebell, Equipment::Barbell,
                                             Equipment::Cable};
  const int kit = *rc::gen::inRange(0, 5);
  if (kit < 4) scenario.equipment.insert(kLoaded[static_cast<std::size_t>(kit)]);
  scenario.lower_body = *rc::gen::arbitrary<bool>();
  const double step = equipment_step(scenario.equipment);
  const bool bodyweight = *rc::gen::inRange(0, 6) == 0;
  const double usual_load = step * *rc::gen::inRange(1, 80);
  const int sessions = *rc::gen::inRange(shape == Shape::Any ? 1 : 2, 5);
  for (int index = 0; index < sessions; ++index) {
    const bool last_two = index >= sessions - 2;
    ExerciseSession session;
    session.date = core::add_days(core::Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}},
                                  3 * index);
    session.target_reps = *rc::gen::inRange(3, 13);
    if (*rc::gen::inRange(0, 4) > 0) session.target_rpe = *rc::gen::inRange(12, 19) / 2.0;  // 6 to 9
    const double target_rpe = session.target_rpe.value_or(8.0);
    const bool same_load = (shape == Shape::Beating && last_two) || *rc::gen::inRange(0, 3) > 0;
    const double load = same_load ? usual_load : step * *rc::gen::inRange(1, 80);
    const int set_count = *rc::gen::inRange(1, 5);
    for (int set_index = 0; set_index < set_count; ++set_index) {
      core::StrengthSet set{"split_squat", core::Side::None, 0, std::nullopt, std::nullopt};
      if (!bodyweight) set.load_kg = load;
      if (shape == Shape::Beating && last_two) {
        set.reps = session.target_reps + *rc::gen::inRange(1, 5);
        if (*rc::gen::arbitrary<bool>()) set.rpe = target_rpe - *rc::gen::inRange(0, 5) / 2.0;
      } else if (shape == Shape::TooHard && last_two) {
        set.reps = session.target_reps + *rc::gen::inRange(-2, 2);
        set.rpe = std::min(10.0, target_rpe + *rc::gen::inRange(2, 5) / 2.0);
        if (!session.target_rpe) set.rpe = 10.0;
      } else {
        set.reps = std::max(0, session.target_reps + *rc::gen::inRange(-2, 4));
        if (*rc::gen::inRange(0, 4) > 0) set.rpe = *rc::gen::inRange(10, 21) / 2.0;  // 5 to 10
      }
      session.sets.push_back(set);
    }
    scenario.latest_load_kg = bodyweight ? std::nullopt : std::optional<double>{load};
    scenario.history.push_back(std::move(session));
  }
  return scenario;
}

bool on_grid(double load_kg, double step) {
  const double steps = load_kg / step;
  return std::abs(steps - std::round(steps)) < 1e-9;
}

double cap_of(const Scenario& scenario) {
  const ProgressionRules rules;
  return scenario.lower_body ? rules.lower_body_cap : rules.upper_body_cap;
}

RC_GTEST_PROP(ProgressionProperties, TheIncreaseBeforeRoundingIsBetweenTwoPercentAndTheCap, ()) {
  const double one_rep_max = *rc::gen::inRange(1, 4000) / 10.0;
  const double load = *rc::gen::inRange(1, 3000) / 10.0;
  const int reps = *rc::gen::inRange(1, 16);
  const double rpe = *rc::gen::inRange(8, 21) / 2.0;
  const double cap = *rc::gen::element(0.05, 0.10);
  const double increase = increase_before_rounding(one_rep_max, load, reps, rpe, cap);
  RC_ASSERT(increase >= 0.02);
  RC_ASSERT(increase <= cap);
}

RC_GTEST_PROP(ProgressionProperties, TwoBeatsIncreaseWithinTheCapOnTheGridOrHold, ()) {
  const auto scenario = random_scenario(Shape::Beating);
  const auto decision = next_load(scenario.history, scenario.lower_body, scenario.equipment);
  RC_ASSERT(decision.change == LoadChange::Increase || decision.change == LoadChange::Hold);
  if (!scenario.latest_load_kg) {
    RC_ASSERT(decision.change == LoadChange::Increase);
    RC_ASSERT(!decision.load_kg);
    return;
  }
  const double last = *scenario.latest_load_kg;
  const double step = equipment_step(scenario.equipment);
  RC_ASSERT(decision.load_kg.has_value());
  if (decision.change == LoadChange::Increase) {
    RC_ASSERT(*decision.load_kg >= last * 1.02 - 1e-9);
    RC_ASSERT(*decision.load_kg <= last * (1.0 + cap_of(scenario)) + 1e-9);
    RC_ASSERT(on_grid(*decision.load_kg, step));
  } else {
    // Hold only when no grid load lies between +2 % and the cap.
    RC_ASSERT(*decision.load_kg == last);
    RC_ASSERT(round_to_equipment(last * 1.02, scenario.equipment, Rounding::Up) > last * (1.0 + cap_of(scenario)));
  }
}

RC_GTEST_PROP(ProgressionProperties, TwoTooHardSessionsStepBackAndNeverAddLoad, ()) {
  const auto scenario = random_scenario(Shape::TooHard);
  const auto decision = next_load(scenario.history, scenario.lower_body, scenario.equipment);
  RC_ASSERT(decision.change == LoadChange::StepBack);
  RC_ASSERT(decision.load_kg.has_value() == scenario.latest_load_kg.has_value());
  if (scenario.latest_load_kg) {
    RC_ASSERT(*decision.load_kg < *scenario.latest_load_kg);
    RC_ASSERT(*decision.load_kg >= 0.0);
    RC_ASSERT(on_grid(*decision.load_kg, equipment_step(scenario.equipment)));
  }
}

RC_GTEST_PROP(ProgressionProperties, EveryDecisionKeepsItsRules, ()) {
  const auto scenario = random_scenario(*rc::gen::element(Shape::Any, Shape::Any, Shape::Beating, Shape::TooHard));
  const auto decision = next_load(scenario.history, scenario.lower_body, scenario.equipment);
  RC_ASSERT(!decision.why.empty());
  RC_ASSERT(decision.change != LoadChange::NoHistory);
  if (decision.load_kg) RC_ASSERT(on_grid(*decision.load_kg, equipment_step(scenario.equipment)));
  if (decision.change == LoadChange::Repeat || decision.change == LoadChange::Hold) {
    RC_ASSERT(decision.load_kg == scenario.latest_load_kg);
  }
  if (decision.change == LoadChange::StepBack && scenario.latest_load_kg) {
    RC_ASSERT(*decision.load_kg <= *scenario.latest_load_kg);
  }
  const auto again = next_load(scenario.history, scenario.lower_body, scenario.equipment);
  RC_ASSERT(again.change == decision.change);
  RC_ASSERT(again.load_kg == decision.load_kg);
  RC_ASSERT(again.why == decision.why);
}

}  // namespace
}  // namespace stride::planning
