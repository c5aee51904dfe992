// The API's public endpoints through the real routes table, and its query parameters.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cctype>
#include <set>

#include "media_type.hpp"
#include "query_parameters.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/http/api.hpp"
#include "stride/importers/activity_file_decoder.hpp"
#include "stride/importers/fit_workout.hpp"
#include "stride/security/sodium_secrets.hpp"
#include "stride/storage/memory_store.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/service/exercises.hpp"
#include "stopped_clock.hpp"
#include "test_catalog.hpp"

namespace stride::http {
namespace {

// What api_router needs, on a memory store.
struct ApiParts {
  testing::StoppedClock clock;
  std::unique_ptr<service::StorePool> stores = service::StorePool::of_one(std::make_unique<storage::MemoryStore>());
  security::SodiumSecrets secrets = *security::SodiumSecrets::create(security::PasswordCost::cheapest_for_tests());
  service::InMemorySignInLimiter limiter;
  importers::ActivityFileDecoder files;
  importers::FitWorkoutWriter workout_files;
  [[nodiscard]] ApiContext context() {
    return {testing::shipped_catalog(), clock, *stores, secrets, limiter, files, workout_files};
  }
};

Request get(std::string path, std::string query = {}) {
  Request request;
  request.method = "GET";
  request.path = std::move(path);
  request.query = std::move(query);
  return request;
}

TEST(Api, HealthzIsOk) {
  ApiParts parts;
  const Router router = api_router(parts.context());
  const auto dispatched = router.dispatch(get("/healthz"));
  EXPECT_EQ(dispatched.response.status, 200);
  EXPECT_EQ(dispatched.response.body, "{\"status\":\"ok\"}\n");
}

TEST(Api, ExercisesAreFilteredAsTheCommandLineFiltersThem) {
  ApiParts parts;
  const Router router = api_router(parts.context());
  const auto all = router.dispatch(get("/api/v1/exercises"));
  EXPECT_EQ(all.response.status, 200);
  EXPECT_TRUE(all.response.body_text().starts_with("{\n  \"schema\": \"stride.exercises.v1\""));
  const auto squats = router.dispatch(get("/api/v1/exercises", "pattern=squat&equipment=dumbbells,bench"));
  EXPECT_EQ(squats.response.status, 200);
  EXPECT_LT(squats.response.body_text().size(), all.response.body_text().size());
  EXPECT_EQ(squats.response.body_text().find("\"pattern\": \"hinge\""), std::string_view::npos);
  const auto bad = router.dispatch(get("/api/v1/exercises", "pattern=sqat"));
  EXPECT_EQ(bad.response.status, 400);
  EXPECT_NE(bad.response.body_text().find(R"("code":"invalid_input","message":"unknown pattern \"sqat\"; expected one of squat | )"),
            std::string_view::npos);
  EXPECT_NE(bad.response.body_text().find(R"("field":"$.pattern")"), std::string_view::npos);
  EXPECT_EQ(router.dispatch(get("/api/v1/exercises", "equipment=dumbells")).response.status, 400);
  // Every pattern's list, kept from start-up, is what encoding the filtered library gives.
  for (const auto pattern : core::enum_values<core::Pattern>()) {
    const std::string name(core::enum_name(pattern));
    EXPECT_EQ(router.dispatch(get("/api/v1/exercises", "pattern=" + name)).response.body_text(),
              json::encode_exercises(service::find_exercises(testing::shipped_catalog(), {pattern, std::nullopt})))
        << name;
  }
  EXPECT_EQ(all.response.body_text(), json::encode_exercises(service::find_exercises(testing::shipped_catalog(), {})));
  EXPECT_EQ(router.dispatch(get("/api/v1/exercises", "pattern=%zz")).response.status, 400);
}

// The OpenAPI document and the routes table list the same method and path pairs.
TEST(HttpOpenApi, DescribesEveryRouteAndNoOther) {
  ApiParts parts;
  const Router router = api_router(parts.context());
  const auto answer = router.dispatch(get("/api/v1/openapi.json"));
  ASSERT_EQ(answer.response.status, 200);
  const auto document = nlohmann::json::parse(answer.response.body);
  EXPECT_EQ(document.at("openapi"), "3.1.0");
  std::set<std::pair<std::string, std::string>> described;
  for (const auto& [path, operations] : document.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      described.emplace(upper, path);
      EXPECT_TRUE(operation.contains("responses")) << method << " " << path;
    }
  }
  const auto listed = router.routes();
  const std::set<std::pair<std::string, std::string>> routed(listed.begin(), listed.end());
  EXPECT_EQ(described, routed);
}

TEST(MediaType, DropsParametersAndCase) {
  EXPECT_EQ(media_type("Application/JSON; charset=utf-8"), "application/json");
  EXPECT_EQ(media_type("application/octet-stream \t"), "application/octet-stream");
  EXPECT_EQ(media_type("application/octet-streamx"), "application/octet-streamx");
  EXPECT_EQ(media_type(""), "");
}

TEST(QueryParameters, DecodesPercentAndPlusAndKeepsOrder) {
  const auto parameters = parse_query("a=1&b=x%20y+z&&c&a=2&e=%C3%A9");
  ASSERT_TRUE(parameters);
  const QueryParameters expected{{"a", "1"}, {"b", "x y z"}, {"c", ""}, {"a", "2"}, {"e", "\xC3\xA9"}};
  EXPECT_EQ(*parameters, expected);
  EXPECT_EQ(query_value(*parameters, "a"), "2");
  EXPECT_EQ(query_value(*parameters, "zz"), std::nullopt);
  EXPECT_EQ(query_list(*parse_query("k=a,b,,c&k=d"), "k"), (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST(QueryParameters, RefusesBrokenEscapesAndNamelessParameters) {
  for (const char* query : {"a=%", "a=%4", "a=%G1", "%=1", "=1"}) {
    const auto parameters = parse_query(query);
    ASSERT_FALSE(parameters) << query;
    EXPECT_EQ(parameters.error().field, "query") << query;
  }
}

}  // namespace
}  // namespace stride::http

namespace stride::http {
namespace {

// A store that cannot be reached is 503 with Retry-After, in words that name neither the database
// nor the system's reason (those are for the server's log); a bug stays a bare 500.
TEST(ErrorAnswers, AStoreThatCannotBeReachedIs503WithoutItsOwnWords) {
  const auto unreachable = error_response(core::make_error(
      core::ErrorCode::Io, "connection refused: is the server running on host db.internal", "postgresql://stride@db.internal/stride"));
  EXPECT_EQ(unreachable.status, 503);
  EXPECT_EQ(nlohmann::json::parse(unreachable.body).at("error").at("code"), "busy");
  EXPECT_EQ(unreachable.body.find("db.internal"), std::string::npos) << unreachable.body;
  bool retry_after = false;
  for (const auto& [name, value] : unreachable.headers) retry_after = retry_after || name == "Retry-After";
  EXPECT_TRUE(retry_after);
  const auto bug = error_response(core::make_error(core::ErrorCode::Internal, "index out of range in planner"));
  EXPECT_EQ(bug.status, 500);
  EXPECT_EQ(bug.body.find("planner"), std::string::npos) << bug.body;
  // The words go to the operator's log, not to the client.
  EXPECT_NE(bug.log_detail.find("index out of range in planner"), std::string::npos);
  EXPECT_NE(unreachable.log_detail.find("db.internal"), std::string::npos);
}

}  // namespace
}  // namespace stride::http
