#pragma once

#include <array>
#include <utility>

// The headers every answer carries (private to stride::http; docs/http.md says why each).
namespace stride::http {

inline const std::array<std::pair<const char*, const char*>, 4>& security_headers() {
  static const std::array<std::pair<const char*, const char*>, 4> headers{{
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"},
  }};
  return headers;
}

}  // namespace stride::http
