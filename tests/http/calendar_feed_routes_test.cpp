// The calendar feed (api.md §4) on the real server over loopback: the owner makes, reads and turns
// off the feed; the URL answers the current plan as iCalendar without signing in, read back with
// libical; a new secret or a revoke makes the old URL 404; a re-plan changes what it answers; the
// access log never holds the secret.
#include <gtest/gtest.h>

#include <set>

#include "api_world.hpp"
#include "ical_checks.hpp"

namespace stride::http {
namespace {

using testing::ApiWorld;
using testing::Credentials;
using testing::LoopbackApi;

// The path of an absolute URL made by the server ("http://host/calendar/x.ics" -> "/calendar/x.ics").
std::string path_of(const std::string& url) {
  const auto scheme = url.find("://");
  EXPECT_NE(scheme, std::string::npos) << url;
  return url.substr(url.find('/', scheme + 3));
}

// Makes a feed as `caller` and answers its URL (the test fails unless the answer is 201).
std::string make_feed(LoopbackApi& api, const ApiWorld& world, const Credentials& caller) {
  const auto answer = api.send("POST", world.path("/calendar-feed"), {}, caller);
  EXPECT_EQ(answer.status, 201) << answer.body;
  return answer.json().at("url");
}

// The session titles of a stride.plan.v1 document.
std::set<std::string> session_titles(const nlohmann::json& plan) {
  std::set<std::string> titles;
  for (const auto& day : plan.at("days")) {
    for (const auto& session : day.at("sessions")) titles.insert(session.at("title").get<std::string>());
  }
  return titles;
}

// Checks that `answer` is a calendar libical reads without a single error, and returns its events'
// summaries.
std::vector<std::string> read_calendar(const testing::Answer& answer) {
  EXPECT_EQ(answer.status, 200) << answer.body.substr(0, 300);
  EXPECT_EQ(answer.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_EQ(answer.header("cache-control"), "private, max-age=300");
  const auto calendar = testing::parse_ical(answer.body);
  std::vector<std::string> summaries;
  if (calendar == nullptr) {
    ADD_FAILURE() << "libical found no calendar in: " << answer.body.substr(0, 300);
    return summaries;
  }
  EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(icalrestriction_check(calendar.get()), 1);
  EXPECT_EQ(testing::ical_error_count(calendar.get()), 0) << answer.body.substr(0, 600);
  for (auto* event : testing::ical_events(calendar.get())) summaries.emplace_back(icalcomponent_get_summary(event));
  return summaries;
}

TEST(CalendarFeedRoutes, TheURLAnswersTheCurrentPlanAsICalendarWithoutSigningIn) {
  LoopbackApi api;
  ApiWorld world(api);
  ASSERT_EQ(api.send("PUT", world.path("/running-calendar"), testing::file_text("examples/runs.json"), world.owner).status,
            200);
  const std::string url = make_feed(api, world, world.owner);
  EXPECT_TRUE(url.starts_with("http://127.0.0.1/calendar/")) << url;
  EXPECT_TRUE(url.ends_with(".ics")) << url;

  // No plan yet: a calendar without events, named for the runner.
  const auto empty = api.send("GET", path_of(url));
  EXPECT_TRUE(read_calendar(empty).empty());
  EXPECT_NE(empty.body.find("X-WR-CALNAME:Stride plan for Ana"), std::string::npos) << empty.body;

  const auto plan = api.send("POST", world.path("/plans"), R"({"start":"2026-11-23"})", world.coach_after);
  ASSERT_EQ(plan.status, 201) << plan.body;
  const nlohmann::json document = plan.json();
  const auto titles = session_titles(document);
  ASSERT_FALSE(titles.empty());
  const auto summaries = read_calendar(api.send("GET", path_of(url)));
  std::size_t sessions = 0;
  for (const auto& day : document.at("days")) sessions += day.at("sessions").size();
  if (!document.at("after_race").is_null()) {
    for (const auto& day : document.at("after_race").at("days")) sessions += day.at("sessions").size();
  }
  EXPECT_EQ(summaries.size(), sessions);
  ASSERT_FALSE(summaries.empty());
  EXPECT_TRUE(titles.contains(summaries.front().substr(0, summaries.front().find(" · ")))) << summaries.front();
  // HEAD answers the same headers without the body.
  const auto head = api.send("HEAD", path_of(url));
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.header("content-type"), "text/calendar; charset=utf-8");
}

TEST(CalendarFeedRoutes, ARePlanChangesWhatTheFeedAnswers) {
  LoopbackApi api;
  ApiWorld world(api);
  ASSERT_EQ(api.send("PUT", world.path("/running-calendar"), testing::file_text("examples/runs.json"), world.owner).status,
            200);
  ASSERT_EQ(api.send("POST", world.path("/plans"), R"({"start":"2026-11-23"})", world.owner).status, 201);
  const std::string path = path_of(make_feed(api, world, world.owner));
  const auto before = api.send("GET", path);
  read_calendar(before);
  ASSERT_EQ(api.send("POST", world.path("/plans"), R"({"start":"2026-12-07"})", world.owner).status, 201);
  const auto after = api.send("GET", path);
  read_calendar(after);
  EXPECT_NE(before.body, after.body);
  EXPECT_EQ(after.body.find("DTSTART;VALUE=DATE:202611"), std::string::npos) << "the newest plan starts in December";
  EXPECT_NE(before.body.find("DTSTART;VALUE=DATE:202611"), std::string::npos);
}

TEST(CalendarFeedRoutes, ANewSecretOrARevokeMakesTheOldURLNotFound) {
  LoopbackApi api;
  ApiWorld world(api);
  const std::string first = path_of(make_feed(api, world, world.owner));
  const std::string second = path_of(make_feed(api, world, world.bearer));
  EXPECT_NE(first, second);
  const auto old = api.send("GET", first);
  EXPECT_EQ(old.status, 404);
  EXPECT_EQ(old.json().at("error").at("code"), "not_found");
  EXPECT_TRUE(old.json().at("error").contains("field"));
  EXPECT_EQ(old.header("cache-control"), "no-store");
  EXPECT_EQ(api.send("GET", second).status, 200);

  const auto state = api.send("GET", world.path("/calendar-feed"), {}, world.owner);
  ASSERT_EQ(state.status, 200);
  EXPECT_EQ(state.json().at("active"), true);
  EXPECT_EQ(state.json().at("created"), "2026-11-22T00:00:00Z");
  EXPECT_EQ(state.json().size(), 2u) << "never the URL: " << state.body;
  EXPECT_EQ(state.body.find(second.substr(10, 20)), std::string::npos);

  EXPECT_EQ(api.send("DELETE", world.path("/calendar-feed"), {}, world.owner).status, 204);
  EXPECT_EQ(api.send("GET", second).status, 404);
  EXPECT_EQ(api.send("GET", world.path("/calendar-feed"), {}, world.owner).json(),
            (nlohmann::json{{"active", false}, {"created", nullptr}}));
  EXPECT_EQ(api.send("GET", "/calendar/unknown.ics").status, 404);
  EXPECT_EQ(api.send("GET", "/calendar/.ics").status, 404);
  EXPECT_EQ(api.send("POST", second).status, 405);
}

TEST(CalendarFeedRoutes, DeletingTheAthleteEndsItsFeed) {
  LoopbackApi api;
  ApiWorld world(api);
  const std::string path = path_of(make_feed(api, world, world.owner));
  ASSERT_EQ(api.send("GET", path).status, 200);
  ASSERT_EQ(api.send("DELETE", world.path(), {}, world.owner).status, 204);
  EXPECT_EQ(api.send("GET", path).status, 404);
}

TEST(CalendarFeedRoutes, TheAccessLogHoldsTheRouteTemplateNeverTheSecret) {
  LoopbackApi api;
  ApiWorld world(api);
  const std::string path = path_of(make_feed(api, world, world.owner));
  const std::string secret = path.substr(std::string("/calendar/").size(), path.size() - 14);
  ASSERT_GE(secret.size(), 22u);
  ASSERT_EQ(api.send("GET", path).status, 200);
  ASSERT_EQ(api.send("GET", "/calendar/" + secret + "x.ics").status, 404);
  const std::string log = api.access_log();
  EXPECT_NE(log.find("\"route\":\"/calendar/{secret}.ics\""), std::string::npos) << log;
  EXPECT_EQ(log.find(secret), std::string::npos) << log;
}

TEST(CalendarFeedRoutes, TheURLStartsWithThePublicURLOrTheRequestsHost) {
  {
    LoopbackApi api(nullptr, "https://stride.example.org/coach");
    ApiWorld world(api);
    const std::string url = make_feed(api, world, world.owner);
    EXPECT_TRUE(url.starts_with("https://stride.example.org/coach/calendar/")) << url;
  }
  LoopbackApi api;
  ApiWorld world(api);
  const auto hosted = api.send("POST", world.path("/calendar-feed"), {}, world.owner, "application/json",
                               {{"Host", "stride.local:8080"}});
  ASSERT_EQ(hosted.status, 201) << hosted.body;
  EXPECT_TRUE(hosted.json().at("url").get<std::string>().starts_with("http://stride.local:8080/calendar/"));
  const auto odd = api.send("POST", world.path("/calendar-feed"), {}, world.owner, "application/json",
                            {{"Host", "evil.example/<script>"}});
  EXPECT_EQ(odd.status, 400) << odd.body;
  EXPECT_EQ(odd.json().at("error").at("code"), "invalid_input");
}

}  // namespace
}  // namespace stride::http
