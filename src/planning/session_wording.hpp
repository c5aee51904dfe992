#pragma once

#include <string>
#include <string_view>

#include "stride/core/exercise.hpp"
#include "stride/core/vocabulary.hpp"

// The runner-facing sentences of the plan's sessions and items. Plain words, one rule each.
namespace stride::planning::wording {

// Appends to `why` the reason a main-work slot exists, by slot key (see session_builder.cpp),
// followed by `suffix`.
void append_slot_why(std::string& why, std::string_view slot, core::PhaseName phase, bool trail, bool loaded,
                     std::string_view suffix);
[[nodiscard]] std::string warm_up_mobility_why();
[[nodiscard]] std::string default_activation_why();
[[nodiscard]] std::string default_inhibit_why();
[[nodiscard]] std::string default_lengthen_why();
[[nodiscard]] std::string breathing_why();
[[nodiscard]] std::string core_why();
// "knee", "lower back", "Achilles/calf".
[[nodiscard]] std::string region_words(core::InjuryRegion region);
[[nodiscard]] std::string injury_loading_why(core::InjuryRegion region, bool current, const core::Exercise& exercise,
                                             bool slow_heavy);
// Appends to `why` the reason of a contrast pair's heavy half, whose explosive half is `partner_name`.
void append_contrast_heavy_why(std::string& why, std::string_view partner_name, int rest_seconds, bool loaded);
[[nodiscard]] std::string contrast_explosive_why(std::string_view heavy_name);
[[nodiscard]] std::string plyometric_why(int session_contacts, core::StrengthExperience experience);
[[nodiscard]] std::string imbalance_suffix(core::Side weaker, std::string_view reason);
[[nodiscard]] std::string_view dose_suffix(core::PhaseName phase, bool deload, bool lighter, bool taper);

// Said of an item with one set taken off for recent load flags.
[[nodiscard]] std::string_view load_flag_suffix();
// The reason of a set taken off in the week before a tune-up race.
[[nodiscard]] std::string_view mini_taper_suffix();

}  // namespace stride::planning::wording
