#pragma once

// A small hand-built plan and exercise library for the renderer tests. The plan has two weeks
// of three sessions, an after-race week with a fourth, and text that is hard to render: commas,
// semicolons, line breaks, '<', '&', an apostrophe, non-ASCII letters and a reason long enough to
// be folded in a calendar. One item names an exercise the library does not know.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"

namespace stride::testing {

inline core::Date sample_date(int year, unsigned month, unsigned day) {
  return core::Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

// The id of the item the library does not know: renderers show the id itself.
inline constexpr const char* kUnknownExercise = "copenhagen_plank_mystery";

// A name stored before names were checked (a right-to-left override and an escape sequence), and
// how the renderers show it: each such character as U+FFFD.
inline constexpr const char* kUnsafeName = "Ana\xE2\x80\xAE" "exe.gpj\x1B[2J";
inline constexpr const char* kUnsafeNameShown = "Ana\xEF\xBF\xBD" "exe.gpj\xEF\xBF\xBD[2J";


// The long reason of the box jumps: over 75 octets even before escaping, so it must be folded.
inline constexpr const char* kLongWhy =
    "Jumps right after heavy squats turn new strength into spring (post-activation potentiation); keep each "
    "landing soft, quiet and stable, and stop the set when the contacts get loud or slow.";

inline core::Exercise sample_exercise(std::string id, std::string name, core::Pattern pattern, int level,
                                      std::optional<std::string> regression, std::optional<std::string> progression,
                                      core::Measure measure = core::Measure::Reps) {
  core::Exercise exercise;
  exercise.id = std::move(id);
  exercise.name = std::move(name);
  exercise.pattern = pattern;
  exercise.primary_muscles = {"glute_max"};
  exercise.level = level;
  exercise.regression = std::move(regression);
  exercise.progression = std::move(progression);
  exercise.measure = measure;
  if (pattern == core::Pattern::Smr) exercise.equipment = {core::Equipment::FoamRoller};
  exercise.cues = {"First cue", "Second cue"};
  exercise.description = "How to do it.";
  exercise.source = "tests/report/sample_plan.hpp";
  return exercise;
}

inline const core::ExerciseLibrary& sample_library() {
  static const core::ExerciseLibrary library = [] {
    using core::Measure;
    using core::Pattern;
    auto muscles = core::MuscleVocabulary::create({{"glutes", {"glute_max", "glute_med"}}}, {}, {});
    std::vector<core::Exercise> exercises{
        sample_exercise("box_squat", "Box squat", Pattern::Squat, 1, std::nullopt, "goblet_squat"),
        sample_exercise("goblet_squat", "Goblet squat", Pattern::Squat, 2, "box_squat", "back_squat"),
        sample_exercise("back_squat", "Barbell back squat", Pattern::Squat, 4, "goblet_squat", std::nullopt),
        sample_exercise("pogo_hop", "Pogo hops", Pattern::Plyometric, 2, std::nullopt, "box_jump", Measure::Contacts),
        sample_exercise("box_jump", "Box jump", Pattern::Plyometric, 3, "pogo_hop", std::nullopt, Measure::Contacts),
        sample_exercise("split_squat", "Split squat", Pattern::SingleLeg, 2, std::nullopt,
                        "rear_foot_elevated_split_squat"),
        sample_exercise("rear_foot_elevated_split_squat", "Rear-foot-elevated split squat", Pattern::SingleLeg, 3,
                        "split_squat", std::nullopt),
        sample_exercise("dead_bug", "Dead bug", Pattern::CoreAntiExtension, 1, std::nullopt, "side_plank"),
        sample_exercise("side_plank", "Side plank", Pattern::CoreLateral, 2, "dead_bug", std::nullopt,
                        Measure::HoldSeconds),
        sample_exercise("calf_roll", "Calf roll on the foam roller", Pattern::Smr, 1, std::nullopt, "calf_stretch",
                        Measure::HoldSeconds),
        sample_exercise("calf_stretch", "Wall calf stretch", Pattern::StaticStretch, 2, "calf_roll", std::nullopt,
                        Measure::HoldSeconds),
    };
    auto created = core::ExerciseLibrary::create(std::move(exercises), *muscles, 0);
    if (!created) {
      ADD_FAILURE() << created.error().describe();
      std::abort();
    }
    return std::move(*created);
  }();
  return library;
}

inline core::Prescription sample_item(std::string exercise, int sets, core::Role role = core::Role::Strength) {
  core::Prescription item;
  item.exercise = std::move(exercise);
  item.sets = sets;
  item.role = role;
  return item;
}

// Strength A: warm-up, a contrast pair (heavy squat with RPE and %1RM, box jumps in contacts),
// single-leg work with a weaker side, and a cool-down in holds.
inline core::PlannedSession sample_strength_session() {
  core::PlannedSession session{
      .id = "2026-11-25-a",
      .title = "Strength A",
      .kind = core::SessionKind::Strength,
      .phase = core::PhaseName::Strength,
      .intensity = core::Intensity::Heavy,
      .minutes = core::Minutes{48},
      .why = "Heavy, slow squats build force; your tendons adapt too.\nKeep two reps in reserve.",
      .blocks = {},
      .changes = {},
      .skipped = false};
  auto dead_bug = sample_item("dead_bug", 2, core::Role::Activate);
  dead_bug.reps = 10;
  dead_bug.per_side = true;
  dead_bug.side_first = core::Side::Left;
  dead_bug.tempo = "4-2-1";
  dead_bug.rest_seconds = 30;
  dead_bug.why = "Wakes up the deep core, so the squat has a stable base.";
  session.blocks.push_back({.name = "warm_up", .rounds = 1, .items = {dead_bug}});

  auto squat = sample_item("back_squat", 3);
  squat.reps = 5;
  squat.rpe = 7.5;
  squat.pct_1rm = 77.6;
  squat.rest_seconds = 150;
  squat.pair_with = "box_jump";
  squat.why = "Contrast pair: heavy squat first, then jumps.";
  auto jump = sample_item("box_jump", 3, core::Role::Plyometric);
  jump.contacts = 5;
  jump.rest_seconds = 90;
  jump.pair_with = "back_squat";
  jump.why = kLongWhy;
  auto split = sample_item("rear_foot_elevated_split_squat", 3);
  split.reps = 8;
  split.per_side = true;
  split.side_first = core::Side::Left;
  split.extra_sets_side = core::Side::Left;
  split.rest_seconds = 60;
  split.why = "Your left side is weaker: it goes first & gets an extra set.";
  session.blocks.push_back({.name = "main", .rounds = 3, .items = {squat, jump, split}});

  auto roll = sample_item("calf_roll", 1, core::Role::Inhibit);
  roll.hold_seconds = 60;
  roll.per_side = true;
  roll.why = "Eases the calves after jumping.";
  auto stretch = sample_item("calf_stretch", 2, core::Role::CoolDown);
  stretch.hold_seconds = 30;
  stretch.per_side = true;
  session.blocks.push_back({.name = "cool_down", .rounds = 1, .items = {roll, stretch}});
  return session;
}

// Mobility, hips; core: a block name outside the known four and an exercise the library lacks.
inline core::PlannedSession sample_mobility_session() {
  core::PlannedSession session{.id = "2026-11-27-a",
                               .title = "Mobility, hips; core",
                               .kind = core::SessionKind::Mobility,
                               .phase = core::PhaseName::Strength,
                               .intensity = core::Intensity::Light,
                               .minutes = core::Minutes{20},
                               .why = "Short & easy: hips < 5 min, then core.",
                               .blocks = {},
      .changes = {},
      .skipped = false};
  auto plank = sample_item("side_plank", 3, core::Role::Core);
  plank.hold_seconds = 30;
  plank.per_side = true;
  plank.side_first = core::Side::Right;
  plank.rest_seconds = 20;
  plank.why = "Holds the pelvis level on one leg, like running does.";
  auto unknown = sample_item(kUnknownExercise, 2, core::Role::Core);
  unknown.hold_seconds = 20;
  unknown.per_side = true;
  unknown.why = "Inner-thigh strength.";
  session.blocks.push_back({.name = "hip_mobility", .rounds = 2, .items = {plank, unknown}});
  return session;
}

inline core::PlannedSession sample_power_session() {
  core::PlannedSession session{.id = "2026-12-01-a",
                               .title = "Power B",
                               .kind = core::SessionKind::Strength,
                               .phase = core::PhaseName::Power,
                               .intensity = core::Intensity::Moderate,
                               .minutes = core::Minutes{30},
                               .why = "Fast, light work keeps you springy for race day.",
                               .blocks = {},
      .changes = {},
      .skipped = false};
  auto pogo = sample_item("pogo_hop", 3, core::Role::Plyometric);
  pogo.contacts = 20;
  pogo.rest_seconds = 60;
  pogo.why = "Stiff ankles return energy.";
  auto goblet = sample_item("goblet_squat", 2);
  goblet.reps = 6;
  goblet.rpe = 7;
  goblet.tempo = "3-1-X";
  goblet.rest_seconds = 75;
  goblet.why = "Strength, not fatigue.";
  session.blocks.push_back({.name = "main", .rounds = 1, .items = {pogo, goblet}});
  return session;
}

inline core::PlannedSession sample_recovery_session() {
  core::PlannedSession session{.id = "2026-12-09-a",
                               .title = "Recovery flow",
                               .kind = core::SessionKind::Recovery,
                               .phase = core::PhaseName::Recovery,
                               .intensity = core::Intensity::Light,
                               .minutes = core::Minutes{15},
                               .why = "Gentle movement after the race.",
                               .blocks = {},
      .changes = {},
      .skipped = false};
  auto roll = sample_item("calf_roll", 1, core::Role::Inhibit);
  roll.hold_seconds = 90;
  roll.per_side = true;
  roll.why = "Eases race-sore calves.";
  session.blocks.push_back({.name = "cool_down", .rounds = 1, .items = {roll}});
  return session;
}

// A run of `type`, with an optional distance, duration and note.
inline core::PlannedRun make_run(core::RunType type, std::optional<double> kilometres = std::nullopt,
                                 std::optional<int> minutes = std::nullopt,
                                 std::optional<std::string> note = std::nullopt) {
  core::PlannedRun run;
  run.type = type;
  if (kilometres) run.distance = core::Kilometres{*kilometres};
  if (minutes) run.duration = core::Minutes{*minutes};
  run.note = std::move(note);
  return run;
}

// The run of a template week (Monday first): rest, workout, easy, easy, rest, long, easy.
inline std::optional<core::PlannedRun> sample_run(core::Date date) {
  using core::RunType;
  switch (core::weekday_of(date)) {
    case core::Weekday::Monday: return std::nullopt;
    case core::Weekday::Tuesday: return make_run(RunType::Workout);
    case core::Weekday::Wednesday: return make_run(RunType::Easy, 8);
    case core::Weekday::Thursday: return make_run(RunType::Easy);
    case core::Weekday::Friday: return make_run(RunType::Rest);
    case core::Weekday::Saturday: return make_run(RunType::Long, 18);
    case core::Weekday::Sunday: return make_run(RunType::Easy, std::nullopt, 40);
  }
  return std::nullopt;
}

// Zoë's plan: 23 November to 6 December 2026, a half marathon on the last day.
inline core::Plan sample_plan() {
  core::Plan plan;
  plan.athlete = "Zoë O'Neil";
  plan.start = sample_date(2026, 11, 23);
  plan.end = sample_date(2026, 12, 6);
  plan.race = core::RaceTarget{.date = plan.end, .event = core::Event::HalfMarathon};
  plan.phases = {{core::PhaseName::Strength, plan.start, sample_date(2026, 11, 29)},
                 {core::PhaseName::Power, sample_date(2026, 11, 30), sample_date(2026, 12, 2)},
                 {core::PhaseName::Taper, sample_date(2026, 12, 3), plan.end}};
  plan.weeks = {{.start = plan.start,
                 .phase = core::PhaseName::Strength,
                 .deload = false,
                 .strength_sessions = 1,
                 .week_in_phase = 1,
                 .focus = "Build strength with heavy squats; keep runs easy."},
                {.start = sample_date(2026, 11, 30),
                 .phase = core::PhaseName::Power,
                 .deload = true,
                 .strength_sessions = 1,
                 .week_in_phase = 1,
                 .focus = "Sharpen & freshen up <before> the race."}};
  for (core::Date date = plan.start; date <= plan.end; date = core::add_days(date, 1)) {
    plan.days.push_back({.date = date, .run = sample_run(date), .sessions = {}});
  }
  plan.days[2].sessions.push_back(sample_strength_session());
  plan.days[4].sessions.push_back(sample_mobility_session());
  plan.days[8].sessions.push_back(sample_power_session());
  plan.days.back().run = make_run(core::RunType::Race, 21.1, std::nullopt, "<City> Half & 10K, go!");

  core::AfterRace after{.start = sample_date(2026, 12, 7), .end = sample_date(2026, 12, 13), .days = {}};
  for (core::Date date = after.start; date <= after.end; date = core::add_days(date, 1)) {
    after.days.push_back({.date = date, .run = std::nullopt, .sessions = {}});
  }
  after.days[2].sessions.push_back(sample_recovery_session());
  after.days[3].run = make_run(core::RunType::Recovery, std::nullopt, 20);
  plan.after_race = std::move(after);

  plan.notes = {"Sessions avoid the day before key runs, where possible.", "Zoë's calendar: \"long run\" is Saturday."};
  plan.warnings = {"Knee history: stop if pain > 3/10 & see a clinician."};
  return plan;
}

// The sample plan for a runner whose stored name is kUnsafeName.
inline core::Plan sample_plan_with_unsafe_name() {
  auto plan = sample_plan();
  plan.athlete = kUnsafeName;
  return plan;
}

// Every session of the plan in calendar order (plan days, then the after-race week), with its date.
inline std::vector<std::pair<core::Date, const core::PlannedSession*>> sample_sessions(const core::Plan& plan) {
  std::vector<std::pair<core::Date, const core::PlannedSession*>> sessions;
  auto collect = [&](const std::vector<core::PlanDay>& days) {
    for (const auto& day : days) {
      for (const auto& session : day.sessions) sessions.emplace_back(day.date, &session);
    }
  };
  collect(plan.days);
  if (plan.after_race) collect(plan.after_race->days);
  return sessions;
}

}  // namespace stride::testing
