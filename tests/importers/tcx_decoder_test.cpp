#include <cstdint>
#include <ostream>
#include <string>
#include <utility>

#include <fmt/format.h>
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

constexpr const char* kTcxOpen = R"(<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
    xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
)";

// A TCX document with one activity of `sport` holding `laps`.
std::string tcx(const std::string& laps, const std::string& sport = "Running") {
  return std::string(kTcxOpen) + "<Activities><Activity Sport=\"" + sport +
         "\"><Id>2012-12-26T21:29:53Z</Id>" + laps + "</Activity></Activities></TrainingCenterDatabase>\n";
}

// A Trackpoint at `time` (seconds after 21:29:53) with the other children given.
std::string trackpoint(int seconds_after_start, const std::string& children) {
  const int minute = 29 + (53 + seconds_after_start) / 60;
  const int second = (53 + seconds_after_start) % 60;
  return fmt::format("<Trackpoint><Time>2012-12-26T21:{:02}:{:02}Z</Time>{}</Trackpoint>", minute, second, children);
}

// The test name of a table row: its `name`.
template <class Case>
std::string case_name(const ::testing::TestParamInfo<Case>& row) {
  return row.param.name;
}

core::Result<core::RecordedActivity> decode(const std::string& text) { return decode_tcx(bytes_of(text), "run.tcx"); }

const std::string kTwoLaps =
    R"(<Lap StartTime="2012-12-26T21:29:53Z"><TotalTimeSeconds>10</TotalTimeSeconds>
         <DistanceMeters>30.5</DistanceMeters><AverageHeartRateBpm><Value>120</Value></AverageHeartRateBpm>
         <MaximumHeartRateBpm><Value>130</Value></MaximumHeartRateBpm>
         <Extensions><ns3:LX><ns3:AvgRunCadence>84</ns3:AvgRunCadence></ns3:LX></Extensions>
         <Track>)" +
    trackpoint(0, R"(<Position><LatitudeDegrees>35.95</LatitudeDegrees><LongitudeDegrees>-79.09</LongitudeDegrees>
                   </Position><AltitudeMeters>178.9</AltitudeMeters><DistanceMeters>0.0</DistanceMeters>
                   <HeartRateBpm><Value>110</Value></HeartRateBpm>
                   <Extensions><ns3:TPX><ns3:Speed>3.1</ns3:Speed><ns3:RunCadence>82</ns3:RunCadence>
                   <ns3:Watts>240</ns3:Watts></ns3:TPX></Extensions>)") +
    trackpoint(10, R"(<DistanceMeters>30.5</DistanceMeters><HeartRateBpm><Value>130</Value></HeartRateBpm>
                    <Extensions><ns3:TPX><ns3:RunCadence>86</ns3:RunCadence></ns3:TPX></Extensions>)") +
    R"(</Track></Lap>
       <Lap StartTime="2012-12-26T21:30:03Z"><TotalTimeSeconds>20.5</TotalTimeSeconds><DistanceMeters>60</DistanceMeters>
         <Cadence>80</Cadence><Track>)" +
    trackpoint(20, "<DistanceMeters>60</DistanceMeters><HeartRateBpm><Value>140</Value></HeartRateBpm>") +
    R"(</Track><Track>)" + trackpoint(31, "<DistanceMeters>90.5</DistanceMeters>") + "</Track></Lap>";

