#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/core/string_hash.hpp"

namespace stride::core {

// The muscle vocabulary of shared/spec/muscles.md: ids, groups and their members.
// A group stands for all its members, and a member counts as part of its groups.
class MuscleVocabulary {
 public:
  struct Group {
    std::string id;
    std::vector<std::string> members;

    friend bool operator==(const Group&, const Group&) = default;
  };

  // Builds the vocabulary. Fails with Corrupt when a group is defined twice, is empty, or the
  // membership graph has a cycle. `plain_names` maps ids to words a runner knows ("deep calf
  // muscle"); ids without one are shown as they are.
  [[nodiscard]] static Result<MuscleVocabulary> create(std::vector<Group> groups,
                                                       std::vector<std::string> ungrouped,
                                                       std::map<std::string, std::string> plain_names);

  [[nodiscard]] bool contains(std::string_view id) const;

  // True when work aimed at `provided` serves a need named `needed`: the same id, or one is a
  // group that (transitively) contains the other.
  [[nodiscard]] bool serves(std::string_view provided, std::string_view needed) const;

  // serves() for many ids at once: the ranks related to `id` (a group that contains it or a
  // member of it, at any depth; the relation goes both ways) as bits, 64 to a word, rank r at bit
  // r % 64 of word r / 64; empty for an id the vocabulary does not hold. A known `provided` serves
  // a known `needed` exactly when it has the same rank or a related one.
  [[nodiscard]] std::span<const std::uint64_t> related_ranks(std::string_view id) const;

  // The id as a runner reads it, e.g. "soleus (deep calf)": its plain name, or for an id without
  // one the id with spaces for underscores ("glute med").
  [[nodiscard]] std::string plain_name(std::string_view id) const;
  // plain_name() of an id the vocabulary holds, as a view of the vocabulary's own copy; empty for
  // an id it does not hold.
  [[nodiscard]] std::string_view known_plain_name(std::string_view id) const;

  // The position of the id in the vocabulary's order (groups in their listed order, lower body
  // first). Unknown ids rank last.
  [[nodiscard]] std::size_t rank(std::string_view id) const;

  [[nodiscard]] const std::vector<std::string>& ids() const { return m_ordered_ids; }

  // What create() was given, in its order: create() on these three builds an equal vocabulary.
  [[nodiscard]] const std::vector<Group>& groups() const { return m_groups; }
  [[nodiscard]] const std::vector<std::string>& ungrouped() const { return m_ungrouped; }
  [[nodiscard]] const std::map<std::string, std::string, std::less<>>& plain_names() const { return m_plain_names; }

  friend bool operator==(const MuscleVocabulary&, const MuscleVocabulary&) = default;

 private:
  struct Entry {
    std::size_t rank = 0;
    std::vector<std::uint64_t> related;  // by rank, as related_ranks() gives them: every ancestor and descendant
    std::string plain_name;              // plain_name()

    friend bool operator==(const Entry&, const Entry&) = default;
  };
  std::vector<Group> m_groups;
  std::vector<std::string> m_ungrouped;
  StringMap<Entry> m_entries;
  std::vector<std::string> m_ordered_ids;
  std::map<std::string, std::string, std::less<>> m_plain_names;
};

}  // namespace stride::core
