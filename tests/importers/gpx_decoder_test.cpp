#include <cmath>
#include <cstdint>
#include <ostream>
#include <string>
#include <utility>

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "stride/importers/activity_files.hpp"
#include "stride/importers/activity_summary.hpp"
#include "xml_activity_test_support.hpp"

namespace stride::importers {
namespace {

using core::present;
using testing::bytes_of;
using testing::outcome;

constexpr const char* kGpx11Open =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
)";

// A GPX 1.1 document with one track of type `type` (none when empty) and `points` in one segment.
std::string gpx11(const std::string& points, const std::string& type = "") {
  std::string text = kGpx11Open;
  text += "<trk>";
  if (!type.empty()) text += "<type>" + type + "</type>";
  text += "<trkseg>" + points + "</trkseg></trk></gpx>\n";
  return text;
}

// The test name of a table row: its `name`.
template <class Case>
std::string case_name(const ::testing::TestParamInfo<Case>& row) {
  return row.param.name;
}

core::Result<core::RecordedActivity> decode(const std::string& text) { return decode_gpx(bytes_of(text), "run.gpx"); }

TEST(GpxDecoder, ReadsGpx11PointsWithGarminExtensions) {
  const auto activity = decode(gpx11(
      R"(<trkpt lat="46.0" lon="14.5"><ele>230.5</ele><time>2016-04-02T17:26:09Z</time>
           <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>107</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad>
           </gpxtpx:TrackPointExtension></extensions></trkpt>
         <trkpt lat="46.001" lon="14.5"><ele>231</ele><time>2016-04-02T17:26:19.5Z</time>
           <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>111</gpxtpx:hr><gpxtpx:cad>87</gpxtpx:cad>
           </gpxtpx:TrackPointExtension></extensions></trkpt>)",
      "running"));
  ASSERT_TRUE(activity) << outcome(activity);
  EXPECT_EQ(activity->format, core::ActivityFileFormat::Gpx);
  ASSERT_EQ(activity->samples.size(), 2u);
  const auto& first = activity->samples[0];
  EXPECT_DOUBLE_EQ(first.latitude_deg, 46.0);
  EXPECT_DOUBLE_EQ(first.longitude_deg, 14.5);
  EXPECT_DOUBLE_EQ(first.altitude_m, 230.5);
  EXPECT_DOUBLE_EQ(first.time_s, 1459617969.0);
  EXPECT_DOUBLE_EQ(first.heart_rate_bpm, 107);
  EXPECT_DOUBLE_EQ(first.cadence_spm, 170) << "running cadence is doubled to steps per minute";
  EXPECT_DOUBLE_EQ(first.distance_m, 0);
  EXPECT_FALSE(present(first.speed_m_s));
  EXPECT_FALSE(present(first.power_w));
  const double meridian_step = geodesic_distance_m(46.0, 14.5, 46.001, 14.5);
  EXPECT_NEAR(meridian_step, 111.1, 0.2);
  EXPECT_DOUBLE_EQ(activity->samples[1].distance_m, meridian_step);
  EXPECT_DOUBLE_EQ(activity->samples[1].time_s, 1459617979.5);

  const auto& summary = activity->summary;
  EXPECT_EQ(summary.sport, "running");
  EXPECT_EQ(summary.start_time_s, 1459617969.0);
  EXPECT_EQ(summary.elapsed_s, 10.5);
  EXPECT_EQ(summary.timer_s, 10.5);
  EXPECT_EQ(summary.distance_m, meridian_step);
  EXPECT_EQ(summary.avg_heart_rate_bpm, 109);
  EXPECT_EQ(summary.max_heart_rate_bpm, 111);
  EXPECT_EQ(summary.avg_cadence_spm, 172);
  EXPECT_TRUE(activity->laps.empty());
  EXPECT_TRUE(activity->warnings.empty());
}

