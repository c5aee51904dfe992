#pragma once

// The whole API (api_router) behind the real server on a free loopback port, on a memory store (or,
// when STRIDE_TEST_API_STORE says so, a new SQLite file or PostgreSQL schema: the ctest runs of
// http_tests on each back end), a stopped clock, the cheapest password hashing and the real
// activity-file decoder; and a blocking client that sends one request per call on its own connection.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "stopped_clock.hpp"
#include "stride/http/api.hpp"
#include "stride/http/server.hpp"
#include "stride/importers/activity_file_decoder.hpp"
#include "stride/importers/fit_workout.hpp"
#include "stride/security/sodium_secrets.hpp"
#include "postgres_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/memory_store.hpp"
#include "stride/storage/postgres_store.hpp"
#include "stride/storage/sqlite_store.hpp"
#include "test_catalog.hpp"

namespace stride::testing {

// One answer as a test reads it.
struct Answer {
  int status = 0;
  std::map<std::string, std::string> headers;  // names in lower case; the last value of each
  std::string body;

  [[nodiscard]] nlohmann::json json() const { return nlohmann::json::parse(body); }
  [[nodiscard]] std::string header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
  }
};

// The credentials a client sends: a session cookie with its CSRF token, or a Bearer token.
struct Credentials {
  std::string cookie;  // the stride_session value
  std::string csrf_token;
  std::string bearer;
};

// The store of an API whose test gives none: STRIDE_TEST_API_STORE unset or "memory", a memory
// store; "sqlite", a new file; "postgres", a new schema of the test cluster (STRIDE_TEST_POSTGRES).
// `home` keeps the file's folder or the schema until the API is gone.
inline std::unique_ptr<core::Store> api_test_store(std::shared_ptr<void>& home) {
  const char* kind = std::getenv("STRIDE_TEST_API_STORE");
  const std::string wanted = kind == nullptr ? "memory" : kind;
  if (wanted == "sqlite") {
    auto directory = std::make_shared<TemporaryDirectory>();
    home = directory;
    auto store = storage::SqliteStore::open(directory->file("stride.db"));
    if (!store) throw std::runtime_error(store.error().describe());
    return std::move(*store);
  }
  if (wanted == "postgres") {
    if (!postgres_server()) throw std::runtime_error(*postgres_unavailable());
    auto schema = std::make_shared<PostgresSchema>();
    home = schema;
    auto store = storage::PostgresStore::open(schema->url());
    if (!store) throw std::runtime_error(store.error().describe());
    return std::move(*store);
  }
  if (wanted != "memory") throw std::runtime_error("STRIDE_TEST_API_STORE is memory, sqlite or postgres, not " + wanted);
  return std::make_unique<storage::MemoryStore>();
}

class LoopbackApi {
 public:
  // `store`: the API's store; none, the one api_test_store() gives. `public_url` stands for
  // --public-url (none: links are made from the request's Host).
  explicit LoopbackApi(std::unique_ptr<core::Store> store = nullptr, std::string public_url = {})
      : m_stores(service::StorePool::of_one(store ? std::move(store) : api_test_store(m_store_home))),
        m_secrets(cheapest_secrets()),
        m_router(http::api_router({shipped_catalog(), m_clock, *m_stores, m_secrets, m_limiter, m_files, m_workout_files,
                                   false, std::move(public_url)})) {
    http::ServerOptions options;
    options.port = 0;
    options.worker_threads = 2;
    m_server = std::make_unique<http::Server>(options, m_router, m_log);
    const auto listening = m_server->listen();
    if (!listening) throw std::runtime_error(listening.error().describe());
    m_thread = std::thread([this] { m_server->run(); });
  }
  ~LoopbackApi() {
    m_server->stop();
    m_thread.join();
  }
  LoopbackApi(const LoopbackApi&) = delete;
  LoopbackApi& operator=(const LoopbackApi&) = delete;

