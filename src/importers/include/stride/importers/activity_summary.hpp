#pragma once

#include <vector>

#include "stride/core/recorded_activity.hpp"

namespace stride::importers {

// The distance in metres between two points on the WGS84 ellipsoid along the geodesic (Karney's
// algorithm, through GeographicLib).
[[nodiscard]] double geodesic_distance_m(double latitude1_deg, double longitude1_deg, double latitude2_deg,
                                         double longitude2_deg);

// When no sample carries a distance, sets each sample's cumulative distance from the geodesic
// between consecutive positions; samples before the first position get 0, samples without a
// position keep the distance reached so far. Leaves samples untouched when any carries a distance.
void fill_missing_distances(std::vector<core::ActivitySample>& samples);

// A pause: consecutive samples further apart than this count as stopped time, not timer time.
inline constexpr double kPauseGapSeconds = 60.0;

// Fills every summary field the decoder left empty from the samples and laps (docs/formats/
// import.md): start = the earliest sample time, elapsed = latest − earliest, timer = the laps' timer times
// when all laps state one, else elapsed less pauses; distance = the largest cumulative distance;
// averages are means over the samples that carry the value (cadence and running dynamics over
// the non-zero ones, as watches leave them 0 while stopped); maximum heart rate is the largest.
// Fields the decoder set are kept.
void complete_summary(core::RecordedActivity& activity);

}  // namespace stride::importers
