#include "plan_change_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "plan_targets.hpp"
#include "stride/core/enum_names.hpp"

namespace stride::planning::detail {
namespace {

// An enumeration's contract name as words: "single_leg" becomes "single leg".
template <class E>
std::string words_of(E value) {
  std::string text(core::enum_name(value));
  std::ranges::replace(text, '_', ' ');
  return text;
}

core::Measure measure_of(const core::Prescription& item) {
  if (item.hold_seconds) return core::Measure::HoldSeconds;
  if (item.contacts) return core::Measure::Contacts;
  return core::Measure::Reps;
}

std::string_view measure_words(core::Measure measure) {
  switch (measure) {
    case core::Measure::Reps: return "repetitions";
    case core::Measure::HoldSeconds: return "held seconds";
    case core::Measure::Contacts: return "foot contacts";
  }
  return "repetitions";
}

// True when `id` is one of the easier or harder variants `planned` links to, however far.
bool in_variant_chain(const core::ExerciseLibrary& library, const core::Exercise& planned, std::string_view id) {
  constexpr int kLongestChain = 12;  // longer than any chain of the library; stops a loop of links
  for (const auto link : {&core::Exercise::regression, &core::Exercise::progression}) {
    const core::Exercise* step = &planned;
    for (int hops = 0; hops < kLongestChain && step != nullptr && (step->*link).has_value(); ++hops) {
      if (*(step->*link) == id) return true;
      step = library.find(*(step->*link));
    }
  }
  return false;
}

bool has_eccentric_work(const core::PlannedSession& session, const core::ExerciseLibrary& library) {
  return std::ranges::any_of(session.blocks, [&](const core::Block& block) {
    return std::ranges::any_of(block.items, [&](const core::Prescription& item) {
      const auto* exercise = library.find(item.exercise);
      return exercise != nullptr && exercise->has_tag(core::ExerciseTag::Eccentric);
    });
  });
}

// The movement a swap keeps: a pattern, except that lunges, single-leg squats and step-ups are one
// family (single-leg, knee-dominant), which a coach swaps among freely.
core::Pattern family_of(core::Pattern pattern) {
  if (pattern == core::Pattern::Lunge || pattern == core::Pattern::StepUp) return core::Pattern::SingleLeg;
  return pattern;
}

bool is_lower_body(core::Pattern pattern) {
  return pattern == core::Pattern::Squat || pattern == core::Pattern::Hinge || pattern == core::Pattern::Lunge ||
         pattern == core::Pattern::SingleLeg || pattern == core::Pattern::StepUp;
}

bool is_core(core::Pattern pattern) {
  return pattern == core::Pattern::CoreAntiExtension || pattern == core::Pattern::CoreAntiRotation ||
         pattern == core::Pattern::CoreLateral || pattern == core::Pattern::CoreFlexion;
}

bool is_corrective(core::Role role) {
  return role == core::Role::Inhibit || role == core::Role::Lengthen || role == core::Role::Activate ||
         role == core::Role::Integrate;
}

// A muscle `item` is there for that `candidate` would not work, or nullopt: one of the item's
// targets must be among the candidate's muscles.
std::optional<std::string> missing_target(const core::Prescription& item, const core::Exercise& candidate) {
  const auto works = [&](const std::string& muscle) {
    return std::ranges::find(candidate.primary_muscles, muscle) != candidate.primary_muscles.end() ||
           std::ranges::find(candidate.secondary_muscles, muscle) != candidate.secondary_muscles.end();
  };
  if (item.targets.empty() || std::ranges::any_of(item.targets, works)) {
    return std::nullopt;
  }
  return item.targets.front();
}

std::string words_of_muscle(std::string muscle) {
  std::ranges::replace(muscle, '_', ' ');
  return muscle;
}

std::string_view run_words(core::RunType run) {
  switch (run) {
    case core::RunType::Workout: return "a workout";
    case core::RunType::Long: return "the long run";
    case core::RunType::Race: return "a race";
    default: return "a run";
  }
}

// The strength sessions of the Monday-to-Sunday week holding `date`, but the one at `leaving`.
int strength_sessions_in_week(const core::Plan& plan, core::Date date, std::optional<core::SessionPlace> leaving) {
  const core::Date monday = core::monday_of(date);
  int count = 0;
  for (int offset = 0; offset < 7; ++offset) {
    const core::Date day_date = core::add_days(monday, offset);
    const auto* day = day_of(plan, day_date);
    if (day == nullptr) continue;
    for (std::size_t index = 0; index < day->sessions.size(); ++index) {
      if (leaving && leaving->date == day_date && leaving->index == static_cast<int>(index)) continue;
      if (day->sessions[index].kind == core::SessionKind::Strength) ++count;
    }
  }
  return count;
}

}  // namespace

const core::PlanDay* day_of(const core::Plan& plan, core::Date date) {
  const auto find_in = [date](const std::vector<core::PlanDay>& days) -> const core::PlanDay* {
    const auto found = std::ranges::lower_bound(days, date, {}, &core::PlanDay::date);
    return found != days.end() && found->date == date ? &*found : nullptr;
  };
  if (const auto* day = find_in(plan.days)) return day;
  return plan.after_race ? find_in(plan.after_race->days) : nullptr;
}

TrainingProfile change_profile(const core::Plan& plan, const PlanChangeContext& context) {
  PlanInputs inputs;
  inputs.athlete = context.athlete;
  inputs.start = plan.start;
  if (context.findings != nullptr) inputs.findings = *context.findings;
  return make_profile(inputs, context.rules);
}

DayContext day_context(const core::Plan& plan, core::Date date, const PlanChangeContext& context) {
  const std::optional<core::Date> goal_race = plan.race ? std::optional(plan.race->date) : std::nullopt;
  const core::Event event = plan.race ? plan.race->event : context.athlete.goal.event;
  // The windows of races after `date` reach back to it: the span runs on to the furthest they reach.
  const auto& rules = context.rules;
  const int reach = std::max({rules.race_week_days, rules.tune_up_taper_days, rules.race_eve_light_only_days,
                              rules.race_eve_no_eccentric_days});
  return build_day_contexts(date, core::add_days(date, reach), context.calendar, goal_race, event,
                            context.athlete.availability, context.rules)
      .front();
}

std::string day_words(core::Date date) {
  static constexpr std::array<std::string_view, 7> kWeekdays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                             "Friday", "Saturday", "Sunday"};
  return fmt::format("{} {}", kWeekdays[static_cast<std::size_t>(core::weekday_of(date))], core::format_iso_date(date));
}

