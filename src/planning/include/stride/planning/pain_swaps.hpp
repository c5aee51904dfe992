#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/vocabulary.hpp"

// What to do instead of the planned runs and sessions of the next days after pain that asks for
// less load (pain of 5/10 or more, or rising next-morning pain: the pain-monitoring model,
// Silbernagel et al. 2007). docs/load.md, "Swaps after pain", gives the rules and their reasons.
// Pure and deterministic. Stride never diagnoses: these are load changes, not treatment.
namespace stride::planning {

// The numbers of the swap rules.
struct SwapRules {
  int days = 7;        // today and the next 6 days
  int near_days = 3;   // today and the next 2 days: the strictest swaps
  int rest_score = 7;  // pain at or above this: no running in the near days
  double near_share = 0.5;                  // a key run in the near days: at most half
  double later_low_share = 0.5;             // a key run later in the window: half to two thirds
  double later_high_share = 2.0 / 3.0;
  int easy_minutes_without_figures = 30;    // a key run the plan gives no distance or time: at most this
  int settled_score = 3;                    // next-morning pain at or below this counts as settled
};

// How strongly the runs change: `Reduce` after 5–6/10 or rising pain, `Rest` from `rest_score`.
enum class SwapLevel { Reduce, Rest };

// What replaces a planned run.
enum class RunSwapAction {
  Rest,           // no run: walk or cross-train only if it is pain-free
  EasyOrRest,     // an easy run no longer than the cap, or rest
  Easy,           // an easy run within the range, no intervals, tempo or hills
  RaceIfSettled,  // race only if the pain has settled; else an easy run within the range, or rest
};

struct RunSwap {
  core::Date date;
  core::PlannedRun planned;
  RunSwapAction action = RunSwapAction::Rest;
  // The length of the run instead, from the planned distance or else its duration; empty when
  // the plan gives neither (then `max_duration` may hold easy_minutes_without_figures).
  std::optional<core::Kilometres> min_distance;
  std::optional<core::Kilometres> max_distance;
  std::optional<core::Minutes> min_duration;
  std::optional<core::Minutes> max_duration;
  std::string instead;  // in plain words: "easy, at most 30 min, or rest"
};

// A planned strength or mobility session with items to leave out or keep.
struct SessionSwap {
  core::Date date;
  std::string session_id;
  std::string title;
  std::vector<std::string> skip;  // exercise ids: jumps and impact, what loads a painful region,
                                  // and at `Rest` in the near days every lower-body lift
  std::vector<std::string> keep;  // exercise ids with role rehab: the loading the painful area needs
  std::string instead;            // in plain words, with the exercises' names
};

struct PainSwaps {
  SwapLevel level = SwapLevel::Reduce;
  core::Date from;
  core::Date to;  // inclusive
  std::vector<RunSwap> runs;
  std::vector<SessionSwap> sessions;
};

// What asks for the swaps: the worst score of the pain that asks for less load, and its regions.
struct SwapTrigger {
  core::Date today;
  int worst_score = 0;
  std::set<core::InjuryRegion> regions;
};

// The swaps for the planned days from `trigger.today` on, within `rules.days`. Days outside the
// window are ignored. Rules, by day of the window (0 is today):
// - Reduce, days 0–2: a key run (workout, long, race) becomes an easy run of at most half its
//   distance or time, or rest; easy runs stay.
// - Reduce, days 3–6: a key run becomes an easy run of half to two thirds of it; a race is run only
//   once the pain has settled.
// - Rest, days 0–2: every run becomes rest. Rest, days 3–6: every run becomes an easy run of at
//   most half, or rest.
// - Sessions, every day: skip jumps and impact and what loads a painful region, keep the rehab
//   items; at Rest in days 0–2 also skip every lower-body lift.
[[nodiscard]] PainSwaps pain_swaps(const std::vector<core::PlanDay>& days, const SwapTrigger& trigger,
                                   const core::ExerciseLibrary& library, const SwapRules& rules = {});

}  // namespace stride::planning

namespace stride::core {
template <>
struct EnumNames<planning::SwapLevel> {
  static constexpr std::array<std::string_view, 2> names{"reduce", "rest"};
};
template <>
struct EnumNames<planning::RunSwapAction> {
  static constexpr std::array<std::string_view, 4> names{"rest", "easy_or_rest", "easy", "race_if_settled"};
};
}  // namespace stride::core
