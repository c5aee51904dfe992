// The calendar feed (api.md §4, docs/http.md): the owner makes, reads the state of and turns off an
// athlete's feed under /api/v1/athletes/{id}/calendar-feed, and a calendar app fetches
// /calendar/{secret}.ics without signing in (the secret is the credential). The access log sees
// only the route's template, never the secret.

#include <algorithm>

#include "api_handlers.hpp"
#include "stride/report/plan_ics.hpp"
#include "stride/service/calendar_feeds.hpp"

namespace stride::http {
namespace {

using service::AthleteAction;

// How long a calendar app or a proxy of the subscriber may reuse a fetched feed: a re-plan shows
// within this time. Apps poll far less often anyway (hours).
constexpr const char* kFeedCacheControl = "private, max-age=300";

// True for a Host header value fit for a URL: a name or address with an optional port, nothing else.
bool is_plain_host(std::string_view host) {
  return !host.empty() && host.size() <= 255 && std::ranges::all_of(host, [](char character) {
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') ||
           (character >= '0' && character <= '9') || character == '-' || character == '.' || character == ':' ||
           character == '[' || character == ']';
  });
}

// The absolute URL of `path` on this server: --public-url when given, else http:// and the
// request's Host. InvalidInput when neither gives one.
core::Result<std::string> absolute_url(const Call& call, std::string_view path) {
  if (!call.context.public_url.empty()) return call.context.public_url + std::string(path);
  const auto host = call.request.header("host");
  if (!host || !is_plain_host(*host)) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput,
                                            "the request has no usable Host header to build the feed's URL from"));
  }
  return "http://" + std::string(*host) + std::string(path);
}

// POST: 201 {"url", "created"}: a new secret, replacing the athlete's earlier one.
Response create_feed(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::CalendarFeed);
  if (!athlete) return error_response(athlete.error());
  const auto created = service::create_calendar_feed(call.store, call.context.secrets, call.account(), *athlete,
                                                     call.now());
  if (!created) return error_response(created.error());
  const auto url = absolute_url(call, service::calendar_feed_path(created->secret));
  if (!url) return error_response(url.error());
  return json_answer(Json{{"url", *url}, {"created", instant_text(created->created)}}, 201);
}

// GET: {"active", "created"}: whether the athlete has a feed and since when, never its URL.
Response feed_state(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::CalendarFeed);
  if (!athlete) return error_response(athlete.error());
  const auto feed = service::calendar_feed_state(call.store, *athlete);
  if (!feed) return error_response(feed.error());
  return json_answer(Json{{"active", feed->has_value()},
                          {"created", *feed ? Json(instant_text((*feed)->created)) : Json(nullptr)}});
}

// DELETE: 204; the feed's URL answers 404 from now on.
Response revoke_feed(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::CalendarFeed);
  if (!athlete) return error_response(athlete.error());
  if (auto status = service::revoke_calendar_feed(call.store, *athlete); !status) {
    return error_response(status.error());
  }
  return no_content();
}

// GET /calendar/{secret}.ics: the athlete's newest plan as iCalendar (the encoder of `stride plan
// --format ics`, so the same UIDs), or a calendar without events while no plan is stored.
Response feed_calendar(Call& call) {
  const auto found = call.parameters.find("secret");
  const std::string_view secret = found == call.parameters.end() ? std::string_view() : found->second;
  const auto content = service::calendar_feed_content(call.store, call.context.secrets, secret);
  if (!content) {
    Response refused = error_response(content.error());
    refused.set_header("Cache-Control", "no-store");
    return refused;
  }
  core::Plan empty;
  if (!content->plan) empty.athlete = content->athlete_name;
  Response response;
  response.body = report::render_plan_ics(content->plan ? *content->plan : empty, call.context.catalog.library,
                                          report::IcsOptions{content->athlete});
  response.set_header("Content-Type", "text/calendar; charset=utf-8");
  response.set_header("Cache-Control", kFeedCacheControl);
  return response;
}

}  // namespace

void add_calendar_feed_routes(Router& router, const ApiContext& context) {
  const auto signed_in = [&context](CallHandler handler) { return api_handler(context, Access::SignedIn, std::move(handler)); };
  router.add("POST", "/api/v1/athletes/{id}/calendar-feed", signed_in(create_feed), Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}/calendar-feed", signed_in(feed_state));
  router.add("DELETE", "/api/v1/athletes/{id}/calendar-feed", signed_in(revoke_feed));
  router.add("GET", "/calendar/{secret}.ics", api_handler(context, Access::Anyone, feed_calendar));
}

}  // namespace stride::http
