#include "plan_version_header.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <string_view>

#include "media_type.hpp"

namespace stride::http {

namespace {

constexpr std::string_view kPrefix = "\"plan-";

core::Error not_a_plan_tag(std::string_view value) {
  auto error = core::make_error(core::ErrorCode::InvalidInput,
                                "expected one entity tag of a plan as its ETag gives it, such as \"plan-12\", or *; got " +
                                    std::string(value.substr(0, 60)));
  error.path = "If-Match";  // the header, named as sent
  return error;
}

}  // namespace

std::string plan_entity_tag(core::PlanId plan) { return std::string(kPrefix) + std::to_string(plan.value) + "\""; }

core::Result<std::optional<core::PlanId>> expected_plan(const Request& request) {
  const auto header = request.header("if-match");
  if (!header) return std::optional<core::PlanId>();
  const std::string_view value = trimmed_spaces(*header);
  if (value == "*") return std::optional<core::PlanId>();
  if (!value.starts_with(kPrefix) || !value.ends_with('"') || value.size() <= kPrefix.size() + 1) {
    return std::unexpected(not_a_plan_tag(value));
  }
  const std::string_view digits = value.substr(kPrefix.size(), value.size() - kPrefix.size() - 1);
  std::int64_t id = 0;
  const auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (problem != std::errc() || end != digits.data() + digits.size() || id <= 0) {
    return std::unexpected(not_a_plan_tag(value));
  }
  return std::optional<core::PlanId>(core::PlanId{id});
}

Response plan_conflict_response(const core::Error& error, const std::optional<core::PlanId>& current) {
  Response response = error_response(error);
  auto document = nlohmann::ordered_json::parse(response.body);
  document["current"] = {{"plan_id", current ? nlohmann::ordered_json(current->value) : nlohmann::ordered_json(nullptr)}};
  response.body = document.dump() + "\n";
  if (current) response.set_header("ETag", plan_entity_tag(*current));
  return response;
}

Response plan_write_refused(core::Store& store, core::AthleteId athlete, const core::Error& error) {
  if (error.code != core::ErrorCode::Conflict) return error_response(error);
  const auto latest = store.latest_plan(athlete);
  if (!latest) return error_response(latest.error());
  return plan_conflict_response(error, *latest ? std::optional((*latest)->id) : std::nullopt);
}

}  // namespace stride::http
