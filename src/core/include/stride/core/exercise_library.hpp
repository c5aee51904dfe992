#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/core/exercise.hpp"
#include "stride/core/muscles.hpp"
#include "stride/core/served_muscles.hpp"
#include "stride/core/string_hash.hpp"

namespace stride::core {

// The validated exercise library. Immutable after creation; safe to share between threads.
class ExerciseLibrary {
 public:
  // Validates and indexes `exercises`. Fails with Corrupt, naming the entry and its data file,
  // when: an id repeats; a muscle is not in `muscles`; a level is outside 1..5; there are fewer
  // than two cues; a regression or progression does not resolve, points at itself, goes the
  // wrong way in level, or the links form a cycle; an exercise has neither link; a pattern has
  // fewer than `minimum_per_pattern` exercises; a plyometric is not dosed in contacts; a rolling
  // or stretching exercise is not dosed in seconds; a rolling exercise needs no roller or ball.
  [[nodiscard]] static Result<ExerciseLibrary> create(std::vector<Exercise> exercises,
                                                      const MuscleVocabulary& muscles,
                                                      std::size_t minimum_per_pattern = 3);

  // The exercise with this id, or nullptr.
  [[nodiscard]] const Exercise* find(std::string_view id) const;

  // Up to `limit` ids closest to `id`, best first, for "did you mean" hints (closest_matches in
  // suggestions.hpp: shared words, then edit distance); empty when nothing is close.
  [[nodiscard]] std::vector<std::string> closest_ids(std::string_view id, std::size_t limit = 3) const;

  // Every exercise, ordered by pattern (contract order), then level, then id.
  [[nodiscard]] const std::vector<Exercise>& all() const { return m_exercises; }

  [[nodiscard]] std::size_t count(Pattern pattern) const;

  // The exercises of one pattern: a contiguous part of all(), in its order.
  [[nodiscard]] std::span<const Exercise> of_pattern(Pattern pattern) const;

  // Which muscles each exercise serves, by its position in all() and the rank of the muscle in
  // the vocabulary create() was given, whose ids are muscle_ids() (in rank order).
  [[nodiscard]] const ServedMuscles& served_muscles() const { return m_served; }
  // The equipment all()[position] needs, as bits (doable_with(needed, available) on them).
  [[nodiscard]] EquipmentBits equipment_needed(std::size_t position) const { return m_equipment_needed[position]; }
  [[nodiscard]] const std::vector<std::string>& muscle_ids() const { return m_muscle_ids; }

  friend bool operator==(const ExerciseLibrary&, const ExerciseLibrary&) = default;

 private:
  std::vector<Exercise> m_exercises;
  StringMap<std::size_t> m_index;
  std::vector<std::string> m_muscle_ids;
  ServedMuscles m_served;
  std::vector<EquipmentBits> m_equipment_needed;  // by position in all()
};

}  // namespace stride::core
