#include "stride/planning/plan_changes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "day_contexts.hpp"
#include "plan_change_checks.hpp"
#include "plan_targets.hpp"
#include "session_items.hpp"

namespace stride::planning {
namespace {

using detail::day_words;

// The most a coach raises a load worked out from the runner's logged sets, as a fraction: a common
// coaching step for a lift done well (our choice, docs/plan-changes.md).
constexpr double kLoadRiseMaximum = 0.1;

core::Error refused(std::string field, std::string problem) { return core::invalid_field(field, std::move(problem)); }

const core::PlanDay* day_of(const core::Plan& plan, core::Date date) { return detail::day_of(plan, date); }

core::PlanDay* day_of(core::Plan& plan, core::Date date) {
  // The day belongs to `plan`, which is not const: casting the constness of the view away is sound.
  return const_cast<core::PlanDay*>(detail::day_of(std::as_const(plan), date));
}

// The day `date` of the plan, today or later; `field` names the request field in errors.
template <class Plan>
auto changeable_day(Plan& plan, core::Date date, const PlanChangeContext& context, const char* field)
    -> core::Result<decltype(day_of(plan, date))> {
  if (date < context.today) {
    return std::unexpected(refused(field, fmt::format("{} is in the past: only days from today ({}) on can change",
                                                      core::format_iso_date(date),
                                                      core::format_iso_date(context.today))));
  }
  auto* day = day_of(plan, date);
  if (day == nullptr) {
    const core::Date end = plan.after_race ? plan.after_race->end : plan.end;
    return std::unexpected(refused(field, fmt::format("{} is not a day of the plan ({} to {})", core::format_iso_date(date),
                                                      core::format_iso_date(plan.start), core::format_iso_date(end))));
  }
  return day;
}

template <class Session>
struct ItemPlace {
  decltype(&std::declval<Session&>().blocks.front()) block = nullptr;
  decltype(&std::declval<Session&>().blocks.front().items.front()) item = nullptr;
};

template <class Session>
core::Result<ItemPlace<Session>> item_of(Session& session, std::string_view exercise) {
  for (auto& block : session.blocks) {
    for (auto& item : block.items) {
      if (item.exercise == exercise) return ItemPlace<Session>{&block, &item};
    }
  }
  return std::unexpected(refused("exercise", fmt::format("the session \"{}\" has no item of \"{}\"", session.title, exercise)));
}

std::string name_of(const core::ExerciseLibrary& library, std::string_view id) {
  const auto* exercise = library.find(id);
  return exercise != nullptr ? exercise->name : std::string(id);
}

std::string dose_words(const core::Prescription& item) {
  std::string text = fmt::format("{} × ", item.sets);
  if (item.reps) text += fmt::format("{}", *item.reps);
  if (item.hold_seconds) text += fmt::format("{} s", *item.hold_seconds);
  if (item.contacts) text += fmt::format("{} contacts", *item.contacts);
  if (item.per_side) text += " each side";
  if (item.load_kg) text += fmt::format(" at {:g} kg", *item.load_kg);
  return text;
}

// The longest a session may take: the runner's session time, less at high mileage (week_targets).
core::Minutes session_budget(const PlanChangeContext& context) {
  PlanInputs inputs;
  inputs.athlete = context.athlete;
  return week_targets(context.athlete, make_profile(inputs, context.rules), context.rules).budget;
}

// Runs `change` on `item` of `session`, moves the item's time by what the new dose takes
// more or less, and works the session's minutes out again from its items (rounded up, as the
// planner does). Refused, naming `field`, when the session would then take longer than the
// runner's session time.
template <class Change>
core::Status retimed(core::PlannedSession& session, core::Prescription& item,
                     const PlanChangeContext& context, const char* field, Change change) {
  const auto before = estimate_duration(item, context.timing);
  change(item);
  const auto difference = estimate_duration(item, context.timing) - before;
  item.duration = std::max(core::Seconds{1}, item.duration + difference);
  core::Seconds total{0};
  for (const auto& each : session.blocks) {
    for (const auto& entry : each.items) total += entry.duration * each.rounds;
  }
  session.minutes = core::Minutes{(total.count() + 59) / 60};
  const auto budget = session_budget(context);
  if (session.minutes > budget) {
    return std::unexpected(refused(field, fmt::format("the session would take {} min, more than the {} min the runner "
                                                      "has for a session: take something out first",
                                                      session.minutes.count(), budget.count())));
  }
  return {};
}

void renumber(core::PlanDay& day) {
  for (std::size_t index = 0; index < day.sessions.size(); ++index) {
    day.sessions[index].id = fmt::format("{}-{}", core::format_iso_date(day.date), static_cast<char>('a' + index));
  }
}

void recount_weeks(core::Plan& plan) {
  for (auto& week : plan.weeks) {
    week.strength_sessions = 0;
    const core::Date end = core::add_days(core::monday_of(week.start), 7);
    for (const auto& day : plan.days) {
      if (day.date < week.start || !(day.date < end)) continue;
      week.strength_sessions += static_cast<int>(std::ranges::count(day.sessions, core::SessionKind::Strength,
                                                                     &core::PlannedSession::kind));
    }
  }
}

bool share_of_maximum_applies(const core::Exercise& exercise, const PlanRules& rules) {
  return is_loaded(exercise) && !exercise.has_tag(core::ExerciseTag::TotalBody) &&
         !exercise.has_tag(core::ExerciseTag::Explosive) &&
         std::ranges::find(rules.rpe_only_lifts, exercise.id) == rules.rpe_only_lifts.end();
}

// A swapped-in exercise is given a share of the maximum only where a one-rep maximum means
// something (a loaded lift that is not whole-body, explosive or dosed by effort alone).
void redose_for(core::Prescription& item, const core::Exercise& exercise, const PlanRules& rules) {
  if (!share_of_maximum_applies(exercise, rules)) item.pct_1rm.reset();
}

// The plan week holding `date`, or nullptr (the after-race week).
const core::PlanWeek* week_of(const core::Plan& plan, core::Date date) {
  const core::PlanWeek* found = nullptr;
  for (const auto& week : plan.weeks) {
    if (week.start <= date) found = &week;
  }
  return found != nullptr && date <= plan.end ? found : nullptr;
}

// The last day of the block of weeks (a phase, as week_in_phase counts it) holding `date`: the
// progression of an exercise runs within it and starts again with the next.
core::Date block_end(const core::Plan& plan, core::Date date) {
  std::size_t index = 0;
  while (index + 1 < plan.weeks.size() && plan.weeks[index + 1].start <= date) ++index;
  for (std::size_t next = index + 1; next < plan.weeks.size(); ++next) {
    if (plan.weeks[next].week_in_phase == 1) return core::add_days(plan.weeks[next].start, -1);
  }
  return plan.end;
}

// The first day in [from, until] with a session holding the exercise `id`, if any.
std::optional<core::Date> first_holding(const core::Plan& plan, std::string_view id, core::Date from,
                                        core::Date until) {
  for (const auto& day : plan.days) {
    if (day.date < from || until < day.date) continue;
    for (const auto& session : day.sessions) {
      for (const auto& block : session.blocks) {
        if (std::ranges::any_of(block.items, [&](const auto& item) { return item.exercise == id; })) return day.date;
      }
    }
  }
  return std::nullopt;
}

// A heavy session whose content is no longer heavy (a lift swapped for one dosed lighter) is
// labelled moderate, as the planner labels by content.
void relabel(core::PlannedSession& session, const PlanRules& rules) {
  if (session.intensity != core::Intensity::Heavy) return;
  const bool heavy = std::ranges::any_of(session.blocks, [&](const core::Block& block) {
    return std::ranges::any_of(block.items, [&](const core::Prescription& item) {
      return item.contacts || item.role == core::Role::Power || item.role == core::Role::Plyometric ||
             (item.rpe && *item.rpe >= rules.heavy_rpe) ||
             (item.pct_1rm && *item.pct_1rm >= rules.heavy_percent_of_maximum);
    });
  });
  if (!heavy) session.intensity = core::Intensity::Moderate;
}

// Swaps the item of `change.exercise` in `session` (on `date`) for `candidate`, when the rules allow.
core::Status swap_one(const core::Plan& plan, core::Date date, core::PlannedSession& session, const core::PlanChange& change,
                      const core::Exercise& candidate, std::string_view author, const PlanChangeContext& context,
                      const ExercisePicker& picker) {
  STRIDE_TRY(const auto place, item_of(session, change.exercise));
  const auto holding = std::ranges::count_if(session.blocks, [&](const core::Block& block) {
    return std::ranges::any_of(block.items, [&](const auto& item) { return item.exercise == change.exercise; });
  });
  if (holding > 1) {
    return std::unexpected(refused("exercise", fmt::format("the session of {} holds {} in more than one block: it is "
                                                           "not swapped",
                                                           day_words(date), name_of(context.library, change.exercise))));
  }
  const auto day = detail::day_context(plan, date, context);
  const auto* planned = context.library.find(place.item->exercise);
  if (auto refusal = detail::swap_refusal(*place.item, planned, candidate, session, day, picker, context.rules)) {
    return std::unexpected(refused("replacement", fmt::format("{} ({})", *refusal, day_words(date))));
  }
  const std::string old_id = place.item->exercise;
  STRIDE_TRY_STATUS(retimed(session, *place.item, context, "replacement", [&](core::Prescription& item) {
    item.exercise = candidate.id;
    item.per_side = candidate.unilateral;
    if (!candidate.unilateral) {
      item.side_first.reset();
      item.extra_sets_side.reset();
    } else if (!item.side_first && picker.profile().weaker_side != core::Side::None) {
      item.side_first = picker.profile().weaker_side;  // as the planner starts one-leg work
    }
    item.load_kg.reset();  // worked out from the runner's sets of the other exercise
    redose_for(item, candidate, context.rules);
  }));
  for (auto& block : session.blocks) {
    for (auto& item : block.items) {
      if (item.pair_with == old_id) item.pair_with = candidate.id;
    }
  }
  session.changes.push_back({std::string(author),
                             fmt::format("{} instead of {}", candidate.name, name_of(context.library, old_id)),
                             change.reason});
  relabel(session, context.rules);
  return {};
}

// A swap holds from the week of the session named (from today) to the end of its block of weeks
// (its phase): every session of those days holding the exercise, so the exercise's weekly
// progression ends where the replacement's begins; the next phase chooses its exercises again.
core::Status swap(core::Plan& plan, core::PlannedSession& session, const core::PlanChange& change,
                  std::string_view author, const PlanChangeContext& context) {
  STRIDE_TRY_STATUS(item_of(session, change.exercise));
  if (change.replacement.empty()) return std::unexpected(refused("replacement", "required for a swap"));
  const auto* candidate = context.library.find(change.replacement);
  if (candidate == nullptr) {
    return std::unexpected(refused("replacement", fmt::format("no exercise has the id \"{}\"", change.replacement)));
  }
  const core::Date until = block_end(plan, change.session.date);
  if (const auto holding = first_holding(plan, candidate->id, core::monday_of(change.session.date), until)) {
    return std::unexpected(refused(
        "replacement", fmt::format("{} is in the plan already ({}): swapped in here its weekly dose would grow past "
                                   "what the progression allows",
                                   candidate->name, day_words(*holding))));
  }
  const auto profile = detail::change_profile(plan, context);
  const ExercisePicker picker(context.library, profile);
  const auto swap_later = [&](core::PlanDay& day) -> core::Status {
    for (auto& other : day.sessions) {
      if (&other == &session) continue;  // skipped ones too: their content stays the plan's
      if (!item_of(other, change.exercise)) continue;
      STRIDE_TRY_STATUS(swap_one(plan, day.date, other, change, *candidate, author, context, picker));
    }
    return {};
  };
  STRIDE_TRY_STATUS(swap_one(plan, change.session.date, session, change, *candidate, author, context, picker));
  // The week's earlier sessions too (from today), so the replacement's first week holds its whole dose.
  const core::Date from = std::max(core::monday_of(change.session.date), context.today);
  for (auto& day : plan.days) {
    if (day.date < from || until < day.date) continue;
    STRIDE_TRY_STATUS(swap_later(day));
  }
  return {};
}


core::Result<core::PlanDay*> destination(core::Plan& plan, const core::PlannedSession& session,
                                         const core::PlanChange& change, std::optional<core::SessionPlace> leaving,
                                         const PlanChangeContext& context) {
  const bool rehab = std::ranges::any_of(session.blocks, [](const core::Block& block) {
    return std::ranges::any_of(block.items, [](const auto& item) { return item.role == core::Role::Rehab; });
  });
  if (rehab) {
    return std::unexpected(refused("session", "the session holds rehab loading, which the pain rules time day by "
                                              "day: it is neither moved nor copied"));
  }
  if (!change.to) {
    return std::unexpected(refused("to", fmt::format("required for a {}", core::enum_name(change.kind))));
  }
  if (leaving && *change.to == leaving->date) return std::unexpected(refused("to", "the session is on that day already"));
  // A session's dose belongs to its week's step of the progression: it stays in its week.
  if (core::monday_of(*change.to) != core::monday_of(change.session.date)) {
    return std::unexpected(refused(
        "to", fmt::format("{} is in another week than the session ({}): a session's dose belongs to its week, so it "
                          "moves or is copied within its week (Monday to Sunday)",
                          core::format_iso_date(*change.to), day_words(change.session.date))));
  }
  STRIDE_TRY(auto* day, changeable_day(plan, *change.to, context, "to"));
  // A session stays on its side of a race: what comes after one is the recovery's.
  const core::Date from = std::min(change.session.date, *change.to);
  const core::Date until = std::max(change.session.date, *change.to);
  const std::optional<core::Date> goal_race = plan.race ? std::optional(plan.race->date) : std::nullopt;
  for (core::Date date = from; date <= until; date = core::add_days(date, 1)) {
    if (run_on(context.calendar, goal_race, date).type == core::RunType::Race) {
      return std::unexpected(refused("to", fmt::format("the race on {} lies between: a session stays on its side of it",
                                                       day_words(date))));
    }
  }
  // A session of the week before a tune-up race is dosed lighter (a mini-taper); it stays inside or
  // outside that week as it was built.
  if (detail::day_context(plan, change.session.date, context).before_tune_up !=
      detail::day_context(plan, *change.to, context).before_tune_up) {
    return std::unexpected(refused(
        "to", fmt::format("the session is dosed for {} the week before a tune-up race, and {} is {} it",
                          detail::day_context(plan, change.session.date, context).before_tune_up ? "" : "a week outside",
                          day_words(*change.to),
                          detail::day_context(plan, *change.to, context).before_tune_up ? "in" : "outside")));
  }
  const auto profile = detail::change_profile(plan, context);
  if (auto refusal = detail::day_refusal(plan, session, *change.to, leaving, context, profile)) {
    return std::unexpected(refused("to", std::move(*refusal)));
  }
  return day;
}

core::Status move(core::Plan& plan, core::PlanDay& from, std::size_t index, const core::PlanChange& change,
                  std::string_view author, const PlanChangeContext& context) {
  STRIDE_TRY(auto* to, destination(plan, from.sessions[index], change, change.session, context));
  auto moved = std::move(from.sessions[index]);
  from.sessions.erase(from.sessions.begin() + static_cast<std::ptrdiff_t>(index));
  moved.changes.push_back({std::string(author),
                           fmt::format("moved from {} to {}", day_words(from.date), day_words(to->date)),
                           change.reason});
  to->sessions.push_back(std::move(moved));
  renumber(from);
  renumber(*to);
  return {};
}

core::Status add(core::Plan& plan, const core::PlannedSession& source, const core::PlanChange& change,
                 std::string_view author, const PlanChangeContext& context) {
  const auto* week = week_of(plan, *change.to);
  if (week != nullptr && (week->deload || week->phase == core::PhaseName::Taper ||
                          week->phase == core::PhaseName::Recovery)) {
    return std::unexpected(refused(
        "to", fmt::format("the week of {} is a {}: it keeps the sessions the planner gave it",
                          core::format_iso_date(week->start), week->deload ? "deload" : core::enum_name(week->phase))));
  }
  STRIDE_TRY(auto* to, destination(plan, source, change, std::nullopt, context));
  auto copy = source;
  copy.changes = {{std::string(author), fmt::format("added: a copy of the session of {}", day_words(change.session.date)),
                   change.reason}};
  to->sessions.push_back(std::move(copy));
  renumber(*to);
  return {};
}

// The session stays, with its content, so that every week keeps the shape it was built with; the
// next re-plan sees a week whose sessions were all skipped as a missed week and holds back.
void skip(core::PlannedSession& session, const core::PlanChange& change, std::string_view author) {
  session.skipped = true;
  session.changes.push_back({std::string(author), "skipped: not to be done", change.reason});
}

core::Status check_range(const std::optional<int>& value, bool applies, const char* field, int low, int high,
                         std::string_view kind) {
  if (!value) return {};
  if (!applies) return std::unexpected(refused(field, fmt::format("this item is not dosed in {}", kind)));
  if (*value < low || *value > high) {
    return std::unexpected(refused(field, fmt::format("must be from {} to {}", low, high)));
  }
  return {};
}

// Why a dose may not rise at all, or by this much, or nullopt: pain-monitored rehab loading, the
// taper, a deload and the day before a key run only come down; foot contacts grow by the planner's
// weekly growth at most (less for careful runners); a load by at most kLoadRiseMaximum.
core::Status dose_rise_refusal(const core::Plan& plan, const core::PlannedSession& session,
                               const core::Prescription& item, const core::PlanChange& change,
                               const PlanChangeContext& context) {
  const auto& wanted = change.dose;
  const auto rises = [](const std::optional<int>& to, const std::optional<int>& from) {
    return to && from && *to > *from;
  };
  const bool sets_rise = wanted.sets && *wanted.sets > item.sets;
  const bool volume_rises = sets_rise || rises(wanted.reps, item.reps) || rises(wanted.hold_seconds, item.hold_seconds) ||
                            rises(wanted.contacts, item.contacts);
  const bool load_rises = wanted.load_kg && item.load_kg && *wanted.load_kg > *item.load_kg;
  const char* field = sets_rise ? "dose.sets" : rises(wanted.reps, item.reps) ? "dose.reps"
                      : rises(wanted.hold_seconds, item.hold_seconds) ? "dose.hold_s"
                      : rises(wanted.contacts, item.contacts) ? "dose.contacts" : "dose.load_kg";
  if (!volume_rises && !load_rises) return {};
  const auto only_down = [&](std::string why) { return std::unexpected(refused(field, std::move(why))); };
  if (item.role == core::Role::Rehab) {
    return only_down("this item is pain-monitored rehab loading: its dose follows the pain rules and only comes down "
                     "here (a clinician's advice can change it through a re-plan)");
  }
  if (session.phase == core::PhaseName::Taper) return only_down("in the taper the dose only comes down");
  const auto* week = week_of(plan, change.session.date);
  if (week != nullptr && week->deload) return only_down("in a deload week the dose only comes down");
  const auto day = detail::day_context(plan, change.session.date, context);
  if (core::is_key_run(day.next_run)) {
    return only_down("the day after is a key run: the dose only comes down, so the legs are fresh for it");
  }
  if (item.contacts && (rises(wanted.contacts, item.contacts) || sets_rise)) {
    const bool careful = detail::change_profile(plan, context).careful;
    const double growth = careful ? context.rules.careful_weekly_growth : context.rules.plyometric_weekly_growth;
    const int planned = item.sets * *item.contacts;
    const int asked = wanted.sets.value_or(item.sets) * wanted.contacts.value_or(*item.contacts);
    if (static_cast<double>(asked) > static_cast<double>(planned) * (1.0 + growth) + 1e-9) {
      return std::unexpected(refused(field, fmt::format("{} foot contacts is more than {:.0f} % above the planned {}: "
                                                        "jumps grow by at most that much a week{}",
                                                        asked, growth * 100.0, planned,
                                                        careful ? " for this runner" : "")));
    }
  }
  if (load_rises && *wanted.load_kg > *item.load_kg * (1.0 + kLoadRiseMaximum) + 1e-9) {
    return std::unexpected(refused("dose.load_kg", fmt::format("{:g} kg is more than {:.0f} % above the {:g} kg worked "
                                                               "out from the runner's logged sets",
                                                               *wanted.load_kg, kLoadRiseMaximum * 100.0,
                                                               *item.load_kg)));
  }
  return {};
}

core::Status dose(core::Plan& plan, core::PlannedSession& session, const core::PlanChange& change,
                  std::string_view author, const PlanChangeContext& context) {
  STRIDE_TRY(const auto place, item_of(session, change.exercise));
  const auto& item = *place.item;
  const auto& wanted = change.dose;
  if (!wanted.sets && !wanted.reps && !wanted.hold_seconds && !wanted.contacts && !wanted.load_kg) {
    return std::unexpected(refused("dose", "give at least one of sets, reps, hold_s, contacts, load_kg"));
  }
  STRIDE_TRY_STATUS(check_range(wanted.sets, true, "dose.sets", 1, 10, "sets"));
  STRIDE_TRY_STATUS(check_range(wanted.reps, item.reps.has_value(), "dose.reps", 1, 50, "repetitions"));
  STRIDE_TRY_STATUS(check_range(wanted.hold_seconds, item.hold_seconds.has_value(), "dose.hold_s", 5, 600, "held seconds"));
  STRIDE_TRY_STATUS(check_range(wanted.contacts, item.contacts.has_value(), "dose.contacts", 1, 200, "foot contacts"));
  if (wanted.load_kg) {
    if (!item.reps) return std::unexpected(refused("dose.load_kg", "only an item dosed in repetitions carries a load"));
    if (!(*wanted.load_kg >= 0.0 && *wanted.load_kg <= 500.0)) {
      return std::unexpected(refused("dose.load_kg", "must be from 0 to 500 kg"));
    }
  }
  if (wanted.sets || wanted.contacts) {
    int contacts = 0;
    for (const auto& block : session.blocks) {
      for (const auto& other : block.items) {
        if (!other.contacts) continue;
        const int sets = &other == &item ? wanted.sets.value_or(other.sets) : other.sets;
        const int per_set = &other == &item ? wanted.contacts.value_or(*other.contacts) : *other.contacts;
        contacts += sets * per_set * (other.per_side ? 2 : 1);
      }
    }
    const int most = contact_range(detail::change_profile(plan, context), context.rules).maximum;
    if (item.contacts && contacts > most) {
      return std::unexpected(refused(wanted.contacts ? "dose.contacts" : "dose.sets",
                                     fmt::format("the session would have {} foot contacts, above the {} of one "
                                                 "plyometric session at this runner's level",
                                                 contacts, most)));
    }
  }
  STRIDE_TRY_STATUS(dose_rise_refusal(plan, session, item, change, context));
  // More than the planner's weekly growth above the planned dose is a jump the runner's tissues have
  // not been prepared for; less is the coach's call (the next re-plan adapts to what was logged).
  const auto volume = [](int sets, std::optional<int> per_set) { return sets * per_set.value_or(1); };
  const int planned_volume = volume(item.sets, item.reps ? item.reps : item.hold_seconds ? item.hold_seconds : item.contacts);
  const int wanted_volume = volume(wanted.sets.value_or(item.sets),
                                   item.reps ? wanted.reps.value_or(*item.reps)
                                   : item.hold_seconds ? wanted.hold_seconds.value_or(*item.hold_seconds)
                                   : item.contacts ? std::optional(wanted.contacts.value_or(*item.contacts))
                                                   : std::nullopt);
  const double growth = context.rules.volume_weekly_growth_maximum;
  if (wanted_volume > planned_volume &&
      static_cast<double>(wanted_volume) > static_cast<double>(planned_volume) * (1.0 + growth) + 1e-9) {
    return std::unexpected(refused(
        wanted.sets ? "dose.sets" : wanted.reps ? "dose.reps" : wanted.hold_seconds ? "dose.hold_s" : "dose.contacts",
        fmt::format("{} × {} is more than {:.0f} % above the planned {}: the plan grows a dose by at most that "
                    "much a week",
                    wanted.sets.value_or(item.sets), wanted_volume / std::max(1, wanted.sets.value_or(item.sets)),
                    growth * 100.0, dose_words(item))));
  }
  const std::string before = dose_words(item);
  const char* field = wanted.sets ? "dose.sets" : wanted.reps ? "dose.reps" : wanted.hold_seconds ? "dose.hold_s"
                      : wanted.contacts ? "dose.contacts" : "dose.load_kg";
  STRIDE_TRY_STATUS(retimed(session, *place.item, context, field, [&](core::Prescription& changed) {
    if (wanted.sets) changed.sets = *wanted.sets;
    if (wanted.reps) changed.reps = wanted.reps;
    if (wanted.hold_seconds) changed.hold_seconds = wanted.hold_seconds;
    if (wanted.contacts) changed.contacts = wanted.contacts;
    if (wanted.load_kg) changed.load_kg = wanted.load_kg;
    // The share of the maximum follows the reps at the same effort, as the planner doses it.
    if (wanted.reps && changed.rpe && changed.pct_1rm) {
      changed.pct_1rm = 100.0 * estimated_share_of_maximum(*changed.reps, *changed.rpe);
    }
  }));
  session.changes.push_back({std::string(author),
                             fmt::format("{}: {} (was {})", name_of(context.library, item.exercise), dose_words(item),
                                         before),
                             change.reason});
  return {};
}

core::Status make_change(core::Plan& plan, const core::PlanChange& change, std::string_view author,
                         const PlanChangeContext& context) {
  STRIDE_TRY(auto* day, changeable_day(plan, change.session.date, context, "session"));
  if (change.session.index < 0 || change.session.index >= static_cast<int>(day->sessions.size())) {
    return std::unexpected(refused("session", fmt::format("{} has no session at place {} (it has {})",
                                                          core::format_iso_date(day->date), change.session.index,
                                                          day->sessions.size())));
  }
  const auto index = static_cast<std::size_t>(change.session.index);
  auto& session = day->sessions[index];
  if (!change.session_title.empty() && session.title != change.session_title) {
    return std::unexpected(refused("session", fmt::format("the session there is now \"{}\", not \"{}\"", session.title,
                                                          change.session_title)));
  }
  if (session.skipped) {
    return std::unexpected(refused("session", fmt::format("the session \"{}\" of {} is skipped already",
                                                          session.title, core::format_iso_date(day->date))));
  }
  switch (change.kind) {
    case core::PlanChangeKind::Swap: return swap(plan, session, change, author, context);
    case core::PlanChangeKind::Move: return move(plan, *day, index, change, author, context);
    case core::PlanChangeKind::Skip: skip(session, change, author); return {};
    case core::PlanChangeKind::Add: return add(plan, session, change, author, context);
    case core::PlanChangeKind::Dose: return dose(plan, session, change, author, context);
  }
  return {};
}

}  // namespace

const core::PlannedSession* session_at(const core::Plan& plan, core::SessionPlace place) {
  const auto* day = detail::day_of(plan, place.date);
  if (day == nullptr || place.index < 0 || place.index >= static_cast<int>(day->sessions.size())) return nullptr;
  return &day->sessions[static_cast<std::size_t>(place.index)];
}

core::Result<std::vector<SwapOption>> swap_options(const core::Plan& plan, core::SessionPlace place,
                                                   std::string_view exercise, const PlanChangeContext& context) {
  STRIDE_TRY(const auto* day, changeable_day(plan, place.date, context, "session"));
  if (place.index < 0 || place.index >= static_cast<int>(day->sessions.size())) {
    return std::unexpected(refused("session", fmt::format("{} has no session at place {}",
                                                          core::format_iso_date(day->date), place.index)));
  }
  const auto& session = day->sessions[static_cast<std::size_t>(place.index)];
  STRIDE_TRY(const auto item, item_of(session, exercise));
  const auto* planned = context.library.find(exercise);
  const auto profile = detail::change_profile(plan, context);
  const ExercisePicker picker(context.library, profile);
  const auto day_context = detail::day_context(plan, place.date, context);
  std::vector<SwapOption> options;
  for (const auto& candidate : context.library.all()) {
    if (detail::swap_refusal(*item.item, planned, candidate, session, day_context, picker, context.rules)) continue;
    // Offered only when the whole swap, every later session of the block included, is allowed.
    core::PlanChange trial{core::PlanChangeKind::Swap, place, {}, std::nullopt, std::string(exercise), candidate.id, {},
                           "trial"};
    core::Plan tried = plan;
    if (!make_change(tried, trial, "", context)) continue;
    const auto relation = candidate.level < planned->level   ? SwapRelation::Easier
                          : candidate.level > planned->level ? SwapRelation::Harder
                                                             : SwapRelation::Alternative;
    options.push_back({&candidate, relation});
  }
  // Easier first, nearest level first; then alternatives; then harder, nearest first; library order within.
  std::ranges::stable_sort(options, [&](const SwapOption& a, const SwapOption& b) {
    if (a.relation != b.relation) return a.relation < b.relation;
    if (a.relation == SwapRelation::Easier) return a.exercise->level > b.exercise->level;
    return a.exercise->level < b.exercise->level;
  });
  return options;
}

core::Status apply_plan_change(core::Plan& plan, const core::PlanChange& change, std::string_view author,
                               const PlanChangeContext& context) {
  core::Plan changed = plan;  // a refusal leaves `plan` as it was
  STRIDE_TRY_STATUS(make_change(changed, change, author, context));
  recount_weeks(changed);
  plan = std::move(changed);
  return {};
}

}  // namespace stride::planning
