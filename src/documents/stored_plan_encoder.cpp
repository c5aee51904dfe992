// The lossless storage form of a plan ("stride.stored_plan.v1"), of its days
// ("stride.stored_plan_day.v1") and of the changes people make to it; stored_plan_decoder.cpp reads
// them. Every optional value is written, as null when absent, so a document always has every key.

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>
#include <string>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stored_schemas.hpp"

namespace stride::documents {
namespace {

using Json = nlohmann::ordered_json;

template <class E>
std::string name_of(E value) {
  return std::string(core::enum_name(value));
}

// Thrown inside this file only, by a checking encoder, and turned into InvalidInput before leaving it.
class UnstorableValue : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes plans and their parts as JSON. A checking encoder refuses what would not read back
// unchanged (a number that is not finite, a date outside the years 1 to 9999, text that is not
// UTF-8) by throwing UnstorableValue; otherwise such a number is written as null, the date as its
// digits, and text with U+FFFD in place of invalid bytes.
class PlanEncoder {
 public:
  explicit PlanEncoder(bool checking) : m_checking(checking) {}

  [[nodiscard]] std::string date(core::Date value) const {
    if (m_checking && !core::has_iso_form(value)) throw UnstorableValue("a date is not a real date");
    return core::format_iso_date(value);
  }

  [[nodiscard]] Json number(double value) const {
    if (m_checking && !std::isfinite(value)) throw UnstorableValue("a number is not finite");
    return value;
  }

  template <class T>
  [[nodiscard]] Json optional_value(const std::optional<T>& value) const {
    if (!value) return nullptr;
    if constexpr (std::is_floating_point_v<T>) {
      return number(*value);
    } else {
      return *value;
    }
  }

  [[nodiscard]] static Json optional_side(const std::optional<core::Side>& side) {
    return side ? Json(name_of(*side)) : Json(nullptr);
  }

  [[nodiscard]] std::string text(const Json& document) const {
    try {
      return document.dump(-1, ' ', false, m_checking ? Json::error_handler_t::strict : Json::error_handler_t::replace);
    } catch (const nlohmann::json::type_error&) {
      throw UnstorableValue("a text is not UTF-8");
    }
  }

  [[nodiscard]] Json item(const core::Prescription& item) const {
    Json object;
    object["exercise"] = item.exercise;
    object["role"] = name_of(item.role);
    object["sets"] = item.sets;
    object["reps"] = optional_value(item.reps);
    object["hold_s"] = optional_value(item.hold_seconds);
    object["contacts"] = optional_value(item.contacts);
    object["per_side"] = item.per_side;
    object["side_first"] = optional_side(item.side_first);
    object["extra_sets_side"] = optional_side(item.extra_sets_side);
    object["tempo"] = optional_value(item.tempo);
    object["rpe"] = optional_value(item.rpe);
    object["pct_1rm"] = optional_value(item.pct_1rm);
    object["load_kg"] = optional_value(item.load_kg);
    object["rest_s"] = item.rest_seconds;
    object["pair_with"] = optional_value(item.pair_with);
    object["why"] = item.why;
    object["targets"] = item.targets;
    object["duration_s"] = item.duration.count();
    return object;
  }

  [[nodiscard]] Json session(const core::PlannedSession& session) const {
    Json object;
    object["id"] = session.id;
    object["title"] = session.title;
    object["kind"] = name_of(session.kind);
    object["phase"] = name_of(session.phase);
    object["intensity"] = name_of(session.intensity);
    object["minutes"] = session.minutes.count();
    object["why"] = session.why;
    Json blocks = Json::array();
    for (const auto& block : session.blocks) {
      Json items = Json::array();
      for (const auto& entry : block.items) items.push_back(item(entry));
      blocks.push_back(Json{{"name", block.name}, {"rounds", block.rounds}, {"items", std::move(items)}});
    }
    object["blocks"] = std::move(blocks);
    // Only sessions someone changed carry the list, so plans stored before it read back the same.
    if (!session.changes.empty()) {
      Json changes = Json::array();
      for (const auto& change : session.changes) {
        changes.push_back(Json{{"by", change.by}, {"what", change.what}, {"why", change.why}});
      }
      object["changes"] = std::move(changes);
    }
    if (session.skipped) object["skipped"] = true;
    return object;
  }

