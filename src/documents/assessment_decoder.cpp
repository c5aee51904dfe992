#include <fmt/format.h>

#include "stride/documents/document_reader.hpp"
#include "stride/documents/input_decoders.hpp"

namespace stride::documents {
namespace {

using core::Compensation;
using core::MovementTest;
using core::Result;
using core::Side;

// A compensation's value: true/false or a side; true means both sides (or present, for
// compensations without sides) and false means none.
Result<Side> decode_side(const Field& field) {
  if (field.is_boolean()) {
    STRIDE_TRY(auto present, field.boolean());
    return present ? Side::Both : Side::None;
  }
  if (field.is_string()) return field.enumeration<Side>();
  return std::unexpected(field.error(
      fmt::format("expected true, false or a side ({})", core::enum_choices<Side>())));
}

bool sides_overlap(Side a, Side b) {
  if (a == Side::None || b == Side::None) return false;
  return a == b || a == Side::Both || b == Side::Both;
}

template <std::size_t N>
Result<std::vector<core::Observation>> decode_test(const Field& field, MovementTest test,
                                                   const std::array<Compensation, N>& allowed) {
  STRIDE_TRY(auto members, field.members());
  std::vector<core::Observation> observations;
  std::array<Side, 14> seen{};
  for (const auto& [key, value] : members) {
    auto compensation = core::parse_enum<Compensation>(key);
    if (!compensation || std::find(allowed.begin(), allowed.end(), *compensation) == allowed.end()) {
      std::string expected;
      for (auto name : allowed) expected += fmt::format("{}{}", expected.empty() ? "" : ", ", core::enum_name(name));
      return std::unexpected(value.error(fmt::format("unknown field; expected one of {}", expected)));
    }
    STRIDE_TRY(auto side, decode_side(value));
    seen[static_cast<std::size_t>(*compensation)] = side;
  }
  // Contract order, whatever the order of the keys in the file.
  for (auto compensation : allowed) {
    const Side side = seen[static_cast<std::size_t>(compensation)];
    if (side != Side::None) observations.push_back({test, compensation, side});
  }
  auto contradiction = [&](Compensation a, Compensation b) {
    return sides_overlap(seen[static_cast<std::size_t>(a)], seen[static_cast<std::size_t>(b)]);
  };
  if (contradiction(Compensation::KneesCaveIn, Compensation::KneesMoveOut)) {
    return std::unexpected(core::invalid_input(field.source(), field.path() + ".knees_move_out",
                                               "knees cannot both cave in and move out on the same side"));
  }
  if (contradiction(Compensation::LowBackArches, Compensation::LowBackRounds)) {
    return std::unexpected(core::invalid_input(field.source(), field.path() + ".low_back_rounds",
                                               "the low back cannot both arch and round"));
  }
  return observations;
}

}  // namespace

Result<core::Assessment> decode_assessment(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, std::move(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"date", "overhead_squat", "single_leg_squat", "single_leg_balance_s"}));
  core::Assessment assessment;
  STRIDE_TRY(auto date, root.optional("date"));
  if (date) {
    STRIDE_TRY(assessment.date, date->date());
  }
  STRIDE_TRY(auto overhead, root.optional("overhead_squat"));
  STRIDE_TRY(auto single_leg, root.optional("single_leg_squat"));
  STRIDE_TRY(auto balance, root.optional("single_leg_balance_s"));
  if (!overhead && !single_leg && !balance) {
    return std::unexpected(root.error(
        "the assessment records no test; give overhead_squat, single_leg_squat or single_leg_balance_s"));
  }
  if (overhead) {
    STRIDE_TRY(auto seen, decode_test(*overhead, MovementTest::OverheadSquat, core::kOverheadSquatCompensations));
    assessment.observations.insert(assessment.observations.end(), seen.begin(), seen.end());
  }
  if (single_leg) {
    STRIDE_TRY(auto seen, decode_test(*single_leg, MovementTest::SingleLegSquat, core::kSingleLegSquatCompensations));
    assessment.observations.insert(assessment.observations.end(), seen.begin(), seen.end());
  }
  if (balance) {
    STRIDE_TRY_STATUS(balance->allow_only({"left", "right"}));
    STRIDE_TRY(auto left, balance->required("left"));
    STRIDE_TRY(auto right, balance->required("right"));
    core::BalanceTimes times;
    STRIDE_TRY(times.left_seconds, left.number(0, 3600));
    STRIDE_TRY(times.right_seconds, right.number(0, 3600));
    assessment.single_leg_balance = times;
  }
  return assessment;
}

}  // namespace stride::documents
