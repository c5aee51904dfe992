#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "stride/core/error.hpp"
#include "stride/http/access_log.hpp"
#include "stride/http/router.hpp"

namespace stride::http {

struct ServerOptions {
  std::string address = "127.0.0.1";  // the only address listened on
  unsigned short port = 8080;         // 0: any free port (see Server::port)
  std::size_t worker_threads = 4;     // handlers run here, never on the network thread
  std::size_t json_body_limit = 1024 * 1024;
  std::size_t upload_body_limit = 32 * 1024 * 1024;  // bodies of type application/octet-stream
  std::size_t header_limit = 16 * 1024;
  std::chrono::seconds read_timeout{30};   // to receive a whole request once it has begun
  std::chrono::seconds idle_timeout{75};   // a keep-alive connection with no request is closed
};

// An HTTP/1.1 server (Boost.Beast over Asio): one network thread reads and writes every
// connection asynchronously, so idle keep-alive connections cost no thread and cannot starve the
// others; complete requests go to a pool of worker threads that run the router. Limits are
// enforced at the connection: a header over `header_limit` or an unreadable request is answered
// 400 and closed, a body over its limit 413, a request not complete within `read_timeout` is
// closed. Every answer carries the security headers of docs/http.md, and one access-log record.
class Server {
 public:
  Server(ServerOptions options, const Router& router, AccessLog& access_log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. Fails with Io naming the address when it cannot (in use, not local, ...).
  [[nodiscard]] core::Status listen();
  // The port listened on (the chosen one when the options asked for 0).
  [[nodiscard]] unsigned short port() const;
  // Serves until stop(), then returns once every request in flight has been answered.
  void run();
  // Stops gracefully, from any thread or a signal handler's thread: no new connection is accepted,
  // idle connections are closed, and requests in flight finish and are answered (then closed).
  void stop();

 private:
  class Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace stride::http
