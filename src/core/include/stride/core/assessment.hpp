#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::core {

enum class MovementTest { OverheadSquat, SingleLegSquat, SingleLegBalance };

// Every compensation a test can record (contract §3.3). The single-leg squat uses KneesCaveIn,
// HipDrop and TrunkRotation.
enum class Compensation {
  FeetTurnOut, FeetFlatten, HeelsRise, KneesCaveIn, KneesMoveOut, ExcessiveForwardLean,
  LowBackArches, LowBackRounds, AsymmetricWeightShift, ArmsFallForward, ShouldersElevate,
  HeadForward, HipDrop, TrunkRotation,
};

template <>
struct EnumNames<MovementTest> {
  static constexpr std::array<std::string_view, 3> names{"overhead_squat", "single_leg_squat", "single_leg_balance"};
};
template <>
struct EnumNames<Compensation> {
  static constexpr std::array<std::string_view, 14> names{
      "feet_turn_out",   "feet_flatten",    "heels_rise",      "knees_cave_in",
      "knees_move_out",  "excessive_forward_lean", "low_back_arches", "low_back_rounds",
      "asymmetric_weight_shift", "arms_fall_forward", "shoulders_elevate", "head_forward",
      "hip_drop",        "trunk_rotation"};
};
static_assert(EnumNames<Compensation>::names.size() == static_cast<std::size_t>(Compensation::TrunkRotation) + 1);

// The compensations each test records, in contract order.
inline constexpr std::array<Compensation, 12> kOverheadSquatCompensations{
    Compensation::FeetTurnOut,     Compensation::FeetFlatten,   Compensation::HeelsRise,
    Compensation::KneesCaveIn,     Compensation::KneesMoveOut,  Compensation::ExcessiveForwardLean,
    Compensation::LowBackArches,   Compensation::LowBackRounds, Compensation::AsymmetricWeightShift,
    Compensation::ArmsFallForward, Compensation::ShouldersElevate, Compensation::HeadForward};
inline constexpr std::array<Compensation, 3> kSingleLegSquatCompensations{
    Compensation::KneesCaveIn, Compensation::HipDrop, Compensation::TrunkRotation};

// A compensation seen during a test, on a side (Both for compensations without sides).
struct Observation {
  MovementTest test = MovementTest::OverheadSquat;
  Compensation compensation = Compensation::FeetTurnOut;
  Side side = Side::Both;

  friend bool operator==(const Observation&, const Observation&) = default;
};

struct BalanceTimes {
  double left_seconds = 0;
  double right_seconds = 0;

  friend bool operator==(const BalanceTimes&, const BalanceTimes&) = default;
};

// A movement screen (contract §3.3). Holds only the compensations that were seen.
struct Assessment {
  std::optional<Date> date;
  std::vector<Observation> observations;
  std::optional<BalanceTimes> single_leg_balance;

  friend bool operator==(const Assessment&, const Assessment&) = default;
};

}  // namespace stride::core
