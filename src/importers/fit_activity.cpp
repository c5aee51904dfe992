#include "fit_activity.hpp"

#include <algorithm>

#include "stride/core/weighted_mean.hpp"
#include "stride/importers/activity_summary.hpp"

namespace stride::importers::fit {
namespace {

using core::kMissing;
using core::present;

double totals(const TotalsValues& values, TotalsSlot slot) { return values[static_cast<std::size_t>(slot)]; }

std::optional<std::uint8_t> sport_of(const TotalsValues& values) { return byte_value(totals(values, TotalsSlot::Sport)); }

double unix_time(double fit_time) { return fit_time + kFitEpochUnixSeconds; }

// Cadence + fractional cadence, doubled to steps per minute when running; kMissing without cadence.
double average_cadence(const TotalsValues& values, bool running) {
  const double whole = totals(values, TotalsSlot::AverageCadence);
  const double fraction = totals(values, TotalsSlot::AverageFractionalCadence);
  const double cadence = present(fraction) ? whole + fraction : whole;
  return running ? 2 * cadence : cadence;
}

// Tells whether running is the sport in effect at an instant: the sport of the last session that
// started at or before it (the first session before all of them), or the activity's sport when the
// file has no sessions.
class RunningTimeline {
 public:
  RunningTimeline(const std::vector<TotalsValues>& sessions, std::optional<std::uint8_t> activity_sport)
      : m_default(activity_sport == kRunningSport) {
    for (const auto& session : sessions) {
      const double start = totals(session, TotalsSlot::StartTime);
      const auto sport = sport_of(session);
      if (present(start) && sport) m_starts.push_back({unix_time(start), *sport == kRunningSport});
    }
    std::stable_sort(m_starts.begin(), m_starts.end(),
                     [](const Start& left, const Start& right) { return left.time_s < right.time_s; });
    if (!m_starts.empty()) m_default = m_starts.front().running;
  }

  // True when running is the sport in effect at every instant (no session changes it), false when
  // at none, nullopt when it depends on the instant.
  [[nodiscard]] std::optional<bool> running_throughout() const {
    const bool changes = std::any_of(m_starts.begin(), m_starts.end(),
                                     [&](const Start& start) { return start.running != m_default; });
    return changes ? std::nullopt : std::optional<bool>(m_default);
  }

  [[nodiscard]] bool running_at(double time_s) const {
    if (!present(time_s) || m_starts.empty()) return m_default;
    const auto after = std::upper_bound(m_starts.begin(), m_starts.end(), time_s,
                                        [](double time, const Start& start) { return time < start.time_s; });
    return after == m_starts.begin() ? m_default : std::prev(after)->running;
  }

