#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "stride/core/date.hpp"

// Race-time predictions from a runner's races (docs/progression.md; science §5 items 77 and 79,
// §7 item 102). Pure functions of their arguments.
namespace stride::analytics {

// A race run all out: its date, distance and finishing time.
struct RaceResult {
  core::Date date;
  double distance_km = 0;
  double time_minutes = 0;
};

// Riegel's power law: known_minutes × (target_km / known_km)^exponent (Riegel 1981). Returns 0
// when a time or distance is not positive.
[[nodiscard]] double riegel_time(double known_minutes, double known_km, double target_km, double exponent = 1.06);

// Personal exponents outside this range are treated as implausible: below 1.0 the runner would
// hold a faster pace over the longer race, and above 1.2 (well beyond the 1.07–1.08 recreational
// runners often fit) one race was most likely not run all out.
inline constexpr double kLowestPlausibleExponent = 1.0;
inline constexpr double kHighestPlausibleExponent = 1.2;

// Races whose longer distance is less than this factor times the shorter count as the same
// distance: over nearly equal distances the exponent is mostly timing noise (Stride's choice).
inline constexpr double kDistinctDistanceFactor = 1.1;

// b = ln(T2/T1) / ln(D2/D1), the same whichever race comes first. nullopt when a time or distance
// is not positive, the distances count as the same (kDistinctDistanceFactor), or b lies outside
// [kLowestPlausibleExponent, kHighestPlausibleExponent].
[[nodiscard]] std::optional<double> personal_exponent(const RaceResult& a, const RaceResult& b);

// Daniels–Gilbert oxygen cost of running at `metres_per_minute`, in ml/kg/min:
// −4.60 + 0.182258·v + 0.000104·v².
[[nodiscard]] double oxygen_cost(double metres_per_minute);

// Daniels–Gilbert share of VO2max sustainable for `minutes`:
// 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t) (1.288 at t = 0, falling to 0.8).
[[nodiscard]] double sustainable_share_of_vo2max(double minutes);

// VDOT = oxygen_cost(distance / time) / sustainable_share_of_vo2max(time) (Daniels & Gilbert 1979).
// Returns 0 when the distance or time is not positive.
[[nodiscard]] double vdot(double distance_km, double time_minutes);

// The time whose VDOT over `distance_km` equals `vdot`, found by bisection: VDOT falls
// monotonically as the time grows for a fixed distance. The search runs between 36 km/h and
// 3 km/h; a VDOT beyond what those speeds give returns the time at that end. Returns 0 when the
// distance or the VDOT is not positive.
[[nodiscard]] double vdot_equivalent_minutes(double vdot, double distance_km);

// One predicted finishing time. `label` is "5K", "10K", "half marathon" or "marathon"; `method` is
// "riegel_1.06", "riegel_personal" or "vdot"; `caveat` states the method's known bias and any
// weakness of the race it came from.
struct RacePrediction {
  double distance_km = 0;
  std::string label;
  std::string method;
  double minutes = 0;
  std::string caveat;
};

// Races shorter than this are below the ~3.5 minutes Riegel's law was fitted from (science item 77).
inline constexpr double kShortestReliableRaceMinutes = 3.5;

// A target more than this factor longer or shorter than the race it comes from is "far" (Stride's
// choice: a 5K predicts a 10K well, a marathon poorly).
inline constexpr double kFarDistanceFactor = 4.0;

// Predictions for the 5K, 10K, half marathon and marathon, ordered by distance and then method:
// Riegel 1.06 and VDOT from the most recent race (the latest date; on one date, the later entry),
// and Riegel with the personal exponent of the two most recent races at distinct distances (from
// whichever of the two is nearer the target in ratio), when that exponent is plausible. Races with
// a time or distance that is not positive are ignored; no usable race gives no predictions.
[[nodiscard]] std::vector<RacePrediction> predict_races(std::span<const RaceResult> races);

}  // namespace stride::analytics