std::optional<std::string> swap_refusal(const core::Prescription& item, const core::Exercise* planned,
                                        const core::Exercise& candidate, const core::PlannedSession& session,
                                        const DayContext& day, const ExercisePicker& picker, const PlanRules& rules) {
  const auto& profile = picker.profile();
  if (item.role == core::Role::Rehab) {
    return "this item is pain-monitored rehab loading: its exercise follows the pain rules, not a swap";
  }
  if (planned == nullptr) return "the planned exercise is not in the library, so nothing is known to match it";
  if (is_corrective(item.role)) {
    return "corrective exercises answer what the assessment found: a new assessment changes them, not a swap";
  }
  if (planned->unilateral && !candidate.unilateral && is_lower_body(planned->pattern)) {
    return fmt::format("{} works both legs at once: most leg lifts of the plan stay single-leg, as running is", candidate.name);
  }
  if (item.role == core::Role::Power || item.role == core::Role::Plyometric || item.contacts ||
      planned->has_tag(core::ExerciseTag::Explosive)) {
    return "explosive moves and jumps are paired with their lift and dosed by the planner's rules: swap the lift instead";
  }
  if (candidate.has_tag(core::ExerciseTag::Explosive) || candidate.pattern == core::Pattern::Plyometric) {
    return fmt::format("{} is an explosive move or a jump, which only the power phase's pairs hold", candidate.name);
  }
  if (item.role == core::Role::Strength && item.reps && is_loaded(*planned) && !is_loaded(candidate)) {
    return fmt::format("{} has no weights while {} does: a lift without weights is dosed differently through the "
                       "season; change the runner's equipment and re-plan instead",
                       candidate.name, planned->name);
  }
  if (item.role == core::Role::Strength && item.reps && !is_loaded(candidate)) {
    const bool two_leg = !candidate.unilateral && (candidate.pattern == core::Pattern::Squat ||
                                                   candidate.pattern == core::Pattern::Hinge ||
                                                   candidate.pattern == core::Pattern::Lunge);
    const int minimum = two_leg ? rules.unloaded_two_leg_minimum_reps : rules.unloaded_minimum_reps;
    if (*item.reps < minimum) {
      return fmt::format("{} without weights needs at least {} repetitions to be worth doing, and this item has {}",
                         candidate.name, minimum, *item.reps);
    }
  }
  if (profile.shoulders_compensate &&
      std::ranges::find(rules.overhead_presses, candidate.id) != rules.overhead_presses.end()) {
    return fmt::format("{} presses overhead, and the screen saw the arms fall forward or the shoulders rise",
                       candidate.name);
  }
  if ((planned->pattern == core::Pattern::Push || planned->pattern == core::Pattern::Pull) &&
      candidate.has_tag(core::ExerciseTag::TotalBody)) {
    return fmt::format("{} is a whole-body move: the week keeps its row, push-up or press", candidate.name);
  }
  if (candidate.id == planned->id) return fmt::format("{} is the planned exercise already", candidate.name);
  if (!candidate.doable_with(profile.equipment)) {
    return fmt::format("{} needs equipment the runner does not have", candidate.name);
  }
  if (candidate.level > profile.maximum_level()) {
    return fmt::format("{} is level {}, above the level {} this runner's strength experience ({}) allows",
                       candidate.name, candidate.level, profile.maximum_level(), words_of(profile.experience));
  }
  for (const auto region : candidate.avoid_with) {
    if (profile.current_regions.contains(region) || profile.recovering_regions.contains(region)) {
      return fmt::format("{} is avoided with the runner's {} injury", candidate.name, words_of(region));
    }
  }
  if (!picker.usable(candidate)) {
    return fmt::format("{} is not safe for this runner now (an injury or impact not yet cleared)", candidate.name);
  }
  const core::Measure measure = measure_of(item);
  if (candidate.measure != measure) {
    return fmt::format("{} is dosed in {}, this item in {}", candidate.name, measure_words(candidate.measure),
                       measure_words(measure));
  }
  // The lift of a contrast pair keeps its pattern: the jump was chosen for it.
  const bool contrast_lift = std::ranges::any_of(session.blocks, [&](const core::Block& block) {
    return std::ranges::any_of(block.items, [&](const core::Prescription& other) {
      const bool jump = other.role == core::Role::Power || other.role == core::Role::Plyometric || other.contacts;
      return jump && (other.pair_with == item.exercise || item.pair_with == other.exercise);
    });
  });
  if (contrast_lift && candidate.pattern != planned->pattern) {
    return fmt::format("{} is a {} exercise: this lift's jump was chosen for its {} pattern", candidate.name,
                       words_of(candidate.pattern), words_of(planned->pattern));
  }
  if (family_of(candidate.pattern) != family_of(planned->pattern) &&
      !in_variant_chain(picker.library(), *planned, candidate.id)) {
    return fmt::format("{} is a {} exercise, not a {} one nor a variant of {}", candidate.name,
                       words_of(candidate.pattern), words_of(planned->pattern), planned->name);
  }
  if (auto missing = missing_target(item, candidate)) {
    return fmt::format("{} does not work the {} this item is there for", candidate.name, words_of_muscle(*missing));
  }
  if (profile.impact_not_cleared && is_core(candidate.pattern) &&
      std::ranges::find(rules.postpartum_core, candidate.id) == rules.postpartum_core.end()) {
    return fmt::format("{} is core work too hard before the runner is cleared after the birth", candidate.name);
  }
  if (!day.window_reason.empty() || day.before_tune_up) {
    return fmt::format("the session is shaped for a race ({}): its exercises stay until after it",
                       day.window_reason.empty() ? "a tune-up race within the week" : day.window_reason);
  }
  if (candidate.impact > planned->impact) {
    return fmt::format("{} has more impact ({}) than {} ({}), more than the plan has built up to", candidate.name,
                       words_of(candidate.impact), planned->name, words_of(planned->impact));
  }
  if (candidate.has_tag(core::ExerciseTag::Eccentric) && !planned->has_tag(core::ExerciseTag::Eccentric)) {
    if (session.phase == core::PhaseName::Taper) {
      return fmt::format("{} is slow eccentric work, which the taper leaves out", candidate.name);
    }
    if (!day.eccentric_allowed) {
      return fmt::format("{} is slow eccentric work, which this day rules out ({})", candidate.name, day.window_reason);
    }
  }
  const bool in_session = std::ranges::any_of(session.blocks, [&](const core::Block& block) {
    return std::ranges::any_of(block.items, [&](const core::Prescription& other) {
      return &other != &item && other.exercise == candidate.id;
    });
  });
  if (in_session) return fmt::format("{} is in this session already", candidate.name);
  return std::nullopt;
}

