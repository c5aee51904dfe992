#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stride/core/accounts.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/secrets.hpp"
#include "stride/core/store.hpp"

// Athletes of accounts, and coaches: invitations, their acceptance and revoking a coach (api.md §4,
// docs/accounts.md).
namespace stride::service {

// A new invitation. `code` is given to the runner once and is stored nowhere (only its digest).
struct CreatedInvitation {
  core::InvitationId id;
  std::string code;
  core::Instant expires;
};

// Stores `athlete` owned by `caller` (runner or coach). The checks of Store::add_athlete.
[[nodiscard]] core::Result<core::AthleteId> add_athlete_for(core::Store& store, const core::Account& caller,
                                                            const core::Athlete& athlete);

// The athletes `caller` may see, by id, each marked whether the caller owns it.
[[nodiscard]] core::Result<std::vector<core::VisibleAthlete>> visible_athletes(core::Store& store,
                                                                              const core::Account& caller);

// Makes a single-use invitation of the coach `coach`, valid for kInvitationLifetime from `now`.
// Forbidden unless `coach` is a coach account.
[[nodiscard]] core::Result<CreatedInvitation> create_invitation(core::Store& store, core::Secrets& secrets,
                                                                const core::Account& coach, core::Instant now);

// The runner `runner` accepts the invitation `code` for their athlete `athlete`: the inviting coach
// gains coach access to it, and the code is spent; both in one unit of work. Returns the coach's
// account id. Forbidden unless `runner` is a runner account; NotFound (field `code`) for an unknown
// code; Conflict (field `code`) for a code used already or expired at `now`; NotFound (field
// `athlete_id`) unless the runner owns the athlete. A refused acceptance spends nothing.
[[nodiscard]] core::Result<core::AccountId> accept_invitation(core::Store& store, core::Secrets& secrets,
                                                              const core::Account& runner, std::string_view code,
                                                              core::AthleteId athlete, core::Instant now);

// The owner of `athlete` takes the coach `coach`'s access away. The errors of
// AccessPolicy::authorize for AthleteAction::ManageCoaches, and NotFound when `coach` does not
// coach the athlete.
[[nodiscard]] core::Status revoke_coach(core::Store& store, const core::Account& owner, core::AthleteId athlete,
                                        core::AccountId coach);

// The coach accounts holding a grant to `athlete`, by id. The caller has authorized the request
// (AccessPolicy, AthleteAction::ManageCoaches) first.
[[nodiscard]] core::Result<std::vector<core::Account>> coaches_of(core::Store& store, core::AthleteId athlete);

}  // namespace stride::service
