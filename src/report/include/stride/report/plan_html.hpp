#pragma once

#include <string>

#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"

namespace stride::report {

// The plan as one self-contained, printable HTML5 page (contract §4.3 `html`): inline CSS, no
// script and no link to anything outside the page. In order: the title, dates and race (or
// "general plan"); the phase timeline, one bar segment per phase with a width proportional to
// its days; a table of the weeks; then week by week each day with a session or a run (the run,
// and a card per session with its blocks and items); the after-race week when there is one; the
// notes; the warnings, set apart. Every piece of plan text is HTML-escaped. Exercises the library
// does not know are shown by their id. The same arguments give the same bytes.
[[nodiscard]] std::string render_plan_html(const core::Plan& plan, const core::ExerciseLibrary& library);

}  // namespace stride::report
