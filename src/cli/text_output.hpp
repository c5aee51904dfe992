#pragma once

#include <string>
#include <vector>

#include "stride/core/exercise.hpp"
#include "stride/core/plan.hpp"
#include "stride/service/assess.hpp"

namespace stride::cli {

// The exercise library as a readable list grouped by pattern.
[[nodiscard]] std::string render_exercises_text(const std::vector<const core::Exercise*>& exercises);

// An assessment report as a coach's hand-out: findings, left/right differences, the routine
// step by step with doses, reasons and cues, what was left out, and notes.
[[nodiscard]] std::string render_assessment_text(const service::AssessReport& report, const service::Catalog& catalog);

// A plan as a readable hand-out: warnings, the season, the weeks, then each week's sessions with
// doses (an exercise's reason and cues the first time it appears), the recovery week, notes.
[[nodiscard]] std::string render_plan_text(const core::Plan& plan, const service::Catalog& catalog);

}  // namespace stride::cli
