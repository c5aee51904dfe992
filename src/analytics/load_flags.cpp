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

// The longest run of every 30 consecutive days, by the van Herk–Gil–Werman method: the days are cut
// into blocks of 30; `m_to_block_end[i]` is the longest run from day i to the end of its block and
// `m_from_block_start[i]` the longest from the start of its block to day i. Any 30 consecutive days
// are the end of one block and the start of the next (or one whole block), so their longest run is
// the larger of two numbers: no branch on the distances, and a maximum does not round.
class WindowLongestRuns {
 public:
  explicit WindowLongestRuns(const std::vector<double>& runs)
      : m_to_block_end(runs.size()), m_from_block_start(runs.size()) {
    for (std::size_t start = 0; start < runs.size(); start += kSpikeWindowDays) {
      const std::size_t end = std::min(start + kSpikeWindowDays, runs.size());
      m_from_block_start[start] = runs[start];
      for (std::size_t day = start + 1; day < end; ++day) {
        m_from_block_start[day] = std::max(m_from_block_start[day - 1], runs[day]);
      }
      m_to_block_end[end - 1] = runs[end - 1];
      for (std::size_t day = end - 1; day-- > start;) {
        m_to_block_end[day] = std::max(m_to_block_end[day + 1], runs[day]);
      }
    }
  }

  // The longest run of days `first` to `first` + 29, which must lie in the series; 0 when none has a
  // run with a distance.
  [[nodiscard]] double longest(std::size_t first) const {
    return std::max(m_to_block_end[first], m_from_block_start[first + kSpikeWindowDays - 1]);
  }

 private:
  std::vector<double> m_to_block_end;
  std::vector<double> m_from_block_start;
};

void add_spike_flags(const LoadDays& days, std::vector<LoadFlag>& flags) {
  const std::vector<double>& runs = days.longest_run_km;
  const WindowLongestRuns windows(runs);
  // Until the log covers the 30 days before a run, it cannot say what the recent longest run was.
  for (std::size_t index = kSpikeWindowDays; index < runs.size(); ++index) {
    const double run = runs[index];
    if (run <= 0) continue;
    const std::size_t window_start = index - kSpikeWindowDays;
    const double longest = windows.longest(window_start);
    if (longest <= 0) continue;  // no run with a distance in those 30 days
    const double percent = (run / longest - 1) * 100;
    if (!shown_above(percent, kSpikePercent)) continue;
    // The evidence names the window's earliest day with that longest run.
    const auto window_begin = runs.begin() + static_cast<std::ptrdiff_t>(window_start);
    const auto longest_day = std::find(window_begin, window_begin + kSpikeWindowDays, longest);
    const Date longest_date = core::add_days(days.first, static_cast<int>(longest_day - runs.begin()));
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
