// Reads the storage form of a plan written by stored_plan_encoder.cpp. Any problem becomes a
// Corrupt error: stored text is Stride's own, so a mismatch means the store was damaged.

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

#include "stride/core/enum_names.hpp"
#include "json_tree_filter.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stored_schemas.hpp"

namespace stride::documents {
namespace {

using Json = nlohmann::json;

// Thrown inside this file only, and turned into a Corrupt error before leaving it.
class MalformedDocument : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

const Json& member(const Json& object, const char* key) {
  if (!object.is_object()) throw MalformedDocument(fmt::format("expected an object holding \"{}\"", key));
  const auto found = object.find(key);
  if (found == object.end()) throw MalformedDocument(fmt::format("the key \"{}\" is missing", key));
  return *found;
}

// The member `key`, or nullptr when it is null.
const Json* nullable(const Json& object, const char* key) {
  const Json& value = member(object, key);
  return value.is_null() ? nullptr : &value;
}

std::string text(const Json& value) {
  if (!value.is_string()) throw MalformedDocument(fmt::format("expected a string, found {}", value.type_name()));
  return value.get<std::string>();
}

std::int64_t whole_number(const Json& value) {
  if (value.is_number_unsigned()) {
    if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      throw MalformedDocument("a whole number is out of range");
    }
    return static_cast<std::int64_t>(value.get<std::uint64_t>());
  }
  if (!value.is_number_integer()) throw MalformedDocument(fmt::format("expected a whole number, found {}", value.type_name()));
  return value.get<std::int64_t>();
}

int small_number(const Json& value) {
  const std::int64_t number = whole_number(value);
  if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
    throw MalformedDocument(fmt::format("{} is out of range", number));
  }
  return static_cast<int>(number);
}

double real(const Json& value) {
  if (!value.is_number()) throw MalformedDocument(fmt::format("expected a number, found {}", value.type_name()));
  return value.get<double>();
}

bool boolean(const Json& value) {
  if (!value.is_boolean()) throw MalformedDocument(fmt::format("expected true or false, found {}", value.type_name()));
  return value.get<bool>();
}

template <class E>
E enumeration(const Json& value) {
  const std::string name = text(value);
  if (const auto parsed = core::parse_enum<E>(name)) return *parsed;
  throw MalformedDocument(fmt::format("\"{}\" is not one of {}", name, core::enum_choices<E>()));
}

core::Date date(const Json& value) {
  const std::string iso = text(value);
  if (const auto parsed = core::parse_iso_date(iso)) return *parsed;
  throw MalformedDocument(fmt::format("\"{}\" is not a date", iso));
}

const Json& array(const Json& value) {
  if (!value.is_array()) throw MalformedDocument(fmt::format("expected an array, found {}", value.type_name()));
  return value;
}

std::vector<std::string> strings(const Json& value) {
  std::vector<std::string> list;
  for (const auto& item : array(value)) list.push_back(text(item));
  return list;
}

template <class T, class Read>
std::optional<T> optional(const Json& object, const char* key, Read read) {
  const Json* value = nullable(object, key);
  if (value == nullptr) return std::nullopt;
  return read(*value);
}

core::Prescription decode_item(const Json& object) {
  core::Prescription item;
  item.exercise = text(member(object, "exercise"));
  item.role = enumeration<core::Role>(member(object, "role"));
  item.sets = small_number(member(object, "sets"));
  item.reps = optional<int>(object, "reps", small_number);
  item.hold_seconds = optional<int>(object, "hold_s", small_number);
  item.contacts = optional<int>(object, "contacts", small_number);
  item.per_side = boolean(member(object, "per_side"));
  item.side_first = optional<core::Side>(object, "side_first", enumeration<core::Side>);
  item.extra_sets_side = optional<core::Side>(object, "extra_sets_side", enumeration<core::Side>);
  item.tempo = optional<std::string>(object, "tempo", text);
  item.rpe = optional<double>(object, "rpe", real);
  item.pct_1rm = optional<double>(object, "pct_1rm", real);
  item.load_kg = optional<double>(object, "load_kg", real);
  item.rest_seconds = small_number(member(object, "rest_s"));
  item.pair_with = optional<std::string>(object, "pair_with", text);
  item.why = text(member(object, "why"));
  item.targets = strings(member(object, "targets"));
  item.duration = core::Seconds(whole_number(member(object, "duration_s")));
  return item;
}

