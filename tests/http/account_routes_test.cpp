// The account, session and token endpoints (api.md §3) on the real server over loopback.
#include <gtest/gtest.h>

#include "loopback_api.hpp"

namespace stride::http {
namespace {

using testing::Credentials;
using testing::LoopbackApi;

std::string sign_in_body(const std::string& email, const std::string& password) {
  return nlohmann::json{{"email", email}, {"password", password}}.dump();
}

TEST(AccountRoutes, SignUpGivesTheAccountACsrfTokenAndAnHttpOnlyCookie) {
  LoopbackApi api;
  const auto answer = api.send("POST", "/api/v1/accounts",
                               R"({"email":" Ann@Example.org ","password":"correct horse battery",)"
                               R"("display_name":"Ann","role":"runner"})");
  ASSERT_EQ(answer.status, 201) << answer.body;
  const auto document = answer.json();
  EXPECT_EQ(document.at("account").at("email"), "Ann@Example.org");
  EXPECT_EQ(document.at("account").at("role"), "runner");
  EXPECT_EQ(document.at("account").at("display_name"), "Ann");
  EXPECT_FALSE(document.at("csrf_token").get<std::string>().empty());
  const std::string cookie = answer.header("set-cookie");
  EXPECT_TRUE(cookie.starts_with("stride_session=")) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly; SameSite=Lax; Path=/"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);
  EXPECT_EQ(answer.body.find("password"), std::string::npos);

  const auto me = api.send("GET", "/api/v1/me", {}, LoopbackApi::credentials_of(answer));
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json().at("account"), document.at("account"));
  EXPECT_EQ(me.json().at("csrf_token"), document.at("csrf_token"));
}

TEST(AccountRoutes, SignUpErrorsNameTheFieldAndATakenEmailIs409) {
  LoopbackApi api;
  const auto short_password = api.send(
      "POST", "/api/v1/accounts", R"({"email":"a@b.org","password":"short","display_name":"A","role":"runner"})");
  EXPECT_EQ(short_password.status, 400);
  EXPECT_EQ(short_password.json().at("error").at("field"), "$.password");
  EXPECT_EQ(short_password.json().at("error").at("code"), "invalid_input");
  const auto bad_role = api.send("POST", "/api/v1/accounts",
                                 R"({"email":"a@b.org","password":"long enough pass","display_name":"A","role":"x"})");
  EXPECT_EQ(bad_role.json().at("error").at("field"), "$.role");
  const auto unknown_key = api.send(
      "POST", "/api/v1/accounts",
      R"({"email":"a@b.org","password":"long enough pass","display_name":"A","role":"runner","admin":true})");
  EXPECT_EQ(unknown_key.status, 400);
  EXPECT_EQ(unknown_key.json().at("error").at("field"), "$.admin");
  api.sign_up("a@b.org", "runner");
  const auto taken = api.send("POST", "/api/v1/accounts",
                              R"({"email":"A@B.org","password":"long enough pass","display_name":"A","role":"coach"})");
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.json().at("error").at("code"), "conflict");
  EXPECT_EQ(taken.json().at("error").at("field"), "$.email");
}

TEST(AccountRoutes, WrongEmailAndWrongPasswordGiveTheSame401) {
  LoopbackApi api;
  api.sign_up("ann@example.org", "runner");
  const auto wrong_password = api.send("POST", "/api/v1/session", sign_in_body("ann@example.org", "not the password"));
  const auto wrong_email = api.send("POST", "/api/v1/session", sign_in_body("bob@example.org", "correct horse battery"));
  EXPECT_EQ(wrong_password.status, 401);
  EXPECT_EQ(wrong_password.body, wrong_email.body);
  EXPECT_EQ(wrong_email.status, 401);
  EXPECT_TRUE(wrong_password.header("set-cookie").empty());
  const auto right = api.send("POST", "/api/v1/session", sign_in_body("ANN@example.org", "correct horse battery"));
  ASSERT_EQ(right.status, 200);
  EXPECT_EQ(right.json().at("account").at("email"), "ann@example.org");
  EXPECT_EQ(api.send("GET", "/api/v1/me", {}, LoopbackApi::credentials_of(right)).status, 200);
}

