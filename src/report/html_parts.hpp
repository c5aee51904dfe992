#pragma once

// Pieces of the printable plan page (private to stride::report).

#include <set>
#include <string>
#include <string_view>

#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"
#include "stride/report/handout.hpp"

namespace stride::report::detail {

// `text` safe inside HTML text and quoted attribute values: & < > " ' become references.
[[nodiscard]] std::string escape_html(std::string_view text);

// Appends one day as an <article>: an <h3> with the date in words and the run of the day (or
// "Rest from running" when it has sessions but no run), and a card per session. A reason (a
// session's or an item's) is written only the first time its words appear: `said` keeps them.
void append_day(std::string& out, const core::PlanDay& day, const core::ExerciseLibrary& library,
                std::set<std::string>& said);

// Appends the hand-out: the season table, the session templates with their dose grids, what
// happens around each race, and the week-by-week calendar table.
void append_handout(std::string& out, const Handout& handout, const core::Plan& plan,
                    const core::ExerciseLibrary& library);

// True when the day is worth showing: it has a session or a run.
[[nodiscard]] bool has_content(const core::PlanDay& day);

}  // namespace stride::report::detail
