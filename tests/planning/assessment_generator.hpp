#pragma once

#include <rapidcheck.h>

#include "stride/core/assessment.hpp"

namespace stride::testing {

inline rc::Gen<core::Side> any_side() {
  return rc::gen::element(core::Side::None, core::Side::Left, core::Side::Right, core::Side::Both);
}

// A random but valid assessment: no knees in and out, or arch and round, on the same side.
inline core::Assessment random_assessment() {
  core::Assessment assessment;
  for (auto compensation : core::kOverheadSquatCompensations) {
    const auto side = *any_side();
    if (side != core::Side::None) assessment.observations.push_back({core::MovementTest::OverheadSquat, compensation, side});
  }
  std::erase_if(assessment.observations, [](const core::Observation& o) {
    return o.compensation == core::Compensation::KneesMoveOut || o.compensation == core::Compensation::LowBackRounds;
  });
  for (auto compensation : core::kSingleLegSquatCompensations) {
    const auto side = *any_side();
    if (side != core::Side::None) assessment.observations.push_back({core::MovementTest::SingleLegSquat, compensation, side});
  }
  if (*rc::gen::arbitrary<bool>()) {
    assessment.single_leg_balance =
        core::BalanceTimes{static_cast<double>(*rc::gen::inRange(0, 120)), static_cast<double>(*rc::gen::inRange(0, 120))};
  }
  return assessment;
}

}  // namespace stride::testing
