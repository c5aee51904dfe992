#include "gzip.hpp"

#include <zlib.h>

#include <charconv>
#include <optional>
#include <stdexcept>

#include "media_type.hpp"

namespace stride::http {
namespace {

// The weight of one Accept-Encoding element's parameters ("q=0.5"), 1 when none is given, 0 when
// it cannot be read.
double weight_of(std::string_view parameters) {
  while (!parameters.empty()) {
    const auto end = parameters.find(';');
    const std::string_view parameter = trimmed_spaces(parameters.substr(0, end));
    parameters = end == std::string_view::npos ? std::string_view{} : parameters.substr(end + 1);
    if (parameter.size() < 2 || (parameter[0] != 'q' && parameter[0] != 'Q') || parameter[1] != '=') continue;
    const std::string_view number = trimmed_spaces(parameter.substr(2));
    double weight = 0;
    const auto [rest, error] = std::from_chars(number.data(), number.data() + number.size(), weight);
    if (error != std::errc{} || rest != number.data() + number.size()) return 0;
    return weight;
  }
  return 1;
}

}  // namespace

std::string gzip(std::string_view text) {
  z_stream stream{};
  // 15 window bits + 16: a gzip wrapper instead of zlib's own.
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("zlib could not start a gzip stream");
  }
  std::string compressed(deflateBound(&stream, static_cast<uLong>(text.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
  stream.avail_out = static_cast<uInt>(compressed.size());
  const int result = deflate(&stream, Z_FINISH);
  compressed.resize(stream.total_out);
  deflateEnd(&stream);
  if (result != Z_STREAM_END) throw std::runtime_error("zlib could not finish a gzip stream");
  return compressed;
}

bool accepts_gzip(std::string_view accept_encoding) {
  std::optional<double> gzip_weight;
  double any_weight = 0;
  while (!accept_encoding.empty()) {
    const auto end = accept_encoding.find(',');
    const std::string_view element = trimmed_spaces(accept_encoding.substr(0, end));
    accept_encoding = end == std::string_view::npos ? std::string_view{} : accept_encoding.substr(end + 1);
    const auto semicolon = element.find(';');
    const std::string coding = lower_case(trimmed_spaces(element.substr(0, semicolon)));
    const double weight = semicolon == std::string_view::npos ? 1 : weight_of(element.substr(semicolon + 1));
    if (coding == "gzip" || coding == "x-gzip") gzip_weight = weight;
    if (coding == "*") any_weight = weight;
  }
  return gzip_weight ? *gzip_weight > 0 : any_weight > 0;
}

}  // namespace stride::http
