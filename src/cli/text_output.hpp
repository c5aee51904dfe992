#pragma once

#include <string>
#include <vector>

#include "stride/core/exercise.hpp"
#include "stride/service/assess.hpp"

namespace stride::cli {

// The exercise library as a readable list grouped by pattern.
[[nodiscard]] std::string render_exercises_text(const std::vector<const core::Exercise*>& exercises);

// An assessment report as a coach's hand-out: findings, left/right differences, the routine
// step by step with doses, reasons and cues, what was left out, and notes.
[[nodiscard]] std::string render_assessment_text(const service::AssessReport& report, const service::Catalog& catalog);

// "3 × 12 each side, left first (+1 set left)": the dose of one prescription.
[[nodiscard]] std::string describe_dose(const core::Prescription& item);

}  // namespace stride::cli
