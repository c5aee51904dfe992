#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "stride/core/store.hpp"

namespace stride::service {

// What `stride athlete show` tells about a stored runner.
struct AthleteOverview {
  core::AthleteRecord record;
  std::optional<core::AssessmentRecord> latest_assessment;
  std::size_t assessments = 0;
  std::optional<core::PlanId> plan;
  std::optional<core::Date> plan_start;
  std::optional<core::Date> plan_end;  // the goal race's day when the plan has a race
  std::optional<core::RaceTarget> race;
  std::optional<core::Date> recovery_end;  // the last day of the after-race recovery, when there is one
  std::size_t activities = 0;
  std::size_t strength_sets = 0;
  std::size_t pain_reports = 0;
  std::optional<core::Date> last_logged;
};

[[nodiscard]] core::Result<core::AthleteId> add_athlete(core::Store& store, const core::Athlete& athlete);
[[nodiscard]] core::Result<std::vector<core::AthleteRecord>> list_athletes(core::Store& store);
// Replaces a stored athlete's profile (NotFound for an unknown id).
[[nodiscard]] core::Status update_athlete(core::Store& store, core::AthleteId id, const core::Athlete& athlete);

// Whether the stored document is still the one the writer read (a check of its version).
template <class Document>
using StillCurrent = std::function<bool(const Document& stored)>;

// The same when `still_current` holds for the stored profile, checked in the write's unit of work;
// Conflict ("changed since it was read") otherwise. An empty `still_current` always holds.
[[nodiscard]] core::Status update_athlete_if(core::Store& store, core::AthleteId id, const core::Athlete& athlete,
                                             const StillCurrent<core::Athlete>& still_current);
// Replaces the athlete's running calendar when `still_current` holds for the stored one (nullopt
// when there is none), in one unit of work; Conflict otherwise. NotFound for an unknown athlete.
[[nodiscard]] core::Status set_running_calendar_if(core::Store& store, core::AthleteId id,
                                                   const core::RunningCalendar& calendar,
                                                   const StillCurrent<std::optional<core::RunningCalendar>>& still_current);
[[nodiscard]] core::Result<AthleteOverview> athlete_overview(core::Store& store, core::AthleteId athlete);

// Stores an assessment for a stored athlete under its own date, or `today` when it has none.
[[nodiscard]] core::Result<core::AssessmentId> save_assessment(core::Store& store, core::AthleteId athlete,
                                                               const core::Assessment& assessment, core::Date today);

}  // namespace stride::service
