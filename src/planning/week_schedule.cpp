#include "stride/planning/week_schedule.hpp"

#include <algorithm>
#include <chrono>
#include <limits>

#include <boost/container/small_vector.hpp>

#include "stride/core/running_calendar.hpp"

namespace stride::planning {
namespace {

int penalty_of(Placement placement) {
  switch (placement) {
    case Placement::EasyDay: return 0;
    case Placement::Lighter: return 2;
    case Placement::AfterWorkout: return 3;
    case Placement::AfterWorkoutLighter: return 5;
  }
  return 0;
}

// A date as days since the epoch: gaps between dates are differences of these.
int day_number(core::Date date) { return static_cast<int>(std::chrono::sys_days{date}.time_since_epoch().count()); }

struct Candidate {
  std::size_t day_index;
  int penalty;
  int day_number;  // of the day's date
};

// Lists of a week's days, held on the stack for up to a week's days (longer ones, such as a
// recovery window of several weeks, go to the heap). Room for eight: Boost 1.74 holds one element
// fewer than asked for 4-byte elements and an odd count, such as seven Placements.
template <class T>
using DayList = boost::container::small_vector<T, 8>;

struct Selection {
  DayList<std::size_t> indices;
  int penalty = 0;
  int smallest_gap = 0;
};

// True when `a` is a better selection than `b`.
bool better(const Selection& a, const Selection& b) {
  if (a.indices.size() != b.indices.size()) return a.indices.size() > b.indices.size();
  if (a.penalty != b.penalty) return a.penalty < b.penalty;
  if (a.smallest_gap != b.smallest_gap) return a.smallest_gap > b.smallest_gap;
  return a.indices < b.indices;
}

// Every subset of `candidates` of size at most `wanted`, keeping the best whose dates are at least
// `minimum_gap` days apart (and from `previous`). The subsets are visited as combinations in
// candidate order, a subset before its extensions; an extension of a subset with a gap too small
// has that gap too, so it is not visited. `better` is a total order, so the order of the visit
// does not change the result, and the work grows with the number of combinations of at most
// `wanted` days (a recovery window of four weeks and 3 sessions: about 3,000), not with 2^days.
Selection best_selection(const DayList<Candidate>& candidates, int wanted, int minimum_gap,
                         std::optional<core::Date> previous) {
  Selection best;
  Selection selection;
  selection.smallest_gap = std::numeric_limits<int>::max();
  const auto extend = [&](const auto& self, std::size_t from, std::optional<int> last) -> void {
    for (std::size_t position = from; position < candidates.size(); ++position) {
      const auto& candidate = candidates[position];
      const int date = candidate.day_number;
      const int gap_before = selection.smallest_gap;
      if (last) {
        const int gap = date - *last;
        if (gap < minimum_gap) continue;
        selection.smallest_gap = std::min(selection.smallest_gap, gap);
      }
      selection.indices.push_back(candidate.day_index);
      selection.penalty += candidate.penalty;
      if (better(selection, best)) best = selection;
      if (static_cast<int>(selection.indices.size()) < wanted) self(self, position + 1, date);
      selection.indices.pop_back();
      selection.penalty -= candidate.penalty;
      selection.smallest_gap = gap_before;
    }
  };
  if (wanted > 0) extend(extend, 0, previous ? std::optional(day_number(*previous)) : std::nullopt);
  return best;
}

}  // namespace

bool allows_heavy(const DayContext& day) {
  return day.cap == core::Intensity::Heavy && day.plyometrics_allowed && !core::is_key_run(day.next_run);
}

std::optional<Placement> strength_placement(const DayContext& day, core::Intensity intensity) {
  using core::RunType;
  if (!day.allowed || day.cap == core::Intensity::Light) return std::nullopt;
  if (day.run == RunType::Long || day.run == RunType::Race) return std::nullopt;
  const bool after_workout = day.run == RunType::Workout;
  const bool heavy = intensity == core::Intensity::Heavy;
  const bool lighter = (heavy && core::is_key_run(day.next_run)) || (heavy && day.cap != core::Intensity::Heavy);
  if (after_workout) return lighter ? Placement::AfterWorkoutLighter : Placement::AfterWorkout;
  return lighter ? Placement::Lighter : Placement::EasyDay;
}

std::vector<ChosenDay> choose_strength_days(std::span<const DayContext> days, int wanted, core::Intensity intensity,
                                            std::optional<core::Date> previous_session, bool jumps_wanted) {
  // More than every other compromise of a week together: a session that must keep its jumps goes
  // to a day that can hold them whenever the week still gets as many sessions.
  constexpr int no_jumps_penalty = 100;
  DayList<Candidate> candidates;
  DayList<Placement> placements(days.size(), Placement::EasyDay);
  for (std::size_t index = 0; index < days.size(); ++index) {
    if (auto placement = strength_placement(days[index], intensity)) {
      // Even a moderate session is better away from the day before a key run.
      const int before_key_run = core::is_key_run(days[index].next_run) ? 1 : 0;
      const bool holds_jumps = allows_heavy(days[index]) && *placement != Placement::Lighter &&
                               *placement != Placement::AfterWorkoutLighter;
      const int without_jumps = jumps_wanted && !holds_jumps ? no_jumps_penalty : 0;
      const int penalty = penalty_of(*placement) + before_key_run + without_jumps;
      candidates.push_back({index, penalty, day_number(days[index].date)});
      placements[index] = *placement;
    }
  }
  std::vector<ChosenDay> chosen;
  if (wanted <= 0 || candidates.empty()) return chosen;
  const auto best = best_selection(candidates, wanted, 2, previous_session);
  chosen.reserve(best.indices.size());
  for (auto index : best.indices) chosen.push_back({days[index].date, placements[index]});
  return chosen;
}

std::vector<core::Date> choose_light_days(std::span<const DayContext> days, int wanted,
                                          const std::function<bool(const DayContext&)>& excluded) {
  DayList<Candidate> candidates;
  for (std::size_t index = 0; index < days.size(); ++index) {
    const auto& day = days[index];
    if (!day.allowed || day.run == core::RunType::Race || excluded(day)) continue;
    candidates.push_back({index, core::is_key_run(day.run) ? 1 : 0, day_number(day.date)});
  }
  std::vector<core::Date> chosen;
  if (wanted <= 0 || candidates.empty()) return chosen;
  auto best = best_selection(candidates, wanted, 2, std::nullopt);
  if (static_cast<int>(best.indices.size()) < wanted) best = best_selection(candidates, wanted, 1, std::nullopt);
  chosen.reserve(best.indices.size());
  for (auto index : best.indices) chosen.push_back(days[index].date);
  return chosen;
}

}  // namespace stride::planning
