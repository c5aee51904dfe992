#pragma once

#include "stride/core/activity_file_reader.hpp"

namespace stride::importers {

// The activity-file port implemented by this module's decoders: FIT, GPX or TCX told apart by
// content (decode_activity_file), fingerprinted with content_fingerprint.
class ActivityFileDecoder final : public core::ActivityFileReader {
 public:
  [[nodiscard]] core::Result<core::RecordedActivity> decode(std::span<const std::uint8_t> bytes,
                                                            std::string_view source) const override;
  [[nodiscard]] std::string fingerprint(std::span<const std::uint8_t> bytes) const override;
};

}  // namespace stride::importers
