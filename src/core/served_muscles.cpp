#include "stride/core/served_muscles.hpp"

namespace stride::core {

ServedMuscles::ServedMuscles(std::span<const Exercise> exercises, const MuscleVocabulary& muscles)
    : m_ranks(muscles.ids().size()), m_words((m_ranks + 63) / 64), m_bits(exercises.size() * m_words) {
  const auto set = [&](std::size_t position, std::size_t rank) {
    m_bits[position * m_words + rank / 64] |= std::uint64_t{1} << (rank % 64);
  };
  for (std::size_t position = 0; position < exercises.size(); ++position) {
    for (const auto& primary : exercises[position].primary_muscles) {
      const auto rank = muscles.rank(primary);
      if (rank >= m_ranks) continue;
      set(position, rank);
      // serves() is symmetric in its two muscles' relation: a group and each of its members, at
      // any depth, are related both ways (MuscleVocabulary::related_by_rank).
      const auto* related = muscles.related_by_rank(primary);
      for (std::size_t other = 0; related != nullptr && other < related->size() && other < m_ranks; ++other) {
        if ((*related)[other]) set(position, other);
      }
    }
  }
}

}  // namespace stride::core
