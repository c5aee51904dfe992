#pragma once

#include <string>
#include <string_view>

// Compression of answer bodies (private to stride::http).
namespace stride::http {

// `text` as a gzip member (RFC 1952) made by zlib at its default level, without a file name or a
// modification time, so the same text always gives the same bytes.
[[nodiscard]] std::string gzip(std::string_view text);

// Whether an Accept-Encoding header value (RFC 9110 §12.5.3) accepts gzip: "gzip" or "x-gzip" or
// "*" listed with a weight above 0, gzip not refused by a weight of 0.
[[nodiscard]] bool accepts_gzip(std::string_view accept_encoding);

}  // namespace stride::http
