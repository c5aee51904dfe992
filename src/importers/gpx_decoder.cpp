// The GPX 1.0 and 1.1 decoder (docs/formats/gpx-tcx.md): every trk/trkseg/trkpt in document
// order becomes one sample of one activity; routes and waypoints are ignored.

#include <string>
#include <utility>

#include "stride/importers/activity_files.hpp"
#include "stride/importers/activity_summary.hpp"
#include "xml_support.hpp"

namespace stride::importers {
namespace {

using core::ActivitySample;
using core::present;

// The sample fields an extension element can carry, found by its local name ignoring case.
enum class ExtensionField { None, HeartRate, Cadence, Power, Speed };

ExtensionField extension_field(pugi::xml_node node) {
  if (node.type() != pugi::node_element) return ExtensionField::None;
  for (const char* name : {"hr", "heartrate", "heart_rate"}) {
    if (xml::is_element_ignoring_case(node, name)) return ExtensionField::HeartRate;
  }
  for (const char* name : {"cad", "cadence"}) {
    if (xml::is_element_ignoring_case(node, name)) return ExtensionField::Cadence;
  }
  for (const char* name : {"power", "PowerInWatts"}) {
    if (xml::is_element_ignoring_case(node, name)) return ExtensionField::Power;
  }
  if (xml::is_element_ignoring_case(node, "speed")) return ExtensionField::Speed;
  return ExtensionField::None;
}

// Reads every heart rate, cadence, power and speed element in the subtree of `top` (a trkpt
// child other than ele and time: `extensions` in GPX 1.1, any foreign element in GPX 1.0) into
// the sample. Every such value must be a non-negative number; the first one of a field is kept.
core::Status read_extensions(pugi::xml_node top, const xml::ElementReader& reader, ActivitySample& sample) {
  for (auto node = top; node; node = xml::next_in_subtree(node, top)) {
    double* field = nullptr;
    switch (extension_field(node)) {
      case ExtensionField::None: continue;
      case ExtensionField::HeartRate: field = &sample.heart_rate_bpm; break;
      case ExtensionField::Cadence: field = &sample.cadence_spm; break;
      case ExtensionField::Power: field = &sample.power_w; break;
      case ExtensionField::Speed: field = &sample.speed_m_s; break;
    }
    STRIDE_TRY(const double value, reader.optional_number(node, xml::kNonNegative));
    if (!present(*field)) *field = value;
  }
  return {};
}

core::Result<ActivitySample> decode_track_point(pugi::xml_node point, const xml::ElementReader& reader) {
  ActivitySample sample;
  STRIDE_TRY(sample.latitude_deg, reader.required_attribute_number(point, "lat", xml::kLatitude));
  STRIDE_TRY(sample.longitude_deg, reader.required_attribute_number(point, "lon", xml::kLongitude));
  for (auto child = point.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    if (xml::is_element(child, "ele")) {
      STRIDE_TRY(sample.altitude_m, reader.optional_number(child, xml::kAnyValue));
    } else if (xml::is_element(child, "time")) {
      STRIDE_TRY(sample.time_s, reader.optional_time(child));
    } else {
      // GPX 1.0's <speed> is met here too, as an element with an extension name.
      STRIDE_TRY_STATUS(read_extensions(child, reader, sample));
    }
  }
  return sample;
}

// The sport of the first track that names one; a warning when later tracks name another.
void read_track_type(pugi::xml_node track, core::RecordedActivity& activity, bool& warned) {
  const auto sport = xml::sport_from_text(xml::trimmed_text(xml::child_element(track, "type")));
  if (!sport) return;
  if (!activity.summary.sport) {
    activity.summary.sport = sport;
  } else if (*sport != *activity.summary.sport && !warned) {
    activity.warnings.push_back("tracks name different sports ('" + *activity.summary.sport + "', '" + *sport +
                                "'); the first is used");
    warned = true;
  }
}

}  // namespace

core::Result<core::RecordedActivity> decode_gpx(Bytes bytes, std::string_view source) {
  pugi::xml_document document;
  STRIDE_TRY_STATUS(xml::load_document(document, bytes, source));
  STRIDE_TRY(const pugi::xml_node root, xml::root_element(document, "gpx", "GPX", source));
  const xml::ElementReader reader(source);

  core::RecordedActivity activity;
  activity.format = core::ActivityFileFormat::Gpx;
  bool warned_about_sports = false;
  for (auto track = root.first_child(); track; track = track.next_sibling()) {
    if (!xml::is_element(track, "trk")) continue;
    read_track_type(track, activity, warned_about_sports);
    for (auto segment = track.first_child(); segment; segment = segment.next_sibling()) {
      if (!xml::is_element(segment, "trkseg")) continue;
      for (auto point = segment.first_child(); point; point = point.next_sibling()) {
        if (!xml::is_element(point, "trkpt")) continue;
        STRIDE_TRY(const ActivitySample sample, decode_track_point(point, reader));
        activity.samples.push_back(sample);
      }
    }
  }
  if (activity.samples.empty()) return std::unexpected(reader.error_at(root, "no track points"));

  // Garmin's TrackPointExtension (and the apps that copy it) write running cadence per foot, in
  // strides per minute; a sample counts steps of both feet.
  if (activity.summary.sport == "running") {
    for (auto& sample : activity.samples) sample.cadence_spm *= 2;
  }
  fill_missing_distances(activity.samples);
  complete_summary(activity);
  return activity;
}

}  // namespace stride::importers
