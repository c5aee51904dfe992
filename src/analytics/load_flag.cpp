// The words of the risk flags: each kind of facts gives its code, severity, advice and evidence.
// Numbers are shown rounded to 3 decimals (round_to_shown), as the thresholds compare them.
#include "stride/analytics/load_flag.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "load_series.hpp"
#include "stride/analytics/pain_monitoring.hpp"
#include "stride/core/athlete.hpp"

namespace stride::analytics {
namespace {

using core::Date;

// A number as it is shown: rounded to 3 decimals, without trailing zeros ("10.1", "42", "1.234").
std::string shown(double value) {
  std::string text = fmt::format("{:.3f}", detail::round_to_shown(value) + 0.0);
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

using detail::kSpikePercent;
using detail::kWeeklyJumpPercent;

std::string_view code_of(const RunSpike&) { return "single_run_spike"; }
FlagSeverity severity_of(const RunSpike&) { return FlagSeverity::Warning; }
std::string_view message_of(const RunSpike&) {
  return "This run was more than 10 % longer than your longest run of the previous 30 days. Runs that jump past "
         "the recent longest are linked with a higher injury rate: build distance in smaller steps and keep the "
         "next days easy.";
}
std::string evidence_of(Date date, const RunSpike& spike) {
  const Date window_start = core::add_days(date, -static_cast<int>(detail::kSpikeWindowDays));
  return fmt::format("run of {} km vs the longest run of {} km on {} in the previous 30 days ({} to {}): +{} %, a {}",
                     shown(spike.run_km), shown(spike.longest_km), iso(spike.longest_date), iso(window_start),
                     iso(core::add_days(date, -1)), percent_text(spike.percent, kSpikePercent),
                     spike_band(spike.percent));
}

std::string_view code_of(const DistanceJump&) { return "weekly_distance_jump"; }
FlagSeverity severity_of(const DistanceJump&) { return FlagSeverity::Caution; }
std::string_view message_of(const DistanceJump&) {
  return "Your running distance this week is more than 30 % above last week's. Jumps this large are linked with "
         "some overuse injuries: hold the distance steady for a week or two before building again.";
}
std::string evidence_of(Date, const DistanceJump& jump) {
  return fmt::format("week of {}: {} km{} vs {} km the week before: +{} %", iso(jump.week_start),
                     shown(jump.run_distance_km), jump.week_so_far ? " so far" : "", shown(jump.previous_km),
                     percent_text(jump.change_pct, kWeeklyJumpPercent));
}

std::string_view code_of(const PainScore&) { return "pain"; }
FlagSeverity severity_of(const PainScore& pain) {
  return pain.report.score > kPainReduceScore ? FlagSeverity::Warning : FlagSeverity::Caution;
}
std::string_view message_of(const PainScore& pain) {
  if (pain.report.score > kPainReduceScore) {
    return "Pain above 5/10: reduce your training load and leave out what provokes it. If the pain persists or "
           "keeps coming back, see a clinician or physiotherapist.";
  }
  return "Pain of 5/10: reduce your training load and leave out what provokes it. If the pain persists or keeps "
         "coming back, see a clinician or physiotherapist.";
}
std::string evidence_of(Date, const PainScore& pain) {
  return fmt::format("{} pain {}/10 ({})", body_part(pain.report), pain.report.score, timing(pain.report.when));
}

std::string_view code_of(const PainRise&) { return "pain_rising"; }
FlagSeverity severity_of(const PainRise& rise) {
  return rise.report.score >= kPainReduceScore ? FlagSeverity::Warning : FlagSeverity::Caution;
}
std::string_view message_of(const PainRise&) {
  return "Pain the next morning is higher than at your previous report for this area: ease off with shorter, "
         "easier sessions until it settles, and see a clinician or physiotherapist if it keeps rising or persists.";
}
std::string evidence_of(Date, const PainRise& rise) {
  return fmt::format("{}: {}/10 the next morning on {}, up from {}/10 ({}) on {}", body_part(rise.report),
                     rise.report.score, iso(rise.report.date), rise.previous.score, timing(rise.previous.when),
                     iso(rise.previous.date));
}

std::string_view code_of(const MonotonousWeek&) { return "monotony_high"; }
FlagSeverity severity_of(const MonotonousWeek&) { return FlagSeverity::Caution; }
std::string_view message_of(const MonotonousWeek&) {
  return "Your days were very alike this week, with little contrast between hard and easy days. Make the easy days "
         "easier and keep at least one day of rest.";
}
std::string evidence_of(Date, const MonotonousWeek& week) {
  const double mean = week.load / 7;
  return fmt::format("week of {}: monotony {} (mean daily load {}, population SD {}), strain {}", iso(week.week_start),
                     shown(week.monotony), shown(mean), shown(mean / week.monotony), shown(week.strain));
}

std::string_view code_of(const AcwrEpisode&) { return "acwr_high"; }
FlagSeverity severity_of(const AcwrEpisode&) { return FlagSeverity::Info; }
std::string_view message_of(const AcwrEpisode&) {
  return "Your load of the last week is well above what you are used to (acute:chronic ratio above 1.5). This is "
         "for information: the ratio's value as an injury predictor is contested, and it is never on its own a "
         "reason to stop training.";
}
std::string evidence_of(Date date, const AcwrEpisode& episode) {
  return fmt::format("EWMA ACWR {} on {} (acute {} / chronic {}); above 1.5 for {} day{} to {}, peak {} on {}",
                     shown(episode.first_ratio), iso(date), shown(episode.first_acute), shown(episode.first_chronic),
                     episode.days, episode.days == 1 ? "" : "s", iso(episode.last_day), shown(episode.peak_ratio),
                     iso(episode.peak_day));
}

}  // namespace

std::string_view LoadFlag::code() const {
  return std::visit([](const auto& kind) { return code_of(kind); }, facts);
}

FlagSeverity LoadFlag::severity() const {
  return std::visit([](const auto& kind) { return severity_of(kind); }, facts);
}

std::string_view LoadFlag::message() const {
  return std::visit([](const auto& kind) { return message_of(kind); }, facts);
}

std::string LoadFlag::evidence() const {
  return std::visit([this](const auto& kind) { return evidence_of(date, kind); }, facts);
}

}  // namespace stride::analytics
