// The real server on loopback: keep-alive, limits, unreadable requests, 200 concurrent keep-alive
// connections all answered, and a graceful stop that still answers the request in flight.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <future>
#include <sstream>
#include <thread>

#include "stride/http/server.hpp"

namespace stride::http {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace wire = boost::beast::http;
using tcp = net::ip::tcp;

// A server on a free loopback port, run on its own thread until the fixture ends.
class RunningServer {
 public:
  explicit RunningServer(Router router, ServerOptions options = {}) : m_router(std::move(router)) {
    options.port = 0;
    m_server = std::make_unique<Server>(options, m_router, m_log);
    const auto listening = m_server->listen();
    if (!listening) throw std::runtime_error(listening.error().describe());
    m_thread = std::thread([this] { m_server->run(); });
  }
  ~RunningServer() { stop(); }
  void stop() {
    if (!m_thread.joinable()) return;
    m_server->stop();
    m_thread.join();
  }
  [[nodiscard]] unsigned short port() const { return m_server->port(); }
  [[nodiscard]] std::string log() const { return m_log_text.str(); }

 private:
  Router m_router;
  std::ostringstream m_log_text;
  AccessLog m_log{m_log_text};
  std::unique_ptr<Server> m_server;
  std::thread m_thread;
};

// A blocking HTTP/1.1 client on one keep-alive connection.
class Client {
 public:
  explicit Client(unsigned short port) : m_stream(m_io) { m_stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port)); }
  wire::response<wire::string_body> send(wire::request<wire::string_body> request) {
    request.version(11);
    request.set(wire::field::host, "127.0.0.1");
    request.prepare_payload();
    wire::write(m_stream, request);
    return receive();
  }
  wire::response<wire::string_body> get(const std::string& target) {
    return send(wire::request<wire::string_body>(wire::verb::get, target, 11));
  }
  beast::tcp_stream& stream() { return m_stream; }
  wire::response<wire::string_body> receive() {
    wire::response_parser<wire::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    wire::read(m_stream, m_buffer, parser);
    return parser.release();
  }
  void write_raw(std::string_view bytes) { net::write(m_stream, net::buffer(bytes)); }
  // True when the server has closed the connection (a read ends at once with end of file).
  bool closed_by_server() {
    char byte = 0;
    beast::error_code error;
    m_stream.socket().read_some(net::buffer(&byte, 1), error);
    return error == net::error::eof || error == net::error::connection_reset;
  }

 private:
  net::io_context m_io;
  beast::tcp_stream m_stream;
  beast::flat_buffer m_buffer;
};

Router echo_router() {
  Router router;
  router.add("GET", "/healthz", [](const Request&, const PathParameters&) { return json_response("{\"status\":\"ok\"}\n"); });
  router.add("POST", "/echo", [](const Request& request, const PathParameters&) {
    return json_response(std::to_string(request.body.size()));
  }, Body::JsonDocument);
  router.add("POST", "/upload", [](const Request& request, const PathParameters&) {
    return json_response(std::to_string(request.body.size()), 201);
  }, Body::Bytes);
  return router;
}

TEST(Server, AnswersManyRequestsOnOneKeepAliveConnectionWithTheSecurityHeaders) {
  RunningServer server(echo_router());
  Client client(server.port());
  for (int round = 0; round < 5; ++round) {
    const auto response = client.get("/healthz");
    EXPECT_EQ(response.result_int(), 200u);
    EXPECT_EQ(response.body(), "{\"status\":\"ok\"}\n");
    EXPECT_TRUE(response.keep_alive());
    EXPECT_EQ(response[wire::field::content_type], "application/json");
    EXPECT_EQ(response["X-Content-Type-Options"], "nosniff");
    EXPECT_EQ(response["X-Frame-Options"], "DENY");
    EXPECT_NE(response["Content-Security-Policy"].find("default-src 'none'"), std::string::npos);
  }
}

