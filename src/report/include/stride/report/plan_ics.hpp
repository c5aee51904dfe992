#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/store.hpp"

namespace stride::report {

// Choices for one calendar. `athlete` is the stored runner the plan belongs to, when there is one.
struct IcsOptions {
  std::optional<core::AthleteId> athlete;
};

// The UID of one session's event: "<session id>-<athlete part>@stride.invalid". The athlete part is
// "r<id>-" for a stored runner, then the 16 hexadecimal digits of a 64-bit FNV-1a hash of the id
// (when known) and the runner's full name as UTF-8 bytes (as stored: any script, nothing dropped).
// So UIDs are unique per session within a plan (session ids are) and per runner: exactly for stored
// runners (their ids differ), and for plans made from files up to a 64-bit hash collision between
// two different names. The same runner and session always give the same UID, so a re-exported
// plan updates its events in a calendar instead of adding copies.
[[nodiscard]] std::string event_uid(std::string_view session_id, std::string_view athlete_name,
                                    std::optional<core::AthleteId> athlete);

// The plan as an iCalendar document (RFC 5545, contract §4.3 `ics`): one VCALENDAR
// (METHOD:PUBLISH) holding one all-day VEVENT per session, the sessions of `plan.days` first and
// then those of the after-race week. Each event has the UID of event_uid(), DTSTAMP at midnight UTC
// of the plan's start (never the clock), DTSTART/DTEND as dates (the session's day and the next), a
// fixed ORGANIZER (PUBLISH requires one), a SUMMARY "title · intensity · N min", a DESCRIPTION with
// the session's reason, every block and item (name, dose, pairing, rest, reason) and the day's run,
// CATEGORIES kind,phase and TRANSP:TRANSPARENT. The calendar's name (X-WR-CALNAME) shows the
// runner's name neutralised (core::neutralised: no control or bidirectional-formatting character).
// Text values are escaped; lines end in CRLF and are folded at 75 octets without splitting a UTF-8
// character. Exercises the library does not know are shown by their id. The output depends only on
// the arguments: the same plan gives the same bytes.
[[nodiscard]] std::string render_plan_ics(const core::Plan& plan, const core::ExerciseLibrary& library,
                                          const IcsOptions& options = {});

}  // namespace stride::report