TEST(AccountRoutes, TheEleventhFailureIs429WithRetryAfterEvenWithTheRightPassword) {
  LoopbackApi api;
  api.sign_up("ann@example.org", "runner");
  for (int attempt = 0; attempt < 10; ++attempt) {
    EXPECT_EQ(api.send("POST", "/api/v1/session", sign_in_body("ann@example.org", "wrong password!")).status, 401);
  }
  const auto limited = api.send("POST", "/api/v1/session", sign_in_body("ann@example.org", "correct horse battery"));
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(limited.json().at("error").at("code"), "rate_limited");
  EXPECT_EQ(limited.header("retry-after"), "60");
  // The client address is limited too: another e-mail from the same client is refused as well.
  api.sign_up("bob@example.org", "runner");
  EXPECT_EQ(api.send("POST", "/api/v1/session", sign_in_body("bob@example.org", "correct horse battery")).status, 429);
}

TEST(AccountRoutes, SignOutRevokesTheSessionServerSide) {
  LoopbackApi api;
  const Credentials session = api.sign_up("ann@example.org", "runner");
  Credentials without_csrf = session;
  without_csrf.csrf_token.clear();
  EXPECT_EQ(api.send("DELETE", "/api/v1/session", {}, without_csrf).status, 403);
  const auto signed_out = api.send("DELETE", "/api/v1/session", {}, session);
  EXPECT_EQ(signed_out.status, 204);
  EXPECT_NE(signed_out.header("set-cookie").find("Max-Age=0"), std::string::npos);
  // The same cookie now names no live session: it counts as absent.
  const auto after = api.send("GET", "/api/v1/me", {}, session);
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(after.json().at("error").at("code"), "unauthenticated");
  EXPECT_EQ(api.send("POST", "/api/v1/tokens", R"({"name":"x"})", session).status, 401);
}

TEST(AccountRoutes, CsrfTokenIsNeededWithACookieButNotWithABearerToken) {
  LoopbackApi api;
  const Credentials session = api.sign_up("ann@example.org", "runner");
  Credentials missing = session;
  missing.csrf_token.clear();
  Credentials wrong = session;
  wrong.csrf_token = "x" + session.csrf_token.substr(1);
  for (const auto& credentials : {missing, wrong}) {
    const auto refused = api.send("POST", "/api/v1/tokens", R"({"name":"laptop"})", credentials);
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().at("error").at("code"), "forbidden");
  }
  EXPECT_EQ(api.send("GET", "/api/v1/tokens", {}, missing).status, 200);  // GET needs none
  const auto created = api.send("POST", "/api/v1/tokens", R"({"name":"laptop"})", session);
  ASSERT_EQ(created.status, 201);
  Credentials bearer;
  bearer.bearer = created.json().at("token");
  EXPECT_EQ(api.send("POST", "/api/v1/tokens", R"({"name":"script"})", bearer).status, 201);
  // Token and cookie together: the token decides, no CSRF header is needed.
  Credentials both = missing;
  both.bearer = bearer.bearer;
  EXPECT_EQ(api.send("POST", "/api/v1/tokens", R"({"name":"both"})", both).status, 201);
  // A Bearer caller has no session, so no CSRF token.
  EXPECT_TRUE(api.send("GET", "/api/v1/me", {}, bearer).json().at("csrf_token").is_null());
  Credentials unknown;
  unknown.bearer = "not-a-token";
  EXPECT_EQ(api.send("GET", "/api/v1/me", {}, unknown).status, 401);
}

TEST(AccountRoutes, TokensAreShownOnceListedWithoutThemselvesAndDeleted) {
  LoopbackApi api;
  const Credentials ann = api.sign_up("ann@example.org", "runner");
  const Credentials bob = api.sign_up("bob@example.org", "runner");
  const auto created = api.send("POST", "/api/v1/tokens", R"({"name":" laptop "})", ann);
  ASSERT_EQ(created.status, 201);
  const auto token = created.json();
  EXPECT_EQ(token.at("name"), "laptop");
  const std::string secret = token.at("token");
  EXPECT_GE(secret.size(), 22u);
  const auto listed = api.send("GET", "/api/v1/tokens", {}, ann);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.body.find(secret), std::string::npos);
  const auto tokens = listed.json().at("tokens");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].at("id"), token.at("id"));
  EXPECT_EQ(tokens[0].at("name"), "laptop");
  EXPECT_EQ(tokens[0].at("created"), "2026-11-22T00:00:00Z");
  EXPECT_TRUE(tokens[0].at("last_used").is_null());
  Credentials bearer;
  bearer.bearer = secret;
  EXPECT_EQ(api.send("GET", "/api/v1/me", {}, bearer).json().at("account").at("email"), "ann@example.org");
  EXPECT_EQ(api.send("GET", "/api/v1/tokens", {}, ann).json().at("tokens")[0].at("last_used"), "2026-11-22T00:00:00Z");
  EXPECT_TRUE(api.send("GET", "/api/v1/tokens", {}, bob).json().at("tokens").empty());

  const std::string path = "/api/v1/tokens/" + std::to_string(token.at("id").get<int>());
  EXPECT_EQ(api.send("DELETE", path, {}, bob).status, 404);  // not Bob's
  EXPECT_EQ(api.send("DELETE", path, {}, ann).status, 204);
  EXPECT_EQ(api.send("DELETE", path, {}, ann).status, 404);
  EXPECT_EQ(api.send("DELETE", "/api/v1/tokens/abc", {}, ann).status, 404);
  EXPECT_EQ(api.send("GET", "/api/v1/me", {}, bearer).status, 401);
  const auto empty_name = api.send("POST", "/api/v1/tokens", R"({"name":"  "})", ann);
  EXPECT_EQ(empty_name.status, 400);
  EXPECT_EQ(empty_name.json().at("error").at("field"), "$.name");
}

