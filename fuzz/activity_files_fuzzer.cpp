// Fuzz target for the activity-file decoders. The first byte picks FIT, GPX, TCX or detection by
// content; the rest is the file. Any crash, sanitizer report or hang is a bug: decoders must turn
// every input into an activity or an Error. A decoded activity also goes through the import JSON
// encoder and the heart-rate load, which must accept whatever a decoder returns.
#include <cstddef>
#include <cstdint>
#include <string>

#include "stride/analytics/heart_rate_load.hpp"
#include "stride/importers/activity_files.hpp"
#include "stride/json/import_encoder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const stride::importers::Bytes bytes(data + 1, size - 1);
  stride::core::Result<stride::core::RecordedActivity> decoded = std::unexpected(stride::core::Error{});
  switch (data[0] % 4) {
    case 0: decoded = stride::importers::decode_fit(bytes, "fuzz.fit"); break;
    case 1: decoded = stride::importers::decode_gpx(bytes, "fuzz.gpx"); break;
    case 2: decoded = stride::importers::decode_tcx(bytes, "fuzz.tcx"); break;
    default: decoded = stride::importers::decode_activity_file(bytes, "fuzz"); break;
  }
  if (decoded) {
    const stride::analytics::HeartRateReference reference{50, 190, stride::analytics::MaximumHeartRateSource::Profile};
    (void)stride::analytics::banister_trimp(*decoded, reference, stride::core::Sex::Unspecified);
  }
  std::vector<stride::json::DecodedActivityFile> files;
  files.push_back({"fuzz", std::move(decoded)});
  (void)stride::json::encode_activity_import(files, {});
  return 0;
}
