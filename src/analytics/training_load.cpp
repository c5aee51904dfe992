#include "stride/analytics/training_load.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <experimental/simd>
#include <span>
#include <utility>
#include <vector>

#include "load_series.hpp"

namespace stride::analytics {
namespace {

using core::Date;
namespace stdx = std::experimental;

constexpr std::size_t kAcuteDays = 7;
constexpr std::size_t kChronicDays = 28;
constexpr double kAcuteLambda = 2.0 / (kAcuteDays + 1);
constexpr double kChronicLambda = 2.0 / (kChronicDays + 1);
constexpr double kFitnessDays = 42;
constexpr double kFatigueDays = 7;

// One activity reduced to what the series needs: its day (days since the epoch), its session load
// and, for a run with a distance, that distance. The log is read once, into these.
struct DatedSession {
  int day = 0;
  bool run_with_distance = false;
  double load = 0;
  double distance_km = 0;
};

int day_number(Date date) { return static_cast<int>(std::chrono::sys_days{date}.time_since_epoch().count()); }

// The log's sessions in log order, and the earliest and latest day the log mentions (activities and
// pain reports alike); no range for an empty log.
struct ReadLog {
  std::vector<DatedSession> sessions;
  std::optional<std::pair<int, int>> range;
};

ReadLog read_log(const core::TrainingLog& log) {
  ReadLog result;
  result.sessions.reserve(log.activities.size());
  const auto include = [&](int day) {
    if (!result.range) {
      result.range = std::pair{day, day};
    } else {
      result.range->first = std::min(result.range->first, day);
      result.range->second = std::max(result.range->second, day);
    }
  };
  for (const auto& activity : log.activities) {
    DatedSession session{day_number(activity.date), false, core::session_load(activity), 0};
    if (activity.sport == core::Sport::Run && activity.distance_km) {
      session.run_with_distance = true;
      session.distance_km = *activity.distance_km;
    }
    include(session.day);
    result.sessions.push_back(session);
  }
  for (const auto& report : log.pain) include(day_number(report.date));
  return result;
}

detail::LoadDays collect_days(const std::vector<DatedSession>& sessions, int first_day, int last_day) {
  const auto count = static_cast<std::size_t>(last_day - first_day + 1);
  detail::LoadDays result{Date{std::chrono::sys_days{std::chrono::days{first_day}}}, std::vector<double>(count),
                          std::vector<double>(count), std::vector<double>(count)};
  for (const DatedSession& session : sessions) {
    if (session.day > last_day) continue;
    const auto index = static_cast<std::size_t>(session.day - first_day);
    result.load[index] += session.load;
    if (session.run_with_distance) {
      result.run_distance_km[index] += session.distance_km;
      result.longest_run_km[index] = std::max(result.longest_run_km[index], session.distance_km);
    }
  }
  return result;
}

std::optional<double> ratio(double numerator, double denominator) {
  if (denominator == 0) return std::nullopt;
  return numerator / denominator;
}

// The mean loads of every 7-day and 28-day window: entry i covers days i to i + 6 (i + 27). Each
// window is summed afresh from 0, day by day in order, so every sum is the double a loop over that
// window alone gives, and a run of rest days gives exactly 0 however long the series; a running sum
// would round differently.
struct WindowMeans {
  std::vector<double> acute;
  std::vector<double> chronic;
};

// The number of windows of `length` days in a series of `days` days.
std::size_t window_count(std::size_t days, std::size_t length) { return days >= length ? days + 1 - length : 0; }

// Days `first` to `first` + `length` − 1 summed from 0 in order, divided by `length`.
double window_mean(const std::vector<double>& loads, std::size_t first, std::size_t length) {
  double sum = 0;
  for (std::size_t offset = 0; offset < length; ++offset) sum += loads[first + offset];
  return sum / static_cast<double>(length);
}

// The windows are independent, so eight of them are summed side by side in one simd value, one day
// of each at a time: the same additions per window in the same order, four packed additions a day.
// A 28-day window summed that way holds, after its first 7 days, the sum of the 7-day window that
// starts on the same day, so both come from one loop.
WindowMeans window_means(const std::vector<double>& loads) {
  using Lanes = stdx::fixed_size_simd<double, 8>;
  const auto lanes_from = [&](std::size_t first) { return Lanes(loads.data() + first, stdx::element_aligned); };
  WindowMeans means{std::vector<double>(window_count(loads.size(), kAcuteDays)),
                    std::vector<double>(window_count(loads.size(), kChronicDays))};
  std::size_t first = 0;
  for (; first + Lanes::size() <= means.chronic.size(); first += Lanes::size()) {
    Lanes sums = 0.0;
    std::size_t offset = 0;
    for (; offset < kAcuteDays; ++offset) sums += lanes_from(first + offset);
    (sums / static_cast<double>(kAcuteDays)).copy_to(means.acute.data() + first, stdx::element_aligned);
    for (; offset < kChronicDays; ++offset) sums += lanes_from(first + offset);
    (sums / static_cast<double>(kChronicDays)).copy_to(means.chronic.data() + first, stdx::element_aligned);
  }
  // The last few windows one at a time.
  for (std::size_t rest = first; rest < means.chronic.size(); ++rest) {
    means.chronic[rest] = window_mean(loads, rest, kChronicDays);
  }
  for (std::size_t rest = first; rest < means.acute.size(); ++rest) {
    means.acute[rest] = window_mean(loads, rest, kAcuteDays);
  }
  return means;
}

std::vector<DailyLoad> daily_series(const detail::LoadDays& days) {
  const WindowMeans means = window_means(days.load);
  // Sized up front from copies of an empty day, so that the loop below only writes each day in place
  // and calls nothing: its running values stay in registers.
  std::vector<DailyLoad> series(days.size(), DailyLoad{});
  double acute = days.size() == 0 ? 0 : days.load.front();
  double chronic = acute;
  double ctl = 0;
  double atl = 0;
  Date date = days.first;
  for (std::size_t index = 0; index < days.size(); ++index) {
    const double load = days.load[index];
    DailyLoad& day = series[index];
    day.date = date;
    date = detail::next_day(date);
    day.load = load;
    if (index > 0) {
      acute = kAcuteLambda * load + (1 - kAcuteLambda) * acute;
      chronic = kChronicLambda * load + (1 - kChronicLambda) * chronic;
    }
    day.acute_ewma = acute;
    day.chronic_ewma = chronic;
    day.acwr_ewma = ratio(acute, chronic);

    if (index + 1 >= kAcuteDays) day.acute_7d = means.acute[index + 1 - kAcuteDays];
    if (index + 1 >= kChronicDays) {
      day.chronic_28d = means.chronic[index + 1 - kChronicDays];
      day.acwr_rolling = ratio(*day.acute_7d, *day.chronic_28d);
    }

    day.tsb = ctl - atl;  // yesterday's values
    ctl += (load - ctl) / kFitnessDays;
    atl += (load - atl) / kFatigueDays;
    day.ctl = ctl;
    day.atl = atl;
  }
  return series;
}

// Mean / population standard deviation of a complete week's loads; null when the deviation is 0.
std::optional<double> monotony_of(std::span<const double, 7> loads) {
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
  if (days.size() == 0) return {};
  const auto count = static_cast<std::ptrdiff_t>(days.size());
  // Week w holds the series' days first + 7w to first + 7w + 6, first = −(the first day's weekday).
  const std::ptrdiff_t first = -static_cast<std::ptrdiff_t>(core::weekday_of(days.first));
  // Sized up front, like the daily series, so that the loop below only writes each week in place.
  std::vector<WeeklyLoad> weeks(static_cast<std::size_t>((count - first + 6) / 7), WeeklyLoad{});
  std::chrono::sys_days monday{core::monday_of(days.first)};
  for (std::size_t index = 0; index < weeks.size(); ++index, monday += std::chrono::days{7}) {
    WeeklyLoad& week = weeks[index];
    const std::ptrdiff_t start = first + 7 * static_cast<std::ptrdiff_t>(index);
    const auto from = static_cast<std::size_t>(std::max<std::ptrdiff_t>(start, 0));
    const auto to = static_cast<std::size_t>(std::min(start + 7, count));
    week.start = Date{monday};
    week.days = static_cast<int>(to - from);
    for (std::size_t day = from; day < to; ++day) {
      week.load += days.load[day];
      week.run_distance_km += days.run_distance_km[day];
    }
    if (week.days == 7) {
      week.monotony = monotony_of(std::span<const double, 7>(days.load.data() + from, 7));
      if (week.monotony) week.strain = week.load * *week.monotony;
    }
    if (index > 0 && weeks[index - 1].days == 7 && weeks[index - 1].run_distance_km > 0) {
      const double previous = weeks[index - 1].run_distance_km;
      week.distance_change_pct = (week.run_distance_km - previous) / previous * 100;
    }
  }
  return weeks;
}

}  // namespace

LoadReport compute_load(const core::TrainingLog& log, std::optional<core::Date> as_of) {
  LoadReport report;
  report.as_of = as_of;
  const ReadLog read = read_log(log);
  if (!read.range) return report;
  const int last = as_of ? day_number(*as_of) : read.range->second;
  report.as_of = as_of.value_or(Date{std::chrono::sys_days{std::chrono::days{last}}});
  if (last < read.range->first) return report;
  const detail::LoadDays days = collect_days(read.sessions, read.range->first, last);
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