namespace {

// Why `session` may not go to `to` for the planner's spacing (moderate and heavy sessions of any
// kind keep a day between them), or nullopt.
std::optional<std::string> spacing_refusal(const core::Plan& plan, const core::PlannedSession& session, core::Date to,
                                         std::optional<core::SessionPlace> leaving, const std::string& name) {
  if (session.intensity == core::Intensity::Light) return std::nullopt;
  for (const int offset : {0, -1, 1}) {
    const core::Date near = core::add_days(to, offset);
    const auto* near_day = day_of(plan, near);
    if (near_day == nullptr) continue;
    for (std::size_t index = 0; index < near_day->sessions.size(); ++index) {
      if (leaving && leaving->date == near && leaving->index == static_cast<int>(index)) continue;
      const auto& other = near_day->sessions[index];
      if (other.intensity == core::Intensity::Light) continue;
      if (offset == 0) return fmt::format("{} has a {} session already (\"{}\")", name, words_of(other.intensity), other.title);
      return fmt::format("{} has a {} session (\"{}\"): moderate and heavy sessions need a day between them",
                         day_words(near), words_of(other.intensity), other.title);
    }
  }
  return std::nullopt;
}

// True when a session of `plan` before `date`, but the one at `leaving`, holds jumps.
bool jumps_before(const core::Plan& plan, core::Date date, std::optional<core::SessionPlace> leaving) {
  const auto any_in = [&](const std::vector<core::PlanDay>& days) {
    for (const auto& day : days) {
      if (!(day.date < date)) continue;
      for (std::size_t index = 0; index < day.sessions.size(); ++index) {
        if (leaving && leaving->date == day.date && leaving->index == static_cast<int>(index)) continue;
        if (day.sessions[index].has_plyometrics()) return true;
      }
    }
    return false;
  };
  return any_in(plan.days) || (plan.after_race && any_in(plan.after_race->days));
}

}  // namespace

