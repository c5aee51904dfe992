#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>

namespace stride::http {

// One answered request as the access log keeps it: never a body, a cookie, a token, a query or a
// path (ids), only the route template.
struct AccessRecord {
  std::uint64_t request = 0;  // the server's own request number, from 1
  std::string method;
  std::string route;  // the matched template, or "-"
  int status = 0;
  std::chrono::microseconds elapsed{0};  // from the request's last byte read to its answer's last byte written
  std::string error;  // why a 5xx answer was given (Response::log_detail), for the operator; else empty
};

// Writes one JSON line per record to `out`:
// {"request":1,"method":"GET","route":"/healthz","status":200,"micros":41}, and for a 5xx answer
// with a reason, ..."micros":41,"error":"the store's words"}
// Safe to call from any thread; lines never interleave.
class AccessLog {
 public:
  explicit AccessLog(std::ostream& out) : m_out(out) {}
  void record(const AccessRecord& record);

 private:
  std::mutex m_mutex;
  std::ostream& m_out;
};

}  // namespace stride::http
