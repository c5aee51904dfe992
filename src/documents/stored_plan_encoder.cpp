// The lossless storage form of a plan ("stride.stored_plan.v1"), of its days
// ("stride.stored_plan_day.v1") and of the changes people make to it; stored_plan_decoder.cpp reads
// them. Every optional value is written, as null when absent, so a document always has every key.

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stored_schemas.hpp"
#include "stride/json_writer/json_writer.hpp"

namespace stride::documents {
namespace {

using Json = nlohmann::ordered_json;
using json_writer::JsonKey;
using json_writer::JsonWriter;
using json_writer::Layout;

template <class E>
std::string name_of(E value) {
  return std::string(core::enum_name(value));
}

// Thrown inside this file only, by a checking encoder, and turned into InvalidInput before leaving it.
class UnstorableValue : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes plans and their days as JSON text, value by value (stride::json_writer's compact layout:
// the text nlohmann's dump(-1) gives for the same values). A checking encoder refuses what would
// not read back unchanged (a number that is not finite, a date outside the years 1 to 9999, text
// that is not UTF-8) by throwing UnstorableValue; otherwise such a number is written as null, the
// date as its digits, and text with U+FFFD in place of invalid bytes.
class PlanEncoder {
 public:
  explicit PlanEncoder(bool checking) : m_checking(checking) {}

  [[nodiscard]] std::string date(core::Date value) const {
    if (m_checking && !core::has_iso_form(value)) throw UnstorableValue("a date is not a real date");
    return core::format_iso_date(value);
  }

  // One day as the object both documents hold.
  [[nodiscard]] std::string day(const core::PlanDay& plan_day) const {
    JsonWriter out(kDayBytes, Layout::Compact);
    static_cast<void>(write_day(out, plan_day));
    return out.finish();
  }

  // The plan's documents. The whole plan's text holds each day's text as it is, so every day is
  // written once for both; the result is the text the plan's whole JSON tree would dump to.
  [[nodiscard]] PlanDocuments plan(const core::Plan& plan) const {
    const std::size_t day_count = plan.days.size() + (plan.after_race ? plan.after_race->days.size() : 0);
    JsonWriter out(kDayBytes * day_count + 4096, Layout::Compact);
    std::vector<std::pair<std::size_t, std::size_t>> day_spans;  // where each day's text is in the plan's
    day_spans.reserve(day_count);
    const auto write_days = [&](const std::vector<core::PlanDay>& days) {
      out.begin_array();
      for (const auto& plan_day : days) day_spans.push_back(write_day(out, plan_day));
      out.end_array();
    };
    out.begin_object();
    out.member("schema", kStoredPlanSchema);
    text(out, "athlete", plan.athlete);
    out.member("start", date(plan.start));
    if (plan.season_start) out.member("season_start", date(*plan.season_start));
    out.member("end", date(plan.end));
    out.key("race");
    if (plan.race) {
      out.begin_object();
      out.member("date", date(plan.race->date));
      out.member("event", core::enum_name(plan.race->event));
      out.end_object();
    } else {
      out.null();
    }
    out.key("phases");
    out.begin_array();
    for (const auto& phase : plan.phases) {
      out.begin_object();
      out.member("name", core::enum_name(phase.name));
      out.member("start", date(phase.start));
      out.member("end", date(phase.end));
      out.end_object();
    }
    out.end_array();
    out.key("weeks");
    out.begin_array();
    for (const auto& week : plan.weeks) {
      out.begin_object();
      out.member("start", date(week.start));
      out.member("phase", core::enum_name(week.phase));
      out.member("deload", week.deload);
      out.member("strength_sessions", week.strength_sessions);
      out.member("week_in_phase", week.week_in_phase);
      text(out, "focus", week.focus);
      out.end_object();
    }
    out.end_array();
    out.key("days");
    write_days(plan.days);
    out.key("after_race");
    if (plan.after_race) {
      out.begin_object();
      out.member("start", date(plan.after_race->start));
      out.member("end", date(plan.after_race->end));
      out.key("days");
      write_days(plan.after_race->days);
      out.end_object();
    } else {
      out.null();
    }
    texts(out, "notes", plan.notes);
    texts(out, "warnings", plan.warnings);
    out.end_object();
    PlanDocuments documents;
    documents.plan = out.finish();
    documents.days.reserve(day_spans.size());
    for (const auto& [first, last] : day_spans) {
      documents.days.push_back(day_document(std::string_view(documents.plan).substr(first, last - first)));
    }
    return documents;
  }

  // A day's own document around the day's text.
  [[nodiscard]] static std::string day_document(std::string_view day_text) {
    std::string document = R"({"schema":")";
    document += kStoredPlanDaySchema;
    document += R"(","day":)";
    document += day_text;
    document += '}';
    return document;
  }

