#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "stride/service/recordings.hpp"

namespace stride::cli {

// The largest activity file read: far above any real recording (a 24-hour FIT file at one record
// per second is about 3 MB), low enough to keep memory bounded.
inline constexpr std::size_t kActivityFileLimitBytes = 256u * 1024u * 1024u;

// How an import reports progress on the message stream: not at all, one line per file (for logs
// and pipes), or one line rewritten in place (for a terminal).
enum class ProgressStyle { None, Lines, Terminal };

// `--progress` forces lines; otherwise a terminal on stderr gets the in-place line.
[[nodiscard]] ProgressStyle progress_style(bool requested);

// Reads each path in order, one file's bytes at a time, and decodes it through the service
// (FIT, GPX or TCX by content), reporting progress on `messages` in `style`. A file that cannot be
// read or decoded holds its error.
[[nodiscard]] std::vector<service::DecodedActivityFile> decode_activity_files(const std::vector<std::string>& paths,
                                                                              ProgressStyle style,
                                                                              std::ostream& messages);

}  // namespace stride::cli
