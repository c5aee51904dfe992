// The Garmin Training Center XML (TCX) decoder (docs/formats/gpx-tcx.md): the first Activity,
// its laps, and every Trackpoint of every Track of every Lap, in document order.

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "stride/importers/activity_files.hpp"
#include "stride/importers/activity_summary.hpp"
#include "xml_support.hpp"

namespace stride::importers {
namespace {

using core::ActivityLap;
using core::ActivitySample;
using core::kMissing;
using core::present;

// Steps of both feet per minute from a cadence the file states per foot (strides per minute).
double steps_from_strides(double strides_per_minute) { return strides_per_minute * 2; }

// What decoding one activity needs besides the elements.
struct ActivityContext {
  const xml::ElementReader& reader;
  // TCX writes running cadence per foot: <Cadence> of a running activity, and RunCadence and
  // AvgRunCadence of any activity, are doubled to steps per minute.
  bool running;
};

// The number in child `name`'s <Value> child (HeartRateBpm, AverageHeartRateBpm, …).
core::Result<double> value_child(pugi::xml_node parent, std::string_view name, const xml::ElementReader& reader) {
  return reader.optional_number(xml::child_element(xml::child_element(parent, name), "Value"), xml::kNonNegative);
}

// The first element with local name `name` in the subtree of `top` (an Extensions element), or
// kMissing; the value must be a non-negative number.
core::Result<double> extension_value(pugi::xml_node top, std::string_view name, const xml::ElementReader& reader) {
  if (!top) return kMissing;
  for (auto node = top; node; node = xml::next_in_subtree(node, top)) {
    if (xml::is_element(node, name)) return reader.optional_number(node, xml::kNonNegative);
  }
  return kMissing;
}

core::Result<ActivityLap> decode_lap(pugi::xml_node lap_element, const ActivityContext& context) {
  const auto& reader = context.reader;
  ActivityLap lap;
  STRIDE_TRY(lap.start_time_s, reader.optional_attribute_time(lap_element, "StartTime"));
  STRIDE_TRY(lap.timer_s, reader.optional_number(xml::child_element(lap_element, "TotalTimeSeconds"), xml::kNonNegative));
  STRIDE_TRY(lap.distance_m, reader.optional_number(xml::child_element(lap_element, "DistanceMeters"), xml::kNonNegative));
  STRIDE_TRY(lap.avg_heart_rate_bpm, value_child(lap_element, "AverageHeartRateBpm", reader));
  STRIDE_TRY(lap.max_heart_rate_bpm, value_child(lap_element, "MaximumHeartRateBpm", reader));
  STRIDE_TRY(const double cadence, reader.optional_number(xml::child_element(lap_element, "Cadence"), xml::kNonNegative));
  STRIDE_TRY(const double run_cadence,
             extension_value(xml::child_element(lap_element, "Extensions"), "AvgRunCadence", reader));
  if (present(run_cadence)) {
    lap.avg_cadence_spm = steps_from_strides(run_cadence);
  } else {
    lap.avg_cadence_spm = context.running ? steps_from_strides(cadence) : cadence;
  }
  return lap;
}

core::Status read_position(pugi::xml_node position, const xml::ElementReader& reader, ActivitySample& sample) {
  if (!position) return {};
  STRIDE_TRY(sample.latitude_deg, reader.optional_number(xml::child_element(position, "LatitudeDegrees"), xml::kLatitude));
  STRIDE_TRY(sample.longitude_deg,
             reader.optional_number(xml::child_element(position, "LongitudeDegrees"), xml::kLongitude));
  if (present(sample.latitude_deg) != present(sample.longitude_deg)) {
    return std::unexpected(reader.error_at(position, "a position needs both LatitudeDegrees and LongitudeDegrees"));
  }
  return {};
}

core::Result<ActivitySample> decode_trackpoint(pugi::xml_node point, const ActivityContext& context) {
  const auto& reader = context.reader;
  ActivitySample sample;
  STRIDE_TRY(sample.time_s, reader.optional_time(xml::child_element(point, "Time")));
  STRIDE_TRY_STATUS(read_position(xml::child_element(point, "Position"), reader, sample));
  STRIDE_TRY(sample.altitude_m, reader.optional_number(xml::child_element(point, "AltitudeMeters"), xml::kAnyValue));
  STRIDE_TRY(sample.distance_m, reader.optional_number(xml::child_element(point, "DistanceMeters"), xml::kNonNegative));
  STRIDE_TRY(sample.heart_rate_bpm, value_child(point, "HeartRateBpm", reader));
  STRIDE_TRY(const double cadence, reader.optional_number(xml::child_element(point, "Cadence"), xml::kNonNegative));
  const pugi::xml_node extensions = xml::child_element(point, "Extensions");
  STRIDE_TRY(sample.speed_m_s, extension_value(extensions, "Speed", reader));
  STRIDE_TRY(sample.power_w, extension_value(extensions, "Watts", reader));
  STRIDE_TRY(const double run_cadence, extension_value(extensions, "RunCadence", reader));
  if (present(run_cadence)) {
    sample.cadence_spm = steps_from_strides(run_cadence);
  } else {
    sample.cadence_spm = context.running ? steps_from_strides(cadence) : cadence;
  }
  return sample;
}

// Every Lap of the activity into `activity.laps`, and every Trackpoint of its Tracks into
// `activity.samples`.
core::Status read_laps(pugi::xml_node activity_element, const ActivityContext& context,
                       core::RecordedActivity& activity) {
  for (auto lap = activity_element.first_child(); lap; lap = lap.next_sibling()) {
    if (!xml::is_element(lap, "Lap")) continue;
    STRIDE_TRY(const ActivityLap decoded_lap, decode_lap(lap, context));
    activity.laps.push_back(decoded_lap);
    for (auto track = lap.first_child(); track; track = track.next_sibling()) {
      if (!xml::is_element(track, "Track")) continue;
      for (auto point = track.first_child(); point; point = point.next_sibling()) {
        if (!xml::is_element(point, "Trackpoint")) continue;
        STRIDE_TRY(const ActivitySample sample, decode_trackpoint(point, context));
        activity.samples.push_back(sample);
      }
    }
  }
  return {};
}

// The lap distances added up, when every lap states one.
std::optional<double> laps_distance(const std::vector<ActivityLap>& laps) {
  if (laps.empty()) return std::nullopt;
  double total = 0;
  for (const auto& lap : laps) {
    if (!present(lap.distance_m)) return std::nullopt;
    total += lap.distance_m;
  }
  return total;
}

}  // namespace

core::Result<core::RecordedActivity> decode_tcx(Bytes bytes, std::string_view source) {
  pugi::xml_document document;
  STRIDE_TRY_STATUS(xml::load_document(document, bytes, source));
  STRIDE_TRY(const pugi::xml_node root, xml::root_element(document, "TrainingCenterDatabase", "TCX", source));
  const xml::ElementReader reader(source);

  pugi::xml_node first_activity;
  std::size_t activity_count = 0;
  for (auto activities = root.first_child(); activities; activities = activities.next_sibling()) {
    if (!xml::is_element(activities, "Activities")) continue;
    for (auto element = activities.first_child(); element; element = element.next_sibling()) {
      if (!xml::is_element(element, "Activity")) continue;
      if (activity_count++ == 0) first_activity = element;
    }
  }
  if (!first_activity) return std::unexpected(reader.error_at(root, "no activity"));

  core::RecordedActivity activity;
  activity.format = core::ActivityFileFormat::Tcx;
  if (activity_count > 1) {
    activity.warnings.push_back(fmt::format("file holds {} activities; imported the first", activity_count));
  }
  activity.summary.sport = xml::sport_from_text(first_activity.attribute("Sport").value());
  STRIDE_TRY(const double start_time, reader.optional_time(xml::child_element(first_activity, "Id")));
  if (present(start_time)) activity.summary.start_time_s = start_time;

  const ActivityContext context{reader, activity.summary.sport == "running"};
  STRIDE_TRY_STATUS(read_laps(first_activity, context, activity));
  if (activity.samples.empty()) return std::unexpected(reader.error_at(first_activity, "no track points"));

  // Without trackpoint distances the laps' totals are the file's own figure; the samples get
  // geodesic distances between their positions. complete_summary() adds up the lap timers.
  if (std::none_of(activity.samples.begin(), activity.samples.end(),
                   [](const ActivitySample& sample) { return present(sample.distance_m); })) {
    activity.summary.distance_m = laps_distance(activity.laps);
    fill_missing_distances(activity.samples);
  }
  complete_summary(activity);
  return activity;
}

}  // namespace stride::importers
