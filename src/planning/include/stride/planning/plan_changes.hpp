#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/error.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/plan_change.hpp"
#include "stride/core/running_calendar.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/plan_rules.hpp"

// Changes a coach (or the runner) makes to a built plan: each is checked against the rules the
// planner itself follows, so a changed plan is one the planner could have made (docs/plan-changes.md).
namespace stride::planning {

// What a change is checked against: the runner and the running calendar the plan was built for,
// the data the planner used, and today (days before it are never changed).
struct PlanChangeContext {
  const core::Athlete& athlete;
  const core::RunningCalendar& calendar;
  const core::ExerciseLibrary& library;
  const PlanRules& rules;
  const CorrectiveRules& timing;  // the time an item takes (estimate_duration)
  core::Date today;
  // What the assessment the plan was built on found (weaker side, shoulders), when there was one.
  const analytics::AssessmentFindings* findings = nullptr;
};

// How an exercise a swap offers stands to the one it replaces.
enum class SwapRelation {
  Easier,       // a lower level: the exercise's regression, or another of the same pattern
  Alternative,  // the same level
  Harder,       // a higher level
};

struct SwapOption {
  const core::Exercise* exercise = nullptr;
  SwapRelation relation = SwapRelation::Alternative;
};

// The exercises the item of `exercise` in the session at `place` may become: of the same pattern
// or in its chain of easier and harder variants; dosed the same way (reps, holds or foot contacts);
// usable by this runner (equipment, level, injuries, as the planner's ExercisePicker decides); no
// more impact than the planned exercise; no slow eccentric work on a day a race window rules it
// out; not in the session already. Easier ones first (nearest level first), then alternatives,
// then harder ones, each in library order. InvalidInput naming `session` or `exercise` when the
// plan has no such session (or it is before today) or the session no such item.
[[nodiscard]] core::Result<std::vector<SwapOption>> swap_options(const core::Plan& plan, core::SessionPlace place,
                                                                 std::string_view exercise,
                                                                 const PlanChangeContext& context);

// Makes `change` on `plan`, recording it on the session it changes with `author` and the reason (a
// skip marks the session skipped and keeps its content), and updates the sessions' ids, minutes and the weeks'
// strength-session counts. Refused, with InvalidInput naming the field (`session`, `to`,
// `exercise`, `replacement`, `dose.sets`...) and the rule in words, leaving `plan` unchanged,
// when the change names a session or day before today or outside the plan, a skipped session, a
// session whose title is no longer `change.session_title` (when given), a day of another week for
// a move or an added copy (a session's dose belongs to its week), or breaks a rule of the planner:
// - a swap to anything swap_options does not offer (also: an exercise that does not work the muscles
//   the item is there for), or of a pain-monitored rehab item;
// - a move or an added session onto a day the runner keeps free of strength work, a long run or
//   race day, a race window's light days, the day before a key run for a heavy session, a day next
//   to another strength session, a day where the window rules out its jumps or eccentric work, or
//   into a week that already has the runner's most strength sessions;
// - a dose outside 1 to 10 sets, 1 to 50 reps, 5 to 600 s holds, foot contacts above the runner's
//   level for one session, or a load below 0 or above 500 kg, or a dose of a kind the item lacks.
[[nodiscard]] core::Status apply_plan_change(core::Plan& plan, const core::PlanChange& change,
                                             std::string_view author, const PlanChangeContext& context);

// The session at `place`, or nullptr when the plan (its after-race week included) has none.
[[nodiscard]] const core::PlannedSession* session_at(const core::Plan& plan, core::SessionPlace place);

}  // namespace stride::planning
