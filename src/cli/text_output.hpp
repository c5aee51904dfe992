#pragma once

#include <string>
#include <vector>

#include "stride/core/exercise.hpp"
#include "stride/core/plan.hpp"
#include "stride/service/assess.hpp"
#include "stride/service/status.hpp"

namespace stride::cli {

// The exercise library as a readable list grouped by pattern.
[[nodiscard]] std::string render_exercises_text(const std::vector<const core::Exercise*>& exercises);

// An assessment report as a coach's hand-out: findings, left/right differences, the routine
// step by step with doses, reasons and cues, what was left out, and notes.
[[nodiscard]] std::string render_assessment_text(const service::AssessReport& report, const service::Catalog& catalog);

// A plan as a readable hand-out: warnings, the season, the weeks, then each week's sessions with
// doses (an exercise's reason and cues the first time it appears), the recovery week, notes.
// "easy 8 km 50 min (note)", or "rest".
[[nodiscard]] std::string planned_run_text(const std::optional<core::PlannedRun>& run);

// A runner's status: today's session, the week against what was done, load, flags, pain, predictions.
[[nodiscard]] std::string render_status_text(const service::StatusReport& report, const service::Catalog& catalog);

// Handout: the season, the session templates, the races and the week-by-week calendar (see
// plan_handout_text.hpp). Full: the same, then every day's sessions with their doses. Summary:
// the season, the weeks table and the notes only.
enum class PlanDetail { Handout, Full, Summary };

[[nodiscard]] std::string render_plan_text(const core::Plan& plan, const service::Catalog& catalog,
                                           PlanDetail detail = PlanDetail::Handout);

}  // namespace stride::cli
