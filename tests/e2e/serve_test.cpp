// `stride serve` as a user runs it: the real binary on a free loopback port, asked over a socket,
// then stopped with SIGTERM and SIGINT: it answers, logs one JSON line per request, and exits 0.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

namespace stride {
namespace {

std::string read_all(int descriptor) {
  std::string text;
  char chunk[4096];
  for (;;) {
    const ssize_t got = ::read(descriptor, chunk, sizeof chunk);
    if (got <= 0) break;
    text.append(chunk, static_cast<std::size_t>(got));
  }
  return text;
}

// One request on its own connection ("Connection: close"); the whole answer as text.
std::string ask(unsigned short port, const std::string& request) {
  const int socket_descriptor = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (::connect(socket_descriptor, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(socket_descriptor);
    return "connect failed";
  }
  (void)::write(socket_descriptor, request.data(), request.size());
  std::string answer = read_all(socket_descriptor);
  ::close(socket_descriptor);
  return answer;
}

// The server process, with its standard error read line by line until it names its port.
struct ServerProcess {
  pid_t pid = -1;
  int messages = -1;  // the read end of its standard error
  std::filesystem::path directory;
  unsigned short port = 0;
  std::string first_line;
};

// `database`: the server's SQLite file; default a new one in the server's own folder.
ServerProcess start_server(const std::string& name, const std::filesystem::path& database_file = {}) {
  ServerProcess server;
  server.directory = std::filesystem::temp_directory_path() / ("stride-serve-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(server.directory);
  std::filesystem::create_directories(server.directory / "web");
  std::ofstream(server.directory / "web" / "index.html") << "<!doctype html><title>Stride</title>";
  int pipe_ends[2];
  if (::pipe(pipe_ends) != 0) return server;
  server.pid = ::fork();
  if (server.pid == 0) {
    ::dup2(pipe_ends[1], STDERR_FILENO);
    const std::string log = (server.directory / "access.log").string();
    const std::string database = (database_file.empty() ? server.directory / "stride.db" : database_file).string();
    const std::string web_root = (server.directory / "web").string();
    std::freopen(log.c_str(), "w", stdout);
    ::close(pipe_ends[0]);
    ::execl(STRIDE_BINARY, STRIDE_BINARY, "serve", "--db", database.c_str(), "--listen", "127.0.0.1:0",
            "--web-root", web_root.c_str(), static_cast<char*>(nullptr));
    std::_Exit(127);
  }
  ::close(pipe_ends[1]);
  server.messages = pipe_ends[0];
  char c = 0;
  while (::read(server.messages, &c, 1) == 1 && c != '\n') server.first_line += c;
  std::smatch match;
  if (std::regex_search(server.first_line, match, std::regex(R"(http://127\.0\.0\.1:(\d+)/)"))) {
    server.port = static_cast<unsigned short>(std::stoi(match[1]));
  }
  return server;
}

void check_stop(ServerProcess& server, int signal_number) {
  ASSERT_NE(server.port, 0) << server.first_line;
  const std::string health = ask(server.port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(health.starts_with("HTTP/1.1 200 OK\r\n")) << health;
  EXPECT_TRUE(health.ends_with("\r\n\r\n{\"status\":\"ok\"}\n")) << health;
  const std::string missing = ask(server.port, "GET /api/v1/nothing/42 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(missing.starts_with("HTTP/1.1 404 Not Found\r\n")) << missing;
  const std::string page = ask(server.port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(page.starts_with("HTTP/1.1 200 OK\r\n")) << page;
  EXPECT_NE(page.find("Content-Type: text/html; charset=utf-8\r\n"), std::string::npos) << page;
  EXPECT_TRUE(page.ends_with("\r\n\r\n<!doctype html><title>Stride</title>")) << page;

  ::kill(server.pid, signal_number);
  int status = 0;
  ::waitpid(server.pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status)) << "ended by a signal instead of stopping";
  EXPECT_EQ(WEXITSTATUS(status), 0);
  const std::string rest = read_all(server.messages);
  ::close(server.messages);
  EXPECT_EQ(rest, "stride serve: stopped; every request in flight was answered\n");
  std::ifstream log_file(server.directory / "access.log");
  std::stringstream log;
  log << log_file.rdbuf();
  EXPECT_TRUE(std::regex_match(log.str(),
                               std::regex(R"(\{"request":1,"method":"GET","route":"/healthz","status":200,"micros":\d+\}\n)"
                                          R"(\{"request":2,"method":"GET","route":"-","status":404,"micros":\d+\}\n)"
                                          R"(\{"request":3,"method":"GET","route":"/","status":200,"micros":\d+\}\n)")))
      << log.str();
  std::filesystem::remove_all(server.directory);
}

TEST(Serve, AnswersOnLoopbackAndStopsCleanlyOnSigterm) {
  auto server = start_server("term");
  EXPECT_TRUE(server.first_line.starts_with("stride serve: listening on http://127.0.0.1:")) << server.first_line;
  check_stop(server, SIGTERM);
}

// The composition root wires the accounts: real password hashing, the SQLite file, the cookie.
TEST(Serve, SignsUpAndKnowsTheSessionOnTheRealStore) {
  auto server = start_server("accounts");
  ASSERT_NE(server.port, 0) << server.first_line;
  const std::string body =
      R"({"email":"ann@example.org","password":"correct horse battery","display_name":"Ann","role":"runner"})";
  const std::string signed_up =
      ask(server.port, "POST /api/v1/accounts HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
                       "application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_TRUE(signed_up.starts_with("HTTP/1.1 201 Created\r\n")) << signed_up;
  std::smatch cookie;
  ASSERT_TRUE(std::regex_search(signed_up, cookie, std::regex(R"(Set-Cookie: stride_session=([A-Za-z0-9_-]+); )")))
      << signed_up;
  EXPECT_EQ(signed_up.find("Secure"), std::string::npos);
  const std::string me = ask(server.port, "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: "
                                          "stride_session=" + cookie[1].str() + "\r\n\r\n");
  EXPECT_TRUE(me.starts_with("HTTP/1.1 200 OK\r\n")) << me;
  EXPECT_NE(me.find(R"("email":"ann@example.org")"), std::string::npos) << me;
  ::kill(server.pid, SIGTERM);
  int status = 0;
  ::waitpid(server.pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ::close(server.messages);
  std::filesystem::remove_all(server.directory);
}

std::string post_json(unsigned short port, const std::string& target, const std::string& body) {
  return ask(port, "POST " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
                   "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

void stop(ServerProcess& server) {
  ::kill(server.pid, SIGTERM);
  int status = 0;
  ::waitpid(server.pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ::close(server.messages);
  std::filesystem::remove_all(server.directory);
}

// Two servers on one database share what must be shared (docs/http.md "Several servers"): a session
// made on one is known on the other, and failed sign-ins counted on one refuse sign-ins on the other.
TEST(Serve, TwoServersOnOneDatabaseShareSessionsAndSignInLimits) {
  const auto folder = std::filesystem::temp_directory_path() / ("stride-serve-shared-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  auto first = start_server("first", folder / "stride.db");
  auto second = start_server("second", folder / "stride.db");
  ASSERT_NE(first.port, 0) << first.first_line;
  ASSERT_NE(second.port, 0) << second.first_line;
  const std::string signed_up = post_json(
      first.port, "/api/v1/accounts",
      R"({"email":"cy@example.org","password":"correct horse battery","display_name":"Cy","role":"runner"})");
  std::smatch cookie;
  ASSERT_TRUE(std::regex_search(signed_up, cookie, std::regex(R"(Set-Cookie: stride_session=([A-Za-z0-9_-]+); )")))
      << signed_up;
  const std::string me = ask(second.port, "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: "
                                          "stride_session=" + cookie[1].str() + "\r\n\r\n");
  EXPECT_TRUE(me.starts_with("HTTP/1.1 200 OK\r\n")) << me;

  const std::string wrong = R"({"email":"cy@example.org","password":"not the password at all"})";
  for (int attempt = 0; attempt < 10; ++attempt) {
    const std::string refused = post_json(first.port, "/api/v1/session", wrong);
    ASSERT_TRUE(refused.starts_with("HTTP/1.1 401 ")) << attempt << ": " << refused;
  }
  const std::string limited = post_json(
      second.port, "/api/v1/session", R"({"email":"cy@example.org","password":"correct horse battery"})");
  EXPECT_TRUE(limited.starts_with("HTTP/1.1 429 ")) << limited;
  EXPECT_NE(limited.find("Retry-After: "), std::string::npos) << limited;
  stop(first);
  stop(second);
  std::filesystem::remove_all(folder);
}

TEST(Serve, StopsCleanlyOnSigint) {
  auto server = start_server("int");
  check_stop(server, SIGINT);
}

}  // namespace
}  // namespace stride
