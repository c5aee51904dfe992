#pragma once

#include <string>
#include <vector>

#include "stride/core/exercise.hpp"
#include "stride/core/plan.hpp"
#include "stride/service/assess.hpp"

// Encoders for the contract's JSON outputs (shared/spec/contract.md §4). Output is deterministic:
// fixed key order, fractional numbers rounded to 3 decimal places, two-space indentation.
namespace stride::json {

// {"schema": "stride.exercises.v1", "exercises": [...]} (§4.1).
[[nodiscard]] std::string encode_exercises(const std::vector<const core::Exercise*>& exercises);

// {"schema": "stride.assessment.v1", ...} (§4.2).
[[nodiscard]] std::string encode_assessment_report(const service::AssessReport& report,
                                                   const service::Catalog& catalog);

// Rounds to 3 decimal places, the contract's precision for computed numbers.
// A plan as contract §4.3 (`stride.plan.v1`), plus `weekday`, `week_in_phase`, `focus`, item
// `name`/`targets`/`seconds`, and `after_race` (the recovery week after the goal race, or null).
[[nodiscard]] std::string encode_plan(const core::Plan& plan, const service::Catalog& catalog);

[[nodiscard]] double round_to_thousandths(double value);

}  // namespace stride::json
