// The risk flags of contract §4.4: which fire, on which day, with which facts (load_flag.cpp writes
// their words). Thresholds compare values rounded to 3 decimals (see round_to_shown), so a value
// shown as exactly the threshold never fires. docs/load.md has the table.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

#include "load_series.hpp"
#include "stride/analytics/pain_monitoring.hpp"

namespace stride::analytics::detail {
namespace {

using core::Date;

constexpr double kMonotonyLimit = 2.0;
constexpr double kAcwrLimit = 1.5;
constexpr std::size_t kAcwrWarmUpDays = 28;

// The longest run of the 30 days before a day, kept as a sliding maximum over the days with a run:
// `m_candidates` holds, in day order, the days of the window that can still be its longest run (each
// longer than every later day in it; of equal runs, the earlier first), so the front is the window's
// longest run and, of equal ones, the earliest. Each day is added and dropped once.
class LongestRunWindow {
 public:
  explicit LongestRunWindow(const std::vector<double>& longest_run_km) : m_runs(longest_run_km) {
    m_candidates.reserve(longest_run_km.size());
  }

  // The longest run of days `day` − 30 to `day` − 1 among the days added so far (the earliest of equal
  // ones); null when there is none. Days must be asked for in increasing order.
  [[nodiscard]] std::optional<std::size_t> longest_before(std::size_t day) {
    while (m_front < m_candidates.size() && m_candidates[m_front] + kSpikeWindowDays < day) ++m_front;
    if (m_front == m_candidates.size()) return std::nullopt;
    return m_candidates[m_front];
  }

  // Adds `day`, a day with a run, later than every day added before.
  void add(std::size_t day) {
    while (m_candidates.size() > m_front && m_runs[m_candidates.back()] < m_runs[day]) m_candidates.pop_back();
    m_candidates.push_back(day);
  }

 private:
  const std::vector<double>& m_runs;
  std::vector<std::size_t> m_candidates;
  std::size_t m_front = 0;
};

void add_spike_flags(const LoadDays& days, std::vector<LoadFlag>& flags) {
  LongestRunWindow window(days.longest_run_km);
  for (std::size_t index = 0; index < days.size(); ++index) {
    const double run = days.longest_run_km[index];
    if (run <= 0) continue;
    // Until the log covers the 30 days before a run, it cannot say what the recent longest run was.
    const std::optional<std::size_t> longest_index =
        index < kSpikeWindowDays ? std::nullopt : window.longest_before(index);
    window.add(index);
    if (!longest_index) continue;
    const double longest = days.longest_run_km[*longest_index];
    const double percent = (run / longest - 1) * 100;
    if (!shown_above(percent, kSpikePercent)) continue;
    const Date longest_date = core::add_days(days.first, static_cast<int>(*longest_index));
    flags.push_back(LoadFlag{core::add_days(days.first, static_cast<int>(index)),
                             RunSpike{run, longest, longest_date, percent}});
  }
}

void add_weekly_flags(const LoadDays& days, const LoadReport& report, std::vector<LoadFlag>& flags) {
  for (std::size_t week_index = 1; week_index < report.weeks.size(); ++week_index) {
    const WeeklyLoad& week = report.weeks[week_index];
    const WeeklyLoad& previous = report.weeks[week_index - 1];
    if (week.distance_change_pct && shown_above(*week.distance_change_pct, kWeeklyJumpPercent)) {
      // The flag is dated on the day whose run took the week past 130 % of the previous week.
      double so_far = 0;
      Date crossed = week.start;
      for (int offset = 0; offset < 7; ++offset) {
        const int index = core::days_between(days.first, core::add_days(week.start, offset));
        if (index < 0 || index >= static_cast<int>(days.size())) continue;
        so_far += days.run_distance_km[static_cast<std::size_t>(index)];
        crossed = core::add_days(week.start, offset);
        if (shown_above((so_far / previous.run_distance_km - 1) * 100, kWeeklyJumpPercent)) break;
      }
      flags.push_back(LoadFlag{crossed, DistanceJump{week.start, week.run_distance_km, previous.run_distance_km,
                                                     *week.distance_change_pct, week.days < 7}});
    }
  }
  for (const WeeklyLoad& week : report.weeks) {
    if (!week.monotony || !shown_above(*week.monotony, kMonotonyLimit)) continue;
    flags.push_back(LoadFlag{core::add_days(week.start, 6),
                             MonotonousWeek{week.start, *week.monotony, week.load, week.strain.value_or(0)}});
  }
}

void add_pain_flags(const core::TrainingLog& log, Date last, std::vector<LoadFlag>& flags) {
  for (const PainStep& step : pain_history(log, last)) {
    const core::PainReport& report = step.report;
    if (report.score >= kPainReduceScore) flags.push_back(LoadFlag{report.date, PainScore{report}});
    if (step.rising()) flags.push_back(LoadFlag{report.date, PainRise{report, *step.previous}});
  }
}

void add_acwr_flags(const std::vector<DailyLoad>& daily, std::vector<LoadFlag>& flags) {
  const std::size_t count = daily.size();
  const auto high = [&](std::size_t index) {
    return daily[index].acwr_ewma && shown_above(*daily[index].acwr_ewma, kAcwrLimit);
  };
  // From the 28th day of the series on: the same warm-up as the rolling ratio.
  for (std::size_t index = kAcwrWarmUpDays - 1; index < count; ++index) {
    if (!high(index)) continue;
    const std::size_t start = index;
    std::size_t peak = index;
    while (index + 1 < count && high(index + 1)) {
      ++index;
      if (*daily[index].acwr_ewma > *daily[peak].acwr_ewma) peak = index;
    }
    const DailyLoad& first = daily[start];
    flags.push_back(LoadFlag{first.date, AcwrEpisode{*first.acwr_ewma, first.acute_ewma, first.chronic_ewma,
                                                     static_cast<int>(index - start + 1), daily[index].date,
                                                     *daily[peak].acwr_ewma, daily[peak].date}});
  }
}

}  // namespace

std::vector<LoadFlag> compute_flags(const core::TrainingLog& log, const LoadDays& days, const LoadReport& report) {
  std::vector<LoadFlag> flags;
  if (report.daily.empty()) return flags;
  add_spike_flags(days, flags);
  add_weekly_flags(days, report, flags);
  add_pain_flags(log, report.daily.back().date, flags);
  add_acwr_flags(report.daily, flags);
  std::stable_sort(flags.begin(), flags.end(), [](const LoadFlag& left, const LoadFlag& right) {
    if (left.date != right.date) return left.date < right.date;
    return left.code() < right.code();
  });
  return flags;
}

}  // namespace stride::analytics::detail
