#pragma once

#include <string>

#include "stride/core/session.hpp"

namespace stride::report {

// The dose of one prescription in words, for every renderer (text, calendar, HTML):
// "3 × 12 each side, tempo 4-2-1, left side first, +1 set on the left, RPE 7.5 (~78 % 1RM)".
// The parts, in order: sets × reps, hold seconds or foot contacts (with "each side" when
// per_side); the tempo; the side that goes first; the side that gets an extra set; the RPE
// (one decimal, a trailing ".0" dropped); the share of one-repetition maximum, `pct_1rm` read
// as a percentage (78 means 78 %) and rounded to a whole percent. `pair_with` and the rest are
// not part of the dose: renderers show them on their own.
[[nodiscard]] std::string describe_dose(const core::Prescription& item);

// The parts of the dose for a grid. The sets and reps, hold or contacts: "3 × 8 each side",
// "30 s", "2 × 5 contacts" ("1 set" reads "1 × 8").
[[nodiscard]] std::string volume_words(const core::Prescription& item);

// The effort: "RPE 7.5 (~75 % 1RM) at 12.5 kg"; empty when the item gives none.
[[nodiscard]] std::string effort_words(const core::Prescription& item);

// The sides: "left side first, +1 set on the left"; empty when the item names no side.
[[nodiscard]] std::string side_words(const core::Prescription& item);

}  // namespace stride::report
