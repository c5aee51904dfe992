#include "stride/report/dose.hpp"

#include <fmt/format.h>

#include <cmath>

#include "stride/core/vocabulary.hpp"

namespace stride::report {
namespace {

// 7.5 -> "7.5", 7.0 -> "7", 7.26 -> "7.3".
std::string one_decimal(double value) {
  std::string text = fmt::format("{:.1f}", value);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

std::string volume(const core::Prescription& item) {
  const std::string each = item.per_side ? " each side" : "";
  if (item.hold_seconds) {
    return item.sets > 1 ? fmt::format("{} × {} s{}", item.sets, *item.hold_seconds, each)
                         : fmt::format("{} s{}", *item.hold_seconds, each);
  }
  if (item.reps) return fmt::format("{} × {}{}", item.sets, *item.reps, each);
  if (item.contacts) return fmt::format("{} × {} contacts{}", item.sets, *item.contacts, each);
  return {};
}

}  // namespace

std::string describe_dose(const core::Prescription& item) {
  std::string dose = volume(item);
  if (item.tempo) dose += fmt::format(", tempo {}", *item.tempo);
  if (item.side_first) dose += fmt::format(", {} side first", core::enum_name(*item.side_first));
  if (item.extra_sets_side) dose += fmt::format(", +1 set on the {}", core::enum_name(*item.extra_sets_side));
  if (item.rpe) dose += fmt::format(", RPE {}", one_decimal(*item.rpe));
  if (item.pct_1rm) dose += fmt::format(" (~{} % 1RM)", std::lround(*item.pct_1rm));
  if (item.load_kg) dose += fmt::format(" at {} kg", one_decimal(*item.load_kg));
  return dose;
}

}  // namespace stride::report
