#include "stride/service/coaching.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "stride/service/access_policy.hpp"

namespace stride::service {
namespace {

core::Error code_error(core::ErrorCode code, std::string message) {
  core::Error error = core::make_error(code, std::move(message));
  error.field = "code";
  return error;
}

}  // namespace

core::Result<core::AthleteId> add_athlete_for(core::Store& store, const core::Account& caller,
                                              const core::Athlete& athlete) {
  return store.add_owned_athlete(athlete, caller.id);
}

core::Result<std::vector<core::VisibleAthlete>> visible_athletes(core::Store& store, const core::Account& caller) {
  return store.visible_athletes(caller.id);
}

core::Result<CreatedInvitation> create_invitation(core::Store& store, core::Secrets& secrets,
                                                  const core::Account& coach, core::Instant now) {
  if (coach.role != core::AccountRole::Coach) {
    return std::unexpected(core::make_error(core::ErrorCode::Forbidden, "only a coach account can invite runners"));
  }
  CreatedInvitation created{{}, secrets.random_token(), now + core::kInvitationLifetime};
  STRIDE_TRY(created.id, store.add_invitation(coach.id, secrets.token_digest(created.code), now, created.expires));
  return created;
}

core::Result<core::AccountId> accept_invitation(core::Store& store, core::Secrets& secrets,
                                                const core::Account& runner, std::string_view code,
                                                core::AthleteId athlete, core::Instant now) {
  if (runner.role != core::AccountRole::Runner) {
    return std::unexpected(
        core::make_error(core::ErrorCode::Forbidden, "only a runner account can accept a coach's invitation"));
  }
  const std::string digest = secrets.token_digest(code);
  return core::in_one_unit<core::AccountId>(store, [&]() -> core::Result<core::AccountId> {
    STRIDE_TRY(const auto invitation, store.find_invitation(digest));
    if (code.empty() || !invitation) {
      return std::unexpected(code_error(core::ErrorCode::NotFound, "no such invitation"));
    }
    if (invitation->accepted) {
      return std::unexpected(code_error(core::ErrorCode::Conflict, "this invitation was used already"));
    }
    if (!(now < invitation->expires)) {
      return std::unexpected(code_error(core::ErrorCode::Conflict,
                                        "this invitation has expired; ask the coach for a new one"));
    }
    STRIDE_TRY(const AthleteAccess access, AccessPolicy(store).access(runner, athlete));
    if (access != AthleteAccess::Owner) {
      core::Error error = core::make_error(core::ErrorCode::NotFound,
                                           fmt::format("no athlete with id {} of yours", athlete.value));
      error.field = "athlete_id";
      return std::unexpected(std::move(error));
    }
    STRIDE_TRY_STATUS(store.mark_invitation_accepted(invitation->id, runner.id, athlete, now));
    STRIDE_TRY_STATUS(store.add_coach_grant(athlete, invitation->coach, now));
    return invitation->coach;
  });
}

core::Status revoke_coach(core::Store& store, const core::Account& owner, core::AthleteId athlete,
                          core::AccountId coach) {
  STRIDE_TRY_STATUS(AccessPolicy(store).authorize(owner, athlete, AthleteAction::ManageCoaches));
  return store.revoke_coach_grant(athlete, coach);
}

core::Result<std::vector<core::Account>> coaches_of(core::Store& store, core::AthleteId athlete) {
  STRIDE_TRY(auto ids, store.coaches(athlete));
  std::sort(ids.begin(), ids.end(), [](core::AccountId a, core::AccountId b) { return a.value < b.value; });
  std::vector<core::Account> accounts;
  for (const auto id : ids) {
    STRIDE_TRY(auto account, store.find_account(id));
    accounts.push_back(std::move(account));
  }
  return accounts;
}

}  // namespace stride::service
