#include "file_input.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "stride/documents/document_reader.hpp"

namespace stride::cli {

const std::size_t kJsonFileLimitBytes = documents::kMaximumDocumentBytes;

core::Result<std::string> read_input_file(const std::string& path, std::size_t limit_bytes) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) {
    return std::unexpected(core::invalid_input(path, "", "cannot read the file: it does not exist"));
  }
  if (!std::filesystem::is_regular_file(status)) {
    return std::unexpected(core::invalid_input(path, "", "cannot read the file: it is not a regular file"));
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    return std::unexpected(core::invalid_input(path, "", fmt::format("cannot read the file: {}", std::strerror(errno))));
  }
  std::string text;
  constexpr std::size_t kChunk = 64 * 1024;
  char buffer[kChunk];
  while (stream.read(buffer, kChunk) || stream.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (text.size() > limit_bytes) {
      return std::unexpected(
          core::invalid_input(path, "", fmt::format("the file is larger than the limit of {} bytes", limit_bytes)));
    }
  }
  if (stream.bad()) return std::unexpected(core::invalid_input(path, "", "cannot read the file: read error"));
  return text;
}

}  // namespace stride::cli
