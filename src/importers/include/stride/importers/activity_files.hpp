#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "stride/core/error.hpp"
#include "stride/core/recorded_activity.hpp"

// stride::importers: decoders of activity files recorded by watches and apps (Garmin FIT, GPX,
// TCX) into core::RecordedActivity. Each decoder reads the whole file or fails: a truncated or
// corrupt file is an InvalidInput error whose `source` is the file name and whose message names
// the byte offset (FIT) or the element (GPX, TCX); half an activity is never returned as whole.
// Decoders are pure functions of the bytes: no I/O, no clock.
namespace stride::importers {

using Bytes = std::span<const std::uint8_t>;

// Garmin FIT (docs/formats/fit.md): chained files give one activity with all their records.
[[nodiscard]] core::Result<core::RecordedActivity> decode_fit(Bytes bytes, std::string_view source);

// GPX 1.0 and 1.1, with heart rate and cadence extensions under any namespace prefix.
[[nodiscard]] core::Result<core::RecordedActivity> decode_gpx(Bytes bytes, std::string_view source);

// Garmin Training Center XML (TCX): the first activity, with its laps, heart rate and cadence.
[[nodiscard]] core::Result<core::RecordedActivity> decode_tcx(Bytes bytes, std::string_view source);

// Picks the decoder from the content: the FIT header's ".FIT" signature, or the XML root element
// (`gpx`, `TrainingCenterDatabase`). Anything else is an InvalidInput error naming `source`.
[[nodiscard]] core::Result<core::RecordedActivity> decode_activity_file(Bytes bytes, std::string_view source);

}  // namespace stride::importers
