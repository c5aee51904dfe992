#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "stride/core/exercise.hpp"
#include "stride/core/muscles.hpp"

namespace stride::core {

// Which muscles of a vocabulary each of a list of exercises serves: MuscleVocabulary::serves(p, m)
// for one of its primary muscles p (the muscle itself, a group that holds it or a member of it),
// worked out once as bits by the vocabulary's rank, so that a question costs no look-up.
// Immutable after construction; safe to share between threads.
class ServedMuscles {
 public:
  ServedMuscles() = default;
  // Every primary muscle of `exercises` must be in `muscles` (ExerciseLibrary::create checks it).
  ServedMuscles(std::span<const Exercise> exercises, const MuscleVocabulary& muscles);

  // Whether exercises[position] serves the muscle of rank `rank` (MuscleVocabulary::rank); false
  // for a rank outside the vocabulary (an id it does not hold).
  [[nodiscard]] bool serves(std::size_t position, std::size_t rank) const {
    if (rank >= m_ranks) return false;
    return (m_bits[position * m_words + rank / 64] >> (rank % 64) & 1U) != 0;
  }

  friend bool operator==(const ServedMuscles&, const ServedMuscles&) = default;

 private:
  std::size_t m_ranks = 0;  // the vocabulary's size
  std::size_t m_words = 0;  // 64-bit words per exercise
  std::vector<std::uint64_t> m_bits;
};

}  // namespace stride::core
