#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "stride/core/exercise.hpp"
#include "stride/core/session.hpp"
#include "stride/planning/exercise_picker.hpp"

// What the session builder's files share: the names of a session's blocks and the dosing of an
// item.
namespace stride::planning {

inline constexpr std::string_view kWarmUp = "warm_up";
inline constexpr std::string_view kMain = "main";
inline constexpr std::string_view kCore = "core";
inline constexpr std::string_view kCoolDown = "cool_down";

// Room for the items of a whole strength session, reserved once with its warm-up.
inline constexpr std::size_t kSessionEntries = 24;

// Sets × reps, or holds / contacts for exercises dosed that way.
void dose(core::Prescription& item, const core::Exercise& exercise, int sets, int reps, const std::string& tempo,
          int rest, int hold_seconds);

// An estimated share of one-repetition maximum from reps and RPE: Epley with reps in reserve,
// 1 / (1 + (reps + (10 − RPE)) / 30). See docs/planning.md.
[[nodiscard]] double estimated_share_of_maximum(int reps, double rpe);

// The library's name of exercise `id`, or the id when the library does not hold it (a view of
// `id` then: it lasts as long as `id` does).
[[nodiscard]] std::string_view name_of(const ExercisePicker& picker, const std::string& id);

}  // namespace stride::planning
