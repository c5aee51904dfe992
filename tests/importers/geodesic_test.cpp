#include <cmath>
#include <numbers>
#include <vector>

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "stride/importers/activity_summary.hpp"

namespace stride::importers {
namespace {

using core::ActivitySample;
using core::kMissing;

struct GeodesicCase {
  double latitude1, longitude1, latitude2, longitude2;
  double distance_m;  // published WGS84 geodesic distance
};

class GeodesicTest : public ::testing::TestWithParam<GeodesicCase> {};

TEST_P(GeodesicTest, MatchesPublishedWgs84Distances) {
  const auto& c = GetParam();
  EXPECT_NEAR(geodesic_distance_m(c.latitude1, c.longitude1, c.latitude2, c.longitude2), c.distance_m, 1e-6);
  EXPECT_NEAR(geodesic_distance_m(c.latitude2, c.longitude2, c.latitude1, c.longitude1), c.distance_m, 1e-6)
      << "symmetric";
}

// The first rows of GeographicLib's geodesic test cases (tests/geodtest.cpp, from Karney's
// GeodTest data set) and the Wellington–Salamanca example of its documentation.
INSTANTIATE_TEST_SUITE_P(Karney, GeodesicTest,
                         ::testing::Values(GeodesicCase{35.60777, -139.44815, -11.17491, -69.95921, 8935244.5604818305},
                                           GeodesicCase{55.52454, 106.05087, 77.03196, 197.18234, 4105086.1713924406},
                                           GeodesicCase{-21.97856, 142.59065, 41.84138, 98.56635, 8394328.894657671},
                                           GeodesicCase{-50.56724, -16.30485, -33.56571, -94.97412, 6455670.5118668696},
                                           GeodesicCase{-87.85331, 85.66836, 66.48646, 16.09921, 17286615.3147144645},
                                           GeodesicCase{-41.22777, 122.32875, -7.57291, 130.37946, 3812686.035106021},
                                           GeodesicCase{-41.32, 174.81, 40.96, -5.50, 19959679.26735382}));

TEST(Geodesic, OneDegreeOfLatitudeAtTheEquator) {
  EXPECT_NEAR(geodesic_distance_m(0, 0, 1, 0), 110574.389, 0.001);
}

TEST(Geodesic, OneDegreeOfLongitudeAlongTheEquator) {
  // An arc of the equator: the semi-major axis 6378137 m times one degree in radians.
  EXPECT_NEAR(geodesic_distance_m(0, 0, 0, 1), 6378137.0 * std::numbers::pi / 180.0, 1e-6);
}

TEST(Geodesic, IsZeroForTheSamePoint) {
  EXPECT_EQ(geodesic_distance_m(45.5, 14.25, 45.5, 14.25), 0.0);
  EXPECT_EQ(geodesic_distance_m(90, 0, 90, 120), 0.0) << "the pole at any longitude";
}

TEST(Geodesic, CrossesTheAntimeridianTheShortWay) {
  EXPECT_NEAR(geodesic_distance_m(0, 179.9, 0, -179.9), 6378137.0 * std::numbers::pi / 180.0 * 0.2, 1e-6);
}

RC_GTEST_PROP(GeodesicProperties, TwoLegsAreNeverShorterThanTheDirectDistance, ()) {
  const auto coordinate = [](int limit) {
    return static_cast<double>(*rc::gen::inRange(-limit * 1000, limit * 1000 + 1)) / 1000.0;
  };
  const double latitude_a = coordinate(90), longitude_a = coordinate(180);
  const double latitude_b = coordinate(90), longitude_b = coordinate(180);
  const double latitude_c = coordinate(90), longitude_c = coordinate(180);
  const double direct = geodesic_distance_m(latitude_a, longitude_a, latitude_c, longitude_c);
  const double legs = geodesic_distance_m(latitude_a, longitude_a, latitude_b, longitude_b) +
                      geodesic_distance_m(latitude_b, longitude_b, latitude_c, longitude_c);
  RC_ASSERT(legs >= direct - 1e-6);
  RC_ASSERT(direct >= 0.0);
  RC_ASSERT(direct <= 20003931.46);  // half the meridian: no geodesic is longer
}

TEST(FillMissingDistances, AddsGeodesicsBetweenConsecutivePositions) {
  std::vector<ActivitySample> samples(4);
  samples[0].time_s = 0;  // no position yet
  samples[1].latitude_deg = 0, samples[1].longitude_deg = 0;
  samples[2].time_s = 5;  // a gap in the positions keeps the distance reached
  samples[3].latitude_deg = 0.01, samples[3].longitude_deg = 0;
  fill_missing_distances(samples);
  EXPECT_EQ(samples[0].distance_m, 0);
  EXPECT_EQ(samples[1].distance_m, 0);
  EXPECT_EQ(samples[2].distance_m, 0);
  EXPECT_DOUBLE_EQ(samples[3].distance_m, geodesic_distance_m(0, 0, 0.01, 0));
}

TEST(FillMissingDistances, LeavesSamplesAloneWhenAnyCarriesADistance) {
  std::vector<ActivitySample> samples(2);
  samples[0].latitude_deg = 0, samples[0].longitude_deg = 0;
  samples[1].latitude_deg = 1, samples[1].longitude_deg = 0, samples[1].distance_m = 42;
  fill_missing_distances(samples);
  EXPECT_TRUE(std::isnan(samples[0].distance_m));
  EXPECT_EQ(samples[1].distance_m, 42);
}

TEST(FillMissingDistances, GivesZeroWithoutPositions) {
  std::vector<ActivitySample> samples(3);
  fill_missing_distances(samples);
  for (const auto& sample : samples) EXPECT_EQ(sample.distance_m, 0);
  EXPECT_TRUE(std::isnan(kMissing));
}

}  // namespace
}  // namespace stride::importers
