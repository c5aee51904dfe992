// active_sets: the set messages of a FIT strength recording as the sets performed
// (docs/formats/fit.md, "Strength recordings").

#include <cmath>

#include <fmt/format.h>

#include "fit_activity.hpp"
#include "fit_stream.hpp"

namespace stride::importers::fit {
namespace {

double set_field(const SetValues& values, SetSlot slot) { return values[static_cast<std::size_t>(slot)]; }

// A set field as a whole number, or nullopt when the message lacks it.
std::optional<int> whole_set_field(const SetValues& values, SetSlot slot) {
  const double value = set_field(values, slot);
  if (!core::present(value)) return std::nullopt;
  return static_cast<int>(std::lround(value));
}

std::optional<double> present_set_field(const SetValues& values, SetSlot slot) {
  const double value = set_field(values, slot);
  return core::present(value) ? std::optional<double>(value) : std::nullopt;
}

}  // namespace

core::Result<std::vector<core::RecordedSet>> active_sets(const std::vector<PlacedSet>& messages,
                                                         std::string_view source) {
  std::vector<core::RecordedSet> sets;
  for (const auto& [offset, values] : messages) {
    const double set_type = set_field(values, SetSlot::SetType);
    if (core::present(set_type) && set_type != kRestSet && set_type != kActiveSet) {
      return std::unexpected(fit_error(
          source, fmt::format("set message at byte {} has set_type {}; the FIT profile defines only 0 (rest) and "
                              "1 (active)",
                              offset, set_type)));
    }
    if (set_type == kRestSet) continue;
    core::RecordedSet set;
    set.category = whole_set_field(values, SetSlot::Category);
    if (set.category == kUnknownExerciseCategory) set.category.reset();
    set.exercise_name = whole_set_field(values, SetSlot::CategorySubtype);
    set.repetitions = whole_set_field(values, SetSlot::Repetitions);
    if (!core::present(set_type) && !set.repetitions && !set.category) continue;
    if (set.repetitions && *set.repetitions > kMostSetRepetitions) {
      return std::unexpected(fit_error(
          source, fmt::format("set message at byte {} states {} repetitions, more than the {} a set can hold", offset,
                              *set.repetitions, kMostSetRepetitions)));
    }
    set.weight_kg = present_set_field(values, SetSlot::Weight);
    if (set.weight_kg && *set.weight_kg > kMostSetWeightKg) {
      return std::unexpected(fit_error(
          source, fmt::format("set message at byte {} states a weight of {} kg, more than the {} kg a set can hold",
                              offset, *set.weight_kg, kMostSetWeightKg)));
    }
    if (set.weight_kg == 0.0) set.weight_kg.reset();
    set.duration_s = present_set_field(values, SetSlot::Duration);
    if (const auto start = present_set_field(values, SetSlot::StartTime)) set.start_time_s = *start + kFitEpochUnixSeconds;
    sets.push_back(set);
  }
  return sets;
}

}  // namespace stride::importers::fit
