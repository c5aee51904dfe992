#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/core/store.hpp"
#include "stride/service/catalog.hpp"

namespace stride::service {

struct AthletePlanRequest {
  core::AthleteId athlete;
  // The running calendar; default: the one the athlete's latest stored plan was built on.
  std::optional<core::RunningCalendar> calendar;
  std::string calendar_source;
  // The assessment; default: the athlete's latest stored one.
  std::optional<core::Assessment> assessment;
  core::Date start;
  core::Date today;  // a plan may not start before today: the past is never re-planned
  std::optional<int> weeks;
  std::optional<std::string> table_id;
  // When set, the plan this re-plan replaces must still be the latest (check_plan_version).
  std::optional<core::PlanId> expected_plan;
};

struct AthletePlan {
  core::PlanId id;
  core::Plan plan;
  std::vector<std::string> adaptations;  // what the log changed, in plain words
};

// Re-plans a stored athlete from `start`: recent pain regresses the regions it names, the plan is
// built, then adapted to the log (missed week, load flags, loads from logged sets) and stored.
// Older plans keep the days before `start`. Fails with NotFound for an unknown athlete and
// InvalidInput for a start before today or a first plan without a running calendar.
[[nodiscard]] core::Result<AthletePlan> plan_for_athlete(const Catalog& catalog, core::Store& store,
                                                         const AthletePlanRequest& request);

}  // namespace stride::service
