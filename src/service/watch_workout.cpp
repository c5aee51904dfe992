#include "stride/service/watch_workout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "stride/core/enum_names.hpp"

namespace stride::service {
namespace {

const core::PlanDay* find_plan_day(const core::Plan& plan, core::Date date) {
  const auto matches = [&](const core::PlanDay& day) { return day.date == date; };
  if (auto found = std::find_if(plan.days.begin(), plan.days.end(), matches); found != plan.days.end()) return &*found;
  if (plan.after_race) {
    const auto& days = plan.after_race->days;
    if (auto found = std::find_if(days.begin(), days.end(), matches); found != days.end()) return &*found;
  }
  return nullptr;
}

core::Result<const core::PlannedSession*> choose_session(const core::PlanDay* day,
                                                         std::optional<int> session_number) {
  const std::string date_text = core::format_iso_date(day->date);
  if (!session_number) {
    for (const auto& session : day->sessions) {
      if (session.kind == core::SessionKind::Strength) return &session;
    }
    return std::unexpected(core::invalid_input(
        "--date", "",
        day->sessions.empty() ? fmt::format("{}: the plan has no session that day", date_text)
                              : fmt::format("{}: the plan has no strength session that day", date_text)));
  }
  const int number = *session_number;
  const int count = static_cast<int>(day->sessions.size());
  if (number < 1 || number > count) {
    return std::unexpected(core::invalid_input(
        "--session", "",
        count == 0 ? fmt::format("{}: the plan has no session on {}", number, date_text)
                   : fmt::format("{}: the plan has {} session{} on {}", number, count, count == 1 ? "" : "s",
                                 date_text)));
  }
  const core::PlannedSession& session = day->sessions[static_cast<std::size_t>(number - 1)];
  if (session.kind != core::SessionKind::Strength) {
    return std::unexpected(core::invalid_input(
        "--session", "",
        fmt::format("{}: session {} is a {} session, not a strength session", number, session.id,
                    core::enum_name(session.kind))));
  }
  return &session;
}

core::WorkoutStepIntensity block_intensity(const core::Block& block) {
  if (block.name == "warm_up") return core::WorkoutStepIntensity::WarmUp;
  if (block.name == "cool_down") return core::WorkoutStepIntensity::CoolDown;
  return core::WorkoutStepIntensity::Active;
}

// The sides an item's sets are done on (a side's step is named "Left: " or "Right: " and the
// exercise, so that a watch that cuts long names keeps the side), in order: none for an item of both sides at once.
std::vector<core::Side> sides_of(const core::Prescription& item) {
  if (!item.per_side) return {core::Side::None};
  if (item.side_first == core::Side::Right) return {core::Side::Right, core::Side::Left};
  return {core::Side::Left, core::Side::Right};
}

void add_item(const Catalog& catalog, const core::Prescription& item, core::WorkoutStepIntensity intensity,
              std::vector<core::WorkoutStep>& steps) {
  const core::Exercise* exercise = catalog.library.find(item.exercise);
  const std::string name = exercise != nullptr ? exercise->name : item.exercise.str();
  const core::GarminExercise* garmin = catalog.garmin_exercise(item.exercise);
  const auto first = static_cast<std::uint32_t>(steps.size());
  for (const core::Side side : sides_of(item)) {
    core::WorkoutStep step;
    step.intensity = intensity;
    step.name = side == core::Side::None ? name : fmt::format("{}: {}", side == core::Side::Left ? "Left" : "Right", name);
    if (garmin != nullptr) {
      step.category = static_cast<std::uint16_t>(garmin->category);
      step.exercise_name = static_cast<std::uint16_t>(garmin->name);
    }
    if (item.reps) step.reps = static_cast<std::uint32_t>(*item.reps);
    else if (item.contacts) step.reps = static_cast<std::uint32_t>(*item.contacts);
    else if (item.hold_seconds) step.duration_ms = static_cast<std::uint32_t>(*item.hold_seconds) * 1000u;
    if (item.load_kg && *item.load_kg > 0) step.weight_kg = std::round(*item.load_kg * 100.0) / 100.0;
    steps.push_back(std::move(step));
  }
  if (item.rest_seconds > 0) {
    core::WorkoutStep rest;
    rest.kind = core::WorkoutStepKind::Rest;
    rest.intensity = core::WorkoutStepIntensity::Rest;
    rest.name = "Rest";
    rest.duration_ms = static_cast<std::uint32_t>(item.rest_seconds) * 1000u;
    steps.push_back(std::move(rest));
  }
  if (item.sets > 1) {
    core::WorkoutStep repeat;
    repeat.kind = core::WorkoutStepKind::Repeat;
    repeat.repeat_from = first;
    repeat.repeat_count = static_cast<std::uint32_t>(item.sets);
    steps.push_back(std::move(repeat));
  }
  if (item.extra_sets_side == core::Side::Left || item.extra_sets_side == core::Side::Right) {
    // The weaker side's extra set: its active step again, then the rest.
    const std::size_t side_step = first + (item.per_side && sides_of(item).front() != *item.extra_sets_side ? 1 : 0);
    core::WorkoutStep extra = steps[side_step];
    const std::string side_name = *item.extra_sets_side == core::Side::Left ? "Left" : "Right";
    extra.name = fmt::format("{}: {} (extra set)", side_name, name);
    steps.push_back(std::move(extra));
    if (item.rest_seconds > 0) {
      core::WorkoutStep rest = steps[first + sides_of(item).size()];
      steps.push_back(std::move(rest));
    }
  }
}

}  // namespace

core::Result<core::WatchWorkout> watch_workout(const Catalog& catalog, const core::Plan& plan,
                                               const WatchWorkoutRequest& request) {
  const core::PlanDay* day = find_plan_day(plan, request.date);
  if (day == nullptr) {
    return std::unexpected(core::invalid_input(
        "--date", "",
        fmt::format("{} is outside the plan ({} to {})", core::format_iso_date(request.date),
                    core::format_iso_date(plan.start), core::format_iso_date(plan.end))));
  }
  return watch_workout_of_day(catalog, *day, request.session_number);
}

core::Result<core::WatchWorkout> stored_watch_workout(const Catalog& catalog, core::Store& store,
                                                      core::AthleteId athlete, const WatchWorkoutRequest& request) {
  STRIDE_TRY(const auto days, store.effective_days(athlete, request.date, request.date));
  if (days.empty()) {
    return std::unexpected(core::invalid_input(
        "--date", "", fmt::format("{}: no stored plan covers that day", core::format_iso_date(request.date))));
  }
  return watch_workout_of_day(catalog, days.front().day, request.session_number);
}

core::Result<core::WatchWorkout> watch_workout_of_day(const Catalog& catalog, const core::PlanDay& day,
                                                      std::optional<int> session_number) {
  STRIDE_TRY(const core::PlannedSession* session, choose_session(&day, session_number));
  core::WatchWorkout workout;
  workout.name = session->title;
  workout.date = day.date;
  for (const auto& block : session->blocks) {
    const auto block_start = static_cast<std::uint32_t>(workout.steps.size());
    for (const auto& item : block.items) add_item(catalog, item, block_intensity(block), workout.steps);
    if (block.rounds > 1 && workout.steps.size() > block_start) {
      core::WorkoutStep repeat;
      repeat.kind = core::WorkoutStepKind::Repeat;
      repeat.repeat_from = block_start;
      repeat.repeat_count = static_cast<std::uint32_t>(block.rounds);
      workout.steps.push_back(std::move(repeat));
    }
  }
  return workout;
}

}  // namespace stride::service
