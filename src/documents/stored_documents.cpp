// The stored athlete, assessment and running calendar: each contract input file inside an envelope
// naming its schema, so a row says which shape it holds and a later Stride can migrate it.

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "stored_schemas.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stride/documents/input_decoders.hpp"

namespace stride::documents {
namespace {

using Json = nlohmann::ordered_json;

core::Error damaged(std::string problem, const std::string& source) {
  return core::make_error(core::ErrorCode::Corrupt, std::move(problem), source);
}

// Decodes the member of an envelope with `decode`; every failure is Corrupt.
template <class Decode>
auto decode_enveloped(std::string_view text, std::string_view schema, std::string_view member, std::string source,
                      Decode decode) -> decltype(decode(std::string_view{}, std::string{})) {
  STRIDE_TRY(const std::string inner, unwrap_stored_document(text, schema, member, source));
  auto value = decode(inner, source);
  if (!value) return std::unexpected(stored_document_damaged(schema, value.error(), source));
  return value;
}

}  // namespace

std::string wrap_stored_document(std::string_view schema, std::string_view member, std::string_view inner) {
  return fmt::format(R"({{"schema":"{}","{}":{}}})", schema, member, inner);
}

core::Result<std::string> unwrap_stored_document(std::string_view text, std::string_view schema,
                                                 std::string_view member, const std::string& source) {
  const Json document = Json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    return std::unexpected(damaged(fmt::format("the stored {} document is not a JSON object", schema), source));
  }
  const auto name = document.find("schema");
  if (name == document.end() || !name->is_string() || name->get_ref<const std::string&>() != schema) {
    return std::unexpected(damaged(fmt::format("the stored document is not a {} document", schema), source));
  }
  const auto inner = document.find(std::string(member));
  if (inner == document.end() || document.size() != 2) {
    return std::unexpected(
        damaged(fmt::format("the stored {} document must hold \"schema\" and \"{}\" only", schema, member), source));
  }
  return inner->dump(-1, ' ', false, Json::error_handler_t::replace);
}

core::Error stored_document_damaged(std::string_view schema, const core::Error& error, const std::string& source) {
  const std::string where = error.path.empty() ? std::string() : error.path + ": ";
  return damaged(fmt::format("the stored {} document cannot be read: {}{}", schema, where, error.message), source);
}

std::string encode_stored_athlete(const core::Athlete& athlete) {
  return wrap_stored_document(kStoredAthleteSchema, "athlete", encode_athlete_document(athlete));
}

std::string encode_stored_assessment(const core::Assessment& assessment) {
  return wrap_stored_document(kStoredAssessmentSchema, "assessment", encode_assessment_document(assessment));
}

std::string encode_stored_running_calendar(const core::RunningCalendar& calendar) {
  return wrap_stored_document(kStoredRunningCalendarSchema, "running_calendar",
                              encode_running_calendar_document(calendar));
}

core::Result<core::Athlete> decode_stored_athlete(std::string_view text, std::string source) {
  return decode_enveloped(text, kStoredAthleteSchema, "athlete", std::move(source), decode_athlete_as_stored);
}

core::Result<core::Assessment> decode_stored_assessment(std::string_view text, std::string source) {
  return decode_enveloped(text, kStoredAssessmentSchema, "assessment", std::move(source), decode_assessment);
}

core::Result<core::RunningCalendar> decode_stored_running_calendar(std::string_view text, std::string source) {
  return decode_enveloped(text, kStoredRunningCalendarSchema, "running_calendar", std::move(source),
                          decode_running_calendar);
}

}  // namespace stride::documents
