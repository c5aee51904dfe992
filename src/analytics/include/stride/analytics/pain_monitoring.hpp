#pragma once

#include <optional>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/training_log.hpp"

// Pain reports read with the pain-monitoring model (Silbernagel et al. 2007; docs/load.md): pain of
// 5/10 or more, or next-morning pain higher than before, asks for less load. Pure.
namespace stride::analytics {

// The score from which pain asks for less load (contract §4.4 flag `pain`).
inline constexpr int kPainReduceScore = 5;

// A pain report with the report before it for the same region and side.
struct PainStep {
  core::PainReport report;
  std::optional<core::PainReport> previous;

  // Next-morning pain higher than the previous report for the region and side, whatever that
  // report's timing (contract §4.4 flag `pain_rising`).
  [[nodiscard]] bool rising() const;
  // 5/10 or more, or rising.
  [[nodiscard]] bool asks_for_less_load() const;
};

// Every report dated on or before `last`, in date order (log order within a day).
[[nodiscard]] std::vector<PainStep> pain_history(const core::TrainingLog& log, core::Date last);

// For each region and side reported in [from, to], its latest step there, when that step asks for
// less load; in the order of `history`. A later, calmer report for the same region and side means
// the pain has settled, and the region is left out.
[[nodiscard]] std::vector<PainStep> pain_asking_for_less_load(const std::vector<PainStep>& history, core::Date from,
                                                              core::Date to);

}  // namespace stride::analytics
