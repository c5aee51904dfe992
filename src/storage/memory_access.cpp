// MemoryStore: invitations, coach grants and athlete ownership.

#include <algorithm>

#include "account_validation.hpp"
#include "store_validation.hpp"
#include "stride/storage/memory_store.hpp"

namespace stride::storage {

core::Result<core::InvitationId> MemoryStore::add_invitation(core::AccountId coach, std::string_view code_digest,
                                                             core::Instant now, core::Instant expires) {
  STRIDE_TRY_STATUS(detail::check_digest(code_digest, "invitation"));
  STRIDE_TRY_STATUS(detail::check_invitation_span(now, expires));
  if (!knows(coach)) return std::unexpected(detail::unknown_account(coach));
  auto& invitations = m_account_state.invitations;
  if (std::ranges::any_of(invitations, [&](const auto& stored) { return stored.digest == code_digest; })) {
    return std::unexpected(detail::duplicate_digest("invitation"));
  }
  const core::InvitationId id{static_cast<std::int64_t>(invitations.size()) + 1};
  invitations.push_back({{id, coach, now, expires, std::nullopt}, std::string(code_digest)});
  return id;
}

core::Result<std::optional<core::InvitationRecord>> MemoryStore::find_invitation(std::string_view code_digest) {
  for (const auto& stored : m_account_state.invitations) {
    if (stored.digest == code_digest) return stored.record;
  }
  return std::nullopt;
}

core::Status MemoryStore::mark_invitation_accepted(core::InvitationId invitation, core::AccountId runner,
                                                   core::AthleteId athlete, core::Instant now) {
  auto& invitations = m_account_state.invitations;
  if (invitation.value < 1 || static_cast<std::size_t>(invitation.value) > invitations.size()) {
    return std::unexpected(detail::unknown_invitation(invitation));
  }
  if (!knows(runner)) return std::unexpected(detail::unknown_account(runner));
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  auto& record = invitations[static_cast<std::size_t>(invitation.value - 1)].record;
  if (record.accepted) return std::unexpected(detail::invitation_already_accepted(invitation));
  record.accepted = now;
  return {};
}

core::Result<core::AthleteId> MemoryStore::add_owned_athlete(const core::Athlete& athlete, core::AccountId owner) {
  // The athlete is checked before the account, as SqliteStore does.
  STRIDE_TRY_STATUS(detail::athlete_document(athlete));
  if (!knows(owner)) return std::unexpected(detail::unknown_account(owner));
  STRIDE_TRY(const core::AthleteId id, add_athlete(athlete));
  m_account_state.athlete_links[id.value] = {owner, owner};
  return id;
}

core::Result<core::AthleteRelation> MemoryStore::athlete_relation(core::AthleteId athlete, core::AccountId account) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  core::AthleteRelation relation;
  if (const auto links = m_account_state.athlete_links.find(athlete.value);
      links != m_account_state.athlete_links.end()) {
    relation.owner = links->second.owner == account;
    relation.creator = links->second.creator == account;
  }
  relation.coach = std::ranges::any_of(m_account_state.grants, [&](const auto& grant) {
    return grant.athlete == athlete && grant.coach == account;
  });
  return relation;
}

core::Result<std::vector<core::VisibleAthlete>> MemoryStore::visible_athletes(core::AccountId account) {
  std::vector<core::VisibleAthlete> visible;
  for (const auto& record : m_athletes) {
    if (!knows(record.id)) continue;  // deleted
    STRIDE_TRY(const auto relation, athlete_relation(record.id, account));
    if (relation.owner || relation.coach) {
      visible.push_back({record.id, record.athlete.name, relation.owner});
    }
  }
  return visible;
}

core::Status MemoryStore::add_coach_grant(core::AthleteId athlete, core::AccountId coach, core::Instant) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  if (!knows(coach)) return std::unexpected(detail::unknown_account(coach));
  auto& grants = m_account_state.grants;
  if (std::ranges::none_of(grants, [&](const auto& grant) { return grant.athlete == athlete && grant.coach == coach; })) {
    grants.push_back({athlete, coach});
  }
  return {};
}

core::Status MemoryStore::revoke_coach_grant(core::AthleteId athlete, core::AccountId coach) {
  const auto removed = std::erase_if(m_account_state.grants, [&](const auto& grant) {
    return grant.athlete == athlete && grant.coach == coach;
  });
  if (removed == 0) return std::unexpected(detail::unknown_coach_grant(athlete, coach));
  return {};
}

core::Result<std::vector<core::AccountId>> MemoryStore::coaches(core::AthleteId athlete) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  std::vector<core::AccountId> accounts;
  for (const auto& grant : m_account_state.grants) {
    if (grant.athlete == athlete) accounts.push_back(grant.coach);
  }
  std::ranges::sort(accounts);
  return accounts;
}

}  // namespace stride::storage