TEST(Server, HeadGivesTheLengthOfTheGetsBodyAndSendsNone) {
  RunningServer server(echo_router());
  Client client(server.port());
  const auto got = client.get("/healthz");
  wire::request<wire::string_body> head(wire::verb::head, "/healthz", 11);
  head.set(wire::field::host, "127.0.0.1");
  wire::write(client.stream(), head);
  wire::response_parser<wire::empty_body> parser;
  parser.skip(true);  // a HEAD answer has no body, whatever its Content-Length says
  beast::flat_buffer buffer;
  wire::read(client.stream(), buffer, parser);
  EXPECT_EQ(parser.get().result_int(), 200u);
  EXPECT_EQ(parser.get()[wire::field::content_length], std::to_string(got.body().size()));
  EXPECT_EQ(buffer.size(), 0u) << "no body bytes follow the header";
  // The connection is still in step: the next request gets its own answer.
  EXPECT_EQ(client.get("/healthz").body(), got.body());
}

TEST(Server, BodiesOverTheirLimitAre413) {
  ServerOptions options;
  options.json_body_limit = 1000;
  options.upload_body_limit = 5000;
  RunningServer server(echo_router(), options);
  {
    Client client(server.port());
    wire::request<wire::string_body> request(wire::verb::post, "/echo", 11);
    request.set(wire::field::content_type, "application/json");
    request.body() = std::string(1000, ' ');
    EXPECT_EQ(client.send(request).body(), "1000");
    request.body() = std::string(1001, ' ');
    const auto refused = client.send(request);
    EXPECT_EQ(refused.result_int(), 413u);
    EXPECT_NE(refused.body().find("\"too_large\""), std::string::npos);
    EXPECT_FALSE(refused.keep_alive());
  }
  {
    Client client(server.port());
    wire::request<wire::string_body> request(wire::verb::post, "/upload", 11);
    request.set(wire::field::content_type, "application/octet-stream");
    request.body() = std::string(5000, 'x');
    EXPECT_EQ(client.send(request).result_int(), 201u);
    request.body() = std::string(5001, 'x');
    EXPECT_EQ(client.send(request).result_int(), 413u);
  }
  {
    // A chunked body has no length up front: it is refused when it passes the limit.
    Client client(server.port());
    client.write_raw("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "3e8\r\n" + std::string(1000, ' ') + "\r\n1\r\n \r\n0\r\n\r\n");
    EXPECT_EQ(client.receive().result_int(), 413u);
  }
}

TEST(Server, UnreadableRequestsAre400AndClosed) {
  RunningServer server(echo_router());
  for (const char* bytes : {"NOT HTTP\r\n\r\n", "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
                            "GET /healthz HTTP/1.1\r\nBad Header\r\n\r\n"}) {
    Client client(server.port());
    client.write_raw(bytes);
    const auto response = client.receive();
    EXPECT_EQ(response.result_int(), 400u) << bytes;
    EXPECT_NE(response.body().find("\"invalid_input\""), std::string::npos);
    EXPECT_TRUE(client.closed_by_server()) << bytes;
  }
  Client client(server.port());
  client.write_raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n");
  EXPECT_EQ(client.receive().result_int(), 431u);
}

// 200 connections open at once and kept open; each then asks twice. With one network thread and
// asynchronous reads, an idle connection holds no thread, so none waits for another to close.
TEST(Server, Holds200KeepAliveConnectionsAndAnswersEveryOne) {
  RunningServer server(echo_router());
  std::vector<std::unique_ptr<Client>> clients;
  for (int index = 0; index < 200; ++index) clients.push_back(std::make_unique<Client>(server.port()));
  for (int round = 0; round < 2; ++round) {
    std::vector<std::future<unsigned>> answers;
    for (auto& client : clients) {
      answers.push_back(std::async(std::launch::async, [&client] { return client->get("/healthz").result_int(); }));
    }
    for (auto& answer : answers) EXPECT_EQ(answer.get(), 200u);
  }
  server.stop();
  const std::string log = server.log();
  EXPECT_EQ(std::count(log.begin(), log.end(), '\n'), 400);
}

TEST(Server, AGracefulStopAnswersTheRequestInFlightAndClosesIdleConnections) {
  std::promise<void> handler_started;
  std::promise<void> release_handler;
  auto released = release_handler.get_future().share();
  Router router = echo_router();
  router.add("GET", "/slow", [&](const Request&, const PathParameters&) {
    handler_started.set_value();
    released.wait();
    return json_response("\"done\"");
  });
  RunningServer server(std::move(router));
  Client idle(server.port());
  EXPECT_EQ(idle.get("/healthz").result_int(), 200u);
  Client busy(server.port());
  auto answer = std::async(std::launch::async, [&busy] { return busy.get("/slow"); });
  handler_started.get_future().wait();
  std::thread stopper([&server] { server.stop(); });
  EXPECT_TRUE(idle.closed_by_server());
  release_handler.set_value();
  const auto response = answer.get();
  EXPECT_EQ(response.result_int(), 200u);
  EXPECT_EQ(response.body(), "\"done\"");
  EXPECT_FALSE(response.keep_alive());
  stopper.join();
  EXPECT_NE(server.log().find(R"("route":"/slow","status":200)"), std::string::npos);
}

TEST(Server, TheAccessLogHoldsTheRouteTemplateNeverThePathQueryOrHeaders) {
  Router router;
  router.add("GET", "/api/v1/athletes/{id}", [](const Request&, const PathParameters&) { return json_response("{}"); });
  RunningServer server(std::move(router));
  Client client(server.port());
  wire::request<wire::string_body> request(wire::verb::get, "/api/v1/athletes/12345?token=SECRETQUERY", 11);
  request.set(wire::field::cookie, "stride_session=SECRETCOOKIE");
  request.set(wire::field::authorization, "Bearer SECRETTOKEN");
  EXPECT_EQ(client.send(request).result_int(), 200u);
  EXPECT_EQ(client.send(request)["Cache-Control"], "no-store");
  server.stop();
  const std::string log = server.log();
  EXPECT_NE(log.find(R"({"request":1,"method":"GET","route":"/api/v1/athletes/{id}","status":200,"micros":)"),
            std::string::npos)
      << log;
  for (const char* secret : {"12345", "SECRET"}) EXPECT_EQ(log.find(secret), std::string::npos) << log;
}

TEST(Server, AnAddressThatCannotBeListenedOnIsAnError) {
  Router router;
  std::ostringstream out;
  AccessLog log(out);
  ServerOptions options;
  options.address = "localhost";
  Server by_name(options, router, log);
  const auto refused = by_name.listen();
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(refused.error().message, "localhost is not an IP address (127.0.0.1 or ::1 for this machine only)");

  RunningServer taken(echo_router());
  options.address = "127.0.0.1";
  options.port = taken.port();
  Server second(options, router, log);
  const auto in_use = second.listen();
  ASSERT_FALSE(in_use);
  EXPECT_EQ(in_use.error().code, core::ErrorCode::Io);
  EXPECT_NE(in_use.error().message.find("cannot be listened on"), std::string::npos);
}

}  // namespace
}  // namespace stride::http

namespace stride::http {
namespace {

// A 5xx answer's reason goes into its access-log line, escaped as JSON; other lines have none.
TEST(AccessLogLines, AFailedAnswerCarriesItsReasonForTheOperator) {
  std::ostringstream out;
  AccessLog log(out);
  log.record({7, "POST", "/api/v1/athletes/{id}/plans", 500, std::chrono::microseconds{12}, "store: \"x\" failed\n"});
  log.record({8, "GET", "/healthz", 200, std::chrono::microseconds{3}, {}});
  EXPECT_EQ(out.str(),
            "{\"request\":7,\"method\":\"POST\",\"route\":\"/api/v1/athletes/{id}/plans\",\"status\":500,\"micros\":12,"
            "\"error\":\"store: \\\"x\\\" failed\\u000a\"}\n"
            "{\"request\":8,\"method\":\"GET\",\"route\":\"/healthz\",\"status\":200,\"micros\":3}\n");
}

}  // namespace
}  // namespace stride::http