TEST(GpxDecoder, ReadsGpx10PointsWithSpeed) {
  const std::string text = R"(<?xml version="1.0"?>
<gpx version="1.0" creator="GPSBabel" xmlns="http://www.topografix.com/GPX/1/0">
<wpt lat="45.7" lon="14.3"><name>ignored</name></wpt>
<rte><rtept lat="10" lon="10"/></rte>
<trk><name>ACTIVE LOG</name><trkseg>
<trkpt lat="45.5" lon="14.25"><ele>-0.5</ele><time>2010-08-05T14:23:59Z</time><course>12</course><speed>3.25</speed></trkpt>
<trkpt lat="45.501" lon="14.25"><time>2010-08-05T16:23:59+02:00</time></trkpt>
</trkseg></trk></gpx>)";
  const auto activity = decode(text);
  ASSERT_TRUE(activity) << outcome(activity);
  ASSERT_EQ(activity->samples.size(), 2u);
  EXPECT_DOUBLE_EQ(activity->samples[0].altitude_m, -0.5);
  EXPECT_DOUBLE_EQ(activity->samples[0].speed_m_s, 3.25);
  EXPECT_DOUBLE_EQ(activity->samples[0].time_s, 1281018239.0);
  EXPECT_DOUBLE_EQ(activity->samples[1].time_s, 1281018239.0) << "+02:00 is converted to UTC";
  EXPECT_FALSE(present(activity->samples[1].altitude_m));
  EXPECT_FALSE(activity->summary.sport.has_value());
  EXPECT_FALSE(activity->summary.avg_heart_rate_bpm.has_value());
  EXPECT_FALSE(activity->summary.avg_cadence_spm.has_value());
}

TEST(GpxDecoder, ConcatenatesTracksAndSegmentsInDocumentOrder) {
  const std::string text = std::string(kGpx11Open) + R"(
<trk><type>running</type><trkseg><trkpt lat="1" lon="1"/><trkpt lat="2" lon="1"/></trkseg>
     <trkseg><trkpt lat="3" lon="1"/></trkseg></trk>
<rte><rtept lat="50" lon="50"/></rte>
<trk><trkseg><trkpt lat="4" lon="1"/></trkseg></trk>
</gpx>)";
  const auto activity = decode(text);
  ASSERT_TRUE(activity) << outcome(activity);
  ASSERT_EQ(activity->samples.size(), 4u);
  for (std::size_t index = 0; index < 4; ++index) {
    EXPECT_DOUBLE_EQ(activity->samples[index].latitude_deg, static_cast<double>(index + 1));
  }
  EXPECT_DOUBLE_EQ(activity->summary.distance_m.value_or(0), geodesic_distance_m(1, 1, 4, 1));
  EXPECT_FALSE(activity->summary.start_time_s.has_value()) << "no point has a time";
  EXPECT_FALSE(activity->summary.timer_s.has_value());
}

struct ExtensionCase {
  const char* name;
  const char* extensions;  // the content of <extensions> in GPX 1.1, or of <trkpt> for "gpx10"
  double heart_rate;
  double cadence;  // as decoded for a cycling track (not doubled)
  double power;
  double speed;
};

void PrintTo(const ExtensionCase& row, std::ostream* out) { *out << row.name; }

class GpxExtensionTest : public ::testing::TestWithParam<ExtensionCase> {};

TEST_P(GpxExtensionTest, ReadsHeartRateCadenceAndPowerUnderAnyPrefix) {
  const auto& c = GetParam();
  const bool gpx10 = std::string(c.name).starts_with("gpx10");
  const std::string point = gpx10 ? std::string(R"(<trkpt lat="1" lon="2">)") + c.extensions + "</trkpt>"
                                  : std::string(R"(<trkpt lat="1" lon="2"><extensions>)") + c.extensions +
                                        "</extensions></trkpt>";
  const auto activity = decode(gpx11(point, "cycling"));
  ASSERT_TRUE(activity) << outcome(activity);
  const auto& sample = activity->samples.at(0);
  const auto expect_field = [](double actual, double expected, const char* field) {
    if (std::isnan(expected)) {
      EXPECT_TRUE(std::isnan(actual)) << field << " = " << actual;
    } else {
      EXPECT_DOUBLE_EQ(actual, expected) << field;
    }
  };
  expect_field(sample.heart_rate_bpm, c.heart_rate, "heart rate");
  expect_field(sample.cadence_spm, c.cadence, "cadence");
  expect_field(sample.power_w, c.power, "power");
  expect_field(sample.speed_m_s, c.speed, "speed");
}

