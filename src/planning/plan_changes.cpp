#include "stride/planning/plan_changes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "plan_change_checks.hpp"
#include "plan_targets.hpp"

namespace stride::planning {
namespace {

using detail::day_words;

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

// Runs `change` on `item` of `block` in `session` and moves the item's and the session's time by
// what the new dose takes more or less.
template <class Change>
void retimed(core::PlannedSession& session, const core::Block& block, core::Prescription& item,
             const CorrectiveRules& timing, Change change) {
  const auto before = estimate_duration(item, timing);
  change(item);
  const auto difference = estimate_duration(item, timing) - before;
  item.duration = std::max(core::Seconds{0}, item.duration + difference);
  const auto seconds = std::max<long long>(0, session.minutes.count() * 60LL + difference.count() * block.rounds);
  session.minutes = core::Minutes{std::max<long long>(1, (seconds + 30) / 60)};
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

core::Status swap(core::Plan& plan, core::PlannedSession& session, const core::PlanChange& change,
                  std::string_view author, const PlanChangeContext& context) {
  STRIDE_TRY(const auto place, item_of(session, change.exercise));
  if (change.replacement.empty()) return std::unexpected(refused("replacement", "required for a swap"));
  const auto* candidate = context.library.find(change.replacement);
  if (candidate == nullptr) {
    return std::unexpected(refused("replacement", fmt::format("no exercise has the id \"{}\"", change.replacement)));
  }
  const auto profile = detail::change_profile(plan, context);
  const ExercisePicker picker(context.library, profile);
  const auto day = detail::day_context(plan, change.session.date, context);
  const auto* planned = context.library.find(place.item->exercise);
  if (auto refusal = detail::swap_refusal(*place.item, planned, *candidate, session, day, picker)) {
    return std::unexpected(refused("replacement", std::move(*refusal)));
  }
  const std::string old_id = place.item->exercise;
  retimed(session, *place.block, *place.item, context.timing, [&](core::Prescription& item) {
    item.exercise = candidate->id;
    item.per_side = candidate->unilateral;
    if (!candidate->unilateral) {
      item.side_first.reset();
      item.extra_sets_side.reset();
    }
    item.load_kg.reset();  // worked out from the runner's sets of the other exercise
  });
  for (auto& block : session.blocks) {
    for (auto& item : block.items) {
      if (item.pair_with == old_id) item.pair_with = candidate->id;
    }
  }
  session.changes.push_back({std::string(author),
                             fmt::format("{} instead of {}", candidate->name, name_of(context.library, old_id)),
                             change.reason});
  return {};
}

core::Result<core::PlanDay*> destination(core::Plan& plan, const core::PlannedSession& session,
                                         const core::PlanChange& change, std::optional<core::SessionPlace> leaving,
                                         const PlanChangeContext& context) {
  if (!change.to) {
    return std::unexpected(refused("to", fmt::format("required for a {}", core::enum_name(change.kind))));
  }
  if (leaving && *change.to == leaving->date) return std::unexpected(refused("to", "the session is on that day already"));
  STRIDE_TRY(auto* day, changeable_day(plan, *change.to, context, "to"));
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
  STRIDE_TRY(auto* to, destination(plan, source, change, std::nullopt, context));
  auto copy = source;
  copy.changes = {{std::string(author), fmt::format("added: a copy of the session of {}", day_words(change.session.date)),
                   change.reason}};
  to->sessions.push_back(std::move(copy));
  renumber(*to);
  return {};
}

void skip(core::Plan& plan, core::PlanDay& day, std::size_t index, const core::PlanChange& change,
          std::string_view author) {
  plan.notes.push_back(fmt::format("{} left out \"{}\" on {}: {}", author, day.sessions[index].title,
                                   day_words(day.date), change.reason));
  day.sessions.erase(day.sessions.begin() + static_cast<std::ptrdiff_t>(index));
  renumber(day);
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
  const std::string before = dose_words(item);
  retimed(session, *place.block, *place.item, context.timing, [&](core::Prescription& changed) {
    if (wanted.sets) changed.sets = *wanted.sets;
    if (wanted.reps) changed.reps = wanted.reps;
    if (wanted.hold_seconds) changed.hold_seconds = wanted.hold_seconds;
    if (wanted.contacts) changed.contacts = wanted.contacts;
    if (wanted.load_kg) changed.load_kg = wanted.load_kg;
  });
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
  switch (change.kind) {
    case core::PlanChangeKind::Swap: return swap(plan, session, change, author, context);
    case core::PlanChangeKind::Move: return move(plan, *day, index, change, author, context);
    case core::PlanChangeKind::Skip: skip(plan, *day, index, change, author); return {};
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
    if (detail::swap_refusal(*item.item, planned, candidate, session, day_context, picker)) continue;
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
