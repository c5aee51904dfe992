// The routes of accounts, sessions and personal tokens (api.md §3).

#include "api_handlers.hpp"
#include "stride/service/accounts.hpp"
#include "stride/service/tokens.hpp"

namespace stride::http {
namespace {

// The string member `key` of a body's root object.
core::Result<std::string> required_string(const documents::Field& root, std::string_view key) {
  STRIDE_TRY(const auto field, root.required(key));
  return field.string();
}

// 201 or 200 {"account", "csrf_token"} with the session cookie of a new session.
Response signed_in_answer(const ApiContext& context, const service::SignedIn& signed_in, int status) {
  Json answer;
  answer["account"] = account_json(signed_in.account);
  answer["csrf_token"] = signed_in.csrf_token;
  Response response = json_answer(answer, status);
  response.set_header("Set-Cookie", session_cookie(signed_in.session_token, context.secure_cookies));
  return response;
}

// POST /api/v1/accounts {"email", "password", "display_name", "role"}.
Response sign_up(Call& call) {
  auto request = [&]() -> core::Result<service::SignUpRequest> {
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"email", "password", "display_name", "role"}));
    service::SignUpRequest sign_up;
    STRIDE_TRY(sign_up.email, required_string(root, "email"));
    STRIDE_TRY(sign_up.password, required_string(root, "password"));
    STRIDE_TRY(sign_up.display_name, required_string(root, "display_name"));
    STRIDE_TRY(const std::string role, required_string(root, "role"));
    STRIDE_TRY(sign_up.role, service::account_role_named(role));
    return sign_up;
  }();
  if (!request) return error_response(request.error());
  const auto signed_in = service::sign_up(call.store, call.context.secrets, *request, call.now());
  if (!signed_in) return error_response(signed_in.error());
  return signed_in_answer(call.context, *signed_in, 201);
}

// POST /api/v1/session {"email", "password"}.
Response sign_in(Call& call) {
  auto request = [&]() -> core::Result<service::SignInRequest> {
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"email", "password"}));
    service::SignInRequest sign_in;
    STRIDE_TRY(sign_in.email, required_string(root, "email"));
    STRIDE_TRY(sign_in.password, required_string(root, "password"));
    sign_in.client_address = call.request.client_address;
    return sign_in;
  }();
  if (!request) return error_response(request.error());
  const auto signed_in =
      service::sign_in(call.store, call.context.secrets, call.context.sign_in_limiter, *request, call.now());
  if (!signed_in) return error_response(signed_in.error());
  return signed_in_answer(call.context, *signed_in, 200);
}

// DELETE /api/v1/session: revokes the cookie's session (a Bearer caller has none to end) and
// clears the cookie.
Response sign_out(Call& call) {
  if (call.caller->session_token) {
    if (auto status = service::sign_out(call.store, call.context.secrets, *call.caller->session_token); !status) {
      return error_response(status.error());
    }
  }
  Response response = no_content();
  response.set_header("Set-Cookie", cleared_session_cookie(call.context.secure_cookies));
  return response;
}

// GET /api/v1/me: the account, and the session's CSRF token (null for a Bearer caller).
Response me(Call& call) {
  Json answer;
  answer["account"] = account_json(call.account());
  answer["csrf_token"] = call.caller->session_token ? Json(call.caller->csrf_token) : Json(nullptr);
  return json_answer(answer);
}

// DELETE /api/v1/me {"password"}: deletes the account and everything it owns (service::delete_account);
// 204 with the session cookie cleared; 403 naming $.password for a wrong password.
Response delete_me(Call& call) {
  auto password = [&]() -> core::Result<std::string> {
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"password"}));
    return required_string(root, "password");
  }();
  if (!password) return error_response(password.error());
  if (auto status = service::delete_account(call.store, call.context.secrets, call.account(), *password); !status) {
    return error_response(status.error());
  }
  Response response = no_content();
  response.set_header("Set-Cookie", cleared_session_cookie(call.context.secure_cookies));
  return response;
}

// POST /api/v1/tokens {"name"}: 201 {"id", "name", "token"}, the token shown this once.
Response create_token(Call& call) {
  auto name = [&]() -> core::Result<std::string> {
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"name"}));
    return required_string(root, "name");
  }();
  if (!name) return error_response(name.error());
  const auto created = service::create_token(call.store, call.context.secrets, call.account(), *name, call.now());
  if (!created) return error_response(created.error());
  Json answer;
  answer["id"] = created->id.value;
  answer["name"] = created->name;
  answer["token"] = created->token;
  return json_answer(answer, 201);
}

// GET /api/v1/tokens: {"tokens": [{"id", "name", "created", "last_used"}]}, by id.
Response list_tokens(Call& call) {
  const auto tokens = service::list_tokens(call.store, call.account());
  if (!tokens) return error_response(tokens.error());
  Json list = Json::array();
  for (const auto& token : *tokens) {
    Json item;
    item["id"] = token.id.value;
    item["name"] = token.name;
    item["created"] = instant_text(token.created);
    item["last_used"] = token.last_used ? Json(instant_text(*token.last_used)) : Json(nullptr);
    list.push_back(std::move(item));
  }
  Json answer;
  answer["tokens"] = std::move(list);
  return json_answer(answer);
}

// DELETE /api/v1/tokens/{id}: 204; 404 for a token that is not the caller's.
Response delete_token(Call& call) {
  const auto token = path_id<core::TokenId>(call.parameters, "id");
  if (!token) return error_response(token.error());
  if (auto status = service::delete_token(call.store, call.account(), *token); !status) {
    return error_response(status.error());
  }
  return no_content();
}

}  // namespace

void add_account_routes(Router& router, const ApiContext& context) {
  router.add("POST", "/api/v1/accounts", api_handler(context, Access::Anyone, sign_up), Body::JsonDocument);
  router.add("POST", "/api/v1/session", api_handler(context, Access::Anyone, sign_in), Body::JsonDocument);
  router.add("DELETE", "/api/v1/session", api_handler(context, Access::SignedIn, sign_out));
  router.add("GET", "/api/v1/me", api_handler(context, Access::SignedIn, me));
  router.add("DELETE", "/api/v1/me", api_handler(context, Access::SignedIn, delete_me), Body::JsonDocument);
  router.add("POST", "/api/v1/tokens", api_handler(context, Access::SignedIn, create_token), Body::JsonDocument);
  router.add("GET", "/api/v1/tokens", api_handler(context, Access::SignedIn, list_tokens));
  router.add("DELETE", "/api/v1/tokens/{id}", api_handler(context, Access::SignedIn, delete_token));
}

}  // namespace stride::http
