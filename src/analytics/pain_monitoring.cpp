#include "stride/analytics/pain_monitoring.hpp"

#include <algorithm>

namespace stride::analytics {
namespace {

bool same_place(const core::PainReport& left, const core::PainReport& right) {
  return left.region == right.region && left.side == right.side;
}

}  // namespace

bool PainStep::rising() const {
  return report.when == core::PainTiming::NextMorning && previous && report.score > previous->score;
}

bool PainStep::asks_for_less_load() const { return report.score >= kPainReduceScore || rising(); }

std::vector<PainStep> pain_history(const core::TrainingLog& log, core::Date last) {
  std::vector<core::PainReport> reports;
  for (const auto& report : log.pain) {
    if (report.date <= last) reports.push_back(report);
  }
  std::stable_sort(reports.begin(), reports.end(),
                   [](const core::PainReport& left, const core::PainReport& right) { return left.date < right.date; });
  std::vector<PainStep> history;
  history.reserve(reports.size());
  for (std::size_t index = 0; index < reports.size(); ++index) {
    PainStep step{reports[index], std::nullopt};
    for (std::size_t earlier = index; earlier-- > 0;) {
      if (same_place(reports[earlier], reports[index])) {
        step.previous = reports[earlier];
        break;
      }
    }
    history.push_back(step);
  }
  return history;
}

std::vector<PainStep> pain_asking_for_less_load(const std::vector<PainStep>& history, core::Date from,
                                                core::Date to) {
  std::vector<PainStep> asking;
  for (std::size_t index = 0; index < history.size(); ++index) {
    const auto& step = history[index];
    if (step.report.date < from || step.report.date > to) continue;
    const bool latest = std::none_of(history.begin() + static_cast<std::ptrdiff_t>(index) + 1, history.end(),
                                     [&](const PainStep& later) {
                                       return later.report.date <= to && same_place(later.report, step.report);
                                     });
    if (latest && step.asks_for_less_load()) asking.push_back(step);
  }
  return asking;
}

}  // namespace stride::analytics
