#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "commands.hpp"

namespace stride::cli {
namespace {

// "HOST:PORT" or "[IPv6]:PORT" split into its parts; the host is checked by the server (an IP
// address literal), the port here (0 to 65535; 0 asks for any free port).
core::Result<std::pair<std::string, unsigned short>> parse_listen(const std::string& text) {
  const auto fail = [&](std::string_view problem) {
    return std::unexpected(core::invalid_input("--listen", "", fmt::format("\"{}\" {}", text, problem)));
  };
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return fail("is not of the form HOST:PORT, e.g. 127.0.0.1:8080");
  std::string host = text.substr(0, colon);
  if (host.starts_with('[') && host.ends_with(']')) host = host.substr(1, host.size() - 2);
  const std::string_view port_text = std::string_view(text).substr(colon + 1);
  unsigned port = 0;
  const auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (port_text.empty() || error != std::errc() || end != port_text.data() + port_text.size() || port > 65535) {
    return fail("has no port number from 0 to 65535 after the last ':'");
  }
  return std::pair{host, static_cast<unsigned short>(port)};
}

// --public-url: an absolute http or https URL without a query, fragment, space or control character
// (it starts the links the server hands out, such as the calendar feed's).
core::Status check_public_url(const std::string& text) {
  if (text.empty()) return {};
  const bool has_scheme = text.starts_with("http://") || text.starts_with("https://");
  const bool plain = std::ranges::none_of(text, [](char character) {
    return static_cast<unsigned char>(character) <= 0x20U || character == '\x7F' || character == '?' ||
           character == '#';
  });
  if (has_scheme && plain && text.size() > text.find("//") + 2) return {};
  return std::unexpected(core::invalid_input(
      "--public-url", "", fmt::format("\"{}\" is not an http:// or https:// URL without a query or fragment", text)));
}

// `stride serve`: the web application and its HTTP API (api.md §1) until SIGINT or SIGTERM.
class ServeCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--db", m_database,
                   "SQLite database file (default: stride.db in the user's data folder), or a postgresql:// URL");
    app.add_option("--listen", m_listen, "the one address to listen on, HOST:PORT (default: 127.0.0.1:8080)");
    app.add_option("--public-url", m_public_url,
                   "the URL the server is reached at from outside (for calendar links); default: the request's Host");
    app.add_option("--web-root", m_web_root,
                   "the web app's built files (default: web/ beside the program, else this build's web/dist)");
  }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& /*catalog*/) override {
    STRIDE_TRY(const auto address, parse_listen(m_listen));
    STRIDE_TRY_STATUS(check_public_url(m_public_url));
    if (!m_environment->serve) {
      return std::unexpected(core::make_error(core::ErrorCode::Unsupported, "this build has no web server"));
    }
    ServeRequest request{m_database, address.first, address.second, m_public_url, m_web_root};
    STRIDE_TRY_STATUS(m_environment->serve(request, messages()));
    return std::string();
  }

 private:
  const Environment* m_environment = nullptr;
  std::string m_database;
  std::string m_listen = "127.0.0.1:8080";
  std::string m_public_url;
  std::string m_web_root;
};

}  // namespace

std::unique_ptr<Command> make_serve_command() { return std::make_unique<ServeCommand>(); }

}  // namespace stride::cli
