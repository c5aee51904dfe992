#pragma once

#include <optional>

// Estimated one-repetition maximum (e1RM) from a logged set, and its inverse (docs/progression.md;
// science §5 items 80 and 81). Pure functions of their arguments.
namespace stride::analytics {

// The cap on reps + reps in reserve used by the estimate: Epley's error grows with reps, and
// science item 80 suggests a cap of 10 to 12. Stride uses 12, the top of ACSM's 8–12 RM range.
inline constexpr double kEpleyRepCap = 12.0;

// The most reps in reserve an RPE can stand for (RPE 4 and below: "light effort").
inline constexpr double kMostRepsInReserve = 6.0;

// Reps in reserve implied by an RIR-based RPE (Zourdos et al. 2016; Helms et al. 2016):
// 10 → 0, 9.5 → 0.5, 9 → 1, 8.5 → 1.5, 8 → 2, 7.5 → 2.5, 7 → 3, that is 10 − RPE. Below 7 the
// published scale gives ranges (5–6 = 4–6 RIR, 3–4 = light effort); Stride continues 10 − RPE,
// which stays inside those ranges (6 → 4, 5 → 5), and clamps at 6 (RPE 4 and below), where ratings
// are least accurate (Hackett et al. 2017). RPE above 10 counts as 10. `rpe` must be finite.
[[nodiscard]] double reps_in_reserve(double rpe);

// Epley's e1RM with reps in reserve: load × (1 + (reps + RIR) / 30), where RIR comes from `rpe`
// (none: the set is taken as a rep maximum, RIR 0, which under-estimates rather than
// over-estimates). Conventions (science item 80): reps + RIR of 1 or less → the load itself;
// reps ≤ 0 or load ≤ 0 → 0; reps + RIR above kEpleyRepCap counts as kEpleyRepCap.
[[nodiscard]] double estimated_one_rep_max(double load_kg, int reps, std::optional<double> rpe);

// The load that `reps` reps at `rpe` stand for, given an e1RM: the exact inverse of
// estimated_one_rep_max with the same conventions (reps ≤ 0 or e1RM ≤ 0 → 0; reps + RIR of 1 or
// less → the e1RM itself; reps + RIR capped at kEpleyRepCap), so
// load_for(estimated_one_rep_max(w, r, rpe), r, rpe) equals w (to rounding) for every w > 0, r ≥ 1.
[[nodiscard]] double load_for(double one_rep_max_kg, int reps, double rpe);

}  // namespace stride::analytics