constexpr double kNone = core::kMissing;

INSTANTIATE_TEST_SUITE_P(
    Table, GpxExtensionTest,
    ::testing::Values(
        ExtensionCase{"gpxtpx_prefix",
                      "<gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr><gpxtpx:cad>90</gpxtpx:cad>"
                      "</gpxtpx:TrackPointExtension>",
                      140, 90, kNone, kNone},
        ExtensionCase{"ns3_prefix",
                      R"(<ns3:TrackPointExtension xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">)"
                      "<ns3:hr>141</ns3:hr><ns3:cad>91</ns3:cad></ns3:TrackPointExtension>",
                      141, 91, kNone, kNone},
        ExtensionCase{"no_prefix", "<TrackPointExtension><hr>142</hr><cad>92</cad></TrackPointExtension>", 142, 92,
                      kNone, kNone},
        ExtensionCase{"default_namespace",
                      R"(<TrackPointExtension xmlns="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">)"
                      "<hr>143</hr><cad>93</cad><speed>3.5</speed></TrackPointExtension>",
                      143, 93, kNone, 3.5},
        ExtensionCase{"cluetrust_gpxdata", "<gpxdata:hr>144</gpxdata:hr><gpxdata:cadence>94</gpxdata:cadence>", 144,
                      94, kNone, kNone},
        ExtensionCase{"long_names", "<heartrate>145</heartrate><heart_rate>999</heart_rate>", 145, kNone, kNone,
                      kNone},
        ExtensionCase{"strava_power", "<power>250</power>", kNone, kNone, 250, kNone},
        ExtensionCase{"garmin_power_extension", "<pwr:PowerInWatts>251</pwr:PowerInWatts>", kNone, kNone, 251,
                      kNone},
        ExtensionCase{"upper_case_names", "<HR>146</HR><Cadence>96</Cadence>", 146, 96, kNone, kNone},
        ExtensionCase{"empty_value_is_absent", "<gpxtpx:TrackPointExtension><gpxtpx:hr> </gpxtpx:hr>"
                                               "</gpxtpx:TrackPointExtension>",
                      kNone, kNone, kNone, kNone},
        ExtensionCase{"gpx10_foreign_elements", "<time>2010-08-05T14:23:59Z</time><gpxdata:hr>147</gpxdata:hr>"
                                                "<speed>2.5</speed>",
                      147, kNone, kNone, 2.5}),
    case_name<ExtensionCase>);

struct SportCase {
  const char* type;
  const char* sport;
};

void PrintTo(const SportCase& row, std::ostream* out) { *out << row.type; }

class GpxSportTest : public ::testing::TestWithParam<SportCase> {};

TEST_P(GpxSportTest, MapsTrackTypeToSport) {
  const auto activity = decode(gpx11(R"(<trkpt lat="1" lon="2"/>)", GetParam().type));
  ASSERT_TRUE(activity) << outcome(activity);
  EXPECT_EQ(activity->summary.sport, GetParam().sport) << GetParam().type;
}

INSTANTIATE_TEST_SUITE_P(Table, GpxSportTest,
                         ::testing::Values(SportCase{"running", "running"}, SportCase{"run", "running"},
                                           SportCase{"Run", "running"}, SportCase{" RUNNING\n", "running"},
                                           SportCase{"9", "running"}, SportCase{"trail_running", "running"},
                                           SportCase{"Trail Running", "running"}, SportCase{"TrailRun", "running"},
                                           SportCase{"treadmill_running", "running"}, SportCase{"1", "cycling"},
                                           SportCase{"cycling", "cycling"}, SportCase{"Ride", "cycling"},
                                           SportCase{"Biking", "cycling"}, SportCase{"mountain_biking", "cycling"},
                                           SportCase{"Walk", "walking"}, SportCase{"hiking", "hiking"},
                                           SportCase{"Swim", "swimming"}, SportCase{"Nordic Ski", "nordic_ski"},
                                           SportCase{"42", "other"}, SportCase{"caf&#233;", "other"},
                                           SportCase{"a-very-long-activity-name-that-nobody-would-write",
                                                     "other"}));