TEST(TcxDecoder, ReadsLapsTrackpointsAndExtensions) {
  const auto activity = decode(tcx(kTwoLaps));
  ASSERT_TRUE(activity) << outcome(activity);
  EXPECT_EQ(activity->format, core::ActivityFileFormat::Tcx);
  ASSERT_EQ(activity->laps.size(), 2u);
  const auto& first_lap = activity->laps[0];
  EXPECT_DOUBLE_EQ(first_lap.start_time_s, 1356557393.0);
  EXPECT_DOUBLE_EQ(first_lap.timer_s, 10);
  EXPECT_DOUBLE_EQ(first_lap.distance_m, 30.5);
  EXPECT_DOUBLE_EQ(first_lap.avg_heart_rate_bpm, 120);
  EXPECT_DOUBLE_EQ(first_lap.max_heart_rate_bpm, 130);
  EXPECT_DOUBLE_EQ(first_lap.avg_cadence_spm, 168) << "AvgRunCadence is strides per minute";
  EXPECT_FALSE(present(first_lap.elapsed_s));
  const auto& second_lap = activity->laps[1];
  EXPECT_DOUBLE_EQ(second_lap.start_time_s, 1356557403.0);
  EXPECT_DOUBLE_EQ(second_lap.avg_cadence_spm, 160) << "Cadence of a running activity is doubled";
  EXPECT_FALSE(present(second_lap.avg_heart_rate_bpm));

  ASSERT_EQ(activity->samples.size(), 4u);
  const auto& first = activity->samples[0];
  EXPECT_DOUBLE_EQ(first.time_s, 1356557393.0);
  EXPECT_DOUBLE_EQ(first.latitude_deg, 35.95);
  EXPECT_DOUBLE_EQ(first.longitude_deg, -79.09);
  EXPECT_DOUBLE_EQ(first.altitude_m, 178.9);
  EXPECT_DOUBLE_EQ(first.distance_m, 0);
  EXPECT_DOUBLE_EQ(first.heart_rate_bpm, 110);
  EXPECT_DOUBLE_EQ(first.speed_m_s, 3.1);
  EXPECT_DOUBLE_EQ(first.cadence_spm, 164);
  EXPECT_DOUBLE_EQ(first.power_w, 240);
  EXPECT_DOUBLE_EQ(activity->samples[1].cadence_spm, 172);
  EXPECT_FALSE(present(activity->samples[1].latitude_deg));
  EXPECT_FALSE(present(activity->samples[2].cadence_spm));
  EXPECT_DOUBLE_EQ(activity->samples[3].time_s, 1356557424.0) << "the second Track of a lap is read too";
  EXPECT_DOUBLE_EQ(activity->samples[3].distance_m, 90.5);

  const auto& summary = activity->summary;
  EXPECT_EQ(summary.sport, "running");
  EXPECT_EQ(summary.start_time_s, 1356557393.0);
  EXPECT_EQ(summary.timer_s, 30.5) << "the laps' TotalTimeSeconds added up";
  EXPECT_EQ(summary.elapsed_s, 31);
  EXPECT_EQ(summary.distance_m, 90.5) << "the largest trackpoint distance";
  EXPECT_EQ(summary.avg_heart_rate_bpm, 380.0 / 3);
  EXPECT_EQ(summary.max_heart_rate_bpm, 140);
  EXPECT_EQ(summary.avg_cadence_spm, 168);
  EXPECT_EQ(summary.avg_power_w, 240);
  EXPECT_TRUE(activity->warnings.empty());
}

TEST(TcxDecoder, KeepsBikeCadenceAsWritten) {
  const std::string laps = "<Lap><Cadence>90</Cadence><Track>" + trackpoint(0, "<Cadence>88</Cadence>") +
                           "</Track></Lap>";
  const auto activity = decode(tcx(laps, "Biking"));
  ASSERT_TRUE(activity) << outcome(activity);
  EXPECT_EQ(activity->summary.sport, "cycling");
  EXPECT_DOUBLE_EQ(activity->laps.at(0).avg_cadence_spm, 90);
  EXPECT_DOUBLE_EQ(activity->samples.at(0).cadence_spm, 88);
  EXPECT_FALSE(present(activity->laps.at(0).start_time_s));
}

