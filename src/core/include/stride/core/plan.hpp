#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/running_calendar.hpp"
#include "stride/core/session.hpp"
#include "stride/core/units.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::core {

struct PhaseSpan {
  PhaseName name = PhaseName::Stabilization;
  Date start;
  Date end;  // inclusive

  friend bool operator==(const PhaseSpan&, const PhaseSpan&) = default;
};

struct PlanWeek {
  Date start;  // the Monday, or the plan start when the plan starts mid-week
  PhaseName phase = PhaseName::Stabilization;
  bool deload = false;
  int strength_sessions = 0;  // sessions of kind strength placed this week
  int week_in_phase = 1;      // 1-based
  std::string focus;          // one sentence: what this week is for

  friend bool operator==(const PlanWeek&, const PlanWeek&) = default;
};

// A change a person made to a planned session (a coach's swap, move or dose), shown with it.
struct SessionChange {
  std::string by;    // the display name of who made it
  std::string what;  // what changed, e.g. "goblet squat instead of back squat"
  std::string why;   // their reason, in their words

  friend bool operator==(const SessionChange&, const SessionChange&) = default;
};

// One session on one day (contract §4.3 `session`).
struct PlannedSession {
  std::string id;  // "2026-11-25-a"
  std::string title;
  SessionKind kind = SessionKind::Strength;
  PhaseName phase = PhaseName::Stabilization;
  Intensity intensity = Intensity::Light;
  Minutes minutes{0};  // honest estimate, rests included
  std::string why;
  std::vector<Block> blocks;
  std::vector<SessionChange> changes;  // made by people after the planner, oldest first
  // Left out by a person (a coach's skip): kept with its content, so the plan around it stays as
  // built, but not to be done, counted or sent to calendars.
  bool skipped = false;

  // True when any item is a plyometric (foot contacts).
  [[nodiscard]] bool has_plyometrics() const;
  // True for a strength session that is to be done (not skipped).
  [[nodiscard]] bool is_strength_to_do() const { return kind == SessionKind::Strength && !skipped; }

  friend bool operator==(const PlannedSession&, const PlannedSession&) = default;
};

struct PlanDay {
  Date date;
  std::optional<PlannedRun> run;  // empty on rest days
  std::vector<PlannedSession> sessions;

  friend bool operator==(const PlanDay&, const PlanDay&) = default;
};

struct RaceTarget {
  Date date;
  Event event = Event::General;

  friend bool operator==(const RaceTarget&, const RaceTarget&) = default;
};

// What follows the goal race: a week of recovery, outside [start, end].
struct AfterRace {
  Date start;
  Date end;
  std::vector<PlanDay> days;

  friend bool operator==(const AfterRace&, const AfterRace&) = default;
};

// A periodized plan (contract §4.3): `days` holds every date from start to end.
struct Plan {
  std::string athlete;
  Date start;
  Date end;
  // The first day of the season these weeks belong to: `start` for a new plan, earlier for a
  // re-plan that carries a season on (its phases keep their dates). Stored, not in contract §4.3.
  std::optional<Date> season_start;
  std::optional<RaceTarget> race;
  std::vector<PhaseSpan> phases;
  std::vector<PlanWeek> weeks;
  std::vector<PlanDay> days;
  std::optional<AfterRace> after_race;
  std::vector<std::string> notes;
  std::vector<std::string> warnings;

  friend bool operator==(const Plan&, const Plan&) = default;
};

// A plan without its days, notes and warnings: its span, season, race, phases and weeks, and when
// the recovery after its goal race ends. What a re-plan, a runner's status and a coach's overview
// read of a stored plan, so that none of them reads the days.
struct PlanOutline {
  Date start;
  Date end;
  std::optional<Date> season_start;
  std::optional<RaceTarget> race;
  std::vector<PhaseSpan> phases;
  std::vector<PlanWeek> weeks;
  std::optional<Date> recovery_end;  // after_race->end

  friend bool operator==(const PlanOutline&, const PlanOutline&) = default;
};

[[nodiscard]] PlanOutline outline_of(const Plan& plan);

}  // namespace stride::core