TEST(GpxDecoder, KeepsCadenceAsWrittenUnlessRunning) {
  const std::string point =
      "<trkpt lat=\"1\" lon=\"2\"><extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>85</gpxtpx:cad>"
      "</gpxtpx:TrackPointExtension></extensions></trkpt>";
  for (const auto& [type, cadence] : {std::pair{"running", 170.0}, std::pair{"Run", 170.0},
                                      std::pair{"cycling", 85.0}, std::pair{"", 85.0}}) {
    const auto activity = decode(gpx11(point, type));
    ASSERT_TRUE(activity) << outcome(activity);
    EXPECT_DOUBLE_EQ(activity->samples.at(0).cadence_spm, cadence) << "type '" << type << "'";
  }
}

TEST(GpxDecoder, UsesTheFirstTrackTypeAndWarnsOfOthers) {
  const std::string text = std::string(kGpx11Open) +
                           "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"/></trkseg></trk>"
                           "<trk><type>run</type><trkseg><trkpt lat=\"1\" lon=\"1\"/></trkseg></trk>"
                           "<trk><type>ride</type><trkseg><trkpt lat=\"1\" lon=\"1\"/></trkseg></trk></gpx>";
  const auto activity = decode(text);
  ASSERT_TRUE(activity) << outcome(activity);
  EXPECT_EQ(activity->summary.sport, "running");
  ASSERT_EQ(activity->warnings.size(), 1u);
  EXPECT_EQ(activity->warnings[0], "tracks name different sports ('running', 'cycling'); the first is used");
}

TEST(GpxDecoder, MatchesElementsByLocalNameUnderAPrefixedRoot) {
  const std::string text = R"(<g:gpx xmlns:g="http://www.topografix.com/GPX/1/1" version="1.1">
<g:trk><g:trkseg><g:trkpt lat="1" lon="2"><g:ele>5</g:ele></g:trkpt><g:trkpt lat="x" lon="2"/></g:trkseg></g:trk></g:gpx>)";
  const auto activity = decode(text);
  EXPECT_EQ(outcome(activity), "run.gpx: g:gpx/g:trk[1]/g:trkseg[1]/g:trkpt[2]/@lat: 'x' is not a number");
}

class GpxErrorTest : public ::testing::TestWithParam<testing::XmlErrorCase> {};