 private:
  struct Start {
    double time_s;
    bool running;
  };
  std::vector<Start> m_starts;
  bool m_default;
};

// The activity's sport: the first session's, else the sport message's, else the first lap's.
std::optional<std::uint8_t> activity_sport(const DecodedFit& decoded) {
  for (const auto& session : decoded.sessions) {
    if (const auto sport = sport_of(session)) return sport;
  }
  if (decoded.sport) return decoded.sport;
  for (const auto& lap : decoded.laps) {
    if (const auto sport = sport_of(lap)) return sport;
  }
  return std::nullopt;
}

// The activity's sub_sport: the first session's, else the sport message's, else the first lap's.
std::optional<std::uint8_t> activity_sub_sport(const DecodedFit& decoded) {
  const auto sub_sport_of = [](const TotalsValues& values) { return byte_value(totals(values, TotalsSlot::SubSport)); };
  for (const auto& session : decoded.sessions) {
    if (const auto sub_sport = sub_sport_of(session)) return sub_sport;
  }
  if (decoded.sub_sport) return decoded.sub_sport;
  for (const auto& lap : decoded.laps) {
    if (const auto sub_sport = sub_sport_of(lap)) return sub_sport;
  }
  return std::nullopt;
}

void add_to_sum(std::optional<double>& total, double value) {
  if (present(value)) total = total.value_or(0.0) + value;
}

void keep_larger(std::optional<double>& maximum, double value) {
  if (present(value)) maximum = std::max(maximum.value_or(value), value);
}

void keep_smaller(std::optional<double>& minimum, double value) {
  if (present(value)) minimum = std::min(minimum.value_or(value), value);
}

// Adds `value` with its weight unless it is kMissing.
void add_present(core::WeightedMean& mean, double value, double weight) {
  if (present(value)) mean.add(value, weight);
}

void fill_summary_from_sessions(const DecodedFit& decoded, const RunningTimeline& timeline,
                                core::ActivitySummary& summary) {
  // Times and distances add up over the sessions; averages are weighted by the sessions' timer
  // times (1 for a session that states none).
  core::WeightedMean heart_rate, cadence, power, oscillation, stance_time, step_length, vertical_ratio, balance;
  for (const auto& session : decoded.sessions) {
    const double start = totals(session, TotalsSlot::StartTime);
    if (present(start)) keep_smaller(summary.start_time_s, unix_time(start));
    add_to_sum(summary.timer_s, totals(session, TotalsSlot::TimerTime));
    add_to_sum(summary.elapsed_s, totals(session, TotalsSlot::ElapsedTime));
    add_to_sum(summary.distance_m, totals(session, TotalsSlot::Distance));
    keep_larger(summary.max_heart_rate_bpm, totals(session, TotalsSlot::MaximumHeartRate));
    const double timer = totals(session, TotalsSlot::TimerTime);
    const double weight = present(timer) && timer > 0 ? timer : 1.0;
    const auto sport = sport_of(session);
    const bool running = sport ? *sport == kRunningSport : timeline.running_at(unix_time(start));
    add_present(heart_rate, totals(session, TotalsSlot::AverageHeartRate), weight);
    add_present(cadence, average_cadence(session, running), weight);
    add_present(power, totals(session, TotalsSlot::AveragePower), weight);
    add_present(oscillation, totals(session, TotalsSlot::AverageVerticalOscillation), weight);
    add_present(stance_time, totals(session, TotalsSlot::AverageStanceTime), weight);
    add_present(step_length, totals(session, TotalsSlot::AverageStepLength), weight);
    add_present(vertical_ratio, totals(session, TotalsSlot::AverageVerticalRatio), weight);
    add_present(balance, totals(session, TotalsSlot::AverageStanceTimeBalance), weight);
  }
  summary.avg_heart_rate_bpm = heart_rate.mean();
  summary.avg_cadence_spm = cadence.mean();
  summary.avg_power_w = power.mean();
  summary.avg_vertical_oscillation_mm = oscillation.mean();
  summary.avg_stance_time_ms = stance_time.mean();
  summary.avg_step_length_mm = step_length.mean();
  summary.avg_vertical_ratio_percent = vertical_ratio.mean();
  summary.avg_stance_time_balance_left_percent = balance.mean();
}

core::ActivityLap make_lap(const TotalsValues& values, const RunningTimeline& timeline) {
  core::ActivityLap lap;
  const double start = totals(values, TotalsSlot::StartTime);
  lap.start_time_s = present(start) ? unix_time(start) : kMissing;
  lap.timer_s = totals(values, TotalsSlot::TimerTime);
  lap.elapsed_s = totals(values, TotalsSlot::ElapsedTime);
  lap.distance_m = totals(values, TotalsSlot::Distance);
  lap.avg_heart_rate_bpm = totals(values, TotalsSlot::AverageHeartRate);
  lap.max_heart_rate_bpm = totals(values, TotalsSlot::MaximumHeartRate);
  const auto sport = sport_of(values);
  lap.avg_cadence_spm = average_cadence(values, sport ? *sport == kRunningSport : timeline.running_at(lap.start_time_s));
  return lap;
}

// Doubles the cadence of the samples where the sport in effect is running (strides to steps).
void double_running_cadence(std::vector<core::ActivitySample>& samples, const RunningTimeline& timeline) {
  const auto throughout = timeline.running_throughout();
  if (throughout == false) return;
  const bool everywhere = throughout == true;
  for (auto& sample : samples) {
    if (present(sample.cadence_spm) && (everywhere || timeline.running_at(sample.time_s))) sample.cadence_spm *= 2;
  }
}

// True when the summary holds every figure, so that complete_summary(), which only fills empty
// ones, would leave it as it is.
bool states_every_figure(const core::ActivitySummary& summary) {
  static_assert(sizeof(core::ActivitySummary) == sizeof(std::optional<std::string>) + 13 * sizeof(std::optional<double>),
                "a new summary figure must be checked here");
  return summary.start_time_s && summary.timer_s && summary.elapsed_s && summary.distance_m &&
         summary.avg_heart_rate_bpm && summary.max_heart_rate_bpm && summary.avg_cadence_spm && summary.avg_power_w &&
         summary.avg_stance_time_ms && summary.avg_vertical_oscillation_mm && summary.avg_step_length_mm &&
         summary.avg_vertical_ratio_percent && summary.avg_stance_time_balance_left_percent;
}

}  // namespace

void merge_heart_rate(std::vector<core::ActivitySample>& samples, std::vector<HeartRateEvent> events) {
  if (events.empty()) return;
  const auto earlier = [](const HeartRateEvent& left, const HeartRateEvent& right) { return left.time_s < right.time_s; };
  if (!std::is_sorted(events.begin(), events.end(), earlier)) std::stable_sort(events.begin(), events.end(), earlier);
  // Moves `index` to the first event later than `time`: forward step by step while the samples'
  // times grow (the usual case, linear over the file), by binary search when one goes back.
  const auto first_after = [&](std::size_t index, double time) {
    if (index > 0 && events[index - 1].time_s > time) {
      return static_cast<std::size_t>(
          std::upper_bound(events.begin(), events.end(), time,
                           [](double instant, const HeartRateEvent& event) { return instant < event.time_s; }) -
          events.begin());
    }
    while (index < events.size() && events[index].time_s <= time) ++index;
    return index;
  };
  std::size_t begin = 0;
  std::size_t end = 0;
  double previous_time = kMissing;
  for (auto& sample : samples) {
    if (!present(sample.time_s)) continue;
    const double time = sample.time_s;
    const double window = present(previous_time)
                              ? std::clamp(time - previous_time, kHeartRateWindowMinimum, kHeartRateWindowMaximum)
                              : kHeartRateWindowMinimum;
    previous_time = time;
    begin = first_after(begin, time - window);
    end = first_after(end, time);
    if (present(sample.heart_rate_bpm) || begin >= end) continue;
    double sum = 0;
    for (std::size_t index = begin; index < end; ++index) sum += events[index].bpm;
    sample.heart_rate_bpm = sum / static_cast<double>(end - begin);
  }
}

core::RecordedActivity assemble_activity(DecodedFit decoded) {
  core::RecordedActivity activity;
  activity.format = core::ActivityFileFormat::Fit;
  const auto sport = activity_sport(decoded);
  const RunningTimeline timeline(decoded.sessions, sport);

  activity.samples = std::move(decoded.samples);
  merge_heart_rate(activity.samples, std::move(decoded.heart_rate_events));
  double_running_cadence(activity.samples, timeline);
  activity.laps.reserve(decoded.laps.size());
  for (const auto& lap : decoded.laps) activity.laps.push_back(make_lap(lap, timeline));

  activity.sets = std::move(decoded.active_sets);
  const bool strength = activity_sub_sport(decoded) == kStrengthTrainingSubSport ||
                        (sport == kTrainingSport && !activity.sets.empty());
  if (strength) {
    activity.summary.sport = "strength_training";
  } else if (sport) {
    if (const auto name = sport_name(*sport)) activity.summary.sport = std::string(*name);
  }
  fill_summary_from_sessions(decoded, timeline, activity.summary);

  std::stable_sort(decoded.warnings.begin(), decoded.warnings.end(),
                   [](const PlacedWarning& left, const PlacedWarning& right) { return left.offset < right.offset; });
  for (auto& warning : decoded.warnings) activity.warnings.push_back(std::move(warning.text));
  // Most watches state every figure in the session; the pass over the samples is then skipped.
  if (!states_every_figure(activity.summary)) complete_summary(activity);
  return activity;
}

}  // namespace stride::importers::fit
