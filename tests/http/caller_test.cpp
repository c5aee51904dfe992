// Reading the session cookie, and the Set-Cookie values of a session.
#include <gtest/gtest.h>

#include "caller.hpp"

namespace stride::http {
namespace {

Request with_cookies(std::vector<std::string> values) {
  Request request;
  request.method = "GET";
  for (auto& value : values) request.headers.emplace_back("cookie", std::move(value));
  return request;
}

TEST(Caller, FindsTheSessionCookieAmongOthers) {
  EXPECT_EQ(session_cookie_value(with_cookies({"a=1; stride_session=abc-_9; b=2"})), "abc-_9");
  EXPECT_EQ(session_cookie_value(with_cookies({"a=1", " stride_session = xyz "})), "xyz");
  EXPECT_EQ(session_cookie_value(with_cookies({"stride_sessionx=1; xstride_session=2"})), std::nullopt);
  EXPECT_EQ(session_cookie_value(with_cookies({})), std::nullopt);
  EXPECT_EQ(session_cookie_value(with_cookies({"stride_session"})), std::nullopt);
}

TEST(Caller, SessionCookieIsHttpOnlyLaxAndSecureOnlyWhenAsked) {
  EXPECT_EQ(session_cookie("t0k", false), "stride_session=t0k; Max-Age=2592000; HttpOnly; SameSite=Lax; Path=/");
  EXPECT_EQ(session_cookie("t0k", true),
            "stride_session=t0k; Max-Age=2592000; HttpOnly; SameSite=Lax; Path=/; Secure");
  EXPECT_EQ(cleared_session_cookie(false), "stride_session=; Max-Age=0; HttpOnly; SameSite=Lax; Path=/");
}

}  // namespace
}  // namespace stride::http
