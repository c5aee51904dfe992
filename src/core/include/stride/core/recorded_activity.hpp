#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"

namespace stride::core {

// The file formats an activity can be imported from (contract §4.5 `format`).
enum class ActivityFileFormat { Fit, Gpx, Tcx };

template <>
struct EnumNames<ActivityFileFormat> {
  static constexpr std::array<std::string_view, 3> names{"fit", "gpx", "tcx"};
};

// The value a sample field holds when the recording did not carry it.
inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// True when a sample or lap field holds a value (is not kMissing).
[[nodiscard]] inline bool present(double value) { return !std::isnan(value); }

// One point of a recording. Every field is kMissing when the file does not carry it, so a sample
// stays flat and cheap to fill at decode speed. Times are UTC seconds since 1970-01-01T00:00:00Z.
// `cadence_spm` counts steps of both feet per minute (FIT running cadence is strides per minute
// and is doubled on decoding). `distance_m` is cumulative from the start of the activity.
struct ActivitySample {
  double time_s = kMissing;
  double latitude_deg = kMissing;
  double longitude_deg = kMissing;
  double distance_m = kMissing;
  double speed_m_s = kMissing;
  double altitude_m = kMissing;
  double heart_rate_bpm = kMissing;
  double cadence_spm = kMissing;
  double power_w = kMissing;
  double stance_time_ms = kMissing;
  double vertical_oscillation_mm = kMissing;
  double step_length_mm = kMissing;
  double vertical_ratio_percent = kMissing;
  double stance_time_balance_left_percent = kMissing;
};

// One lap as the file reports it; fields the file does not carry are kMissing.
struct ActivityLap {
  double start_time_s = kMissing;
  double timer_s = kMissing;
  double elapsed_s = kMissing;
  double distance_m = kMissing;
  double avg_heart_rate_bpm = kMissing;
  double max_heart_rate_bpm = kMissing;
  double avg_cadence_spm = kMissing;
};

// The whole-activity figures of contract §4.5. A decoder fills what the file states (a FIT session
// message, TCX lap totals); importers::complete_summary() fills the rest from the samples.
struct ActivitySummary {
  std::optional<std::string> sport;  // lower-case words with underscores: "running", "cycling"
  std::optional<double> start_time_s;
  std::optional<double> timer_s;
  std::optional<double> elapsed_s;
  std::optional<double> distance_m;
  std::optional<double> avg_heart_rate_bpm;
  std::optional<double> max_heart_rate_bpm;
  std::optional<double> avg_cadence_spm;
  std::optional<double> avg_power_w;
  std::optional<double> avg_stance_time_ms;
  std::optional<double> avg_vertical_oscillation_mm;
  std::optional<double> avg_step_length_mm;
  std::optional<double> avg_vertical_ratio_percent;
  std::optional<double> avg_stance_time_balance_left_percent;
};

// One performed set of a strength recording (a FIT `set` message with set_type active), in the
// watch's terms: Garmin's exercise_category and, within it, the exercise_name number. The service
// maps them to a Stride exercise id (docs/import.md). Fields the file does not carry are nullopt.
struct RecordedSet {
  std::optional<int> category;       // FIT exercise_category (65534 unknown is given as nullopt)
  std::optional<int> exercise_name;  // the <category>_exercise_name number (FIT category_subtype)
  std::optional<int> repetitions;
  std::optional<double> weight_kg;   // nullopt for 0 kg (bodyweight) as for no weight
  std::optional<double> duration_s;
  std::optional<double> start_time_s;  // UTC seconds since the epoch

  friend bool operator==(const RecordedSet&, const RecordedSet&) = default;
};

// One activity decoded from one file (a chained FIT file is one activity with all its records).
// `warnings` are things skipped or repaired on the way (an unknown message, a missing CRC), in
// the order met; they never hide lost data: a file that cannot be read whole is an error instead.
struct RecordedActivity {
  ActivityFileFormat format = ActivityFileFormat::Fit;
  ActivitySummary summary;
  std::vector<ActivitySample> samples;
  std::vector<ActivityLap> laps;
  std::vector<std::string> warnings;
  std::vector<RecordedSet> sets;  // a strength recording's active sets, in the order performed
};

// Formats UTC seconds since the epoch as ISO 8601 `YYYY-MM-DDThh:mm:ssZ`, rounded to the second.
[[nodiscard]] std::string format_utc_time(double seconds_since_epoch);

// Parses ISO 8601 date-times as GPX and TCX write them: `YYYY-MM-DDThh:mm:ss`, optional fraction,
// then `Z`, `+hh:mm` or `-hh:mm` (no zone means UTC). Returns UTC seconds since the epoch.
[[nodiscard]] std::optional<double> parse_utc_time(std::string_view text);

// The UTC calendar date of an instant.
[[nodiscard]] Date utc_date(double seconds_since_epoch);

}  // namespace stride::core
