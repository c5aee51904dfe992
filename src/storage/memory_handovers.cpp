// MemoryStore: the athletes' hand-over codes, known by the digests of their codes.

#include <algorithm>

#include "account_validation.hpp"
#include "store_validation.hpp"
#include "stride/storage/memory_store.hpp"

namespace stride::storage {

core::Status MemoryStore::set_handover(core::AthleteId athlete, core::AccountId coach, std::string_view code_digest,
                                       core::Instant now, core::Instant expires) {
  STRIDE_TRY_STATUS(detail::check_digest(code_digest, "hand-over code"));
  STRIDE_TRY_STATUS(detail::check_handover_span(now, expires));
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  if (!knows(coach)) return std::unexpected(detail::unknown_account(coach));
  auto& handovers = m_account_state.handovers;
  if (std::ranges::any_of(handovers, [&](const auto& stored) { return stored.digest == code_digest; })) {
    return std::unexpected(detail::duplicate_digest("hand-over code"));
  }
  std::erase_if(handovers, [&](const auto& stored) { return stored.record.athlete == athlete; });
  handovers.push_back({{athlete, coach, now, expires, std::nullopt}, std::string(code_digest)});
  return {};
}

core::Result<std::optional<core::HandoverRecord>> MemoryStore::find_handover(std::string_view code_digest) {
  for (const auto& stored : m_account_state.handovers) {
    if (stored.digest == code_digest) return stored.record;
  }
  return std::nullopt;
}

core::Status MemoryStore::complete_handover(core::AthleteId athlete, core::AccountId runner, core::Instant now) {
  auto& handovers = m_account_state.handovers;
  const auto stored =
      std::ranges::find_if(handovers, [&](const auto& candidate) { return candidate.record.athlete == athlete; });
  if (stored == handovers.end()) return std::unexpected(detail::unknown_handover(athlete));
  if (!knows(runner)) return std::unexpected(detail::unknown_account(runner));
  if (stored->record.accepted) return std::unexpected(detail::handover_already_accepted(athlete));
  stored->record.accepted = now;
  m_account_state.athlete_links[athlete.value].owner = runner;
  mark_changed(athlete);
  return {};
}

}  // namespace stride::storage
