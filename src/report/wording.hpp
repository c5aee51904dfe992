#pragma once

// Words shared by the plan renderers (private to stride::report).

#include <optional>
#include <string>
#include <string_view>

#include "stride/core/date.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/running_calendar.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::report::detail {

// A block name in words: warm_up -> "Warm-up", main -> "Main work", core -> "Core",
// cool_down -> "Cool-down"; any other name with '_' read as a space and its first letter
// capitalised ("power_endurance" -> "Power endurance").
[[nodiscard]] std::string block_title(std::string_view name);

// "1 round", "3 rounds".
[[nodiscard]] std::string rounds_words(int rounds);

// The library's name for the exercise, or the id itself when the library does not know it.
[[nodiscard]] std::string exercise_name(const core::ExerciseLibrary& library, std::string_view id);

// A rest in words: "45 s", "2 min", "1 min 30 s"; empty when there is no rest (zero or less).
[[nodiscard]] std::string rest_words(int seconds);

// An enum spelling made readable: '_' becomes a space ("half_marathon" -> "half marathon").
[[nodiscard]] std::string spaced(std::string_view text);

// `text` with its first letter (ASCII) in upper case.
[[nodiscard]] std::string capitalised(std::string_view text);

// "Wednesday 25 November 2026".
[[nodiscard]] std::string long_date(core::Date date);

// "25 Nov 2026".
[[nodiscard]] std::string short_date(core::Date date);

// "Monday" ... "Sunday".
[[nodiscard]] std::string_view weekday_word(core::Weekday day);

// "5K", "10K", "half marathon", "marathon", "ultra", "general".
[[nodiscard]] std::string event_words(core::Event event);

// True when the day has a run to show: a run that is not a rest day.
[[nodiscard]] bool is_running_day(const std::optional<core::PlannedRun>& run);

// "Easy run, 8 km, 45 min (note)"; "Rest from running" for a rest day.
[[nodiscard]] std::string run_words(const core::PlannedRun& run);

}  // namespace stride::report::detail
