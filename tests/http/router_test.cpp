// The routes table without a socket: matching, 404, 405 with Allow, HEAD, 415, and the API's
// public endpoints answered through the real handlers.
#include <gtest/gtest.h>

#include "stride/http/router.hpp"

namespace stride::http {
namespace {

Request request_of(std::string method, std::string path, std::string body = {}, std::string content_type = {}) {
  Request request;
  request.method = std::move(method);
  request.path = std::move(path);
  request.body = std::move(body);
  if (!content_type.empty()) request.headers.emplace_back("content-type", content_type);
  return request;
}

Router sample_router() {
  Router router;
  router.add("GET", "/api/v1/athletes/{id}", [](const Request&, const PathParameters& parameters) {
    return json_response("{\"id\":\"" + parameters.at("id") + "\"}");
  });
  router.add("PUT", "/api/v1/athletes/{id}", [](const Request& request, const PathParameters&) {
    return json_response(request.body);
  }, Body::JsonDocument);
  router.add("POST", "/api/v1/athletes/{id}/activities/files", [](const Request& request, const PathParameters&) {
    return json_response(std::to_string(request.body.size()), 201);
  }, Body::Bytes);
  router.add("GET", "/api/v1/boom", [](const Request&, const PathParameters&) -> Response {
    throw std::runtime_error("secret detail");
  });
  return router;
}

TEST(Router, MatchesTemplatesAndPassesTheirParameters) {
  const auto dispatched = sample_router().dispatch(request_of("GET", "/api/v1/athletes/42"));
  EXPECT_EQ(dispatched.response.status, 200);
  EXPECT_EQ(dispatched.response.body, "{\"id\":\"42\"}");
  EXPECT_EQ(dispatched.route, "/api/v1/athletes/{id}");
}

TEST(Router, AParameterMayEndInAFixedSuffixThatItDoesNotTake) {
  Router router;
  router.add("GET", "/calendar/{secret}.ics", [](const Request&, const PathParameters& parameters) {
    return json_response("\"" + parameters.at("secret") + "\"");
  });
  const auto dispatched = router.dispatch(request_of("GET", "/calendar/a-b_c.ics"));
  EXPECT_EQ(dispatched.response.body, "\"a-b_c\"");
  EXPECT_EQ(dispatched.route, "/calendar/{secret}.ics");
  EXPECT_EQ(router.dispatch(request_of("GET", "/calendar/x.ics.ics")).response.body, "\"x.ics\"");
  for (const char* path : {"/calendar/.ics", "/calendar/abc", "/calendar/abc.ic", "/calendar/abc.icsx", "/calendar/ics"}) {
    const auto refused = router.dispatch(request_of("GET", path));
    EXPECT_EQ(refused.response.status, 404) << path;
    EXPECT_EQ(refused.route, "-") << path;
  }
}

TEST(Router, UnknownPathsAndEmptySegmentsAreNotFound) {
  const Router router = sample_router();
  for (const char* path : {"/", "/api/v1/athletes", "/api/v1/athletes/", "/api/v1/athletes/1/x", "/api/v1//1"}) {
    const auto dispatched = router.dispatch(request_of("GET", path));
    EXPECT_EQ(dispatched.response.status, 404) << path;
    EXPECT_EQ(dispatched.route, "-") << path;
    EXPECT_EQ(dispatched.response.body, R"({"error":{"code":"not_found","message":"no such resource","field":null}})" "\n");
  }
}

TEST(Router, AKnownPathWithAnotherMethodIs405WithAllow) {
  const auto dispatched = sample_router().dispatch(request_of("DELETE", "/api/v1/athletes/3"));
  EXPECT_EQ(dispatched.response.status, 405);
  ASSERT_EQ(dispatched.response.headers.size(), 2u);
  EXPECT_EQ(dispatched.response.headers[1], (std::pair<std::string, std::string>{"Allow", "GET, HEAD, PUT"}));
  EXPECT_NE(dispatched.response.body.find("\"method_not_allowed\""), std::string::npos);
}

TEST(Router, HeadIsAnsweredLikeGetWithoutABody) {
  const auto dispatched = sample_router().dispatch(request_of("HEAD", "/api/v1/athletes/7"));
  EXPECT_EQ(dispatched.response.status, 200);
  EXPECT_EQ(dispatched.response.body, "");
  const auto get = sample_router().dispatch(request_of("GET", "/api/v1/athletes/7"));
  EXPECT_EQ(dispatched.response.head_length, get.response.body.size());
  EXPECT_EQ(get.response.head_length, std::nullopt);
}

TEST(Router, ABodyOfTheWrongTypeIs415BeforeTheHandlerRuns) {
  const Router router = sample_router();
  EXPECT_EQ(router.dispatch(request_of("PUT", "/api/v1/athletes/1", "{}", "application/json")).response.status, 200);
  EXPECT_EQ(router.dispatch(request_of("PUT", "/api/v1/athletes/1", "{}", "Application/JSON; charset=utf-8")).response.status,
            200);
  for (const char* type : {"", "text/plain", "application/octet-stream", "application/jsonx"}) {
    const auto dispatched = router.dispatch(request_of("PUT", "/api/v1/athletes/1", "{}", type));
    EXPECT_EQ(dispatched.response.status, 415) << type;
    EXPECT_NE(dispatched.response.body.find("\"unsupported_media_type\""), std::string::npos);
  }
  EXPECT_EQ(router.dispatch(request_of("POST", "/api/v1/athletes/1/activities/files", "FIT", "application/octet-stream"))
                .response.status,
            201);
  EXPECT_EQ(router.dispatch(request_of("POST", "/api/v1/athletes/1/activities/files", "{}", "application/json"))
                .response.status,
            415);
  EXPECT_EQ(router.dispatch(request_of("GET", "/api/v1/athletes/1", "unexpected", "text/plain")).response.status, 415);
  // No body and no type: the JSON route's handler decides (an optional body, or a 400).
  EXPECT_EQ(router.dispatch(request_of("PUT", "/api/v1/athletes/1", "", "")).response.status, 200);
  EXPECT_EQ(router.dispatch(request_of("PUT", "/api/v1/athletes/1", "", "text/plain")).response.status, 415);
}

TEST(Router, AHandlerThatThrowsIsAnInternalErrorThatShowsNothingOfIt) {
  const auto dispatched = sample_router().dispatch(request_of("GET", "/api/v1/boom"));
  EXPECT_EQ(dispatched.response.status, 500);
  EXPECT_EQ(dispatched.response.body.find("secret"), std::string::npos);
  EXPECT_NE(dispatched.response.body.find("\"internal\""), std::string::npos);
}

}  // namespace
}  // namespace stride::http
