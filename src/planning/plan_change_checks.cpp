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
                                        const DayContext& day, const ExercisePicker& picker) {
  const auto& profile = picker.profile();
  if (item.role == core::Role::Rehab) {
    return "this item is pain-monitored rehab loading: its exercise follows the pain rules, not a swap";
  }
  if (planned == nullptr) return "the planned exercise is not in the library, so nothing is known to match it";
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
  if (candidate.pattern != planned->pattern && !in_variant_chain(picker.library(), *planned, candidate.id)) {
    return fmt::format("{} is a {} exercise, not a {} one nor a variant of {}", candidate.name,
                       words_of(candidate.pattern), words_of(planned->pattern), planned->name);
  }
  if (candidate.impact > planned->impact) {
    return fmt::format("{} has more impact ({}) than {} ({}), more than the plan has built up to", candidate.name,
                       words_of(candidate.impact), planned->name, words_of(planned->impact));
  }
  if (candidate.has_tag(core::ExerciseTag::Eccentric) && !planned->has_tag(core::ExerciseTag::Eccentric) &&
      !day.eccentric_allowed) {
    return fmt::format("{} is slow eccentric work, which this day rules out ({})", candidate.name, day.window_reason);
  }
  const bool in_session = std::ranges::any_of(session.blocks, [&](const core::Block& block) {
    return std::ranges::any_of(block.items, [&](const core::Prescription& other) {
      return &other != &item && other.exercise == candidate.id;
    });
  });
  if (in_session) return fmt::format("{} is in this session already", candidate.name);
  return std::nullopt;
}

std::optional<std::string> day_refusal(const core::Plan& plan, const core::PlannedSession& session, core::Date to,
                                       std::optional<core::SessionPlace> leaving, const PlanChangeContext& context,
                                       const TrainingProfile& profile) {
  const DayContext day = day_context(plan, to, context);
  const std::string name = day_words(to);
  if (!day.allowed) return fmt::format("{} is not one of the days the runner trains on", name);
  if (day.run == core::RunType::Race) return fmt::format("{} is a race day", name);
  const auto* plan_day = day_of(plan, to);
  if (session.kind != core::SessionKind::Strength) {
    const bool same_kind = plan_day != nullptr && std::ranges::any_of(plan_day->sessions, [&](const auto& other) {
      return other.kind == session.kind && &other != &session;
    });
    if (same_kind) return fmt::format("{} has a {} session already", name, words_of(session.kind));
    return std::nullopt;
  }
  if (day.run == core::RunType::Long) {
    return fmt::format("{} has the long run: strength goes on an easy or rest day", name);
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
  if (has_eccentric_work(session, context.library) && !day.eccentric_allowed) {
    return fmt::format("{} rules out slow eccentric work: {}", name, day.window_reason);
  }
  for (const int offset : {0, -1, 1}) {
    const core::Date near = core::add_days(to, offset);
    const auto* near_day = day_of(plan, near);
    if (near_day == nullptr) continue;
    for (std::size_t index = 0; index < near_day->sessions.size(); ++index) {
      if (leaving && leaving->date == near && leaving->index == static_cast<int>(index)) continue;
      if (near_day->sessions[index].kind != core::SessionKind::Strength) continue;
      if (offset == 0) return fmt::format("{} has a strength session already", name);
      return fmt::format("{} has a strength session: strength sessions need a day between them", day_words(near));
    }
  }
  const bool same_week = leaving && core::monday_of(leaving->date) == core::monday_of(to);
  const int most = week_targets(context.athlete, profile, context.rules).strength_sessions;
  if (!same_week && strength_sessions_in_week(plan, to, leaving) >= most) {
    return fmt::format("the week of {} has {} strength session{} already, the most this runner's plan gives in a week",
                       core::format_iso_date(core::monday_of(to)), most, most == 1 ? "" : "s");
  }
  return std::nullopt;
}

}  // namespace stride::planning::detail