std::optional<std::string> day_refusal(const core::Plan& plan, const core::PlannedSession& session, core::Date to,
                                       std::optional<core::SessionPlace> leaving, const PlanChangeContext& context,
                                       const TrainingProfile& profile) {
  const DayContext day = day_context(plan, to, context);
  const std::string name = day_words(to);
  if (!day.allowed) return fmt::format("{} is not one of the days the runner trains on", name);
  if (day.run == core::RunType::Race) return fmt::format("{} is a race day", name);
  const auto* plan_day = day_of(plan, to);
  if (session.kind != core::SessionKind::Strength) {
    if (!day.window_reason.empty()) {
      return fmt::format("{} is in a race window ({}): its sessions are the planner's", name, day.window_reason);
    }
    const bool same_kind = plan_day != nullptr && std::ranges::any_of(plan_day->sessions, [&](const auto& other) {
      return other.kind == session.kind && &other != &session;
    });
    if (same_kind) return fmt::format("{} has a {} session already", name, words_of(session.kind));
    return spacing_refusal(plan, session, to, leaving, name);
  }
  if (day.run == core::RunType::Long || day.run == core::RunType::Workout) {
    return fmt::format("{} has {}: a moved or added strength session goes on an easy or rest day", name,
                       run_words(day.run));
  }
  if (day.cap == core::Intensity::Light) return fmt::format("{} is for light work only: {}", name, day.window_reason);
  const bool heavy = session.intensity == core::Intensity::Heavy;
  if (heavy && day.cap != core::Intensity::Heavy) {
    return fmt::format("{} allows nothing heavy: {}", name, day.window_reason);
  }
  if (heavy && core::is_key_run(day.next_run)) {
    return fmt::format("{} has {} the day after: a heavy session the day before a key run leaves the legs tired for it",
                       name, run_words(day.next_run));
  }
  if (session.has_plyometrics() && !day.plyometrics_allowed) {
    return fmt::format("{} allows no jumps: {}", name, day.window_reason);
  }
  // A runner's first jumps wait until after a race, as the planner places them: landing soreness
  // peaks one to three days later (the days that rule out slow eccentric work).
  if (session.has_plyometrics() && !day.eccentric_allowed && !jumps_before(plan, to, leaving)) {
    return fmt::format("{} is in the days before a race{}, and the runner's first jumps wait until after it", name,
                       day.window_reason.empty() ? "" : " (" + day.window_reason + ")");
  }
  if (has_eccentric_work(session, context.library) && !day.eccentric_allowed) {
    return fmt::format("{} rules out slow eccentric work: {}", name, day.window_reason);
  }
  if (auto refusal = spacing_refusal(plan, session, to, leaving, name)) return refusal;
  const int most = week_targets(context.athlete, profile, context.rules).strength_sessions;
  if (!leaving && strength_sessions_in_week(plan, to, leaving) >= most) {
    return fmt::format("the week of {} has {} strength session{} already, the most this runner's plan gives in a week",
                       core::format_iso_date(core::monday_of(to)), most, most == 1 ? "" : "s");
  }
  return std::nullopt;
}

}  // namespace stride::planning::detail
