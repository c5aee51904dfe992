#include "stride/http/server.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <mutex>
#include <optional>

#include "media_type.hpp"
#include "security_headers.hpp"
#include "wire_request.hpp"

namespace stride::http {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace wire = boost::beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

bool is_upload(const wire::request_parser<wire::string_body>& parser) {
  const auto found = parser.get().find(wire::field::content_type);
  if (found == parser.get().end()) return false;
  return media_type(view_of(found->value())) == "application/octet-stream";
}

// An error that means the peer went away or the server closed the connection: nothing to answer.
bool is_disconnect(const beast::error_code& error) {
  return error == wire::error::end_of_stream || error == net::error::eof ||
         error == net::error::operation_aborted || error == beast::error::timeout ||
         error == net::error::connection_reset || error == net::error::broken_pipe ||
         error == wire::error::partial_message;
}

}  // namespace

class Server::Impl {
 public:
  class Connection;

  Impl(ServerOptions options, const Router& router, AccessLog& access_log)
      : m_options(std::move(options)),
        m_router(router),
        m_access_log(access_log),
        m_acceptor(m_io),
        m_workers(std::max<std::size_t>(1, m_options.worker_threads)) {}

  core::Status listen() {
    beast::error_code error;
    const auto address = net::ip::make_address(m_options.address, error);
    if (error) {
      return std::unexpected(core::make_error(
          core::ErrorCode::InvalidInput,
          fmt::format("{} is not an IP address (127.0.0.1 or ::1 for this machine only)", m_options.address)));
    }
    const tcp::endpoint endpoint(address, m_options.port);
    m_acceptor.open(endpoint.protocol(), error);
    if (!error) m_acceptor.set_option(net::socket_base::reuse_address(true), error);
    if (!error) m_acceptor.bind(endpoint, error);
    if (!error) m_acceptor.listen(net::socket_base::max_listen_connections, error);
    if (error) return failure("cannot be listened on", error);
    return {};
  }

  unsigned short port() const {
    beast::error_code error;
    const auto endpoint = m_acceptor.local_endpoint(error);
    return error ? 0 : endpoint.port();
  }

  void run() {
    accept();
    m_io.run();
    m_workers.join();
  }

  void stop() {
    m_stopping = true;
    net::post(m_io, [this] {
      beast::error_code ignored;
      m_acceptor.close(ignored);
      for (const auto& connection : live_connections()) close_when_idle(connection);
    });
  }

 private:
  core::Status failure(const char* problem, const beast::error_code& error) const {
    return std::unexpected(core::make_error(
        core::ErrorCode::Io, fmt::format("{}:{} {} ({})", m_options.address, m_options.port, problem, error.message())));
  }

  void accept();
  std::vector<std::shared_ptr<Connection>> live_connections();
  static void close_when_idle(const std::shared_ptr<Connection>& connection);

  ServerOptions m_options;
  const Router& m_router;
  AccessLog& m_access_log;
  net::io_context m_io{1};
  tcp::acceptor m_acceptor;
  net::thread_pool m_workers;
  std::atomic<bool> m_stopping{false};
  std::atomic<std::uint64_t> m_requests{0};
  std::mutex m_connections_mutex;
  std::map<const Connection*, std::weak_ptr<Connection>> m_connections;

  friend class Connection;
};

