// The answers `stride serve` keeps (status, load, the current plan): after every kind of write,
// by the runner or the coach, the server answers what a fresh read of the database gives; gzip for
// clients that accept it, byte for byte the same document.
#include <gtest/gtest.h>

#include <filesystem>

#include "api_world.hpp"
#include "gunzip.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/json/status_encoder.hpp"
#include "stride/service/status.hpp"
#include "stride/storage/sqlite_store.hpp"
#include "test_catalog.hpp"

namespace stride::http {
namespace {

using testing::ApiWorld;
using testing::Credentials;
using testing::file_text;
using testing::gunzipped;
using testing::LoopbackApi;

struct Write {
  std::string name;
  std::string method;
  std::string path;  // after /api/v1/athletes/{id}
  std::string body;
  bool by_coach = false;
  bool changes_status = false;  // the status of 2026-11-24 must differ after it
  std::string content_type = "application/json";
};

// Against a server on an SQLite file, with a second connection to the same file that works each
// answer out afresh.
class KeptAnswers : public ::testing::Test {
 protected:
  std::filesystem::path m_file = std::filesystem::temp_directory_path() /
                                 ("stride-kept-answers-" + std::to_string(::getpid()) + ".db");
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(m_file.string() + suffix);
  }
};

TEST_F(KeptAnswers, EveryWriteByRunnerOrCoachIsSeenByTheNextRead) {
  auto server_store = storage::SqliteStore::open(m_file.string());
  ASSERT_TRUE(server_store);
  LoopbackApi api(std::move(*server_store));
  ApiWorld world(api);
  auto fresh_store = storage::SqliteStore::open(m_file.string());
  ASSERT_TRUE(fresh_store);
  const core::AthleteId athlete{world.athlete};
  const auto& catalog = testing::shipped_catalog();
  const core::Date day{std::chrono::year{2026} / 11 / 24};

  // The server's today is 2026-11-22 (StoppedClock).
  const std::vector<Write> writes{
      {"the athlete, by the coach", "PUT", "", file_text("examples/athlete.json"), true},
      {"the running calendar", "PUT", "/running-calendar", file_text("examples/runs.json")},
      {"an assessment, by the coach", "POST", "/assessments", file_text("examples/assessment.json"), true},
      {"a plan", "POST", "/plans", R"({"start":"2026-11-23"})", false, true},
      {"a run", "POST", "/activities", R"({"date":"2026-11-21","sport":"run","duration_min":50,"rpe":5})", false, true},
      {"its rating", "PATCH", "/activities/1", R"({"rpe":8})"},
      {"pain", "POST", "/pain", R"({"date":"2026-11-22","region":"knee","side":"left","score":5,"when":"during"})",
       false, true},
      {"an uploaded run", "POST", "/activities/files", file_text("tests/golden/inputs/activity_easy_run.gpx"), false,
       false, "application/octet-stream"},
      {"a plan by the coach", "POST", "/plans", R"({"start":"2026-11-24"})", true},
  };
  std::string previous_status;
  for (const auto& write : writes) {
    const Credentials& writer = write.by_coach ? world.coach_after : world.owner;
    const auto written = api.send(write.method, world.path(write.path), write.body, writer, write.content_type);
    ASSERT_LT(written.status, 300) << write.name << ": " << written.body;

    // Twice: the second read is answered from what the first kept.
    for (int read = 0; read < 2; ++read) {
      const auto status = api.send("GET", world.path("/status?date=2026-11-24"), {}, world.owner);
      ASSERT_EQ(status.status, 200) << write.name;
      const auto report = service::status(catalog, **fresh_store, athlete, day);
      ASSERT_TRUE(report) << write.name;
      EXPECT_EQ(status.body, json::encode_status(*report)) << "status after " << write.name << ", read " << read;

      const auto plan = api.send("GET", world.path("/plans/current"), {}, world.coach_after);
      const auto latest = (*fresh_store)->latest_plan(athlete);
      ASSERT_TRUE(latest);
      if (!*latest) {
        EXPECT_EQ(plan.status, 404) << write.name;
      } else {
        EXPECT_EQ(plan.body, json::encode_plan((*latest)->plan, catalog)) << "plan after " << write.name;
      }
    }
    const auto status = api.send("GET", world.path("/status?date=2026-11-24"), {}, world.owner).body;
    if (write.changes_status) {
      EXPECT_NE(status, previous_status) << write.name << " left the status as it was";
    }
    previous_status = status;
  }
}

// The coach's roster keeps each runner's entry per revision: a write of the runner shows at once.
TEST(KeptRosterEntries, ARunnersWriteShowsOnTheCoachsNextRoster) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto entry_of = [&] {
    const auto answer = api.send("GET", "/api/v1/roster", {}, world.coach_after);
    EXPECT_EQ(answer.status, 200) << answer.body;
    const auto athletes = answer.json().at("athletes");
    EXPECT_EQ(athletes.size(), 1U);
    return athletes.at(0);
  };
  const auto quiet = entry_of();
  EXPECT_EQ(quiet.at("last_activity"), nullptr);
  EXPECT_EQ(quiet.at("attention"), nlohmann::json::array({"no_recent_activity"}));
  EXPECT_EQ(entry_of(), quiet);

