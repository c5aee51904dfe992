#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "stride/core/vocabulary.hpp"

namespace stride::core {

// A set of equipment as bits, bit e for Equipment e: what an exercise needs, or what a runner has.
using EquipmentBits = std::uint32_t;
[[nodiscard]] constexpr EquipmentBits equipment_bit(Equipment item) {
  return EquipmentBits{1} << static_cast<unsigned>(item);
}
[[nodiscard]] EquipmentBits equipment_bits(const std::set<Equipment>& equipment);

// True when `available` holds every piece of `needed`: Exercise::doable_with on bits.
[[nodiscard]] constexpr bool doable_with(EquipmentBits needed, EquipmentBits available) {
  return (needed & ~available) == 0;
}

// One entry of the exercise library (contract §4.1, plus `measure`, `tags`, `aliases` and
// `description`). Links to easier and harder variants are exercise ids.
struct Exercise {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  Pattern pattern = Pattern::Squat;
  std::vector<std::string> primary_muscles;  // a plan's items share the plan's own copy (planning::ExerciseStrings)
  std::vector<std::string> secondary_muscles;
  std::set<Equipment> equipment;  // all of these are needed; empty = bodyweight only
  bool unilateral = false;
  Impact impact = Impact::None;
  int level = 1;  // 1 (easiest) to 5
  std::optional<std::string> regression;
  std::optional<std::string> progression;
  Measure measure = Measure::Reps;
  std::vector<std::string> cues;
  std::set<InjuryRegion> avoid_with;
  std::set<ExerciseTag> tags;
  std::string description;
  std::string source;  // the data file the entry came from, for error messages

  [[nodiscard]] bool has_tag(ExerciseTag tag) const { return tags.contains(tag); }

  // True when every piece of equipment the exercise needs is in `available`.
  [[nodiscard]] bool doable_with(const std::set<Equipment>& available) const;

  friend bool operator==(const Exercise&, const Exercise&) = default;
};

}  // namespace stride::core
