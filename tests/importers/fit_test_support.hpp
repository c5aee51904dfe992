#pragma once

// Shared helpers of the FIT decoder tests.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "fit_writer.hpp"
#include "stride/importers/activity_files.hpp"

namespace stride::testing {

inline constexpr std::string_view kTestSource = "run.fit";

inline core::Result<core::RecordedActivity> decode(const FitBytes& bytes) {
  return importers::decode_fit(bytes, kTestSource);
}

// The message of the error decoding `bytes` gives; "(decoded)" when it succeeds.
inline std::string error_of(const FitBytes& bytes) {
  const auto result = decode(bytes);
  if (result) return "(decoded)";
  EXPECT_EQ(result.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(result.error().source, kTestSource);
  return result.error().message;
}

// FIT seconds of a UTC instant (whole seconds since the Unix epoch).
inline std::int64_t fit_seconds(std::int64_t unix_seconds) { return unix_seconds - kFitEpoch; }

// A file with one record definition (local 0: timestamp then `fields`) and one record per entry of
// `records` (each the timestamp's FIT seconds then the field values), and, when `sport` is set, a
// session message stating it.
inline FitBytes records_file(const std::vector<FitField>& fields, const std::vector<std::vector<FitValue>>& records,
                             std::optional<std::uint8_t> sport = 1, FitEndian endian = FitEndian::Little) {
  FitWriter writer;
  std::vector<FitField> all{{253, 4, fit_type::kUint32}};
  all.insert(all.end(), fields.begin(), fields.end());
  writer.define(0, 20, all, endian);
  for (const auto& record : records) writer.data(0, record);
  if (sport) {
    writer.define(1, 18, {{5, 1, fit_type::kEnum}}, endian);
    writer.data(1, {*sport});
  }
  return writer.finish();
}

}  // namespace stride::testing
