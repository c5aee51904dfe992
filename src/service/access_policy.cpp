#include "stride/service/access_policy.hpp"

namespace stride::service {

AthleteAccess access_for(const core::AthleteRelation& relation) {
  if (relation.owner) return AthleteAccess::Owner;
  if (relation.coach) return AthleteAccess::Coach;
  return AthleteAccess::None;
}

bool hidden_from_coaches(AthleteAction action) {
  return action == AthleteAction::CalendarFeed || action == AthleteAction::HandOver;
}

bool allows(AthleteAccess access, AthleteAction action) {
  switch (access) {
    case AthleteAccess::Owner: return true;
    case AthleteAccess::None: return false;
    case AthleteAccess::Coach:
      switch (action) {
        case AthleteAction::Read:
        case AthleteAction::WriteAthlete:
        case AthleteAction::WritePlan:
        case AthleteAction::WriteAssessment:
        case AthleteAction::WriteRunningCalendar:
        case AthleteAction::WriteNote: return true;
        case AthleteAction::WriteLog:
        case AthleteAction::Export:
        case AthleteAction::Delete:
        case AthleteAction::CalendarFeed:
        case AthleteAction::ManageCoaches:
        case AthleteAction::HandOver: return false;
      }
      return false;
  }
  return false;
}

core::Result<AthleteAccess> AccessPolicy::access(const core::Account& caller, core::AthleteId athlete) {
  auto relation = m_store.athlete_relation(athlete, caller.id);
  if (!relation) {
    if (relation.error().code == core::ErrorCode::NotFound) return AthleteAccess::None;
    return std::unexpected(std::move(relation.error()));
  }
  return access_for(*relation);
}

core::Status AccessPolicy::authorize(const std::optional<core::Account>& caller, core::AthleteId athlete,
                                     AthleteAction action) {
  if (!caller) return std::unexpected(core::make_error(core::ErrorCode::Unauthenticated, "not signed in"));
  STRIDE_TRY(const AthleteAccess granted, access(*caller, athlete));
  if (granted == AthleteAccess::None) {
    // The same words whether the athlete exists or not.
    return std::unexpected(
        core::make_error(core::ErrorCode::NotFound, "no athlete with id " + std::to_string(athlete.value)));
  }
  if (!allows(granted, action)) {
    if (hidden_from_coaches(action)) {
      return std::unexpected(core::make_error(core::ErrorCode::NotFound, "no such resource"));
    }
    return std::unexpected(core::make_error(core::ErrorCode::Forbidden, "a coach may not do this for an athlete"));
  }
  return {};
}

}  // namespace stride::service