TEST(AccountRoutes, AnonymousCallersAre401AndTheLogKeepsNoSecret) {
  LoopbackApi api;
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/v1/me"}, {"GET", "/api/v1/tokens"}, {"DELETE", "/api/v1/session"}, {"DELETE", "/api/v1/tokens/1"}}) {
    const auto answer = api.send(method, path);
    EXPECT_EQ(answer.status, 401) << method << " " << path;
    EXPECT_EQ(answer.json().at("error").at("code"), "unauthenticated");
    EXPECT_TRUE(answer.json().at("error").at("field").is_null());
  }
  const Credentials ann = api.sign_up("ann@example.org", "runner");
  EXPECT_EQ(api.send("GET", "/api/v1/me", {}, ann).status, 200);
  const std::string log = api.access_log();
  EXPECT_EQ(log.find(ann.cookie), std::string::npos);
  EXPECT_EQ(log.find(ann.csrf_token), std::string::npos);
  EXPECT_EQ(log.find("ann@example.org"), std::string::npos);
  EXPECT_NE(log.find("\"route\":\"/api/v1/accounts\",\"status\":201"), std::string::npos);
}

TEST(AccountRoutes, DeletingTheAccountNeedsItsPasswordAndTakesItsAthletesAndSessions) {
  LoopbackApi api;
  const Credentials ann = api.sign_up("ann@example.org", "runner");
  const auto athlete = api.send("POST", "/api/v1/athletes", R"({"name":"Ann","sex":"female","birth_year":1990,)"
                                R"("body_mass_kg":60,"running":{"experience_years":2,"weekly_distance_km":20,)"
                                R"("longest_run_km":10,"surface":"road"},"strength_experience":"none",)"
                                R"("goal":{"event":"general"},"equipment":[],)"
                                R"("availability":{"strength_sessions_per_week":2,"session_minutes":20,"days":["mon","thu"]}})",
                                ann);
  ASSERT_EQ(athlete.status, 201) << athlete.body;
  const auto wrong = api.send("DELETE", "/api/v1/me", R"({"password":"not the password"})", ann);
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(wrong.json().at("error").at("field"), "$.password");
  Credentials no_csrf = ann;
  no_csrf.csrf_token.clear();
  EXPECT_EQ(api.send("DELETE", "/api/v1/me", R"({"password":"correct horse battery"})", no_csrf).status, 403);
  const auto deleted = api.send("DELETE", "/api/v1/me", R"({"password":"correct horse battery"})", ann);
  EXPECT_EQ(deleted.status, 204);
  EXPECT_NE(deleted.header("set-cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(api.send("GET", "/api/v1/me", {}, ann).status, 401);
  EXPECT_EQ(api.send("POST", "/api/v1/session", sign_in_body("ann@example.org", "correct horse battery")).status, 401);
  // The e-mail is free again, and the new account sees no athlete of the old one.
  const Credentials again = api.sign_up("ann@example.org", "runner");
  EXPECT_TRUE(api.send("GET", "/api/v1/athletes", {}, again).json().at("athletes").empty());
  const std::string old_athlete = "/api/v1/athletes/" + std::to_string(athlete.json().at("id").get<int>());
  EXPECT_EQ(api.send("GET", old_athlete, {}, again).status, 404);
}

}  // namespace
}  // namespace stride::http
