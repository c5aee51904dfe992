#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/assessment.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/error.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/service/catalog.hpp"

namespace stride::service {

struct AssessRequest {
  core::Assessment assessment;
  std::optional<core::Athlete> athlete;  // equipment, injuries and name; without it: bodyweight and a foam roller
  std::optional<std::string> table_id;   // default: the catalog's default table
  std::optional<core::Minutes> budget;   // default: the corrective rules' default
};

struct AssessReport {
  std::optional<std::string> athlete_name;
  std::optional<core::Date> date;
  const core::CompensationTable* table = nullptr;  // points into the catalog
  analytics::AssessmentFindings findings;
  planning::CorrectiveRoutine routine;
  std::vector<std::string> notes;  // safety and context notes, then the routine's notes
};

// Equipment assumed when no athlete file is given.
inline const std::set<core::Equipment> kEquipmentWithoutAthlete{core::Equipment::FoamRoller};

// The findings of an assessment and the corrective routine for them. Fails with InvalidInput
// when `table_id` names no table in the catalog.
[[nodiscard]] core::Result<AssessReport> assess(const Catalog& catalog, const AssessRequest& request);

}  // namespace stride::service
