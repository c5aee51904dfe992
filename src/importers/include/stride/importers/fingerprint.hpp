#pragma once

#include <string>

#include "stride/importers/activity_files.hpp"

namespace stride::importers {

// The identity of a file's bytes: BLAKE2b-256 (libsodium's generic hash) as 64 lower-case hex
// digits. Equal bytes give equal fingerprints; different files collide with negligible chance.
[[nodiscard]] std::string content_fingerprint(Bytes bytes);

}  // namespace stride::importers
