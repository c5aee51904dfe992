#include "activity_file_input.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include "file_input.hpp"
#include "stride/importers/activity_files.hpp"
#include "stride/importers/fingerprint.hpp"

namespace stride::cli {

ProgressStyle progress_style(bool requested) {
  if (requested) return ProgressStyle::Lines;
  return isatty(STDERR_FILENO) != 0 ? ProgressStyle::Terminal : ProgressStyle::None;
}

std::vector<ActivityFileInput> decode_activity_files(const std::vector<std::string>& paths, ProgressStyle style,
                                                     std::ostream& messages) {
  std::vector<ActivityFileInput> inputs;
  inputs.reserve(paths.size());
  for (std::size_t index = 0; index < paths.size(); ++index) {
    const auto& path = paths[index];
    if (style == ProgressStyle::Lines) {
      messages << fmt::format("decoding {} of {}: {}\n", index + 1, paths.size(), path);
    } else if (style == ProgressStyle::Terminal) {
      messages << fmt::format("\rdecoding {} of {}", index + 1, paths.size()) << std::flush;
    }
    ActivityFileInput input{{path, std::unexpected(core::Error{})}, {}};
    auto bytes = read_input_file(path, kActivityFileLimitBytes);
    if (!bytes) {
      input.file.decoded = std::unexpected(std::move(bytes.error()));
    } else {
      const importers::Bytes view(reinterpret_cast<const std::uint8_t*>(bytes->data()), bytes->size());
      input.fingerprint = importers::content_fingerprint(view);
      input.file.decoded = importers::decode_activity_file(view, path);
    }
    inputs.push_back(std::move(input));
  }
  if (style == ProgressStyle::Terminal && !paths.empty()) messages << "\r\033[K" << std::flush;
  return inputs;
}

}  // namespace stride::cli
