#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "caller.hpp"
#include "stride/core/id.hpp"
#include "stride/documents/document_reader.hpp"
#include "stride/http/api.hpp"
#include "stride/service/access_policy.hpp"

// What every API handler shares (private to stride::http): the request with its leased store and
// its caller, reading bodies and path ids, and writing answers. The route files (account_routes.cpp,
// athlete_routes.cpp, log_routes.cpp, coach_routes.cpp, calendar_feed_routes.cpp, handover_routes.cpp,
// plan_change_routes.cpp, note_routes.cpp) add their routes through these.
namespace stride::http {

using Json = nlohmann::ordered_json;

// One request being answered: its store is leased for the whole call.
struct Call {
  const ApiContext& context;
  const Request& request;
  const PathParameters& parameters;
  core::Store& store;
  std::optional<Caller> caller;

  [[nodiscard]] core::Instant now() const { return context.clock.now(); }
  // The caller, who is known when the route asked for Access::SignedIn.
  [[nodiscard]] const core::Account& account() const { return caller->account; }
  [[nodiscard]] std::optional<core::Account> account_if_any() const {
    return caller ? std::optional<core::Account>(caller->account) : std::nullopt;
  }
};

// Who may call a route at all: anyone (sign-up, sign-in) or a signed-in caller (else 401).
enum class Access { Anyone, SignedIn };

using CallHandler = std::function<Response(Call&)>;

// The router's handler for `handler`: leases a store, identifies the caller (identify_caller: a
// refused CSRF token is 403, an unknown Bearer token 401) unless `access` is Anyone, answers 401
// when a signed-in caller is needed and there is none, then runs `handler`.
[[nodiscard]] Handler api_handler(const ApiContext& context, Access access, CallHandler handler);

// The request body as a document whose errors name `$.path`s (the CLI's decoders' reports).
[[nodiscard]] core::Result<documents::Document> body_document(const Request& request);

// The path parameter `name` as a positive id, or NotFound (an id that cannot exist names nothing).
template <class IdType>
[[nodiscard]] core::Result<IdType> path_id(const PathParameters& parameters, std::string_view name);

// The athlete `{id}` of the path, once AccessPolicy allows the caller `action` on it (404 for an
// athlete the caller may not see, 403 for one it sees but may not do this to).
[[nodiscard]] core::Result<core::AthleteId> authorized_athlete(Call& call, service::AthleteAction action);

// `moment` as ISO 8601 UTC text, "2026-11-22T08:00:00Z".
[[nodiscard]] std::string instant_text(core::Instant moment);

// The JSON answer of `document` (compact, one line, ending in a newline).
[[nodiscard]] Response json_answer(const Json& document, int status = 200);

// A 204 answer without a body.
[[nodiscard]] Response no_content();

// The account as api.md spells it: {"id", "email", "display_name", "role"}.
[[nodiscard]] Json account_json(const core::Account& account);

// The route adders, one per resource file.
void add_account_routes(Router& router, const ApiContext& context);
void add_athlete_routes(Router& router, const ApiContext& context);
void add_log_routes(Router& router, const ApiContext& context);
void add_coach_routes(Router& router, const ApiContext& context);
void add_calendar_feed_routes(Router& router, const ApiContext& context);
void add_plan_change_routes(Router& router, const ApiContext& context);
void add_handover_routes(Router& router, const ApiContext& context);
void add_note_routes(Router& router, const ApiContext& context);

}  // namespace stride::http
