#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "stride/core/error.hpp"
#include "stride/core/recorded_activity.hpp"

namespace stride::core {

// The port through which use cases read activity files (FIT, GPX, TCX) handed to them as bytes, by
// a command line or an HTTP upload alike. An adapter implements it (importers::ActivityFileDecoder).
class ActivityFileReader {
 public:
  ActivityFileReader() = default;
  ActivityFileReader(const ActivityFileReader&) = delete;
  ActivityFileReader& operator=(const ActivityFileReader&) = delete;
  virtual ~ActivityFileReader() = default;

  // The activity the bytes record, or InvalidInput naming `source` (the file's name for people)
  // and where in the file the problem is. Never throws, whatever the bytes.
  [[nodiscard]] virtual Result<RecordedActivity> decode(std::span<const std::uint8_t> bytes,
                                                        std::string_view source) const = 0;
  // The identity of the bytes: equal bytes give equal fingerprints.
  [[nodiscard]] virtual std::string fingerprint(std::span<const std::uint8_t> bytes) const = 0;
};

}  // namespace stride::core
