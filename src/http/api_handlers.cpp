#include "api_handlers.hpp"

#include <charconv>
#include <chrono>

#include <fmt/chrono.h>
#include <fmt/format.h>

namespace stride::http {

Handler api_handler(const ApiContext& context, Access access, CallHandler handler) {
  return [context, access, handler = std::move(handler)](const Request& request, const PathParameters& parameters) {
    auto lease = context.stores.lease();
    Call call{context, request, parameters, lease.store(), std::nullopt};
    if (access == Access::SignedIn) {
      auto caller = identify_caller(call.store, context.secrets, request, context.clock.now());
      if (!caller) return error_response(caller.error());
      if (!*caller) return error_response(core::make_error(core::ErrorCode::Unauthenticated, "not signed in"));
      call.caller = std::move(*caller);
    }
    return handler(call);
  };
}

core::Result<documents::Document> body_document(const Request& request) {
  return documents::parse_document(request.body, "request body");
}

template <class IdType>
core::Result<IdType> path_id(const PathParameters& parameters, std::string_view name) {
  const auto found = parameters.find(name);
  std::int64_t value = 0;
  if (found != parameters.end()) {
    const std::string& text = found->second;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (problem == std::errc() && end == text.data() + text.size() && value > 0) return IdType{value};
  }
  return std::unexpected(core::make_error(core::ErrorCode::NotFound, "no such resource"));
}

template core::Result<core::AthleteId> path_id<core::AthleteId>(const PathParameters&, std::string_view);
template core::Result<core::TokenId> path_id<core::TokenId>(const PathParameters&, std::string_view);
template core::Result<core::AccountId> path_id<core::AccountId>(const PathParameters&, std::string_view);
template core::Result<core::ActivityId> path_id<core::ActivityId>(const PathParameters&, std::string_view);

core::Result<core::AthleteId> authorized_athlete(Call& call, service::AthleteAction action) {
  STRIDE_TRY(const auto athlete, path_id<core::AthleteId>(call.parameters, "id"));
  STRIDE_TRY_STATUS(service::AccessPolicy(call.store).authorize(call.account_if_any(), athlete, action));
  return athlete;
}

std::string instant_text(core::Instant moment) { return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", moment); }

Response json_answer(const Json& document, int status) {
  return json_response(document.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n", status);
}

Response no_content() {
  Response response;
  response.status = 204;
  return response;
}

Json account_json(const core::Account& account) {
  Json json;
  json["id"] = account.id.value;
  json["email"] = account.email;
  json["display_name"] = account.display_name;
  json["role"] = std::string(core::enum_name(account.role));
  return json;
}

}  // namespace stride::http
