// MemoryStore: the changes people made to athletes' plans.

#include "store_validation.hpp"
#include "stride/storage/memory_store.hpp"

namespace stride::storage {

core::Result<core::PlanChangeId> MemoryStore::add_plan_change(core::AthleteId athlete, const core::PlanChange& change,
                                                              core::AccountId author, std::string_view author_name,
                                                              core::Instant made) {
  STRIDE_TRY_STATUS(detail::plan_change_document(change, author_name));
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  const core::PlanChangeId id{static_cast<std::int64_t>(m_plan_changes.size()) + 1};
  // As the SQLite schema's foreign key: an unknown author is kept by name only.
  const core::AccountId kept_author = knows(author) ? author : core::AccountId{0};
  m_plan_changes.push_back({athlete, {id, change, kept_author, std::string(author_name), made, std::nullopt}});
  mark_changed(athlete);
  return id;
}

core::Result<std::vector<core::PlanChangeRecord>> MemoryStore::plan_changes(core::AthleteId athlete) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  std::vector<core::PlanChangeRecord> records;
  for (const auto& stored : m_plan_changes) {
    if (stored.athlete == athlete) records.push_back(stored.record);
  }
  return records;
}

core::Status MemoryStore::set_plan_change_conflict(core::AthleteId athlete, core::PlanChangeId change,
                                                   std::string_view conflict) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  const auto index = static_cast<std::size_t>(change.value - 1);
  if (change.value < 1 || index >= m_plan_changes.size() || m_plan_changes[index].athlete != athlete) {
    return std::unexpected(detail::unknown_plan_change(athlete, change));
  }
  m_plan_changes[index].record.conflict = std::string(conflict);
  mark_changed(athlete);
  return {};
}

}  // namespace stride::storage
