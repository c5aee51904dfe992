#pragma once

// The PostgreSQL side of the storage tests: a fresh schema per test in the cluster that ctest
// starts (scripts/test-postgres.sh, the fixture `postgres`), whose connection string is in the
// environment variable STRIDE_TEST_POSTGRES. Without it the PostgreSQL tests are skipped, saying why.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <pqxx/pqxx>
#include <random>
#include <string>

namespace stride::testing {

// The connection string of the test cluster, or nullopt when STRIDE_TEST_POSTGRES is unset or empty.
inline std::optional<std::string> postgres_server() {
  const char* url = std::getenv("STRIDE_TEST_POSTGRES");
  if (url == nullptr || *url == '\0') return std::nullopt;
  return std::string(url);
}

// Why the PostgreSQL tests cannot run here, or nullopt when they can.
inline std::optional<std::string> postgres_unavailable() {
  if (postgres_server()) return std::nullopt;
  return "STRIDE_TEST_POSTGRES is not set: run the tests through ctest, whose fixture starts a throwaway "
         "PostgreSQL cluster (scripts/test-postgres.sh), or set it to a connection string";
}

// A new, empty schema in the test cluster, dropped with everything in it when the object goes
// away, so tests running at once never see each other's tables. Requires postgres_server().
class PostgresSchema {
 public:
  PostgresSchema() : m_server(*postgres_server()) {
    static int created = 0;
    std::random_device random;
    m_name = "stride_test_" + std::to_string(::getpid()) + "_" + std::to_string(++created) + "_" +
             std::to_string(random() % 1000000);
    pqxx::connection connection(m_server);
    pqxx::nontransaction statement(connection);
    statement.exec("CREATE SCHEMA " + m_name);
  }
  PostgresSchema(const PostgresSchema&) = delete;
  PostgresSchema& operator=(const PostgresSchema&) = delete;
  ~PostgresSchema() {
    try {
      pqxx::connection connection(m_server);
      pqxx::nontransaction statement(connection);
      statement.exec("SET client_min_messages = warning");
      statement.exec("DROP SCHEMA " + m_name + " CASCADE");
    } catch (const std::exception& error) {
      ADD_FAILURE() << "cannot drop the schema " << m_name << ": " << error.what();
    }
  }

  [[nodiscard]] const std::string& name() const { return m_name; }
  // The connection string of the cluster with this schema as the connection's search_path.
  [[nodiscard]] std::string url() const {
    return m_server + (m_server.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + m_name;
  }

 private:
  std::string m_server;
  std::string m_name;
};

}  // namespace stride::testing
