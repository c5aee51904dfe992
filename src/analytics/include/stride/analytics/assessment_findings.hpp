#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/core/assessment.hpp"
#include "stride/core/compensation_table.hpp"

namespace stride::analytics {

// A compensation seen in a test, with the muscles the table links to it. `overactive` and
// `underactive` apply to `side`; the opposite_* lists (asymmetric weight shift only) apply to
// the other side.
struct Finding {
  core::MovementTest test = core::MovementTest::OverheadSquat;
  core::Compensation compensation = core::Compensation::FeetTurnOut;
  core::Side side = core::Side::Both;
  std::vector<std::string> overactive;
  std::vector<std::string> underactive;
  core::Side opposite = core::Side::None;
  std::vector<std::string> opposite_overactive;
  std::vector<std::string> opposite_underactive;
};

// A left/right difference: a single-leg balance gap above the threshold (with both times and the
// gap as a percentage of the better side), or a compensation seen on one side only.
struct Imbalance {
  core::MovementTest test = core::MovementTest::SingleLegBalance;
  std::optional<core::Compensation> compensation;
  core::Side weaker_side = core::Side::Left;
  std::optional<double> left_seconds;
  std::optional<double> right_seconds;
  std::optional<double> difference_percent;
};

struct AssessmentFindings {
  std::vector<Finding> findings;
  std::vector<Imbalance> imbalances;
};

struct ImbalanceRules {
  // A single-leg balance gap above this percentage of the better side is an imbalance. Loaded from
  // data/rules/corrective_routine.json; the default is the same value.
  double balance_difference_percent = 25.0;

  friend bool operator==(const ImbalanceRules&, const ImbalanceRules&) = default;
};

// The opposite of left or right; None and Both map to None.
[[nodiscard]] core::Side opposite_side(core::Side side);

// Looks every observation up in `table` and measures left/right differences. Findings keep the
// assessment's order (overhead squat keys, then single-leg squat keys).
[[nodiscard]] AssessmentFindings analyse_assessment(const core::Assessment& assessment,
                                                    const core::CompensationTable& table,
                                                    const ImbalanceRules& rules = {});

}  // namespace stride::analytics
