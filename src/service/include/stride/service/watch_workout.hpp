#pragma once

#include <optional>

#include "stride/core/error.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/store.hpp"
#include "stride/core/watch_workout.hpp"
#include "stride/service/catalog.hpp"

namespace stride::service {

// Which session of a plan to send to a watch.
struct WatchWorkoutRequest {
  core::Date date;
  // The session's place among the day's sessions, from 1; nullopt: the day's first strength session.
  std::optional<int> session_number;
};

// The strength session of `plan` that `request` names, as a watch workout: for each item and
// set, an Active step per side (the exercise's name, after "Left: " or "Right: " for a per-side item, Garmin's numbers from the catalog where the
// exercise has them, the reps, foot contacts or hold time, and the load in kg when the plan
// gives one), then a Rest step for the item's rest; an item of several sets, and a block of
// several rounds, ends with a Repeat step; an item with an extra set for a weaker side ends with that
// side's step, named "(extra set)", and a rest. Warm-up and cool-down blocks have those intensities.
// Fails with InvalidInput naming "--date" when the date is outside the plan or has no strength
// session, or "--session" when the number is out of range or names a session of another kind.
// docs/formats/fit-workout.md describes the steps.
[[nodiscard]] core::Result<core::WatchWorkout> watch_workout(const Catalog& catalog, const core::Plan& plan,
                                                             const WatchWorkoutRequest& request);

// The same for one day of a plan (a stored plan's day in effect): fails with InvalidInput naming
// "--date" or "--session" as above.
[[nodiscard]] core::Result<core::WatchWorkout> watch_workout_of_day(const Catalog& catalog, const core::PlanDay& day,
                                                                    std::optional<int> session_number);

// The same for a stored runner: the session on the day of the plan in effect on `request.date`.
// Fails with InvalidInput naming "--date" when no stored plan covers the date, and with the
// store's errors (NotFound for an unknown runner).
[[nodiscard]] core::Result<core::WatchWorkout> stored_watch_workout(const Catalog& catalog, core::Store& store,
                                                                    core::AthleteId athlete,
                                                                    const WatchWorkoutRequest& request);

}  // namespace stride::service
