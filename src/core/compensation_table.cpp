#include "stride/core/compensation_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

namespace stride::core {
namespace {

template <class Row>
const Row* find_row(const std::vector<Row>& rows, MovementTest test, Compensation compensation) {
  auto found = std::find_if(rows.begin(), rows.end(), [&](const Row& row) {
    return row.test == test && row.compensation == compensation;
  });
  return found == rows.end() ? nullptr : &*found;
}

std::string row_name(MovementTest test, Compensation compensation) {
  return fmt::format("{}.{}", enum_name(test), enum_name(compensation));
}

}  // namespace

Result<CompensationTable> CompensationTable::create(Header header, std::vector<CompensationRule> rules,
                                                    std::vector<CompensationWording> wording,
                                                    const MuscleVocabulary& muscles,
                                                    const ExerciseLibrary& library) {
  const std::string source = header.id;
  for (std::size_t index = 0; index < rules.size(); ++index) {
    const auto& rule = rules[index];
    const std::string name = row_name(rule.test, rule.compensation);
    if (find_row(rules, rule.test, rule.compensation) != &rule) {
      return std::unexpected(make_error(ErrorCode::Corrupt, fmt::format("row {} appears twice", name), source));
    }
    for (const auto* list : {&rule.same_side.overactive, &rule.same_side.underactive, &rule.opposite_side.overactive,
                             &rule.opposite_side.underactive}) {
      for (const auto& muscle : *list) {
        if (!muscles.contains(muscle)) {
          return std::unexpected(
              make_error(ErrorCode::Corrupt, fmt::format("row {}: unknown muscle '{}'", name, muscle), source));
        }
      }
    }
    if (rule.integrate.empty()) {
      return std::unexpected(
          make_error(ErrorCode::Corrupt, fmt::format("row {}: needs at least one integrate exercise", name), source));
    }
    for (const auto& id : rule.integrate) {
      if (library.find(id) == nullptr) {
        return std::unexpected(make_error(
            ErrorCode::Corrupt, fmt::format("row {}: integrate exercise '{}' is not in the library", name, id), source));
      }
    }
  }
  auto require = [&](MovementTest test, Compensation compensation) -> Status {
    if (find_row(rules, test, compensation) == nullptr) {
      return std::unexpected(make_error(
          ErrorCode::Corrupt, fmt::format("no row for {}", row_name(test, compensation)), source));
    }
    if (find_row(wording, test, compensation) == nullptr) {
      return std::unexpected(make_error(
          ErrorCode::Corrupt, fmt::format("no wording for {}", row_name(test, compensation)), "compensation wording"));
    }
    return {};
  };
  for (auto compensation : kOverheadSquatCompensations) STRIDE_TRY_STATUS(require(MovementTest::OverheadSquat, compensation));
  for (auto compensation : kSingleLegSquatCompensations) STRIDE_TRY_STATUS(require(MovementTest::SingleLegSquat, compensation));

  CompensationTable table;
  table.m_header = std::move(header);
  table.m_rules = std::move(rules);
  table.m_wording = std::move(wording);
  return table;
}

const CompensationRule& CompensationTable::rule(MovementTest test, Compensation compensation) const {
  const auto* found = find_row(m_rules, test, compensation);
  if (found == nullptr) std::abort();  // create() guarantees a row for every recordable pair
  return *found;
}

const CompensationWording& CompensationTable::wording(MovementTest test, Compensation compensation) const {
  const auto* found = find_row(m_wording, test, compensation);
  if (found == nullptr) std::abort();  // create() guarantees wording for every recordable pair
  return *found;
}

}  // namespace stride::core