core::PlannedSession decode_session(const Json& object) {
  core::PlannedSession session;
  session.id = text(member(object, "id"));
  session.title = text(member(object, "title"));
  session.kind = enumeration<core::SessionKind>(member(object, "kind"));
  session.phase = enumeration<core::PhaseName>(member(object, "phase"));
  session.intensity = enumeration<core::Intensity>(member(object, "intensity"));
  session.minutes = core::Minutes(whole_number(member(object, "minutes")));
  session.why = text(member(object, "why"));
  for (const auto& block_object : array(member(object, "blocks"))) {
    core::Block block;
    block.name = text(member(block_object, "name"));
    block.rounds = small_number(member(block_object, "rounds"));
    for (const auto& item : array(member(block_object, "items"))) block.items.push_back(decode_item(item));
    session.blocks.push_back(std::move(block));
  }
  if (const auto skipped = object.find("skipped"); skipped != object.end()) session.skipped = boolean(*skipped);
  if (const auto changes = object.find("changes"); changes != object.end()) {
    for (const auto& change : array(*changes)) {
      session.changes.push_back(
          {text(member(change, "by")), text(member(change, "what")), text(member(change, "why"))});
    }
  }
  return session;
}

core::PlannedRun decode_run(const Json& object) {
  core::PlannedRun run;
  run.type = enumeration<core::RunType>(member(object, "type"));
  run.distance = optional<core::Kilometres>(object, "distance_km",
                                            [](const Json& value) { return core::Kilometres(real(value)); });
  run.duration = optional<core::Minutes>(object, "duration_min",
                                         [](const Json& value) { return core::Minutes(whole_number(value)); });
  run.note = optional<std::string>(object, "note", text);
  return run;
}

core::PlanDay decode_day(const Json& object) {
  core::PlanDay day;
  day.date = date(member(object, "date"));
  day.run = optional<core::PlannedRun>(object, "run", decode_run);
  for (const auto& session : array(member(object, "sessions"))) day.sessions.push_back(decode_session(session));
  return day;
}

std::vector<core::PlanDay> decode_days(const Json& value) {
  std::vector<core::PlanDay> days;
  for (const auto& day : array(value)) days.push_back(decode_day(day));
  return days;
}

core::PlanChange decode_plan_change(const Json& document) {
  core::PlanChange change;
  change.kind = enumeration<core::PlanChangeKind>(member(document, "kind"));
  const Json& session = member(document, "session");
  change.session = {date(member(session, "date")), small_number(member(session, "index"))};
  change.session_title = text(member(document, "session_title"));
  change.to = optional<core::Date>(document, "to", date);
  change.exercise = text(member(document, "exercise"));
  change.replacement = text(member(document, "replacement"));
  const Json& dose = member(document, "dose");
  change.dose.sets = optional<int>(dose, "sets", small_number);
  change.dose.reps = optional<int>(dose, "reps", small_number);
  change.dose.hold_seconds = optional<int>(dose, "hold_s", small_number);
  change.dose.contacts = optional<int>(dose, "contacts", small_number);
  change.dose.load_kg = optional<double>(dose, "load_kg", real);
  change.reason = text(member(document, "reason"));
  return change;
}

