#include "document_versions.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdint>

#include "media_type.hpp"

namespace stride::http {
namespace {

using Json = nlohmann::ordered_json;

// The If-Match header's value without surrounding spaces; nullopt when there is none or it is "*".
std::optional<std::string_view> if_match(const Request& request) {
  const auto header = request.header("if-match");
  if (!header) return std::nullopt;
  const std::string_view value = trimmed_spaces(*header);
  if (value == "*") return std::nullopt;
  return value;
}

// InvalidInput naming the header: `value` is not a tag of `what` (`example` follows the rule).
core::Error not_a_tag(std::string_view what, std::string_view example, std::string_view value) {
  auto error = core::make_error(core::ErrorCode::InvalidInput,
                                fmt::format("expected one entity tag of {} as its ETag gives it{}, or *; got {}", what,
                                            example, value.substr(0, 60)));
  error.path = "If-Match";  // the header, named as sent
  return error;
}

// `value` without the quoted `"kind-` before it and `"` after it, or nullopt when it has other ends.
std::optional<std::string_view> tag_body(std::string_view value, std::string_view kind) {
  const std::string prefix = fmt::format("\"{}-", kind);
  if (!value.starts_with(prefix) || !value.ends_with('"') || value.size() <= prefix.size() + 1) return std::nullopt;
  return value.substr(prefix.size(), value.size() - prefix.size() - 1);
}

// 409 for `error` with `current` beside it and `tag` as ETag when there is one.
Response conflict_response(const core::Error& error, Json current, const std::optional<std::string>& tag) {
  Response response = error_response(error);
  auto document = Json::parse(response.body);
  document["current"] = std::move(current);
  response.body = document.dump() + "\n";
  if (tag) response.set_header("ETag", *tag);
  return response;
}

}  // namespace

std::string content_entity_tag(std::string_view kind, std::string_view encoded) {
  // FNV-1a, 64 bits (offset basis and prime of the published algorithm).
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char byte : encoded) {
    hash ^= static_cast<unsigned char>(byte);
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("\"{}-{:016x}\"", kind, hash);
}

std::string plan_entity_tag(core::PlanId plan) { return fmt::format("\"plan-{}\"", plan.value); }

core::Result<std::optional<std::string>> expected_tag(const Request& request, std::string_view kind) {
  const auto value = if_match(request);
  if (!value) return std::optional<std::string>();
  const auto body = tag_body(*value, kind);
  if (!body || body->size() != 16 || body->find_first_not_of("0123456789abcdef") != std::string_view::npos) {
    return std::unexpected(not_a_tag(fmt::format("the {}", kind), "", *value));
  }
  return std::optional<std::string>(std::string(*value));
}

core::Result<std::optional<core::PlanId>> expected_plan(const Request& request) {
  const auto value = if_match(request);
  if (!value) return std::optional<core::PlanId>();
  const auto digits = tag_body(*value, "plan");
  std::int64_t id = 0;
  if (digits) {
    const auto [end, problem] = std::from_chars(digits->data(), digits->data() + digits->size(), id);
    if (problem != std::errc() || end != digits->data() + digits->size()) id = 0;
  }
  if (id <= 0) return std::unexpected(not_a_tag("a plan", ", such as \"plan-12\"", *value));
  return std::optional<core::PlanId>(core::PlanId{id});
}

Response version_conflict_response(const core::Error& error, const std::optional<std::string>& current_tag) {
  return conflict_response(error, {{"version", current_tag ? Json(*current_tag) : Json(nullptr)}}, current_tag);
}

Response plan_write_refused(core::Store& store, core::AthleteId athlete, const core::Error& error) {
  if (error.code != core::ErrorCode::Conflict) return error_response(error);
  const auto latest = store.latest_plan_outline(athlete);
  if (!latest) return error_response(latest.error());
  if (!*latest) return conflict_response(error, {{"plan_id", nullptr}}, std::nullopt);
  return conflict_response(error, {{"plan_id", (*latest)->id.value}}, plan_entity_tag((*latest)->id));
}

}  // namespace stride::http
