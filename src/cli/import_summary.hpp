#pragma once

#include <cstdint>
#include <string>

#include "stride/service/recordings.hpp"

namespace stride::cli {

// What `stride log import-files` did, for people: one line per file (the new activity with its
// load and how it was worked out, why it was skipped, or why it cannot be true and was not stored),
// then how to rate runs without an RPE.
// `unreadable` counts the files given that could not be read or decoded (reported on stderr).
[[nodiscard]] std::string import_summary(const service::RecordingImport& imported, std::size_t unreadable,
                                         std::int64_t athlete);

}  // namespace stride::cli
