#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"

namespace stride::report {

// A plan as a coach's one-page hand-out, the part the text and HTML renderers lead with: the
// season as a table of phases, the session templates of each phase with their dose grids and how
// the doses move on, what happens around each race, and the week-by-week calendar. Built from the
// plan alone; the day-by-day listing stays the renderers' "full" detail.

// One phase of the season.
struct HandoutPhase {
  core::PhaseName phase = core::PhaseName::Stabilization;
  core::Date start;
  core::Date end;
  int weeks = 0;                // calendar weeks the phase touches
  int sessions_per_week = 0;    // the most strength sessions of one of its weeks
  int deload_weeks = 0;
};

// A later dose of a template's exercise: from week `week_number` (1-based, the plan's weeks) on.
struct DoseChange {
  int week_number = 1;
  core::Prescription item;
};

// One exercise of a session template, with the dose of its first session.
struct TemplateRow {
  std::string block;  // warm_up, main, core, cool_down, ...
  core::Prescription item;
  std::vector<DoseChange> changes;  // loading weeks whose dose differs from the one before
  std::optional<int> from_week;     // set when the exercise joins the template in a later week
  std::optional<int> until_week;    // set when a later exercise takes its place after this week
  bool says_why = false;  // the first row of this exercise and of this reason: the reason goes here
};

// The sessions of one phase that share a title ("Strength A"), as the first of them holds them.
struct SessionTemplate {
  core::PhaseName phase = core::PhaseName::Stabilization;
  std::string title;
  core::SessionKind kind = core::SessionKind::Strength;
  core::Intensity intensity = core::Intensity::Moderate;
  int minutes = 0;
  int sessions = 0;  // how many sessions of the plan, deloads included, follow it
  std::string why;   // the first session's reason; empty when an earlier template said the same
  std::vector<TemplateRow> rows;
};

// A race on the calendar and what the plan does around it.
struct HandoutRace {
  core::Date date;
  bool goal = false;
  std::optional<double> distance_km;
  std::optional<core::Date> last_heavy_before;        // the last heavy session before it
  std::optional<core::Date> day_before_session_date;  // set when the day before holds a session
  std::string day_before;                             // that session's title and minutes
  std::optional<core::Date> first_strength_after;     // the first strength session after it
  std::optional<core::Date> light_until;              // the last day of only light sessions after it
};

// One calendar week: its sessions and races by day.
struct CalendarDay {
  core::Date date;
  std::vector<std::string> entries;  // "Stability A · 29 min", "race 10 km"
};

struct CalendarWeek {
  int number = 1;
  core::Date start;
  core::PhaseName phase = core::PhaseName::Stabilization;
  bool deload = false;
  std::string focus;
  std::vector<CalendarDay> days;
};

struct Handout {
  std::vector<HandoutPhase> phases;
  std::vector<SessionTemplate> templates;
  std::vector<HandoutRace> races;
  std::vector<CalendarWeek> calendar;
};

// A row's later doses in words: "week 2: 1 × 15 each side; week 4: 3 × 8 RPE 7".
[[nodiscard]] std::string changes_words(const std::vector<DoseChange>& changes);

// The weeks a template row holds when not all of them: "from week 3", "until week 2",
// "weeks 3-5"; empty otherwise.
[[nodiscard]] std::string row_weeks_words(const TemplateRow& row);

// The hand-out of `plan`. Deterministic; the library gives exercise names where renderers need them.
[[nodiscard]] Handout build_handout(const core::Plan& plan);

}  // namespace stride::report