TEST(TcxDecoder, MapsTheSportAttribute) {
  const std::string laps = "<Lap><Track>" + trackpoint(0, "") + "</Track></Lap>";
  for (const auto& [attribute, sport] : {std::pair{"Running", "running"}, std::pair{"Biking", "cycling"},
                                         std::pair{"Other", "other"}}) {
    const auto activity = decode(tcx(laps, attribute));
    ASSERT_TRUE(activity) << outcome(activity);
    EXPECT_EQ(activity->summary.sport, sport);
  }
  const std::string without_sport = std::string(kTcxOpen) + "<Activities><Activity>" + laps +
                                    "</Activity></Activities></TrainingCenterDatabase>";
  const auto activity = decode(without_sport);
  ASSERT_TRUE(activity) << outcome(activity);
  EXPECT_FALSE(activity->summary.sport.has_value());
  EXPECT_EQ(activity->summary.start_time_s, 1356557393.0) << "the first trackpoint's time without an Id";
}

TEST(TcxDecoder, UsesLapDistancesAndGeodesicsWithoutTrackpointDistances) {
  const std::string laps =
      "<Lap><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>250</DistanceMeters><Track>" +
      trackpoint(0, "<Position><LatitudeDegrees>0</LatitudeDegrees><LongitudeDegrees>0</LongitudeDegrees></Position>") +
      trackpoint(30, "<Position><LatitudeDegrees>0.001</LatitudeDegrees><LongitudeDegrees>0</LongitudeDegrees></Position>") +
      "</Track></Lap><Lap><TotalTimeSeconds>30</TotalTimeSeconds><DistanceMeters>100</DistanceMeters><Track>" +
      trackpoint(60, "<Position><LatitudeDegrees>0.002</LatitudeDegrees><LongitudeDegrees>0</LongitudeDegrees></Position>") +
      "</Track></Lap>";
  const auto activity = decode(tcx(laps));
  ASSERT_TRUE(activity) << outcome(activity);
  EXPECT_EQ(activity->summary.distance_m, 350) << "the laps' DistanceMeters added up";
  EXPECT_EQ(activity->summary.timer_s, 90);
  ASSERT_EQ(activity->samples.size(), 3u);
  EXPECT_DOUBLE_EQ(activity->samples[0].distance_m, 0);
  EXPECT_NEAR(activity->samples[2].distance_m, 221.1, 0.1) << "geodesic distances along the meridian";
}

TEST(TcxDecoder, ImportsTheFirstOfSeveralActivitiesWithAWarning) {
  const std::string activity_element = "<Activity Sport=\"Running\"><Lap><Track>" + trackpoint(0, "") +
                                       "</Track></Lap></Activity>";
  const std::string text = std::string(kTcxOpen) + "<Activities>" + activity_element +
                           "<Activity Sport=\"Biking\"><Lap><Track>" + trackpoint(5, "") + trackpoint(6, "") +
                           "</Track></Lap></Activity>" + activity_element +
                           "</Activities></TrainingCenterDatabase>";
  const auto activity = decode(text);
  ASSERT_TRUE(activity) << outcome(activity);
  EXPECT_EQ(activity->summary.sport, "running");
  EXPECT_EQ(activity->samples.size(), 1u);
  ASSERT_EQ(activity->warnings.size(), 1u);
  EXPECT_EQ(activity->warnings[0], "file holds 3 activities; imported the first");
}

struct ExtensionCase {
  const char* name;
  const char* extensions;  // the content of Trackpoint/Extensions
};

void PrintTo(const ExtensionCase& row, std::ostream* out) { *out << row.name; }

class TcxExtensionTest : public ::testing::TestWithParam<ExtensionCase> {};

TEST_P(TcxExtensionTest, ReadsRunCadenceSpeedAndWattsUnderAnyPrefix) {
  const auto activity =
      decode(tcx("<Lap><Track>" + trackpoint(0, std::string("<Extensions>") + GetParam().extensions + "</Extensions>") +
                 "</Track></Lap>"));
  ASSERT_TRUE(activity) << outcome(activity);
  const auto& sample = activity->samples.at(0);
  EXPECT_DOUBLE_EQ(sample.cadence_spm, 180);
  EXPECT_DOUBLE_EQ(sample.speed_m_s, 3.5);
  EXPECT_DOUBLE_EQ(sample.power_w, 300);
}