TEST_P(GpxErrorTest, FailsTheWholeFileNamingTheElement) {
  const auto activity = decode(GetParam().document);
  ASSERT_FALSE(activity) << GetParam().name;
  EXPECT_EQ(activity.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(activity.error().source, "run.gpx");
  EXPECT_EQ(activity.error().describe(), GetParam().expected);
}

const std::string kGoodPoint = R"(<trkpt lat="1" lon="2"/>)";

INSTANTIATE_TEST_SUITE_P(
    Table, GpxErrorTest,
    ::testing::Values(
        testing::XmlErrorCase{"missing_lat", gpx11(kGoodPoint + R"(<trkpt lon="2"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[2]: missing attribute 'lat'"},
        testing::XmlErrorCase{"missing_lon", gpx11(R"(<trkpt lat="2"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]: missing attribute 'lon'"},
        testing::XmlErrorCase{"lat_not_a_number", gpx11(R"(<trkpt lat="abc" lon="2"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/@lat: 'abc' is not a number"},
        testing::XmlErrorCase{"lat_empty", gpx11(R"(<trkpt lat="" lon="2"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/@lat: '' is not a number"},
        testing::XmlErrorCase{"lat_trailing_garbage", gpx11(R"(<trkpt lat="1.5deg" lon="2"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/@lat: '1.5deg' is not a number"},
        testing::XmlErrorCase{"lat_nan", gpx11(R"(<trkpt lat="nan" lon="2"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/@lat: 'nan' is not a number"},
        testing::XmlErrorCase{"lat_hexadecimal", gpx11(R"(<trkpt lat="0x10" lon="2"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/@lat: '0x10' is not a number"},
        testing::XmlErrorCase{"lat_out_of_range", gpx11(R"(<trkpt lat="91" lon="2"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/@lat: '91' is outside the range -90 to 90"},
        testing::XmlErrorCase{"lon_out_of_range", gpx11(kGoodPoint + kGoodPoint + R"(<trkpt lat="1" lon="-180.5"/>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[3]/@lon: '-180.5' is outside the range -180 to 180"},
        testing::XmlErrorCase{"bad_time", gpx11(R"(<trkpt lat="1" lon="2"><time>yesterday</time></trkpt>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/time[1]: 'yesterday' is not an ISO 8601 date-time"},
        testing::XmlErrorCase{"impossible_date", gpx11(R"(<trkpt lat="1" lon="2"><time>2021-02-30T10:00:00Z</time></trkpt>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/time[1]: '2021-02-30T10:00:00Z' is not an ISO 8601 "
                  "date-time"},
        testing::XmlErrorCase{"bad_elevation", gpx11(R"(<trkpt lat="1" lon="2"><ele>high</ele></trkpt>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/ele[1]: 'high' is not a number"},
        testing::XmlErrorCase{"negative_heart_rate",
                  gpx11(R"(<trkpt lat="1" lon="2"><extensions><gpxtpx:TrackPointExtension>)"
                        "<gpxtpx:hr>-1</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/extensions[1]/gpxtpx:TrackPointExtension[1]/gpxtpx:hr[1]: "
                  "'-1' is negative"},
        testing::XmlErrorCase{"cadence_not_a_number", gpx11(R"(<trkpt lat="1" lon="2"><extensions><cad>fast</cad></extensions></trkpt>)"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/extensions[1]/cad[1]: 'fast' is not a number"},
        testing::XmlErrorCase{"long_value_is_shortened", gpx11(R"(<trkpt lat="1" lon="2"><ele>)" + std::string(60, 'x') + "</ele></trkpt>"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/ele[1]: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is not a "
                  "number"},
        testing::XmlErrorCase{"non_ascii_value_is_masked", gpx11("<trkpt lat=\"1\" lon=\"2\"><ele>\xc3\xa9</ele></trkpt>"),
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/ele[1]: '?" "?' is not a number"},
        testing::XmlErrorCase{"second_track_second_segment",
                  std::string(kGpx11Open) + "<trk><trkseg>" + kGoodPoint + "</trkseg></trk><trk><trkseg>" + kGoodPoint +
                      "</trkseg><trkseg><trkpt lat=\"1\" lon=\"east\"/></trkseg></trk></gpx>",
                  "run.gpx: gpx/trk[2]/trkseg[2]/trkpt[1]/@lon: 'east' is not a number"},
        testing::XmlErrorCase{"entities_are_not_expanded",
                  R"(<!DOCTYPE gpx [<!ENTITY one "1">]><gpx><trk><trkseg><trkpt lat="&one;" lon="2"/></trkseg></trk></gpx>)",
                  "run.gpx: gpx/trk[1]/trkseg[1]/trkpt[1]/@lat: '&one;' is not a number"},
        testing::XmlErrorCase{"no_track_points", gpx11(""), "run.gpx: gpx: no track points"},
        testing::XmlErrorCase{"only_waypoints_and_routes",
                  std::string(kGpx11Open) + R"(<wpt lat="1" lon="2"/><rte><rtept lat="1" lon="2"/></rte></gpx>)",
                  "run.gpx: gpx: no track points"},
        testing::XmlErrorCase{"wrong_root", R"(<?xml version="1.0"?><kml><Placemark/></kml>)",
                  "run.gpx: not a GPX document: the root element is 'kml'"},
        testing::XmlErrorCase{"tcx_given_as_gpx", "<TrainingCenterDatabase/>",
                  "run.gpx: not a GPX document: the root element is 'TrainingCenterDatabase'"},
        testing::XmlErrorCase{"mismatched_tags", "<gpx><trk></trkseg></gpx>",
                  "run.gpx: malformed XML at byte 12: Start-end tags mismatch"},
        testing::XmlErrorCase{"unterminated", "<gpx><trk><trkseg>", "run.gpx: malformed XML at byte 17: Start-end tags mismatch"},
        testing::XmlErrorCase{"empty_file", "", "run.gpx: malformed XML at byte 0: No document element found"},
        testing::XmlErrorCase{"not_xml", "GPX? no", "run.gpx: malformed XML at byte 7: No document element found"},
        testing::XmlErrorCase{"bad_attribute", "<gpx version=1.1/>",
                  "run.gpx: malformed XML at byte 13: Error parsing element attribute"}),
    case_name<testing::XmlErrorCase>);

TEST(GpxDecoder, ReadsUtf16Documents) {
  const std::string utf8 = R"(<?xml version="1.0" encoding="UTF-16"?><gpx><trk><type>Run</type><trkseg>)"
                           R"(<trkpt lat="1.5" lon="-2"><time>2010-08-05T14:23:59Z</time></trkpt></trkseg></trk></gpx>)";
  std::string utf16 = "\xff\xfe";  // little-endian byte order mark
  for (const char character : utf8) {
    utf16 += character;
    utf16 += '\0';
  }
  const auto activity = decode(utf16);
  ASSERT_TRUE(activity) << outcome(activity);
  ASSERT_EQ(activity->samples.size(), 1u);
  EXPECT_DOUBLE_EQ(activity->samples[0].latitude_deg, 1.5);
  EXPECT_DOUBLE_EQ(activity->samples[0].time_s, 1281018239.0);
  EXPECT_EQ(activity->summary.sport, "running");
}

TEST(GpxDecoder, EveryTruncationOfADocumentIsMalformed) {
  const std::string text = gpx11(
      R"(<trkpt lat="46.0" lon="14.5"><ele>230.5</ele><time>2016-04-02T17:26:09Z</time>
           <extensions><ns3:TrackPointExtension xmlns:ns3="urn:x"><ns3:hr>107</ns3:hr></ns3:TrackPointExtension>
           </extensions></trkpt><trkpt lat="46.001" lon="14.5"><!-- a comment --><![CDATA[x]]></trkpt>)",
      "running");
  ASSERT_TRUE(decode(text)) << outcome(decode(text));
  testing::expect_every_truncation_malformed(text, decode);
}

TEST(GpxDecoder, EverySingleByteCorruptionIsDecodedOrRefused) {
  const std::string text = gpx11(
      R"(<trkpt lat="46.0" lon="14.5"><ele>230.5</ele><time>2016-04-02T17:26:09Z</time>
           <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>107</gpxtpx:hr></gpxtpx:TrackPointExtension>
           </extensions></trkpt>)",
      "running");
  for (std::size_t position = 0; position < text.size(); ++position) {
    for (const char replacement : {'\0', '<', '>', '"', '&', '/', '-', 'x', '9', '\xff'}) {
      std::string corrupted = text;
      corrupted[position] = replacement;
      const auto activity = decode(corrupted);
      if (activity) {
        EXPECT_EQ(activity->samples.size(), 1u) << position;
      } else {
        EXPECT_FALSE(activity.error().message.empty()) << position;
      }
    }
  }
}

RC_GTEST_PROP(GpxDecoderProperties, NeverCrashesOnACorruptedDocument, (std::size_t position, std::uint8_t byte)) {
  std::string text = gpx11(
      R"(<trkpt lat="46.0" lon="14.5"><ele>230.5</ele><time>2016-04-02T17:26:09Z</time>
           <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>107</gpxtpx:hr></gpxtpx:TrackPointExtension>
           </extensions></trkpt><trkpt lat="46.001" lon="14.5"/>)",
      "running");
  text[position % text.size()] = static_cast<char>(byte);
  const auto activity = decode(text);
  if (activity) {
    RC_ASSERT(!activity->samples.empty());
  } else {
    RC_ASSERT(!activity.error().message.empty());
  }
}

}  // namespace
}  // namespace stride::importers
