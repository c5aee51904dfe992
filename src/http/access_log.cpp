#include "stride/http/access_log.hpp"

#include <fmt/format.h>

namespace stride::http {
namespace {

// The method and route are the server's own text or a request's method token; escape what JSON
// needs anyway, so a line is always one valid JSON object.
std::string json_string(std::string_view text) {
  std::string quoted = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (byte < 0x20 || byte >= 0x7f) {
      quoted += fmt::format("\\u{:04x}", byte);
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

}  // namespace

void AccessLog::record(const AccessRecord& record) {
  const std::string error = record.error.empty() ? std::string() : ",\"error\":" + json_string(record.error);
  const std::string line =
      fmt::format("{{\"request\":{},\"method\":{},\"route\":{},\"status\":{},\"micros\":{}{}}}\n", record.request,
                  json_string(record.method), json_string(record.route), record.status, record.elapsed.count(), error);
  const std::lock_guard lock(m_mutex);
  m_out << line << std::flush;
}

}  // namespace stride::http
