#pragma once

#include <string>
#include <string_view>

#include "stride/core/assessment.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/error.hpp"
#include "stride/core/running_calendar.hpp"
#include "stride/core/training_log.hpp"

namespace stride::documents {

// Decodes an athlete file (contract §3.1). `source` names the file in error messages. Fails with
// InvalidInput naming the JSON path and the problem: malformed JSON, a missing required field, a
// wrong type, an unknown field or enum value, an impossible value, or a name holding a control or
// bidirectional-formatting character (core::find_unsafe_character: `$.name: holds U+202E
// (right-to-left override) at character 4; ...`).
[[nodiscard]] core::Result<core::Athlete> decode_athlete(std::string_view text, std::string source);

// decode_athlete for a profile read back from storage (the inside of a stored athlete document, see
// document_codecs.hpp): the same rules, except that a name keeps the characters it was stored with
// (stored before names were checked); every output shows it neutralised (docs/input-checks.md).
[[nodiscard]] core::Result<core::Athlete> decode_athlete_as_stored(std::string_view text, std::string source);

// Decodes a movement assessment file (contract §3.3), with the same error reporting. Rejects
// contradictions on one side (knees cave in and move out; low back arches and rounds) and a file
// that records no test at all.
[[nodiscard]] core::Result<core::Assessment> decode_assessment(std::string_view text, std::string source);

// Decodes a running calendar (contract §3.2): a weekly template naming all seven days and dated
// runs that override it (one per date). Same error reporting as decode_athlete.
[[nodiscard]] core::Result<core::RunningCalendar> decode_running_calendar(std::string_view text, std::string source);

// Decodes a training log (contract §3.4): optional `activities` and `pain` lists, kept in file
// order. Same error reporting as decode_athlete. Rejects rpe or pain scores outside 0 to 10,
// negative durations, distances, reps or loads, dates outside 1900 to 2199, `sets` on anything but a
// strength activity, and `race` on anything but a run. Exercise ids in sets are not checked here.
[[nodiscard]] core::Result<core::TrainingLog> decode_training_log(std::string_view text, std::string_view source);

// One entry of a training log as its own document (the body of an API request), by the same rules
// as decode_training_log; errors name paths from the entry's root (`$.duration_min`). Entries of
// both kinds may carry a `client_id` (1 to 100 characters), as in a training log.
[[nodiscard]] core::Result<core::Activity> decode_log_activity(std::string_view text, std::string_view source);
[[nodiscard]] core::Result<core::PainReport> decode_log_pain_report(std::string_view text, std::string_view source);

}  // namespace stride::documents
