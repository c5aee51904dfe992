#pragma once

#include <string>
#include <string_view>

#include "stride/core/accounts.hpp"
#include "stride/core/secrets.hpp"
#include "stride/core/store.hpp"

// Handing an athlete a coach made over to the runner's own account (api.md §4, docs/accounts.md):
// the owning coach makes a single-use code, the runner accepts it and becomes the owner, and the
// coach keeps a coach grant the runner may revoke.
namespace stride::service {

// A new hand-over code. `code` is shown to the coach once and stored nowhere (only its digest).
struct CreatedHandover {
  std::string code;
  core::Instant expires;
};

// What an accepted hand-over did: the athlete the runner now owns, and the coach who coaches it.
struct AcceptedHandover {
  core::AthleteId athlete;
  core::AccountId coach;
};

// The account `coach` makes a single-use code handing `athlete` over, valid for kHandoverLifetime
// from `now`; it replaces the athlete's earlier code, which then names nothing. The errors of
// AccessPolicy::authorize for AthleteAction::HandOver (NotFound for anyone but the owner, a coach
// of the athlete included), then Forbidden when the owner is a runner account.
[[nodiscard]] core::Result<CreatedHandover> create_handover(core::Store& store, core::Secrets& secrets,
                                                            const core::Account& coach, core::AthleteId athlete,
                                                            core::Instant now);

// The runner `runner` accepts the hand-over `code`: in one unit of work the runner becomes the
// athlete's owner (its revision changes), the coach who made the code gets a coach grant, and the
// code is spent. Returns the athlete's id. Forbidden unless `runner` is a runner account; NotFound
// (field `code`) for an unknown code; Conflict (field `code`) for a code spent already or expired at
// `now`. A runner has one profile: one of their own without a record (no activity, pain report or
// assessment; a profile made in onboarding before the code came) is deleted in the same unit of work,
// so the coach's takes its place; one with a record is kept and the acceptance is Conflict (no
// field), since merging two logs is not done. A refused acceptance spends and deletes nothing.
[[nodiscard]] core::Result<AcceptedHandover> accept_handover(core::Store& store, core::Secrets& secrets,
                                                             const core::Account& runner, std::string_view code,
                                                             core::Instant now);

}  // namespace stride::service
