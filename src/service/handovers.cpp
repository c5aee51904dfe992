#include "stride/service/handovers.hpp"

#include <vector>

#include "stride/service/access_policy.hpp"

namespace stride::service {
namespace {

core::Error handover_code_error(core::ErrorCode code, std::string message) {
  core::Error error = core::make_error(code, std::move(message));
  error.field = "code";
  return error;
}

// True when nothing the runner recorded is stored about `athlete`: no activity, pain report or
// assessment. Its profile, running calendar and plans are not counted: the coach's replace them.
core::Result<bool> has_no_records(core::Store& store, core::AthleteId athlete) {
  STRIDE_TRY(const auto log, store.training_log(athlete, std::nullopt, std::nullopt));
  STRIDE_TRY(const auto assessments, store.assessments(athlete));
  return log.activities.empty() && log.pain.empty() && assessments.empty();
}

// Deletes the runner's own profiles when none holds a record, so the coach's takes their place;
// Conflict when one does (the runner keeps it, and the code is not spent).
core::Status clear_empty_profiles(core::Store& store, const core::Account& runner) {
  STRIDE_TRY(const auto visible, store.visible_athletes(runner.id));
  std::vector<core::AthleteId> own;
  for (const auto& athlete : visible) {
    if (!athlete.owner) continue;
    STRIDE_TRY(const bool empty, has_no_records(store, athlete.id));
    if (!empty) {
      return std::unexpected(core::make_error(
          core::ErrorCode::Conflict,
          "you have a profile with your own log already, so it was kept and the code was not used; ask "
          "your coach for an invitation instead, which lets them coach this profile"));
    }
    own.push_back(athlete.id);
  }
  for (const auto athlete : own) STRIDE_TRY_STATUS(store.delete_athlete(athlete));
  return {};
}

}  // namespace

core::Result<CreatedHandover> create_handover(core::Store& store, core::Secrets& secrets, const core::Account& coach,
                                              core::AthleteId athlete, core::Instant now) {
  STRIDE_TRY_STATUS(AccessPolicy(store).authorize(coach, athlete, AthleteAction::HandOver));
  if (coach.role != core::AccountRole::Coach) {
    return std::unexpected(core::make_error(core::ErrorCode::Forbidden,
                                            "only a coach account hands an athlete over; this profile is yours"));
  }
  CreatedHandover created{secrets.random_token(), now + core::kHandoverLifetime};
  STRIDE_TRY_STATUS(store.set_handover(athlete, coach.id, secrets.token_digest(created.code), now, created.expires));
  return created;
}

core::Result<AcceptedHandover> accept_handover(core::Store& store, core::Secrets& secrets, const core::Account& runner,
                                              std::string_view code, core::Instant now) {
  if (runner.role != core::AccountRole::Runner) {
    return std::unexpected(
        core::make_error(core::ErrorCode::Forbidden, "only a runner account can accept a coach's hand-over"));
  }
  const std::string digest = secrets.token_digest(code);
  return core::in_one_unit<AcceptedHandover>(store, [&]() -> core::Result<AcceptedHandover> {
    STRIDE_TRY(const auto handover, store.find_handover(digest));
    if (code.empty() || !handover) {
      return std::unexpected(handover_code_error(core::ErrorCode::NotFound, "no such hand-over code"));
    }
    if (handover->accepted) {
      return std::unexpected(handover_code_error(core::ErrorCode::Conflict, "this hand-over code was used already"));
    }
    if (!(now < handover->expires)) {
      return std::unexpected(handover_code_error(core::ErrorCode::Conflict,
                                        "this hand-over code has expired; ask the coach for a new one"));
    }
    STRIDE_TRY_STATUS(clear_empty_profiles(store, runner));
    STRIDE_TRY_STATUS(store.complete_handover(handover->athlete, runner.id, now));
    STRIDE_TRY_STATUS(store.add_coach_grant(handover->athlete, handover->coach, now));
    return AcceptedHandover{handover->athlete, handover->coach};
  });
}

}  // namespace stride::service