INSTANTIATE_TEST_SUITE_P(
    Table, TcxExtensionTest,
    ::testing::Values(
        ExtensionCase{"ns3", "<ns3:TPX><ns3:Speed>3.5</ns3:Speed><ns3:RunCadence>90</ns3:RunCadence>"
                             "<ns3:Watts>300</ns3:Watts></ns3:TPX>"},
        ExtensionCase{"ax", R"(<ax:TPX xmlns:ax="http://www.garmin.com/xmlschemas/ActivityExtension/v2">)"
                            "<ax:Speed>3.5</ax:Speed><ax:RunCadence>90</ax:RunCadence><ax:Watts>300</ax:Watts></ax:TPX>"},
        ExtensionCase{"default_namespace",
                      R"(<TPX xmlns="http://www.garmin.com/xmlschemas/ActivityExtension/v2">)"
                      "<Speed>3.5</Speed><RunCadence>90</RunCadence><Watts>300</Watts></TPX>"},
        ExtensionCase{"no_prefix", "<TPX><Speed>3.5</Speed><RunCadence>90</RunCadence><Watts>300</Watts></TPX>"}),
    case_name<ExtensionCase>);

class TcxErrorTest : public ::testing::TestWithParam<testing::XmlErrorCase> {};

TEST_P(TcxErrorTest, FailsTheWholeFileNamingTheElement) {
  const auto activity = decode(GetParam().document);
  ASSERT_FALSE(activity) << GetParam().name;
  EXPECT_EQ(activity.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(activity.error().describe(), GetParam().expected);
}

std::string one_lap(const std::string& second_point_children) {
  return tcx("<Lap><Track>" + trackpoint(0, "") + trackpoint(1, second_point_children) + "</Track></Lap>");
}

INSTANTIATE_TEST_SUITE_P(
    Table, TcxErrorTest,
    ::testing::Values(
        testing::XmlErrorCase{"bad_time", tcx("<Lap><Track><Trackpoint><Time>26/12/2012</Time></Trackpoint></Track></Lap>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/Track[1]/Trackpoint[1]/Time[1]: "
                  "'26/12/2012' is not an ISO 8601 date-time"},
        testing::XmlErrorCase{"bad_latitude",
                  one_lap("<Position><LatitudeDegrees>north</LatitudeDegrees><LongitudeDegrees>1</LongitudeDegrees></Position>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/Track[1]/Trackpoint[2]/Position[1]/"
                  "LatitudeDegrees[1]: 'north' is not a number"},
        testing::XmlErrorCase{"longitude_out_of_range",
                  one_lap("<Position><LatitudeDegrees>1</LatitudeDegrees><LongitudeDegrees>200</LongitudeDegrees></Position>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/Track[1]/Trackpoint[2]/Position[1]/"
                  "LongitudeDegrees[1]: '200' is outside the range -180 to 180"},
        testing::XmlErrorCase{"half_a_position", one_lap("<Position><LatitudeDegrees>1</LatitudeDegrees></Position>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/Track[1]/Trackpoint[2]/Position[1]: "
                  "a position needs both LatitudeDegrees and LongitudeDegrees"},
        testing::XmlErrorCase{"negative_distance", one_lap("<DistanceMeters>-3</DistanceMeters>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/Track[1]/Trackpoint[2]/"
                  "DistanceMeters[1]: '-3' is negative"},
        testing::XmlErrorCase{"bad_heart_rate", one_lap("<HeartRateBpm><Value>1 2 0</Value></HeartRateBpm>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/Track[1]/Trackpoint[2]/"
                  "HeartRateBpm[1]/Value[1]: '1 2 0' is not a number"},
        testing::XmlErrorCase{"bad_run_cadence", one_lap("<Extensions><ns3:TPX><ns3:RunCadence>x</ns3:RunCadence></ns3:TPX></Extensions>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/Track[1]/Trackpoint[2]/"
                  "Extensions[1]/ns3:TPX[1]/ns3:RunCadence[1]: 'x' is not a number"},
        testing::XmlErrorCase{"bad_lap_start", tcx("<Lap StartTime=\"soon\"><Track>" + trackpoint(0, "") + "</Track></Lap>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/@StartTime: 'soon' is not an ISO "
                  "8601 date-time"},
        testing::XmlErrorCase{"bad_lap_time",
                  tcx("<Lap><Track>" + trackpoint(0, "") + "</Track></Lap><Lap><TotalTimeSeconds>1:00</TotalTimeSeconds></Lap>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[2]/TotalTimeSeconds[1]: '1:00' is not a "
                  "number"},
        testing::XmlErrorCase{"bad_lap_heart_rate",
                  tcx("<Lap><MaximumHeartRateBpm><Value>-7</Value></MaximumHeartRateBpm></Lap>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Lap[1]/MaximumHeartRateBpm[1]/Value[1]: "
                  "'-7' is negative"},
        testing::XmlErrorCase{"bad_id", std::string(kTcxOpen) + "<Activities><Activity><Id>today</Id></Activity></Activities>"
                                                    "</TrainingCenterDatabase>",
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]/Id[1]: 'today' is not an ISO 8601 date-time"},
        testing::XmlErrorCase{"no_track_points", tcx("<Lap><TotalTimeSeconds>60</TotalTimeSeconds></Lap>"),
                  "run.tcx: TrainingCenterDatabase/Activities[1]/Activity[1]: no track points"},
        testing::XmlErrorCase{"no_activity", std::string(kTcxOpen) + "<Activities/></TrainingCenterDatabase>",
                  "run.tcx: TrainingCenterDatabase: no activity"},
        testing::XmlErrorCase{"courses_only", std::string(kTcxOpen) + "<Courses><Course/></Courses></TrainingCenterDatabase>",
                  "run.tcx: TrainingCenterDatabase: no activity"},
        testing::XmlErrorCase{"wrong_root", "<gpx/>", "run.tcx: not a TCX document: the root element is 'gpx'"},
        testing::XmlErrorCase{"unterminated", "<TrainingCenterDatabase><Activities>",
                  "run.tcx: malformed XML at byte 35: Start-end tags mismatch"},
        testing::XmlErrorCase{"unquoted_attribute", "<TrainingCenterDatabase><Activities><Activity Sport=Running>",
                  "run.tcx: malformed XML at byte 52: Error parsing element attribute"}),
    case_name<testing::XmlErrorCase>);

TEST(TcxDecoder, EveryTruncationOfADocumentIsMalformed) {
  const std::string text = tcx(kTwoLaps);
  ASSERT_TRUE(decode(text)) << outcome(decode(text));
  testing::expect_every_truncation_malformed(text, decode);
}

TEST(TcxDecoder, EverySingleByteCorruptionIsDecodedOrRefused) {
  const std::string text = tcx(kTwoLaps);
  for (std::size_t position = 0; position < text.size(); ++position) {
    for (const char replacement : {'\0', '<', '>', '"', '&', '/', '-', 'x', '9', '\xff'}) {
      std::string corrupted = text;
      corrupted[position] = replacement;
      const auto activity = decode(corrupted);
      if (activity) {
        EXPECT_FALSE(activity->samples.empty()) << position;
      } else {
        EXPECT_FALSE(activity.error().message.empty()) << position;
      }
    }
  }
}

RC_GTEST_PROP(TcxDecoderProperties, NeverCrashesOnACorruptedDocument, (std::size_t position, std::uint8_t byte)) {
  std::string text = tcx(kTwoLaps);
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
