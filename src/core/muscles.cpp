#include "stride/core/muscles.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

namespace stride::core {

namespace {

// An id without a plain name as a runner reads it: spaces for underscores.
std::string spelled_out(std::string_view id) {
  std::string text(id);
  std::ranges::replace(text, '_', ' ');
  return text;
}

}  // namespace

Result<MuscleVocabulary> MuscleVocabulary::create(std::vector<Group> groups,
                                                  std::vector<std::string> ungrouped,
                                                  std::map<std::string, std::string> plain_names) {
  MuscleVocabulary vocabulary;
  std::map<std::string, std::vector<std::string>, std::less<>> children;
  auto add_id = [&vocabulary](const std::string& id) {
    if (vocabulary.m_entries.find(id) == vocabulary.m_entries.end()) {
      vocabulary.m_entries[id].rank = vocabulary.m_ordered_ids.size();
      vocabulary.m_ordered_ids.push_back(id);
    }
  };
  for (const auto& group : groups) {
    if (group.members.empty()) {
      return std::unexpected(make_error(ErrorCode::Corrupt, "a group needs at least one member",
                                        "muscles", fmt::format("$.groups.{}", group.id)));
    }
    if (children.contains(group.id)) {
      return std::unexpected(
          make_error(ErrorCode::Corrupt, "group defined twice", "muscles", fmt::format("$.groups.{}", group.id)));
    }
    children[group.id] = group.members;
    add_id(group.id);
    for (const auto& member : group.members) add_id(member);
  }
  for (const auto& id : ungrouped) add_id(id);
  const std::size_t words = (vocabulary.m_ordered_ids.size() + 63) / 64;
  for (auto& [id, entry] : vocabulary.m_entries) entry.related.assign(words, 0);
  const auto relate = [](Entry& entry, std::size_t rank) { entry.related[rank / 64] |= std::uint64_t{1} << (rank % 64); };

  // Depth-first walk from every id collects its descendants; a revisit on the current path is a cycle.
  std::set<std::string, std::less<>> on_path;
  std::function<Status(const std::string&, const std::string&)> collect =
      [&](const std::string& root, const std::string& node) -> Status {
    auto found = children.find(node);
    if (found == children.end()) return {};
    if (on_path.contains(node)) {
      return std::unexpected(make_error(ErrorCode::Corrupt, "group membership forms a cycle", "muscles",
                                        fmt::format("$.groups.{}", node)));
    }
    on_path.insert(node);
    for (const auto& member : found->second) {
      auto& root_entry = vocabulary.m_entries.find(root)->second;
      auto& member_entry = vocabulary.m_entries.find(member)->second;
      relate(root_entry, member_entry.rank);
      relate(member_entry, root_entry.rank);
      STRIDE_TRY_STATUS(collect(root, member));
    }
    on_path.erase(node);
    return {};
  };
  for (const auto& id : vocabulary.m_ordered_ids) STRIDE_TRY_STATUS(collect(id, id));

  for (auto& [id, name] : plain_names) {
    if (!vocabulary.contains(id)) {
      return std::unexpected(
          make_error(ErrorCode::Corrupt, "plain name for an unknown muscle", "muscles", fmt::format("$.plain_names.{}", id)));
    }
    vocabulary.m_plain_names.emplace(id, std::move(name));
  }
  for (auto& [id, entry] : vocabulary.m_entries) {
    const auto named = vocabulary.m_plain_names.find(id);
    entry.plain_name = named != vocabulary.m_plain_names.end() ? named->second : spelled_out(id);
  }
  vocabulary.m_groups = std::move(groups);
  vocabulary.m_ungrouped = std::move(ungrouped);
  return vocabulary;
}

bool MuscleVocabulary::contains(std::string_view id) const { return m_entries.find(id) != m_entries.end(); }

bool MuscleVocabulary::serves(std::string_view provided, std::string_view needed) const {
  if (provided == needed) return true;
  const auto entry = m_entries.find(needed);
  if (entry == m_entries.end()) return false;
  const auto other = m_entries.find(provided);
  if (other == m_entries.end()) return false;
  const auto rank = other->second.rank;
  return (entry->second.related[rank / 64] >> (rank % 64) & 1U) != 0;
}

std::span<const std::uint64_t> MuscleVocabulary::related_ranks(std::string_view id) const {
  const auto entry = m_entries.find(id);
  if (entry == m_entries.end()) return {};
  return entry->second.related;
}

std::string MuscleVocabulary::plain_name(std::string_view id) const {
  const auto found = m_entries.find(id);
  return found != m_entries.end() ? found->second.plain_name : spelled_out(id);
}

std::string_view MuscleVocabulary::known_plain_name(std::string_view id) const {
  const auto found = m_entries.find(id);
  return found != m_entries.end() ? std::string_view(found->second.plain_name) : std::string_view();
}

std::size_t MuscleVocabulary::rank(std::string_view id) const {
  auto found = m_entries.find(id);
  return found == m_entries.end() ? m_ordered_ids.size() : found->second.rank;
}

}  // namespace stride::core