 private:
  // About the bytes of a stored day with a strength session: room reserved up front.
  static constexpr std::size_t kDayBytes = 1024;

  // The helpers below with a key write that member of the innermost open object.
  void text(JsonWriter& out, JsonKey key, std::string_view value) const {
    out.key(key);
    text(out, value);
  }
  void texts(JsonWriter& out, JsonKey key, const std::vector<std::string>& values) const {
    out.key(key);
    texts(out, values);
  }
  void optional_text(JsonWriter& out, JsonKey key, const std::optional<std::string>& value) const {
    out.key(key);
    optional_text(out, value);
  }
  void optional_number(JsonWriter& out, JsonKey key, const std::optional<double>& value) const {
    out.key(key);
    optional_number(out, value);
  }
  static void optional_side(JsonWriter& out, JsonKey key, const std::optional<core::Side>& side) {
    out.key(key);
    optional_side(out, side);
  }

  void text(JsonWriter& out, std::string_view value) const {
    if (m_checking) {
      try {
        out.string(value);
      } catch (const nlohmann::json::type_error&) {
        throw UnstorableValue("a text is not UTF-8");
      }
    } else {
      out.string(json_writer::with_invalid_bytes_replaced(value));
    }
  }

  void texts(JsonWriter& out, const std::vector<std::string>& values) const {
    out.begin_array();
    for (const auto& value : values) text(out, value);
    out.end_array();
  }

  void optional_text(JsonWriter& out, const std::optional<std::string>& value) const {
    if (value) {
      text(out, *value);
    } else {
      out.null();
    }
  }

  void number(JsonWriter& out, double value) const {
    if (m_checking && !std::isfinite(value)) throw UnstorableValue("a number is not finite");
    out.number(value);
  }

  void optional_number(JsonWriter& out, const std::optional<double>& value) const {
    if (value) {
      number(out, *value);
    } else {
      out.null();
    }
  }

  static void optional_side(JsonWriter& out, const std::optional<core::Side>& side) {
    if (side) {
      out.string(core::enum_name(*side));
    } else {
      out.null();
    }
  }

  void write_item(JsonWriter& out, const core::Prescription& item) const {
    out.begin_object();
    text(out, "exercise", item.exercise);
    out.member("role", core::enum_name(item.role));
    out.member("sets", item.sets);
    out.member("reps", item.reps);
    out.member("hold_s", item.hold_seconds);
    out.member("contacts", item.contacts);
    out.member("per_side", item.per_side);
    optional_side(out, "side_first", item.side_first);
    optional_side(out, "extra_sets_side", item.extra_sets_side);
    optional_text(out, "tempo", item.tempo);
    optional_number(out, "rpe", item.rpe);
    optional_number(out, "pct_1rm", item.pct_1rm);
    optional_number(out, "load_kg", item.load_kg);
    out.member("rest_s", item.rest_seconds);
    optional_text(out, "pair_with", item.pair_with);
    text(out, "why", item.why);
    texts(out, "targets", item.targets);
    out.member("duration_s", static_cast<std::int64_t>(item.duration.count()));
    out.end_object();
  }

