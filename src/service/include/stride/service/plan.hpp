#pragma once

#include <optional>
#include <string>

#include "stride/core/assessment.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/error.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/running_calendar.hpp"
#include "stride/planning/plan_builder.hpp"
#include "stride/service/catalog.hpp"

namespace stride::service {

struct PlanRequest {
  core::Athlete athlete;
  std::string athlete_source;  // the file name, for error messages
  core::RunningCalendar calendar;
  std::string calendar_source;
  std::optional<core::Assessment> assessment;
  core::Date start;
  std::optional<int> weeks;              // only without a race date; default 12
  std::optional<std::string> table_id;   // compensation table; default: the catalog's
  std::optional<core::Date> missed_week;  // a re-plan's missed week (planning::PlanInputs::missed_week)
  std::optional<core::Date> lighter_week;  // a re-plan's (planning::PlanInputs::lighter_week)
  std::optional<planning::PlanInputs::Continuation> continuation;  // a re-plan's (planning::PlanInputs)
};

// The periodized plan for a runner. Fails with InvalidInput naming the file, field and problem
// when the race date is before the start or too far after it, when --weeks is outside 1 to the
// rules' maximum, or when the table is unknown.
[[nodiscard]] core::Result<core::Plan> plan(const Catalog& catalog, const PlanRequest& request);

}  // namespace stride::service
