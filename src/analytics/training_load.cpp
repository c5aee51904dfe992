#include "stride/analytics/training_load.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "load_series.hpp"

namespace stride::analytics {
namespace {

using core::Date;

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

detail::LoadDays collect_days(const core::TrainingLog& log, Date first, Date last) {
  detail::LoadDays result{first, std::vector<detail::DayTotals>(static_cast<std::size_t>(core::days_between(first, last) + 1))};
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
double window_mean(const detail::LoadDays& days, std::size_t last_index, int length) {
  double sum = 0;
  for (std::size_t index = last_index + 1 - static_cast<std::size_t>(length); index <= last_index; ++index) {
    sum += days.days[index].load;
  }
  return sum / length;
}

std::vector<DailyLoad> daily_series(const detail::LoadDays& days) {
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

std::vector<WeeklyLoad> weekly_series(const detail::LoadDays& days) {
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

}  // namespace

namespace detail {

double round_to_shown(double value) { return std::round(value * 1000.0) / 1000.0; }

}  // namespace detail

LoadReport compute_load(const core::TrainingLog& log, std::optional<core::Date> as_of) {
  LoadReport report;
  report.as_of = as_of;
  const auto range = logged_range(log);
  if (!range) return report;
  const Date last = as_of.value_or(range->second);
  report.as_of = last;
  if (last < range->first) return report;
  const detail::LoadDays days = collect_days(log, range->first, last);
  report.daily = daily_series(days);
  report.weeks = weekly_series(days);
  report.flags = detail::compute_flags(log, days, report);
  return report;
}

std::string_view acwr_zone(double acwr) {
  const double shown = detail::round_to_shown(acwr);
  if (shown < 0.8) return "low";
  if (shown <= 1.3) return "sweet spot";
  if (shown < 1.5) return "elevated";
  return "high";
}

std::optional<Form> form_of(const std::vector<DailyLoad>& daily) {
  if (daily.size() < static_cast<std::size_t>(kFormMinimumDays) + 1) return std::nullopt;
  const auto days = static_cast<int>(daily.size() - 1);
  const DailyLoad& yesterday = daily[daily.size() - 2];
  const double fitness = yesterday.ctl / (1 - std::pow(1 - 1 / kFitnessDays, days));
  const double fatigue = yesterday.atl / (1 - std::pow(1 - 1 / kFatigueDays, days));
  if (fitness < kFormMinimumCtl) return std::nullopt;
  const double percent = detail::round_to_shown((fitness - fatigue) / fitness * 100);
  FormBand band = FormBand::Neutral;
  if (percent > kFormVeryFreshAbove) {
    band = FormBand::VeryFresh;
  } else if (percent > kFormFreshAbove) {
    band = FormBand::Fresh;
  } else if (percent < kFormVeryTiredBelow) {
    band = FormBand::VeryTired;
  } else if (percent < kFormTiredBelow) {
    band = FormBand::Tired;
  }
  return Form{percent, band, days, days < kFormShortLogDays};
}

}  // namespace stride::analytics