  void write_session(JsonWriter& out, const core::PlannedSession& session) const {
    out.begin_object();
    text(out, "id", session.id);
    text(out, "title", session.title);
    out.member("kind", core::enum_name(session.kind));
    out.member("phase", core::enum_name(session.phase));
    out.member("intensity", core::enum_name(session.intensity));
    out.member("minutes", static_cast<std::int64_t>(session.minutes.count()));
    text(out, "why", session.why);
    out.key("blocks");
    out.begin_array();
    for (const auto& block : session.blocks) {
      out.begin_object();
      text(out, "name", block.name);
      out.member("rounds", block.rounds);
      out.key("items");
      out.begin_array();
      for (const auto& item : block.items) write_item(out, item);
      out.end_array();
      out.end_object();
    }
    out.end_array();
    // Only sessions someone changed carry the list, so plans stored before it read back the same.
    if (!session.changes.empty()) {
      out.key("changes");
      out.begin_array();
      for (const auto& change : session.changes) {
        out.begin_object();
        text(out, "by", change.by);
        text(out, "what", change.what);
        text(out, "why", change.why);
        out.end_object();
      }
      out.end_array();
    }
    if (session.skipped) out.member("skipped", true);
    out.end_object();
  }

  // Writes the day's object; returns where its text is in the document: [first, last).
  std::pair<std::size_t, std::size_t> write_day(JsonWriter& out, const core::PlanDay& plan_day) const {
    out.begin_object();
    const std::size_t first = out.written() - 1;  // its '{'
    out.member("date", date(plan_day.date));
    out.key("run");
    if (plan_day.run) {
      const auto& run = *plan_day.run;
      out.begin_object();
      out.member("type", core::enum_name(run.type));
      optional_number(out, "distance_km", run.distance ? std::optional(run.distance->value()) : std::nullopt);
      out.key("duration_min");
      if (run.duration) {
        out.integer(static_cast<std::int64_t>(run.duration->count()));
      } else {
        out.null();
      }
      optional_text(out, "note", run.note);
      out.end_object();
    } else {
      out.null();
    }
    out.key("sessions");
    out.begin_array();
    for (const auto& session : plan_day.sessions) write_session(out, session);
    out.end_array();
    out.end_object();
    return {first, out.written()};
  }

  bool m_checking;
};

// A value of the plan change document, written through nlohmann's tree (a small document), or null.
template <class T>
Json optional_value(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

}  // namespace

std::string encode_plan_change_document(const core::PlanChange& change) {
  const PlanEncoder encoder(false);
  Json document;
  document["schema"] = kStoredPlanChangeSchema;
  document["kind"] = name_of(change.kind);
  document["session"] = Json{{"date", encoder.date(change.session.date)}, {"index", change.session.index}};
  document["session_title"] = change.session_title;
  document["to"] = change.to ? Json(encoder.date(*change.to)) : Json(nullptr);
  document["exercise"] = change.exercise;
  document["replacement"] = change.replacement;
  document["dose"] = Json{{"sets", optional_value(change.dose.sets)},
                          {"reps", optional_value(change.dose.reps)},
                          {"hold_s", optional_value(change.dose.hold_seconds)},
                          {"contacts", optional_value(change.dose.contacts)},
                          {"load_kg", optional_value(change.dose.load_kg)}};
  document["reason"] = change.reason;
  return document.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string encode_plan_day_document(const core::PlanDay& day) {
  const PlanEncoder encoder(false);
  return PlanEncoder::day_document(encoder.day(day));
}

std::string encode_plan_document(const core::Plan& plan) { return PlanEncoder(false).plan(plan).plan; }

core::Result<PlanDocuments> encode_plan_documents(const core::Plan& plan) {
  try {
    return PlanEncoder(true).plan(plan);
  } catch (const UnstorableValue& problem) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput, problem.what()));
  }
}

}  // namespace stride::documents
