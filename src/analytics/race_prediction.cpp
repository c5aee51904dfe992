#include "stride/analytics/race_prediction.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace stride::analytics {
namespace {

struct StandardDistance {
  double kilometres;
  std::string_view label;
};

constexpr std::array<StandardDistance, 4> kStandardDistances{{
    {5.0, "5K"}, {10.0, "10K"}, {21.0975, "half marathon"}, {42.195, "marathon"}}};

constexpr double kMarathonKm = 42.195;

// The bisection's speed bounds, in metres per minute: 36 km/h and 3 km/h.
constexpr double kFastestMetresPerMinute = 600.0;
constexpr double kSlowestMetresPerMinute = 50.0;

bool usable(const RaceResult& race) { return race.distance_km > 0 && race.time_minutes > 0; }

// Longer over shorter: 1 or more.
double distance_factor(double first_km, double second_km) {
  return std::max(first_km, second_km) / std::min(first_km, second_km);
}

// "5 km", "21.1 km".
std::string describe_distance(double kilometres) {
  const double tenths = std::round(kilometres * 10.0) / 10.0;
  if (tenths == std::round(tenths)) return fmt::format("{:.0f} km", tenths);
  return fmt::format("{:.1f} km", tenths);
}

std::string method_bias(std::string_view method, double target_km) {
  const bool marathon = target_km >= kMarathonKm;
  if (method == "riegel_1.06") {
    return marathon ? "Riegel's 1.06 under-predicts recreational marathons: for half of the recreational runners "
                      "studied the real time was at least 10 minutes slower (Vickers & Vertosick 2016)."
                    : "Riegel's 1.06 comes from elite performances; for recreational runners it is well calibrated "
                      "up to the half marathon (Vickers & Vertosick 2016).";
  }
  if (method == "vdot") {
    return marathon ? "Daniels-Gilbert VDOT assumes training for the distance; at the marathon it and Riegel "
                      "disagree, and both are often too fast for recreational runners."
                    : "Daniels-Gilbert VDOT equivalent; it assumes training for the distance.";
  }
  return "";
}

// The weakness of predicting `target_km` from `race`, or "".
std::string race_weakness(const RaceResult& race, double target_km) {
  std::string text;
  if (race.time_minutes < kShortestReliableRaceMinutes) {
    text += fmt::format(" The race lasted under {:g} minutes, shorter than these formulas were fitted for: treat "
                        "this as rough.",
                        kShortestReliableRaceMinutes);
  }
  if (distance_factor(race.distance_km, target_km) > kFarDistanceFactor) {
    text += fmt::format(" It comes from a {} race, more than {:g} times {} than the target: treat this as rough.",
                        describe_distance(race.distance_km), kFarDistanceFactor,
                        race.distance_km < target_km ? "shorter" : "longer");
  }
  return text;
}

// The ratio-nearer of two races to `target_km`; the first on a tie.
const RaceResult& nearer(const RaceResult& first, const RaceResult& second, double target_km) {
  const double first_gap = std::abs(std::log(first.distance_km / target_km));
  const double second_gap = std::abs(std::log(second.distance_km / target_km));
  return second_gap < first_gap ? second : first;
}

}  // namespace

double riegel_time(double known_minutes, double known_km, double target_km, double exponent) {
  if (known_minutes <= 0 || known_km <= 0 || target_km <= 0) return 0;
  return known_minutes * std::pow(target_km / known_km, exponent);
}

std::optional<double> personal_exponent(const RaceResult& a, const RaceResult& b) {
  if (!usable(a) || !usable(b)) return std::nullopt;
  if (distance_factor(a.distance_km, b.distance_km) < kDistinctDistanceFactor) return std::nullopt;
  const double exponent = std::log(b.time_minutes / a.time_minutes) / std::log(b.distance_km / a.distance_km);
  if (exponent < kLowestPlausibleExponent || exponent > kHighestPlausibleExponent) return std::nullopt;
  return exponent;
}

double oxygen_cost(double metres_per_minute) {
  return -4.60 + 0.182258 * metres_per_minute + 0.000104 * metres_per_minute * metres_per_minute;
}

double sustainable_share_of_vo2max(double minutes) {
  return 0.8 + 0.1894393 * std::exp(-0.012778 * minutes) + 0.2989558 * std::exp(-0.1932605 * minutes);
}

double vdot(double distance_km, double time_minutes) {
  if (distance_km <= 0 || time_minutes <= 0) return 0;
  return oxygen_cost(distance_km * 1000.0 / time_minutes) / sustainable_share_of_vo2max(time_minutes);
}

double vdot_equivalent_minutes(double target_vdot, double distance_km) {
  if (target_vdot <= 0 || distance_km <= 0) return 0;
  double fastest = distance_km * 1000.0 / kFastestMetresPerMinute;
  double slowest = distance_km * 1000.0 / kSlowestMetresPerMinute;
  // vdot() falls as the time grows: keep vdot(fastest) >= target > vdot(slowest).
  for (int step = 0; step < 200 && slowest - fastest > 1e-9; ++step) {
    const double middle = (fastest + slowest) / 2.0;
    if (vdot(distance_km, middle) >= target_vdot) {
      fastest = middle;
    } else {
      slowest = middle;
    }
  }
  return (fastest + slowest) / 2.0;
}

std::vector<RacePrediction> predict_races(std::span<const RaceResult> races) {
  std::vector<RaceResult> latest_first;
  for (const auto& race : races) {
    if (usable(race)) latest_first.push_back(race);
  }
  if (latest_first.empty()) return {};
  // Latest date first; on one date, the later entry first.
  std::reverse(latest_first.begin(), latest_first.end());
  std::stable_sort(latest_first.begin(), latest_first.end(),
                   [](const RaceResult& left, const RaceResult& right) { return left.date > right.date; });
  const RaceResult& latest = latest_first.front();

  const RaceResult* other = nullptr;
  for (const auto& race : latest_first) {
    if (distance_factor(race.distance_km, latest.distance_km) >= kDistinctDistanceFactor) {
      other = &race;
      break;
    }
  }
  const std::optional<double> exponent = other ? personal_exponent(latest, *other) : std::nullopt;

  const double latest_vdot = vdot(latest.distance_km, latest.time_minutes);
  std::vector<RacePrediction> predictions;
  for (const auto& target : kStandardDistances) {
    const std::string label{target.label};
    predictions.push_back({target.kilometres, label, "riegel_1.06",
                           riegel_time(latest.time_minutes, latest.distance_km, target.kilometres),
                           method_bias("riegel_1.06", target.kilometres) + race_weakness(latest, target.kilometres)});
    if (exponent) {
      const RaceResult& base = nearer(latest, *other, target.kilometres);
      const std::string caveat =
          fmt::format("Your own exponent {:.3f}, from your {} and {} races; it carries the error of both races and "
                      "assumes training for the distance.",
                      *exponent, describe_distance(std::min(latest.distance_km, other->distance_km)),
                      describe_distance(std::max(latest.distance_km, other->distance_km)));
      predictions.push_back({target.kilometres, label, "riegel_personal",
                             riegel_time(base.time_minutes, base.distance_km, target.kilometres, *exponent),
                             caveat + race_weakness(base, target.kilometres)});
    }
    predictions.push_back({target.kilometres, label, "vdot", vdot_equivalent_minutes(latest_vdot, target.kilometres),
                           method_bias("vdot", target.kilometres) + race_weakness(latest, target.kilometres)});
  }
  return predictions;
}

}  // namespace stride::analytics
