#include "stride/analytics/assessment_findings.hpp"

#include <algorithm>
#include <cmath>

namespace stride::analytics {

core::Side opposite_side(core::Side side) {
  switch (side) {
    case core::Side::Left: return core::Side::Right;
    case core::Side::Right: return core::Side::Left;
    case core::Side::None:
    case core::Side::Both: return core::Side::None;
  }
  return core::Side::None;
}

AssessmentFindings analyse_assessment(const core::Assessment& assessment, const core::CompensationTable& table,
                                      const ImbalanceRules& rules) {
  AssessmentFindings result;
  for (const auto& observation : assessment.observations) {
    const auto& rule = table.rule(observation.test, observation.compensation);
    Finding finding;
    finding.test = observation.test;
    finding.compensation = observation.compensation;
    finding.side = observation.side;
    finding.overactive = rule.same_side.overactive;
    finding.underactive = rule.same_side.underactive;
    const bool has_opposite = !rule.opposite_side.overactive.empty() || !rule.opposite_side.underactive.empty();
    if (has_opposite && opposite_side(observation.side) != core::Side::None) {
      finding.opposite = opposite_side(observation.side);
      finding.opposite_overactive = rule.opposite_side.overactive;
      finding.opposite_underactive = rule.opposite_side.underactive;
    }
    result.findings.push_back(std::move(finding));
    if (observation.side == core::Side::Left || observation.side == core::Side::Right) {
      result.imbalances.push_back({observation.test, observation.compensation, observation.side, {}, {}, {}});
    }
  }
  if (assessment.single_leg_balance) {
    const double left = assessment.single_leg_balance->left_seconds;
    const double right = assessment.single_leg_balance->right_seconds;
    const double better = std::max(left, right);
    if (better > 0 && left != right) {
      const double difference = (better - std::min(left, right)) / better * 100.0;
      if (difference > rules.balance_difference_percent) {
        result.imbalances.insert(result.imbalances.begin(),
                                 Imbalance{core::MovementTest::SingleLegBalance, std::nullopt,
                                           left < right ? core::Side::Left : core::Side::Right, left, right,
                                           difference});
      }
    }
  }
  return result;
}

}  // namespace stride::analytics