  // Sends one request on a new connection. `content_type` is set when `body` is not empty (or
  // when given); `credentials` add the cookie, the CSRF header and the Bearer token they hold.
  Answer send(const std::string& method, const std::string& target, const std::string& body = {},
              const Credentials& credentials = {}, std::string content_type = "application/json",
              const std::vector<std::pair<std::string, std::string>>& extra_headers = {}) {
    namespace net = boost::asio;
    namespace wire = boost::beast::http;
    net::io_context io;
    boost::beast::tcp_stream stream(io);
    stream.connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), m_server->port()));
    wire::request<wire::string_body> request(wire::string_to_verb(method), target, 11);
    request.set(wire::field::host, "127.0.0.1");
    if (!body.empty() && !content_type.empty()) request.set(wire::field::content_type, content_type);
    if (!credentials.cookie.empty()) request.set(wire::field::cookie, "stride_session=" + credentials.cookie);
    if (!credentials.csrf_token.empty()) request.set("X-CSRF-Token", credentials.csrf_token);
    if (!credentials.bearer.empty()) request.set(wire::field::authorization, "Bearer " + credentials.bearer);
    for (const auto& [name, value] : extra_headers) request.set(name, value);
    request.body() = body;
    request.prepare_payload();
    // A server that refuses the request before its body is read (413) answers and closes; the rest
    // of a large body then meets a broken pipe, and the answer is still there to read.
    boost::system::error_code written;
    wire::write(stream, request, written);
    if (written && written != net::error::broken_pipe && written != net::error::connection_reset) {
      throw boost::system::system_error(written);
    }
    boost::beast::flat_buffer buffer;
    wire::response_parser<wire::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    parser.skip(method == "HEAD");  // a HEAD answer has no body, whatever its Content-Length says
    wire::read(stream, buffer, parser);
    const auto response = parser.release();
    Answer answer;
    answer.status = static_cast<int>(response.result_int());
    for (const auto& field : response) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      answer.headers[name] = std::string(field.value());
    }
    answer.body = response.body();
    return answer;
  }

  // Signs up an account and returns its session credentials (the test fails when it cannot).
  Credentials sign_up(const std::string& email, const std::string& role, const std::string& name = "Pat") {
    const auto answer = send("POST", "/api/v1/accounts",
                             nlohmann::json{{"email", email}, {"password", "correct horse battery"},
                                            {"display_name", name}, {"role", role}}.dump());
    EXPECT_EQ(answer.status, 201) << answer.body;
    return credentials_of(answer);
  }

  // The session credentials an answer with Set-Cookie gives.
  static Credentials credentials_of(const Answer& answer) {
    Credentials credentials;
    const std::string cookie = answer.header("set-cookie");
    const auto equals = cookie.find('=');
    const auto end = cookie.find(';');
    if (equals != std::string::npos) credentials.cookie = cookie.substr(equals + 1, end - equals - 1);
    if (answer.status < 300) credentials.csrf_token = answer.json().value("csrf_token", "");
    return credentials;
  }

  [[nodiscard]] std::string access_log() const { return m_log_text.str(); }

 private:
  static security::SodiumSecrets cheapest_secrets() {
    auto secrets = security::SodiumSecrets::create(security::PasswordCost::cheapest_for_tests());
    if (!secrets) throw std::runtime_error(secrets.error().describe());
    return std::move(*secrets);
  }

  StoppedClock m_clock;
  std::shared_ptr<void> m_store_home;  // the folder or schema of a store api_test_store() made
  std::unique_ptr<service::StorePool> m_stores;
  security::SodiumSecrets m_secrets;
  service::InMemorySignInLimiter m_limiter;
  importers::ActivityFileDecoder m_files;
  importers::FitWorkoutWriter m_workout_files;
  http::Router m_router;
  std::ostringstream m_log_text;
  http::AccessLog m_log{m_log_text};
  std::unique_ptr<http::Server> m_server;
  std::thread m_thread;
};

}  // namespace stride::testing
