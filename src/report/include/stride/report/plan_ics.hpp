#pragma once

#include <string>

#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"

namespace stride::report {

// The plan as an iCalendar document (RFC 5545, contract §4.3 `ics`): one VCALENDAR
// (METHOD:PUBLISH) holding one all-day VEVENT per session, the sessions of `plan.days` first and
// then those of the after-race week. Each event has a UID "<session id>-<athlete slug>@stride.invalid"
// (the slug keeps ASCII letters and digits in lower case and turns any other character into '-'),
// DTSTAMP at midnight UTC of the plan's start (never the clock), DTSTART/DTEND as dates (the
// session's day and the next), a fixed ORGANIZER (PUBLISH requires one), a SUMMARY
// "title · intensity · N min", a DESCRIPTION with the session's reason, every block and item
// (name, dose, pairing, rest, reason) and the day's run, CATEGORIES kind,phase and
// TRANSP:TRANSPARENT. Text values are escaped; lines end in CRLF and are folded at 75 octets
// without splitting a UTF-8 character. Exercises the library does not know are shown by their id.
// The output depends only on the arguments: the same plan gives the same bytes.
[[nodiscard]] std::string render_plan_ics(const core::Plan& plan, const core::ExerciseLibrary& library);

}  // namespace stride::report