// One client connection. Everything but the handler runs on the connection's strand.
class Server::Impl::Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Impl& server) : m_stream(std::move(socket)), m_server(server) {}

  ~Connection() {
    const std::lock_guard lock(m_server.m_connections_mutex);
    m_server.m_connections.erase(this);
  }

  void start() {
    {
      const std::lock_guard lock(m_server.m_connections_mutex);
      m_server.m_connections.emplace(this, weak_from_this());
    }
    beast::error_code error;
    const auto peer = m_stream.socket().remote_endpoint(error);
    if (!error) m_client_address = peer.address().to_string();
    net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->read_header(); });
  }

  // Closes the connection now when it waits for a request; otherwise after the answer in flight.
  void close_when_idle() {
    if (m_idle) {
      close();
    } else {
      m_close_after_answer = true;
    }
  }

 private:
  void read_header() {
    if (m_server.m_stopping || m_close_after_answer) return close();
    m_idle = true;
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_server.m_options.header_limit));
    m_parser->body_limit(m_server.m_options.upload_body_limit);
    m_stream.expires_after(m_server.m_options.idle_timeout);
    wire::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = shared_from_this()](beast::error_code error, std::size_t) { self->on_header(error); });
  }

  void on_header(beast::error_code error) {
    m_idle = false;
    if (error) return refuse_unreadable(error);
    const std::size_t limit = is_upload(*m_parser) ? m_server.m_options.upload_body_limit
                                                     : m_server.m_options.json_body_limit;
    const auto length = m_parser->content_length();
    if (length && *length > limit) return refuse_too_large(limit);
    m_parser->body_limit(limit);
    m_stream.expires_after(m_server.m_options.read_timeout);
    wire::async_read(m_stream, m_buffer, *m_parser,
                     [self = shared_from_this(), limit](beast::error_code read_error, std::size_t) {
                       if (read_error == wire::error::body_limit) return self->refuse_too_large(limit);
                       if (read_error) return self->refuse_unreadable(read_error);
                       self->handle();
                     });
  }

  void handle() {
    m_received = Clock::now();
    auto message = m_parser->release();
    m_keep_alive = message.keep_alive();
    Request request = request_from_wire(std::move(message), m_client_address);
    m_stream.expires_never();
    // The guard keeps the network thread running while a worker answers, so that a stop in the
    // meantime still writes the answer.
    net::post(m_server.m_workers, [self = shared_from_this(), request = std::move(request),
                                   guard = net::make_work_guard(m_server.m_io)]() mutable {
      Dispatched dispatched = self->m_server.m_router.dispatch(request);
      net::post(self->m_stream.get_executor(),
                [self, method = std::move(request.method), dispatched = std::move(dispatched)]() mutable {
                  self->write(std::move(method), std::move(dispatched));
                });
    });
  }

  void refuse_too_large(std::size_t limit) {
    m_received = Clock::now();
    m_keep_alive = false;
    write(method_of_parser(), {error_response(413, "too_large", fmt::format("the body is over its limit of {} bytes", limit)), "-"});
  }

  void refuse_unreadable(const beast::error_code& error) {
    if (is_disconnect(error)) return close();
    // A body can pass its limit while the header is read (the same read may take body bytes too).
    if (error == wire::error::body_limit) return refuse_too_large(m_server.m_options.upload_body_limit);
    m_received = Clock::now();
    m_keep_alive = false;
    const bool header_too_large = error == wire::error::header_limit;
    write(method_of_parser(),
          {error_response(header_too_large ? 431 : 400, header_too_large ? "too_large" : "invalid_input",
                          header_too_large ? "the request's header is too large" : "the request is not valid HTTP/1.1"),
           "-"});
  }

  std::string method_of_parser() const {
    if (!m_parser || !m_parser->is_header_done()) return "-";
    return std::string(view_of(m_parser->get().method_string()));
  }

  void write(std::string method, Dispatched dispatched) {
    if (dispatched.response.head_length) {
      // A HEAD answer: the GET's headers and length, no body.
      send(std::move(method), std::move(dispatched), std::make_shared<wire::response<wire::empty_body>>(), nullptr);
    } else if (auto shared = std::move(dispatched.response.shared_body)) {
      // The message refers to the shared text, which the completion handler keeps alive.
      auto answer = std::make_shared<wire::response<wire::span_body<const char>>>();
      answer->body() = {shared->data(), shared->size()};
      send(std::move(method), std::move(dispatched), std::move(answer), std::move(shared));
    } else {
      auto answer = std::make_shared<wire::response<wire::string_body>>();
      answer->body() = std::move(dispatched.response.body);
      send(std::move(method), std::move(dispatched), std::move(answer), nullptr);
    }
  }

  // Sends `answer`, whose body is set already, with the status and headers of `dispatched`, then
  // records it in the access log and reads the next request (or closes). `keep` is whatever the
  // body refers to, held until the write ends.
  template <class Body>
  void send(std::string method, Dispatched dispatched, std::shared_ptr<wire::response<Body>> answer,
            std::shared_ptr<const void> keep) {
    answer->version(11);
    answer->result(static_cast<unsigned>(dispatched.response.status));
    for (const auto& [name, value] : dispatched.response.headers) answer->set(name, value);
    for (const auto& [name, value] : security_headers()) answer->set(name, value);
    if (dispatched.route.starts_with("/api/")) answer->set(wire::field::cache_control, "no-store");
    const bool close_after = !m_keep_alive || m_close_after_answer || m_server.m_stopping;
    answer->keep_alive(!close_after);
    if (dispatched.response.head_length) {
      answer->content_length(*dispatched.response.head_length);
    } else {
      answer->prepare_payload();
    }
    AccessRecord record{++m_server.m_requests, std::move(method), std::move(dispatched.route),
                        dispatched.response.status, {}, std::move(dispatched.response.log_detail)};
    m_stream.expires_after(m_server.m_options.read_timeout);
    wire::async_write(m_stream, *answer,
                      [self = shared_from_this(), answer, keep = std::move(keep), close_after,
                       record = std::move(record)](beast::error_code error, std::size_t) mutable {
                        record.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - self->m_received);
                        self->m_server.m_access_log.record(record);
                        if (error || close_after) return self->close();
                        self->read_header();
                      });
  }

  void close() {
    beast::error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    m_stream.close();
  }

  friend class Server::Impl;

  beast::tcp_stream m_stream;
  Impl& m_server;
  beast::flat_buffer m_buffer;
  std::optional<wire::request_parser<wire::string_body>> m_parser;
  std::string m_client_address;
  Clock::time_point m_received;
  bool m_keep_alive = true;
  bool m_idle = false;
  bool m_close_after_answer = false;
};

void Server::Impl::accept() {
  m_acceptor.async_accept(net::make_strand(m_io), [this](beast::error_code error, tcp::socket socket) {
    if (!m_acceptor.is_open()) return;
    if (!error) {
      if (m_stopping) return;
      std::make_shared<Connection>(std::move(socket), *this)->start();
    }
    accept();
  });
}

std::vector<std::shared_ptr<Server::Impl::Connection>> Server::Impl::live_connections() {
  std::vector<std::shared_ptr<Connection>> live;
  const std::lock_guard lock(m_connections_mutex);
  for (const auto& [key, weak] : m_connections) {
    if (auto connection = weak.lock()) live.push_back(std::move(connection));
  }
  return live;
}

void Server::Impl::close_when_idle(const std::shared_ptr<Connection>& connection) {
  net::dispatch(connection->m_stream.get_executor(), [connection] { connection->close_when_idle(); });
}

Server::Server(ServerOptions options, const Router& router, AccessLog& access_log)
    : m_impl(std::make_unique<Impl>(std::move(options), router, access_log)) {}

Server::~Server() = default;

core::Status Server::listen() { return m_impl->listen(); }
unsigned short Server::port() const { return m_impl->port(); }
void Server::run() { m_impl->run(); }
void Server::stop() { m_impl->stop(); }

}  // namespace stride::http
