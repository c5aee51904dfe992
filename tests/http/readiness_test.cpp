// GET /readyz on the real server over loopback: ready with the schema version when the database
// answers at the version this program writes; 503 once a newer Stride has moved the schema on, so a
// load balancer sends requests elsewhere. GET /healthz does not ask the database and stays 200.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "loopback_api.hpp"
#include "migrations.hpp"
#include "store_test_support.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::http {
namespace {

TEST(Readiness, ReadyAtTheKnownSchemaAndNotOnceANewerStrideMovedItOn) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("stride.db");
  testing::LoopbackApi api(testing::expect_value(storage::SqliteStore::open(path), "opening the database"));
  const auto ready = api.send("GET", "/readyz");
  ASSERT_EQ(ready.status, 200) << ready.body;
  EXPECT_EQ(ready.json().at("status"), "ready");
  EXPECT_EQ(ready.json().at("schema_version"), storage::detail::latest_schema_version());

  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  const std::string newer = "INSERT INTO schema_migrations (version, description, applied_on) VALUES (" +
                            std::to_string(storage::detail::latest_schema_version() + 1) +
                            ", 'from a newer Stride', '2026-12-01')";
  EXPECT_EQ(sqlite3_exec(raw, newer.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(raw);
  sqlite3_close(raw);

  const auto not_ready = api.send("GET", "/readyz");
  EXPECT_EQ(not_ready.status, 503) << not_ready.body;
  EXPECT_EQ(not_ready.json().at("error").at("code"), "not_ready");
  EXPECT_NE(not_ready.body.find("this program writes version"), std::string::npos) << not_ready.body;
  EXPECT_EQ(api.send("GET", "/healthz").status, 200);
}

TEST(Readiness, AFreshStoreIsReady) {
  testing::LoopbackApi api;
  EXPECT_EQ(api.send("GET", "/readyz").status, 200);
}

}  // namespace
}  // namespace stride::http
