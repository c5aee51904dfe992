#pragma once

#include <array>
#include <string>
#include <string_view>
#include <variant>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/training_log.hpp"

// The risk flags of contract §4.4 (docs/load.md has the table). A flag keeps the facts that raised
// it, and its words (the code, the advice and the evidence) are written from those facts only when a
// front end asks for them: computing the flags of a long log formats no text. Pure.
namespace stride::analytics {

enum class FlagSeverity { Info, Caution, Warning };

// single_run_spike: the day's longest run against the longest run of the 30 days before it.
struct RunSpike {
  double run_km = 0;
  double longest_km = 0;    // the longest run of the 30 days before the flag's day
  core::Date longest_date;  // the earliest of those days with that run
  double percent = 0;       // (run_km / longest_km − 1) × 100
};

// weekly_distance_jump: a week's run distance against the previous, complete week's.
struct DistanceJump {
  core::Date week_start;  // the Monday
  double run_distance_km = 0;
  double previous_km = 0;
  double change_pct = 0;       // WeeklyLoad::distance_change_pct
  bool week_so_far = false;    // the week lies partly outside the series (its distance so far)
};

// pain: a report scoring 5 or more.
struct PainScore {
  core::PainReport report;
};

// pain_rising: a next-morning report above the previous report for the same region and side.
struct PainRise {
  core::PainReport report;
  core::PainReport previous;
};

// monotony_high: a complete week whose monotony is above 2.
struct MonotonousWeek {
  core::Date week_start;  // the Monday
  double monotony = 0;
  double load = 0;
  double strain = 0;
};

// acwr_high: an episode of consecutive days with the EWMA acute:chronic ratio above 1.5. The flag is
// dated on its first day.
struct AcwrEpisode {
  double first_ratio = 0;  // acwr_ewma, acute_ewma and chronic_ewma of the first day
  double first_acute = 0;
  double first_chronic = 0;
  int days = 0;            // the episode's length
  core::Date last_day;
  double peak_ratio = 0;   // the highest ratio, on the earliest day that reached it
  core::Date peak_day;
};

using FlagFacts = std::variant<RunSpike, DistanceJump, PainScore, PainRise, MonotonousWeek, AcwrEpisode>;

// A risk flag: the day it is dated on and the facts that raised it. Copies are cheap (no text).
struct LoadFlag {
  core::Date date;
  FlagFacts facts;

  // One of the contract's codes: single_run_spike, weekly_distance_jump, pain, pain_rising,
  // monotony_high, acwr_high. The text is static.
  [[nodiscard]] std::string_view code() const;
  [[nodiscard]] FlagSeverity severity() const;
  // What to do, in plain words. The text is static.
  [[nodiscard]] std::string_view message() const;
  // The numbers that raised the flag, shown with 3 decimals at most ("run of 11.01 km vs the longest
  // run of 10 km on ..."), written on each call.
  [[nodiscard]] std::string evidence() const;
};

}  // namespace stride::analytics

namespace stride::core {
template <>
struct EnumNames<analytics::FlagSeverity> {
  static constexpr std::array<std::string_view, 3> names{"info", "caution", "warning"};
};
}  // namespace stride::core
