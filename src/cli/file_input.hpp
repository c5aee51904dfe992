#pragma once

#include <string>

#include "stride/core/error.hpp"

namespace stride::cli {

// The largest JSON input file read (the JSON reader's own limit).
extern const std::size_t kJsonFileLimitBytes;

// Reads a whole input file. Fails with InvalidInput naming the path when it does not exist, is
// not a regular file, cannot be read, or is larger than `limit_bytes` (by default, what the JSON
// reader accepts).
[[nodiscard]] core::Result<std::string> read_input_file(const std::string& path,
                                                        std::size_t limit_bytes = kJsonFileLimitBytes);

// Reads `path` and decodes it with `decode(text, path)`, one of the json input decoders.
template <class Decode>
[[nodiscard]] auto decode_input_file(const std::string& path, Decode decode) -> decltype(decode(path, path)) {
  auto text = read_input_file(path);
  if (!text) return std::unexpected(std::move(text.error()));
  return decode(*text, path);
}

}  // namespace stride::cli
