// The reference implementation of compute_load (see reference_load.hpp): each definition of
// docs/load.md computed the plain way, in one file. It shares no load code with the library
// (pain_history is copied here as reference_pain_history).
#include "reference_load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "stride/analytics/pain_monitoring.hpp"
#include "stride/core/athlete.hpp"

namespace stride::analytics::reference {
namespace {

using core::Date;

struct DayTotals {
  double load = 0;
  double run_distance_km = 0;
  double longest_run_km = 0;  // 0 when the day has no run with a distance
};

struct LoadDays {
  core::Date first;
  std::vector<DayTotals> days;
};

double round_to_shown(double value) { return std::round(value * 1000.0) / 1000.0; }

bool same_place(const core::PainReport& left, const core::PainReport& right) {
  return left.region == right.region && left.side == right.side;
}

std::vector<PainStep> reference_pain_history(const core::TrainingLog& log, core::Date last) {
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

constexpr int kAcuteDays = 7;
constexpr int kChronicDays = 28;
constexpr double kAcuteLambda = 2.0 / (kAcuteDays + 1);
constexpr double kChronicLambda = 2.0 / (kChronicDays + 1);
constexpr double kFitnessDays = 42;
constexpr double kFatigueDays = 7;

// The earliest and latest dates the log mentions, activities and pain reports alike.
std::optional<std::pair<Date, Date>> logged_range(const core::TrainingLog& log) {
  std::optional<std::pair<Date, Date>> range;
  const auto include = [&](Date date) {
    if (!range) {
      range = std::pair{date, date};
    } else {
      range->first = std::min(range->first, date);
      range->second = std::max(range->second, date);
    }
  };
  for (const auto& activity : log.activities) include(activity.date);
  for (const auto& report : log.pain) include(report.date);
  return range;
}

LoadDays collect_days(const core::TrainingLog& log, Date first, Date last) {
  LoadDays result{first, std::vector<DayTotals>(static_cast<std::size_t>(core::days_between(first, last) + 1))};
  for (const auto& activity : log.activities) {
    if (activity.date > last) continue;
    auto& day = result.days[static_cast<std::size_t>(core::days_between(first, activity.date))];
    day.load += core::session_load(activity);
    if (activity.sport == core::Sport::Run && activity.distance_km) {
      day.run_distance_km += *activity.distance_km;
      day.longest_run_km = std::max(day.longest_run_km, *activity.distance_km);
    }
  }
  return result;
}

std::optional<double> ratio(double numerator, double denominator) {
  if (denominator == 0) return std::nullopt;
  return numerator / denominator;
}

// The mean load of the `length` days ending at `last_index`, summed afresh each day so that a run of
// rest days gives exactly 0 however long the series.
double window_mean(const LoadDays& days, std::size_t last_index, int length) {
  double sum = 0;
  for (std::size_t index = last_index + 1 - static_cast<std::size_t>(length); index <= last_index; ++index) {
    sum += days.days[index].load;
  }
  return sum / length;
}

std::vector<DailyLoad> daily_series(const LoadDays& days) {
  std::vector<DailyLoad> series;
  series.reserve(days.days.size());
  double acute = days.days.empty() ? 0 : days.days.front().load;
  double chronic = acute;
  double ctl = 0;
  double atl = 0;
  for (std::size_t index = 0; index < days.days.size(); ++index) {
    const double load = days.days[index].load;
    DailyLoad day;
    day.date = core::add_days(days.first, static_cast<int>(index));
    day.load = load;
    if (index > 0) {
      acute = kAcuteLambda * load + (1 - kAcuteLambda) * acute;
      chronic = kChronicLambda * load + (1 - kChronicLambda) * chronic;
    }
    day.acute_ewma = acute;
    day.chronic_ewma = chronic;
    day.acwr_ewma = ratio(acute, chronic);

    if (index + 1 >= static_cast<std::size_t>(kAcuteDays)) day.acute_7d = window_mean(days, index, kAcuteDays);
    if (index + 1 >= static_cast<std::size_t>(kChronicDays)) {
      day.chronic_28d = window_mean(days, index, kChronicDays);
      day.acwr_rolling = ratio(*day.acute_7d, *day.chronic_28d);
    }

    day.tsb = ctl - atl;  // yesterday's values
    ctl += (load - ctl) / kFitnessDays;
    atl += (load - atl) / kFatigueDays;
    day.ctl = ctl;
    day.atl = atl;
    series.push_back(day);
  }
  return series;
}

// Mean / population standard deviation; null when the deviation is 0.
std::optional<double> monotony_of(const std::vector<double>& loads) {
  const double count = static_cast<double>(loads.size());
  double sum = 0;
  for (double load : loads) sum += load;
  const double mean = sum / count;
  double squares = 0;
  for (double load : loads) squares += (load - mean) * (load - mean);
  const double deviation = std::sqrt(squares / count);
  if (deviation == 0) return std::nullopt;
  return mean / deviation;
}

std::vector<WeeklyLoad> weekly_series(const LoadDays& days) {
  std::vector<WeeklyLoad> weeks;
  if (days.days.empty()) return weeks;
  const Date last = core::add_days(days.first, static_cast<int>(days.days.size()) - 1);
  for (Date monday = core::monday_of(days.first); monday <= last; monday = core::add_days(monday, 7)) {
    WeeklyLoad week;
    week.start = monday;
    week.days = 0;
    std::vector<double> loads;
    for (int offset = 0; offset < 7; ++offset) {
      const int index = core::days_between(days.first, core::add_days(monday, offset));
      if (index < 0 || index >= static_cast<int>(days.days.size())) continue;
      const auto& day = days.days[static_cast<std::size_t>(index)];
      week.load += day.load;
      week.run_distance_km += day.run_distance_km;
      loads.push_back(day.load);
      ++week.days;
    }
    if (week.days == 7) {
      week.monotony = monotony_of(loads);
      if (week.monotony) week.strain = week.load * *week.monotony;
    }
    if (!weeks.empty() && weeks.back().days == 7 && weeks.back().run_distance_km > 0) {
      const double previous = weeks.back().run_distance_km;
      week.distance_change_pct = (week.run_distance_km - previous) / previous * 100;
    }
    weeks.push_back(week);
  }
  return weeks;
}

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

void add_spike_flags(const LoadDays& days, std::vector<WrittenFlag>& flags) {
  for (std::size_t index = 0; index < days.days.size(); ++index) {
    const double run = days.days[index].longest_run_km;
    // Until the log covers the 30 days before a run, it cannot say what the recent longest run was.
    if (run <= 0 || index < kSpikeWindowDays) continue;
    const std::size_t window_start = index - kSpikeWindowDays;
    double longest = 0;
    std::size_t longest_index = 0;
    for (std::size_t earlier = window_start; earlier < index; ++earlier) {
      if (days.days[earlier].longest_run_km > longest) {
        longest = days.days[earlier].longest_run_km;
        longest_index = earlier;
      }
    }
    if (longest <= 0) continue;
    const double percent = (run / longest - 1) * 100;
    if (round_to_shown(percent) <= kSpikePercent) continue;
    const Date date = core::add_days(days.first, static_cast<int>(index));
    flags.push_back(WrittenFlag{
        date, "single_run_spike", FlagSeverity::Warning,
        "This run was more than 10 % longer than your longest run of the previous 30 days. Runs that jump past "
        "the recent longest are linked with a higher injury rate: build distance in smaller steps and keep the "
        "next days easy.",
        fmt::format("run of {} km vs the longest run of {} km on {} in the previous 30 days ({} to {}): +{} %, a {}",
                    shown(run), shown(longest), iso(core::add_days(days.first, static_cast<int>(longest_index))),
                    iso(core::add_days(days.first, static_cast<int>(window_start))), iso(core::add_days(date, -1)),
                    percent_text(percent, kSpikePercent), spike_band(percent))});
  }
}

void add_weekly_flags(const LoadDays& days, const Report& report, std::vector<WrittenFlag>& flags) {
  for (std::size_t week_index = 1; week_index < report.weeks.size(); ++week_index) {
    const WeeklyLoad& week = report.weeks[week_index];
    const WeeklyLoad& previous = report.weeks[week_index - 1];
    if (week.distance_change_pct && round_to_shown(*week.distance_change_pct) > kWeeklyJumpPercent) {
      // The flag is dated on the day whose run took the week past 130 % of the previous week.
      double so_far = 0;
      Date crossed = week.start;
      for (int offset = 0; offset < 7; ++offset) {
        const int index = core::days_between(days.first, core::add_days(week.start, offset));
        if (index < 0 || index >= static_cast<int>(days.days.size())) continue;
        so_far += days.days[static_cast<std::size_t>(index)].run_distance_km;
        crossed = core::add_days(week.start, offset);
        if (round_to_shown((so_far / previous.run_distance_km - 1) * 100) > kWeeklyJumpPercent) break;
      }
      flags.push_back(WrittenFlag{
          crossed, "weekly_distance_jump", FlagSeverity::Caution,
          "Your running distance this week is more than 30 % above last week's. Jumps this large are linked with "
          "some overuse injuries: hold the distance steady for a week or two before building again.",
          fmt::format("week of {}: {} km{} vs {} km the week before: +{} %", iso(week.start), shown(week.run_distance_km),
                      week.days < 7 ? " so far" : "", shown(previous.run_distance_km),
                      percent_text(*week.distance_change_pct, kWeeklyJumpPercent))});
    }
  }
  for (const WeeklyLoad& week : report.weeks) {
    if (!week.monotony || round_to_shown(*week.monotony) <= kMonotonyLimit) continue;
    const double mean = week.load / 7;
    flags.push_back(WrittenFlag{
        core::add_days(week.start, 6), "monotony_high", FlagSeverity::Caution,
        "Your days were very alike this week, with little contrast between hard and easy days. Make the easy days "
        "easier and keep at least one day of rest.",
        fmt::format("week of {}: monotony {} (mean daily load {}, population SD {}), strain {}", iso(week.start),
                    shown(*week.monotony), shown(mean), shown(mean / *week.monotony), shown(week.strain.value_or(0)))});
  }
}

void add_pain_flags(const core::TrainingLog& log, Date last, std::vector<WrittenFlag>& flags) {
  for (const PainStep& step : reference_pain_history(log, last)) {
    const core::PainReport& report = step.report;
    if (report.score >= kPainReduceScore) {
      const bool above = report.score > kPainReduceScore;
      flags.push_back(WrittenFlag{
          report.date, "pain", above ? FlagSeverity::Warning : FlagSeverity::Caution,
          std::string(above ? "Pain above 5/10" : "Pain of 5/10") +
              ": reduce your training load and leave out what provokes it. If the pain persists or keeps coming "
              "back, see a clinician or physiotherapist.",
          fmt::format("{} pain {}/10 ({})", body_part(report), report.score, timing(report.when))});
    }
    if (!step.rising()) continue;
    const core::PainReport& previous = *step.previous;
    flags.push_back(WrittenFlag{
        report.date, "pain_rising",
        report.score >= kPainReduceScore ? FlagSeverity::Warning : FlagSeverity::Caution,
        "Pain the next morning is higher than at your previous report for this area: ease off with shorter, "
        "easier sessions until it settles, and see a clinician or physiotherapist if it keeps rising or persists.",
        fmt::format("{}: {}/10 the next morning on {}, up from {}/10 ({}) on {}", body_part(report), report.score,
                    iso(report.date), previous.score, timing(previous.when), iso(previous.date))});
  }
}

void add_acwr_flags(const Report& report, std::vector<WrittenFlag>& flags) {
  const auto high = [&](std::size_t index) {
    const auto& ratio = report.daily[index].acwr_ewma;
    return index + 1 >= kAcwrWarmUpDays && ratio && round_to_shown(*ratio) > kAcwrLimit;
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
    flags.push_back(WrittenFlag{
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

std::vector<WrittenFlag> compute_flags(const core::TrainingLog& log, const LoadDays& days, const Report& report) {
  std::vector<WrittenFlag> flags;
  if (report.daily.empty()) return flags;
  add_spike_flags(days, flags);
  add_weekly_flags(days, report, flags);
  add_pain_flags(log, report.daily.back().date, flags);
  add_acwr_flags(report, flags);
  std::stable_sort(flags.begin(), flags.end(), [](const WrittenFlag& left, const WrittenFlag& right) {
    if (left.date != right.date) return left.date < right.date;
    return left.code < right.code;
  });
  return flags;
}

}  // namespace

Report compute_load(const core::TrainingLog& log, std::optional<core::Date> as_of) {
  Report report;
  report.as_of = as_of;
  const auto range = logged_range(log);
  if (!range) return report;
  const Date last = as_of.value_or(range->second);
  report.as_of = last;
  if (last < range->first) return report;
  const LoadDays days = collect_days(log, range->first, last);
  report.daily = daily_series(days);
  report.weeks = weekly_series(days);
  report.flags = compute_flags(log, days, report);
  return report;
}

}  // namespace stride::analytics::reference