  ASSERT_EQ(api.send("POST", world.path("/activities"), R"({"date":"2026-11-21","sport":"run","duration_min":40,"rpe":4})",
                     world.owner).status, 201);
  const auto active = entry_of();
  EXPECT_EQ(active.at("last_activity"), "2026-11-21");
  EXPECT_EQ(active.at("attention"), nlohmann::json::array());
  EXPECT_EQ(active.at("weekly_load"), nlohmann::json::array({160.0}));

  ASSERT_EQ(api.send("POST", world.path("/pain"), R"({"date":"2026-11-22","region":"knee","side":"left","score":7,"when":"during"})",
                     world.owner).status, 201);
  const auto hurt = entry_of();
  EXPECT_EQ(hurt.at("latest_pain").at("score"), 7);
  EXPECT_EQ(hurt.at("worst_flag"), "warning");
  // 7/10 is above the pain-monitoring model's acceptable 5/10: rising pain, after the warning flag.
  EXPECT_EQ(hurt.at("attention"), nlohmann::json::array({"warning_flag", "rising_pain"}));

  // The runner renames herself: the next roster says so.
  auto athlete = nlohmann::json::parse(file_text("examples/athlete.json"));
  athlete["name"] = "Ana Renamed";
  ASSERT_EQ(api.send("PUT", world.path(), athlete.dump(), world.owner).status, 200);
  EXPECT_EQ(entry_of().at("name"), "Ana Renamed");
}

TEST(KeptAnswersGzip, ClientsThatAcceptGzipGetTheSameDocumentCompressed) {
  LoopbackApi api;
  ApiWorld world(api);
  ASSERT_EQ(api.send("PUT", world.path("/running-calendar"), file_text("examples/runs.json"), world.owner).status, 200);
  ASSERT_EQ(api.send("POST", world.path("/plans"), "{}", world.owner).status, 201);
  for (const std::string path : {"/plans/current", "/status", "/load"}) {
    const auto plain = api.send("GET", world.path(path), {}, world.owner);
    ASSERT_EQ(plain.status, 200) << path;
    EXPECT_EQ(plain.header("content-encoding"), "") << path;
    EXPECT_EQ(plain.header("vary"), "Accept-Encoding") << path;
    for (int read = 0; read < 2; ++read) {
      const auto compressed =
          api.send("GET", world.path(path), {}, world.owner, "", {{"Accept-Encoding", "br;q=1.0, gzip;q=0.8, *;q=0.1"}});
      ASSERT_EQ(compressed.status, 200) << path;
      EXPECT_EQ(compressed.header("content-encoding"), "gzip") << path;
      EXPECT_LT(compressed.body.size(), plain.body.size()) << path;
      EXPECT_EQ(gunzipped(compressed.body), plain.body) << path;
    }
    const auto refused = api.send("GET", world.path(path), {}, world.owner, "", {{"Accept-Encoding", "gzip;q=0, *"}});
    EXPECT_EQ(refused.header("content-encoding"), "") << path;
    EXPECT_EQ(refused.body, plain.body) << path;
  }
}

}  // namespace
}  // namespace stride::http
