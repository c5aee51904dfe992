#pragma once

#include <string>

#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"

namespace stride::report {

// How much of the plan the page holds: the hand-out, or the hand-out and every day's sessions.
enum class PlanDetail { Handout, Full };

// The plan as one self-contained, printable HTML5 page (contract §4.3 `html`): inline CSS, no
// script and no link to anything outside the page; it reads at phone width and prints on A4. In
// order: the title, dates and race (or "general plan"); the warnings, set apart; the phase
// timeline, one bar segment per phase with a width proportional to its days; the hand-out
// (handout.hpp): the season table, each phase's session templates with a dose grid (exercise,
// sets × reps or hold or contacts, tempo, rest, effort; sides and pairs under the name; later
// doses after "then"; an exercise's reason the first time it appears), what happens around each
// race, and the week-by-week calendar; with PlanDetail::Full, then week by week each day with a
// session or a run and the after-race week; the notes. Every piece of plan text is HTML-escaped.
// Exercises the library does not know are shown by their id. The same arguments give the same bytes.
[[nodiscard]] std::string render_plan_html(const core::Plan& plan, const core::ExerciseLibrary& library,
                                           PlanDetail detail = PlanDetail::Handout);

}  // namespace stride::report
