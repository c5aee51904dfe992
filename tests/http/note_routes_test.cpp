// Notes between a runner and their coach (docs/http.md#notes) on the real server over loopback: the
// documents as written, threads, read marks, the roster's unread counts that are never stale, and
// bad input answered 400 naming the field.
#include <gtest/gtest.h>

#include "api_world.hpp"

namespace stride::http {
namespace {

using nlohmann::json;
using testing::ApiWorld;
using testing::file_text;
using testing::LoopbackApi;

// The roster's unread_notes of the world's athlete, as the coach sees it.
std::int64_t roster_unread(LoopbackApi& api, const ApiWorld& world) {
  const auto roster = api.send("GET", "/api/v1/roster", {}, world.coach_after);
  EXPECT_EQ(roster.status, 200) << roster.body;
  const auto athletes = roster.json().at("athletes");
  EXPECT_EQ(athletes.size(), 1U);
  return athletes.at(0).at("unread_notes").get<std::int64_t>();
}

TEST(NoteRoutes, ARunnerAndTheirCoachWriteReadAndMarkAThread) {
  LoopbackApi api;
  ApiWorld world(api);
  EXPECT_EQ(roster_unread(api, world), 0);

  const auto written = api.send("POST", world.path("/notes"), R"({"text":"  left knee ached on the split squats "})",
                                world.owner);
  ASSERT_EQ(written.status, 201) << written.body;
  const auto note = written.json();
  const std::vector<std::string> keys{"author", "id", "mine", "session", "text", "written"};  // parsed: by name
  std::vector<std::string> written_keys;
  for (const auto& [key, value] : note.items()) written_keys.push_back(key);
  EXPECT_EQ(written_keys, keys);
  EXPECT_EQ(note.at("text"), "left knee ached on the split squats");
  EXPECT_EQ(note.at("author").at("display_name"), "Ana");
  EXPECT_TRUE(note.at("author").at("id").is_number_integer());
  EXPECT_EQ(note.at("written"), "2026-11-22T00:00:00Z");
  EXPECT_TRUE(note.at("session").is_null());
  EXPECT_EQ(note.at("mine"), true);
  EXPECT_EQ(roster_unread(api, world), 1) << "the runner's note is unread for the coach";

  const auto for_coach = api.send("GET", world.path("/notes?thread=runner"), {}, world.coach_after).json();
  ASSERT_EQ(for_coach.at("notes").size(), 1U);
  EXPECT_EQ(for_coach.at("unread"), 1);
  EXPECT_EQ(for_coach.at("notes")[0].at("mine"), false);
  EXPECT_EQ(roster_unread(api, world), 1) << "reading marks nothing";

  const auto through = json{{"through", note.at("id")}}.dump();
  ASSERT_EQ(api.send("POST", world.path("/notes/read"), through, world.coach_after).status, 204);
  EXPECT_EQ(roster_unread(api, world), 0) << "a kept roster entry never serves a stale count";
  EXPECT_EQ(api.send("GET", world.path("/notes"), {}, world.coach_after).json().at("unread"), 0);

  const auto reply = api.send("POST", world.path("/notes"), R"({"text":"try a shorter step"})", world.coach_after);
  ASSERT_EQ(reply.status, 201) << reply.body;
  EXPECT_EQ(reply.json().at("author").at("display_name"), "Di");
  EXPECT_EQ(roster_unread(api, world), 0) << "the coach's own note is not unread for the coach";
  const auto for_runner = api.send("GET", world.path("/notes"), {}, world.owner).json();
  EXPECT_EQ(for_runner.at("unread"), 1);
  ASSERT_EQ(for_runner.at("notes").size(), 2U);
  EXPECT_EQ(for_runner.at("notes")[0].at("text"), "left knee ached on the split squats") << "oldest first";
  EXPECT_EQ(for_runner.at("notes")[1].at("mine"), false);

  ASSERT_EQ(api.send("POST", world.path("/notes"), R"({"text":"again"})", world.bearer).status, 201);
  EXPECT_EQ(roster_unread(api, world), 1) << "a new note after the mark is unread again";
}

TEST(NoteRoutes, ASessionThreadHoldsOnlyItsSessionsNotes) {
  LoopbackApi api;
  ApiWorld world(api);
  ASSERT_EQ(api.send("PUT", world.path("/running-calendar"), file_text("examples/runs.json"), world.owner).status, 200);
  ASSERT_EQ(api.send("POST", world.path("/plans"), R"({"start":"2026-11-22"})", world.owner).status, 201);
  const auto session = api.send("POST", world.path("/notes"),
                                R"({"text":"felt strong","session":{"date":"2026-11-22","index":0}})", world.owner);
  ASSERT_EQ(session.status, 201) << session.body;
  EXPECT_EQ(session.json().at("session"), (json{{"date", "2026-11-22"}, {"index", 0}}));
  ASSERT_EQ(api.send("POST", world.path("/notes"), R"({"text":"general","session":null})", world.owner).status, 201);

  const auto thread = api.send("GET", world.path("/notes?session=2026-11-22/0"), {}, world.coach_after).json();
  ASSERT_EQ(thread.at("notes").size(), 1U);
  EXPECT_EQ(thread.at("notes")[0].at("text"), "felt strong");
  EXPECT_EQ(thread.at("unread"), 1);
  const auto runner_thread = api.send("GET", world.path("/notes?thread=runner"), {}, world.coach_after).json();
  ASSERT_EQ(runner_thread.at("notes").size(), 1U);
  EXPECT_EQ(runner_thread.at("notes")[0].at("text"), "general");
  EXPECT_EQ(api.send("GET", world.path("/notes"), {}, world.coach_after).json().at("notes").size(), 2U);
  EXPECT_EQ(api.send("GET", world.path("/notes?session=2026-11-23/0"), {}, world.owner).json().at("notes"),
            json::array());
}

TEST(NoteRoutes, ANoteOutlivesItsAuthorsAccountWithTheAuthorsName) {
  LoopbackApi api;
  ApiWorld world(api);
  ASSERT_EQ(api.send("POST", world.path("/notes"), R"({"text":"see you next block"})", world.coach_after).status, 201);
  ASSERT_EQ(api.send("DELETE", "/api/v1/me", R"({"password":"correct horse battery"})", world.coach_after).status, 204);
  const auto thread = api.send("GET", world.path("/notes"), {}, world.owner).json();
  ASSERT_EQ(thread.at("notes").size(), 1U);
  const auto& note = thread.at("notes")[0];
  EXPECT_TRUE(note.at("author").at("id").is_null());
  EXPECT_EQ(note.at("author").at("display_name"), "Di");
  EXPECT_EQ(note.at("mine"), false);
  EXPECT_EQ(thread.at("unread"), 1);
}

TEST(NoteRoutes, BadInputIs400NamingTheField) {
  LoopbackApi api;
  ApiWorld world(api);
  ASSERT_EQ(api.send("PUT", world.path("/running-calendar"), file_text("examples/runs.json"), world.owner).status, 200);
  ASSERT_EQ(api.send("POST", world.path("/plans"), R"({"start":"2026-11-22"})", world.owner).status, 201);
  struct Case {
    std::string method;
    std::string path;
    std::string body;
    std::string field;
  };
  const std::string too_long = json{{"text", std::string(2001, 'a')}}.dump();
  const Case cases[] = {
      {"POST", "/notes", "{}", "$.text"},
      {"POST", "/notes", R"({"text":""})", "$.text"},
      {"POST", "/notes", R"({"text":"   "})", "$.text"},
      {"POST", "/notes", R"({"text":5})", "$.text"},
      {"POST", "/notes", too_long, "$.text"},
      {"POST", "/notes", R"({"text":"bell \u0007"})", "$.text"},
      {"POST", "/notes", R"({"text":"x","mood":"good"})", "$.mood"},
      {"POST", "/notes", R"({"text":"x","session":"2026-11-22/0"})", "$.session"},
      {"POST", "/notes", R"({"text":"x","session":{"date":"2026-02-30","index":0}})", "$.session.date"},
      {"POST", "/notes", R"({"text":"x","session":{"date":"2026-11-22","index":-1}})", "$.session.index"},
      {"POST", "/notes", R"({"text":"x","session":{"date":"2026-11-22"}})", "$.session.index"},
      {"POST", "/notes", R"({"text":"x","session":{"date":"2026-11-22","index":7}})", "$.session"},
      {"POST", "/notes", R"({"text":"x","session":{"date":"2025-01-01","index":0}})", "$.session"},
      {"POST", "/notes", "[1]", "$"},
      {"GET", "/notes?thread=coach", "", "$.thread"},
      {"GET", "/notes?thread=runner&session=2026-11-22/0", "", "$.thread"},
      {"GET", "/notes?session=2026-11-22", "", "$.session"},
      {"GET", "/notes?session=2026-11-22/x", "", "$.session"},
      {"GET", "/notes?session=yesterday/0", "", "$.session"},
      {"POST", "/notes/read", "{}", "$.through"},
      {"POST", "/notes/read", R"({"through":0})", "$.through"},
      {"POST", "/notes/read", R"({"through":"1"})", "$.through"},
      {"POST", "/notes/read", R"({"through":999})", "$.through"},
  };
  for (const auto& test : cases) {
    const auto answer = api.send(test.method, world.path(test.path), test.body, world.owner);
    EXPECT_EQ(answer.status, 400) << test.method << " " << test.path << " " << test.body << ": " << answer.body;
    if (answer.status != 400) continue;
    const auto error = answer.json().at("error");
    EXPECT_EQ(error.at("code"), "invalid_input") << test.body;
    EXPECT_EQ(error.at("field"), test.field) << test.method << " " << test.path << " " << test.body;
  }
  EXPECT_EQ(api.send("GET", world.path("/notes"), {}, world.owner).json().at("notes"), json::array())
      << "nothing refused was stored";
  // A caller who may not see the athlete learns nothing from a bad request either.
  EXPECT_EQ(api.send("POST", world.path("/notes"), "{}", world.other).status, 404);
  EXPECT_EQ(api.send("GET", world.path("/notes?thread=coach"), {}, world.coach_revoked).status, 404);
  EXPECT_EQ(api.send("GET", "/api/v1/athletes/999/notes", {}, world.owner).status, 404);
}

TEST(NoteRoutes, AWriteNeedsTheCsrfTokenOfTheSession) {
  LoopbackApi api;
  ApiWorld world(api);
  auto without_token = world.owner;
  without_token.csrf_token.clear();
  const auto refused = api.send("POST", world.path("/notes"), R"({"text":"hello"})", without_token);
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_EQ(api.send("GET", world.path("/notes"), {}, world.owner).json().at("notes"), json::array());
}

}  // namespace
}  // namespace stride::http