  [[nodiscard]] Json run(const std::optional<core::PlannedRun>& run) const {
    if (!run) return nullptr;
    Json object;
    object["type"] = name_of(run->type);
    object["distance_km"] = run->distance ? number(run->distance->value()) : Json(nullptr);
    object["duration_min"] = run->duration ? Json(run->duration->count()) : Json(nullptr);
    object["note"] = optional_value(run->note);
    return object;
  }

  // One day as the object both documents hold.
  [[nodiscard]] std::string day(const core::PlanDay& day) const {
    Json object;
    object["date"] = date(day.date);
    object["run"] = run(day.run);
    Json sessions = Json::array();
    for (const auto& planned : day.sessions) sessions.push_back(session(planned));
    object["sessions"] = std::move(sessions);
    return text(object);
  }

  // The plan's documents. The whole plan's text holds each day's text as it is, so every day is
  // encoded once for both; the result is the text the plan's whole JSON tree would dump to.
  [[nodiscard]] PlanDocuments plan(const core::Plan& plan) const {
    PlanDocuments documents;
    documents.days.reserve(plan.days.size() + (plan.after_race ? plan.after_race->days.size() : 0));
    std::string& out = documents.plan;
    const auto member = [&](std::string_view key, const Json& value) {
      out += out.empty() ? "{" : ",";
      out += text(key);
      out += ':';
      out += text(value);
    };
    const auto days_member = [&](const std::vector<core::PlanDay>& days) {
      out += R"(,"days":[)";
      for (std::size_t index = 0; index < days.size(); ++index) {
        std::string day_text = day(days[index]);
        if (index > 0) out += ',';
        out += day_text;
        documents.days.push_back(day_document(day_text));
      }
      out += ']';
    };
    member("schema", kStoredPlanSchema);
    member("athlete", plan.athlete);
    member("start", date(plan.start));
    if (plan.season_start) member("season_start", date(*plan.season_start));
    member("end", date(plan.end));
    // A value that may throw is worked out before it goes into a braced list of members: when an
    // exception left such a list half built, AddressSanitizer caught g++ 12's code reading one of
    // the list's temporaries after its scope.
    if (plan.race) {
      const std::string race_date = date(plan.race->date);
      member("race", Json{{"date", race_date}, {"event", name_of(plan.race->event)}});
    } else {
      member("race", nullptr);
    }
    Json phases = Json::array();
    for (const auto& phase : plan.phases) {
      const std::string start = date(phase.start);
      const std::string end = date(phase.end);
      phases.push_back(Json{{"name", name_of(phase.name)}, {"start", start}, {"end", end}});
    }
    member("phases", phases);
    Json weeks = Json::array();
    for (const auto& week : plan.weeks) {
      const std::string start = date(week.start);
      weeks.push_back(Json{{"start", start},
                           {"phase", name_of(week.phase)},
                           {"deload", week.deload},
                           {"strength_sessions", week.strength_sessions},
                           {"week_in_phase", week.week_in_phase},
                           {"focus", week.focus}});
    }
    member("weeks", weeks);
    days_member(plan.days);
    if (plan.after_race) {
      out += R"(,"after_race":{"start":)";
      out += text(date(plan.after_race->start));
      out += R"(,"end":)";
      out += text(date(plan.after_race->end));
      days_member(plan.after_race->days);
      out += '}';
    } else {
      out += R"(,"after_race":null)";
    }
    member("notes", plan.notes);
    member("warnings", plan.warnings);
    out += '}';
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
  bool m_checking;
};

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
  document["dose"] = Json{{"sets", encoder.optional_value(change.dose.sets)},
                          {"reps", encoder.optional_value(change.dose.reps)},
                          {"hold_s", encoder.optional_value(change.dose.hold_seconds)},
                          {"contacts", encoder.optional_value(change.dose.contacts)},
                          {"load_kg", encoder.optional_value(change.dose.load_kg)}};
  document["reason"] = change.reason;
  return encoder.text(document);
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
