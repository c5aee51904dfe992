#include "stride/analytics/world_records.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace stride::analytics {
namespace {

bool positive_finite(double value) { return std::isfinite(value) && value > 0; }

}  // namespace

core::Result<WorldRecordTable> WorldRecordTable::create(std::vector<WorldRecord> records, int version,
                                                        const std::string& source) {
  const auto corrupt = [&](std::size_t index, const std::string& problem) {
    return std::unexpected(
        core::make_error(core::ErrorCode::Corrupt, problem, source, fmt::format("$.records[{}]", index)));
  };
  if (records.size() < 2) {
    return std::unexpected(core::make_error(core::ErrorCode::Corrupt, "needs at least two records", source, "$.records"));
  }
  for (std::size_t index = 0; index < records.size(); ++index) {
    const auto& record = records[index];
    if (record.event.empty()) return corrupt(index, "the event has no name");
    const auto same = std::find_if(records.begin(), records.begin() + static_cast<std::ptrdiff_t>(index),
                                   [&](const WorldRecord& other) { return other.event == record.event; });
    if (same != records.begin() + static_cast<std::ptrdiff_t>(index)) {
      return corrupt(index, fmt::format("the event \"{}\" is listed twice", record.event));
    }
    if (!positive_finite(record.distance_m) || !positive_finite(record.time_s)) {
      return corrupt(index, fmt::format("{}: the distance and the time must be positive", record.event));
    }
    if (index == 0) continue;
    const auto& shorter = records[index - 1];
    if (record.distance_m <= shorter.distance_m) {
      return corrupt(index, fmt::format("{} is not longer than {}: records go from the shortest to the longest",
                                        record.event, shorter.event));
    }
    // Slower on average: time per metre grows.
    if (record.time_s / record.distance_m <= shorter.time_s / shorter.distance_m) {
      return corrupt(index, fmt::format("{} is run as fast as or faster than the shorter {} on average; a table of "
                                        "fastest times must slow down with distance",
                                        record.event, shorter.event));
    }
  }
  return WorldRecordTable(std::move(records), version);
}

double WorldRecordTable::fastest_time_s(double distance_m) const {
  if (!(distance_m > 0)) return 0;
  const auto& first = m_records.front();
  const auto& last = m_records.back();
  if (distance_m <= first.distance_m) return first.time_s * distance_m / first.distance_m;
  if (distance_m >= last.distance_m) return last.time_s * distance_m / last.distance_m;
  const auto longer = std::upper_bound(m_records.begin(), m_records.end(), distance_m,
                                       [](double distance, const WorldRecord& record) { return distance < record.distance_m; });
  const auto& upper = *longer;
  const auto& lower = *(longer - 1);
  const double exponent = std::log(upper.time_s / lower.time_s) / std::log(upper.distance_m / lower.distance_m);
  return lower.time_s * std::pow(distance_m / lower.distance_m, exponent);
}

}  // namespace stride::analytics
