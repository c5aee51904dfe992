// The risk flags of contract §4.4. Thresholds compare values rounded to 3 decimals (see
// round_to_shown), so a value shown as exactly the threshold never fires. docs/load.md has the table.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "load_series.hpp"
#include "stride/analytics/pain_monitoring.hpp"
#include "stride/core/athlete.hpp"

namespace stride::analytics::detail {
namespace {

using core::Date;

constexpr std::size_t kSpikeWindowDays = 30;
constexpr double kSpikePercent = 10;
constexpr double kWeeklyJumpPercent = 30;
constexpr double kMonotonyLimit = 2.0;
constexpr double kAcwrLimit = 1.5;
constexpr std::size_t kAcwrWarmUpDays = 28;

// A number as it is shown: rounded to 3 decimals, without trailing zeros ("10.1", "42", "1.234").
std::string shown(double value) {
  std::string text = fmt::format("{:.3f}", round_to_shown(value) + 0.0);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

// A percentage with one decimal, or with three when one decimal would not show it above `threshold`.
std::string percent_text(double value, double threshold) {
  return std::round(value * 10) / 10 > threshold ? fmt::format("{:.1f}", value) : shown(value);
}

std::string iso(Date date) { return core::format_iso_date(date); }

// "left knee", "achilles calf (both sides)", "lower back".
std::string body_part(const core::PainReport& report) {
  std::string region(core::enum_name(report.region));
  std::replace(region.begin(), region.end(), '_', ' ');
  return core::with_side(region, report.side);
}

// "next morning".
std::string timing(core::PainTiming when) {
  std::string text(core::enum_name(when));
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

std::string_view spike_band(double percent) {
  if (percent > 100) return "large spike (> 100 %)";
  if (percent > 30) return "moderate spike (> 30–100 %)";
  return "small spike (> 10–30 %)";
}

// The longest run of the 30 days before each day, kept as a sliding maximum: `m_candidates` holds,
// in day order, the days of the window that can still be its longest run (each longer than every
// later day in it; of equal runs, the earlier first), so the front is the window's longest run and,
// of equal ones, the earliest. Each day is added and dropped once.
class LongestRunWindow {
 public:
  explicit LongestRunWindow(const std::vector<double>& longest_run_km) : m_runs(longest_run_km) {
    m_candidates.reserve(longest_run_km.size());
  }

  // Moves the window to the 30 days before `day`: adds day − 1, drops the days before day − 30.
  void end_before(std::size_t day) {
    if (day == 0) return;
    const std::size_t added = day - 1;
    if (m_runs[added] > 0) {
      while (m_candidates.size() > m_front && m_runs[m_candidates.back()] < m_runs[added]) m_candidates.pop_back();
      m_candidates.push_back(added);
    }
    while (m_front < m_candidates.size() && m_candidates[m_front] + kSpikeWindowDays < day) ++m_front;
  }

  // The window's longest run (the earliest of equal ones); null when it holds no run with a distance.
  [[nodiscard]] std::optional<std::size_t> longest() const {
    if (m_front == m_candidates.size()) return std::nullopt;
    return m_candidates[m_front];
  }

 private:
  const std::vector<double>& m_runs;
  std::vector<std::size_t> m_candidates;
  std::size_t m_front = 0;
};

void add_spike_flags(const LoadDays& days, std::vector<LoadFlag>& flags) {
  LongestRunWindow window(days.longest_run_km);
  for (std::size_t index = 0; index < days.size(); ++index) {
    window.end_before(index);
    const double run = days.longest_run_km[index];
    // Until the log covers the 30 days before a run, it cannot say what the recent longest run was.
    if (run <= 0 || index < kSpikeWindowDays) continue;
    const std::optional<std::size_t> longest_index = window.longest();
    if (!longest_index) continue;
    const double longest = days.longest_run_km[*longest_index];
    const double percent = (run / longest - 1) * 100;
    if (!shown_above(percent, kSpikePercent)) continue;
    const std::size_t window_start = index - kSpikeWindowDays;
    const Date date = core::add_days(days.first, static_cast<int>(index));
    flags.push_back(LoadFlag{
        date, "single_run_spike", FlagSeverity::Warning,
        "This run was more than 10 % longer than your longest run of the previous 30 days. Runs that jump past "
        "the recent longest are linked with a higher injury rate: build distance in smaller steps and keep the "
        "next days easy.",
        fmt::format("run of {} km vs the longest run of {} km on {} in the previous 30 days ({} to {}): +{} %, a {}",
                    shown(run), shown(longest), iso(core::add_days(days.first, static_cast<int>(*longest_index))),
                    iso(core::add_days(days.first, static_cast<int>(window_start))), iso(core::add_days(date, -1)),
                    percent_text(percent, kSpikePercent), spike_band(percent))});
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
      flags.push_back(LoadFlag{
          crossed, "weekly_distance_jump", FlagSeverity::Caution,
          "Your running distance this week is more than 30 % above last week's. Jumps this large are linked with "
          "some overuse injuries: hold the distance steady for a week or two before building again.",
          fmt::format("week of {}: {} km{} vs {} km the week before: +{} %", iso(week.start), shown(week.run_distance_km),
                      week.days < 7 ? " so far" : "", shown(previous.run_distance_km),
                      percent_text(*week.distance_change_pct, kWeeklyJumpPercent))});
    }
  }
  for (const WeeklyLoad& week : report.weeks) {
    if (!week.monotony || !shown_above(*week.monotony, kMonotonyLimit)) continue;
    const double mean = week.load / 7;
    flags.push_back(LoadFlag{
        core::add_days(week.start, 6), "monotony_high", FlagSeverity::Caution,
        "Your days were very alike this week, with little contrast between hard and easy days. Make the easy days "
        "easier and keep at least one day of rest.",
        fmt::format("week of {}: monotony {} (mean daily load {}, population SD {}), strain {}", iso(week.start),
                    shown(*week.monotony), shown(mean), shown(mean / *week.monotony), shown(week.strain.value_or(0)))});
  }
}

void add_pain_flags(const core::TrainingLog& log, Date last, std::vector<LoadFlag>& flags) {
  for (const PainStep& step : pain_history(log, last)) {
    const core::PainReport& report = step.report;
    if (report.score >= kPainReduceScore) {
      const bool above = report.score > kPainReduceScore;
      flags.push_back(LoadFlag{
          report.date, "pain", above ? FlagSeverity::Warning : FlagSeverity::Caution,
          std::string(above ? "Pain above 5/10" : "Pain of 5/10") +
              ": reduce your training load and leave out what provokes it. If the pain persists or keeps coming "
              "back, see a clinician or physiotherapist.",
          fmt::format("{} pain {}/10 ({})", body_part(report), report.score, timing(report.when))});
    }
    if (!step.rising()) continue;
    const core::PainReport& previous = *step.previous;
    flags.push_back(LoadFlag{
        report.date, "pain_rising",
        report.score >= kPainReduceScore ? FlagSeverity::Warning : FlagSeverity::Caution,
        "Pain the next morning is higher than at your previous report for this area: ease off with shorter, "
        "easier sessions until it settles, and see a clinician or physiotherapist if it keeps rising or persists.",
        fmt::format("{}: {}/10 the next morning on {}, up from {}/10 ({}) on {}", body_part(report), report.score,
                    iso(report.date), previous.score, timing(previous.when), iso(previous.date))});
  }
}

void add_acwr_flags(const LoadReport& report, std::vector<LoadFlag>& flags) {
  const auto high = [&](std::size_t index) {
    const auto& ratio = report.daily[index].acwr_ewma;
    return index + 1 >= kAcwrWarmUpDays && ratio && shown_above(*ratio, kAcwrLimit);
  };
  for (std::size_t index = 0; index < report.daily.size(); ++index) {
    if (!high(index)) continue;
    const std::size_t start = index;
    std::size_t peak = index;
    while (index + 1 < report.daily.size() && high(index + 1)) {
      ++index;
      if (*report.daily[index].acwr_ewma > *report.daily[peak].acwr_ewma) peak = index;
    }
    const DailyLoad& first = report.daily[start];
    const std::size_t length = index - start + 1;
    flags.push_back(LoadFlag{
        first.date, "acwr_high", FlagSeverity::Info,
        "Your load of the last week is well above what you are used to (acute:chronic ratio above 1.5). This is "
        "for information: the ratio's value as an injury predictor is contested, and it is never on its own a "
        "reason to stop training.",
        fmt::format("EWMA ACWR {} on {} (acute {} / chronic {}); above 1.5 for {} day{} to {}, peak {} on {}",
                    shown(*first.acwr_ewma), iso(first.date), shown(first.acute_ewma), shown(first.chronic_ewma),
                    length, length == 1 ? "" : "s", iso(report.daily[index].date),
                    shown(*report.daily[peak].acwr_ewma), iso(report.daily[peak].date))});
  }
}

}  // namespace

std::vector<LoadFlag> compute_flags(const core::TrainingLog& log, const LoadDays& days, const LoadReport& report) {
  std::vector<LoadFlag> flags;
  if (report.daily.empty()) return flags;
  add_spike_flags(days, flags);
  add_weekly_flags(days, report, flags);
  add_pain_flags(log, report.daily.back().date, flags);
  add_acwr_flags(report, flags);
  std::stable_sort(flags.begin(), flags.end(), [](const LoadFlag& left, const LoadFlag& right) {
    if (left.date != right.date) return left.date < right.date;
    return left.code < right.code;
  });
  return flags;
}

}  // namespace stride::analytics::detail