// The members a plan and its outline share: span, season, race, phases and weeks.
template <class Target>
void decode_head(const Json& document, Target& plan) {
  plan.start = date(member(document, "start"));
  // Added after the first stored plans: absent in older documents.
  if (const auto found = document.find("season_start"); found != document.end() && !found->is_null()) {
    plan.season_start = date(*found);
  }
  plan.end = date(member(document, "end"));
  plan.race = optional<core::RaceTarget>(document, "race", [](const Json& race) {
    return core::RaceTarget{date(member(race, "date")), enumeration<core::Event>(member(race, "event"))};
  });
  for (const auto& phase : array(member(document, "phases"))) {
    plan.phases.push_back({enumeration<core::PhaseName>(member(phase, "name")), date(member(phase, "start")),
                           date(member(phase, "end"))});
  }
  for (const auto& week : array(member(document, "weeks"))) {
    plan.weeks.push_back({date(member(week, "start")), enumeration<core::PhaseName>(member(week, "phase")),
                          boolean(member(week, "deload")), small_number(member(week, "strength_sessions")),
                          small_number(member(week, "week_in_phase")), text(member(week, "focus"))});
  }
}

core::Plan decode_plan(const Json& document) {
  core::Plan plan;
  plan.athlete = text(member(document, "athlete"));
  decode_head(document, plan);
  plan.days = decode_days(member(document, "days"));
  plan.after_race = optional<core::AfterRace>(document, "after_race", [](const Json& after) {
    return core::AfterRace{date(member(after, "start")), date(member(after, "end")), decode_days(member(after, "days"))};
  });
  plan.notes = strings(member(document, "notes"));
  plan.warnings = strings(member(document, "warnings"));
  return plan;
}

// The outline from a plan document parsed without its days, notes and warnings (left_out_of_outline).
core::PlanOutline decode_plan_outline(const Json& document) {
  core::PlanOutline outline;
  decode_head(document, outline);
  outline.recovery_end = optional<core::Date>(document, "after_race", [](const Json& after) {
    return date(member(after, "end"));
  });
  return outline;
}

// The members of a plan document its outline does without: the days (the plan's and the
// recovery's), the notes and the warnings.
bool left_out_of_outline(std::size_t depth, std::string_view key) {
  return key == "days" || (depth == 1 && (key == "notes" || key == "warnings"));
}

// Checks the schema of the parsed `document` and hands it to `read`; every failure is Corrupt.
template <class Read>
auto decode_parsed(const Json& document, const std::string& source, const char* schema, Read read)
    -> core::Result<decltype(read(std::declval<const Json&>()))> {
  auto fail = [&](const std::string& problem) {
    return std::unexpected(core::make_error(core::ErrorCode::Corrupt, problem, source));
  };
  try {
    if (document.is_discarded()) return fail(fmt::format("the stored {} document is not valid JSON", schema));
    const Json& name = member(document, "schema");
    if (!name.is_string() || name.get<std::string>() != schema) {
      return fail(fmt::format("the stored document is not a {} document", schema));
    }
    return read(document);
  } catch (const MalformedDocument& error) {
    return fail(fmt::format("the stored {} document is malformed: {}", schema, error.what()));
  } catch (const std::exception& error) {
    return fail(fmt::format("the stored {} document cannot be read: {}", schema, error.what()));
  }
}

// Parses `text`, checks its schema and hands the root to `read`; every failure is Corrupt.
template <class Read>
auto decode_stored(std::string_view text_view, const std::string& source, const char* schema, Read read)
    -> core::Result<decltype(read(std::declval<const Json&>()))> {
  return decode_parsed(Json::parse(text_view.begin(), text_view.end(), nullptr, false), source, schema, read);
}

}  // namespace

core::Result<core::Plan> decode_plan_document(std::string_view text_view, std::string source) {
  return decode_stored(text_view, source, kStoredPlanSchema, decode_plan);
}

core::Result<core::PlanOutline> decode_plan_outline_document(std::string_view text_view, std::string source) {
  return decode_parsed(detail::parse_leaving_out(text_view, left_out_of_outline), source, kStoredPlanSchema,
                       decode_plan_outline);
}

core::Result<core::PlanChange> decode_plan_change_document(std::string_view text_view, std::string source) {
  return decode_stored(text_view, source, kStoredPlanChangeSchema, decode_plan_change);
}

core::Result<core::PlanDay> decode_plan_day_document(std::string_view text_view, std::string source) {
  return decode_stored(text_view, source, kStoredPlanDaySchema,
                       [](const Json& document) { return decode_day(member(document, "day")); });
}

}  // namespace stride::documents
