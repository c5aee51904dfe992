#include "stride/core/served_muscles.hpp"

namespace stride::core {

ServedMuscles::ServedMuscles(std::span<const Exercise> exercises, const MuscleVocabulary& muscles)
    : m_ranks(muscles.ids().size()), m_words((m_ranks + 63) / 64), m_bits(exercises.size() * m_words) {
  // By rank, what work aimed at that muscle serves: itself and every muscle related to it (a group
  // that holds it or a member of it, at any depth; the relation goes both ways). Worked out for
  // the ranks some exercise names as a primary muscle, when first named (the catalog's library
  // names fewer than half of its vocabulary).
  std::vector<std::uint64_t> rows(m_ranks * m_words);
  std::vector<bool> row_made(m_ranks);
  const auto row_of = [&](std::size_t rank, std::string_view id) {
    auto* row = &rows[rank * m_words];
    if (row_made[rank]) return row;
    row_made[rank] = true;
    const auto related = muscles.related_ranks(id);
    for (std::size_t word = 0; word < related.size() && word < m_words; ++word) row[word] = related[word];
    row[rank / 64] |= std::uint64_t{1} << (rank % 64);
    return row;
  };
  for (std::size_t position = 0; position < exercises.size(); ++position) {
    for (const auto& primary : exercises[position].primary_muscles) {
      const auto rank = muscles.rank(primary);
      if (rank >= m_ranks) continue;
      const auto* row = row_of(rank, primary);
      for (std::size_t word = 0; word < m_words; ++word) m_bits[position * m_words + word] |= row[word];
    }
  }
}

}  // namespace stride::core
