#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "stride/json/import_encoder.hpp"

namespace stride::cli {

// The largest activity file read: far above any real recording (a 24-hour FIT file at one record
// per second is about 3 MB), low enough to keep memory bounded.
inline constexpr std::size_t kActivityFileLimitBytes = 256u * 1024u * 1024u;

// A file given to an import, decoded (or not), with the fingerprint of its bytes when it was read.
struct ActivityFileInput {
  json::DecodedActivityFile file;
  std::string fingerprint;
};

// How an import reports progress on the message stream: not at all, one line per file (for logs
// and pipes), or one line rewritten in place (for a terminal).
enum class ProgressStyle { None, Lines, Terminal };

// `--progress` forces lines; otherwise a terminal on stderr gets the in-place line.
[[nodiscard]] ProgressStyle progress_style(bool requested);

// Reads and decodes each path in order (FIT, GPX or TCX by content), reporting progress on
// `messages` in `style`. A file that cannot be read or decoded holds its error.
[[nodiscard]] std::vector<ActivityFileInput> decode_activity_files(const std::vector<std::string>& paths,
                                                                   ProgressStyle style, std::ostream& messages);

}  // namespace stride::cli
