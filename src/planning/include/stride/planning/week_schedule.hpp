#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::planning {

// What one day of the plan allows.
struct DayContext {
  core::Date date;
  core::RunType run = core::RunType::Rest;       // today's run (the goal race included)
  core::RunType next_run = core::RunType::Rest;  // tomorrow's
  bool allowed = true;                           // one of the athlete's strength days
  core::Intensity cap = core::Intensity::Heavy;  // the most a race window allows today
  bool plyometrics_allowed = true;
  bool eccentric_allowed = true;                 // false in the recovery after a race and the days before one
  bool before_tune_up = false;                   // in the week before a tune-up race: a mini-taper
  std::string window_reason;                     // why a race window caps today, for `why`
};

// True when a session on `day` may hold heavy content (any plyometric or power item, a lift at
// RPE 8 or more or at 80 % of maximum or more): the race windows allow it and tomorrow is not a
// workout, long run or race.
[[nodiscard]] bool allows_heavy(const DayContext& day);

// How a strength session sits on its day. Anything but EasyDay is a coach's compromise that the
// session's `why` explains.
enum class Placement {
  EasyDay,              // an easy, recovery, cross-training or rest day, as planned
  Lighter,              // an easy or rest day, made lighter (tomorrow is a key run, or a race window)
  AfterWorkout,         // after the day's workout, hours later
  AfterWorkoutLighter,  // both
};

struct ChosenDay {
  core::Date date;
  Placement placement = Placement::EasyDay;
};

// Where a session of `intensity` may go on `day`, or nullopt where it may not: never on a day the
// athlete did not allow, a long run or race day, or a day a race window limits to light work;
// heavy work the day before a key run, or beyond a window's cap, becomes Lighter.
[[nodiscard]] std::optional<Placement> strength_placement(const DayContext& day, core::Intensity intensity);

// Picks up to `wanted` days for strength sessions of `intensity` from `days` (one week, in
// order), never two on consecutive days (nor the day after `previous_session`). Prefers, in order:
// more sessions, with `jumps_wanted` (the power phase's contrast pairs) more of them on days that
// can hold jumps, fewer compromises, sessions spread further apart, earlier dates.
[[nodiscard]] std::vector<ChosenDay> choose_strength_days(std::span<const DayContext> days, int wanted,
                                                          core::Intensity intensity,
                                                          std::optional<core::Date> previous_session,
                                                          bool jumps_wanted = false);

// Picks up to `wanted` allowed days for light mobility or recovery sessions, spread apart,
// skipping race days and days for which `excluded` returns true.
[[nodiscard]] std::vector<core::Date> choose_light_days(std::span<const DayContext> days, int wanted,
                                                        const std::function<bool(const DayContext&)>& excluded);

}  // namespace stride::planning
