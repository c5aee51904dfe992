#include "stride/importers/activity_file_decoder.hpp"

#include "stride/importers/activity_files.hpp"
#include "stride/importers/fingerprint.hpp"

namespace stride::importers {

core::Result<core::RecordedActivity> ActivityFileDecoder::decode(std::span<const std::uint8_t> bytes,
                                                                  std::string_view source) const {
  return decode_activity_file(bytes, source);
}

std::string ActivityFileDecoder::fingerprint(std::span<const std::uint8_t> bytes) const {
  return content_fingerprint(bytes);
}

}  // namespace stride::importers
