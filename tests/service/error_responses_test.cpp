// The one table from which the command line and the HTTP API answer a failure, and the spelling of
// a neutral request field for each front end.

#include "stride/service/error_responses.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace stride::service {
namespace {

using core::ErrorCode;

struct ResponseCase {
  ErrorCode code;
  int exit_code;
  int http_status;
  std::string_view api_code;
};

TEST(ErrorResponses, EveryCodeHasItsExitCodeAndHttpStatus) {
  const ResponseCase cases[] = {
      {ErrorCode::InvalidInput, 2, 400, "invalid_input"}, {ErrorCode::NotFound, 2, 404, "not_found"},
      {ErrorCode::Unsupported, 2, 400, "invalid_input"},  {ErrorCode::Conflict, 2, 409, "conflict"},
      {ErrorCode::Io, 2, 503, "busy"},                         {ErrorCode::Busy, 3, 503, "busy"},
      {ErrorCode::Corrupt, 1, 500, "internal"},           {ErrorCode::Internal, 1, 500, "internal"},
      {ErrorCode::Unauthenticated, 2, 401, "unauthenticated"}, {ErrorCode::Forbidden, 2, 403, "forbidden"},
      {ErrorCode::RateLimited, 3, 429, "rate_limited"},
  };
  for (const auto& row : cases) {
    const auto response = response_for(row.code);
    EXPECT_EQ(response.exit_code, row.exit_code) << core::to_string(row.code);
    EXPECT_EQ(response.http_status, row.http_status) << core::to_string(row.code);
    EXPECT_EQ(response.api_code, row.api_code) << core::to_string(row.code);
  }
}

TEST(ErrorResponses, AFieldIsAnOptionOnTheCommandLineAndAPathOverHttp) {
  const auto error = core::invalid_field("athlete_id", "expected a positive whole number");
  EXPECT_EQ(error.code, ErrorCode::InvalidInput);
  EXPECT_EQ(spelled_for_command_line(error).describe(), "--athlete-id: expected a positive whole number");
  EXPECT_EQ(spelled_for_http(error).describe(), "$.athlete_id: expected a positive whole number");
}

TEST(ErrorResponses, AnErrorThatNamesItsSourceKeepsIt) {
  auto error = core::invalid_input("me.json", "$.goal.race_date", "is before the plan start");
  error.field = "athlete";
  EXPECT_EQ(spelled_for_command_line(error).describe(), "me.json: $.goal.race_date: is before the plan start");
  EXPECT_EQ(spelled_for_http(error).describe(), "me.json: $.goal.race_date: is before the plan start");
  const auto plain = core::invalid_input("", "", "no field at all");
  EXPECT_EQ(spelled_for_command_line(plain).describe(), "no field at all");
  EXPECT_EQ(spelled_for_http(plain).describe(), "no field at all");
}

}  // namespace
}  // namespace stride::service
