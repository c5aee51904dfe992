#include "activity_file_input.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include "file_input.hpp"
#include "stride/importers/activity_file_decoder.hpp"

namespace stride::cli {

ProgressStyle progress_style(bool requested) {
  if (requested) return ProgressStyle::Lines;
  return isatty(STDERR_FILENO) != 0 ? ProgressStyle::Terminal : ProgressStyle::None;
}

std::vector<service::DecodedActivityFile> decode_activity_files(const std::vector<std::string>& paths,
                                                                ProgressStyle style, std::ostream& messages) {
  const importers::ActivityFileDecoder reader;
  std::vector<service::DecodedActivityFile> decoded;
  decoded.reserve(paths.size());
  for (std::size_t index = 0; index < paths.size(); ++index) {
    const auto& path = paths[index];
    if (style == ProgressStyle::Lines) {
      messages << fmt::format("decoding {} of {}: {}\n", index + 1, paths.size(), path);
    } else if (style == ProgressStyle::Terminal) {
      messages << fmt::format("\rdecoding {} of {}", index + 1, paths.size()) << std::flush;
    }
    auto bytes = read_input_file(path, kActivityFileLimitBytes);
    if (!bytes) {
      decoded.push_back({path, std::unexpected(std::move(bytes.error())), {}});
      continue;
    }
    const std::span<const std::uint8_t> view(reinterpret_cast<const std::uint8_t*>(bytes->data()), bytes->size());
    decoded.push_back(service::decode_activity_file(reader, path, view));
  }
  if (style == ProgressStyle::Terminal && !paths.empty()) messages << "\r\033[K" << std::flush;
  return decoded;
}

}  // namespace stride::cli
