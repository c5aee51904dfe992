// Table tests of the race predictors: Riegel, the personal exponent, Daniels–Gilbert VDOT and its
// equivalent times, and the predictions built from a runner's races.

#include "stride/analytics/race_prediction.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace stride::analytics {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

core::Date on(int month_number, int day_number) {
  return core::Date{year{2026}, month{static_cast<unsigned>(month_number)}, day{static_cast<unsigned>(day_number)}};
}

TEST(RiegelTime, ScalesByTheDistanceRatioToThePowerOfTheExponent) {
  // 20 × 2^1.06 = 20 × e^(1.06 × 0.693147) = 20 × e^0.734736 = 20 × 2.084932 = 41.6986 min = 41:41.9.
  EXPECT_NEAR(riegel_time(20, 5, 10), 41.69863, 1e-4);
  EXPECT_EQ(static_cast<int>(riegel_time(20, 5, 10)), 41);
  EXPECT_NEAR((riegel_time(20, 5, 10) - 41) * 60, 41.9, 0.05);
  // 20 × (42.195 / 5)^1.06 = 20 × 8.439^1.06 = 191.822 min (3:11:49).
  EXPECT_NEAR(riegel_time(20, 5, 42.195), 191.822, 1e-3);
  EXPECT_DOUBLE_EQ(riegel_time(20, 5, 10, 1.0), 40.0);  // exponent 1: constant pace
  EXPECT_DOUBLE_EQ(riegel_time(20, 5, 5), 20.0);
  EXPECT_EQ(riegel_time(0, 5, 10), 0);
  EXPECT_EQ(riegel_time(20, -5, 10), 0);
}

TEST(PersonalExponent, IsTheLogRatioOfTimesOverDistances) {
  const RaceResult five_k{on(3, 1), 5, 20};
  const RaceResult ten_k{on(4, 12), 10, 42};
  // ln(42/20) / ln(10/5) = ln 2.1 / ln 2 = 0.741937 / 0.693147 = 1.070389.
  ASSERT_TRUE(personal_exponent(five_k, ten_k));
  EXPECT_NEAR(*personal_exponent(five_k, ten_k), 1.070389, 1e-6);
  EXPECT_NEAR(*personal_exponent(ten_k, five_k), 1.070389, 1e-6);
  // ln(40/20) / ln 2 = 1 exactly: the plausible range is inclusive.
  EXPECT_NEAR(personal_exponent(five_k, {on(4, 12), 10, 40}).value_or(0), 1.0, 1e-12);
}

TEST(PersonalExponent, IsAbsentForEqualDistancesAndImplausibleResults) {
  const RaceResult five_k{on(3, 1), 5, 20};
  EXPECT_FALSE(personal_exponent(five_k, {on(4, 1), 5, 21}));     // the same distance
  EXPECT_FALSE(personal_exponent(five_k, {on(4, 1), 5.4, 22}));   // 5.4 / 5 = 1.08 < 1.1
  EXPECT_FALSE(personal_exponent(five_k, {on(4, 1), 10, 39}));    // ln 1.95 / ln 2 = 0.963 < 1.0
  EXPECT_FALSE(personal_exponent(five_k, {on(4, 1), 10, 50}));    // ln 2.5 / ln 2 = 1.322 > 1.2
  EXPECT_FALSE(personal_exponent(five_k, {on(4, 1), 10, 0}));     // no time
}

TEST(Vdot, ComputesTheDanielsGilbertFormula) {
  // 5 km in 20 min: v = 250 m/min; VO2 = −4.60 + 0.182258 × 250 + 0.000104 × 250² = −4.60 + 45.5645 + 6.5
  // = 47.4645. Share = 0.8 + 0.1894393 × e^(−0.25556) + 0.2989558 × e^(−3.86521)
  // = 0.8 + 0.1894393 × 0.774483 + 0.2989558 × 0.020959 = 0.8 + 0.146718 + 0.006266 = 0.952984.
  // VDOT = 47.4645 / 0.952984 = 49.806.
  EXPECT_NEAR(oxygen_cost(250), 47.4645, 1e-9);
  EXPECT_NEAR(sustainable_share_of_vo2max(20), 0.952983, 1e-6);
  EXPECT_NEAR(vdot(5, 20), 49.806, 1e-3);
  // 10 km in 40 min: the same speed, VO2 47.4645. Share = 0.8 + 0.1894393 × e^(−0.51112)
  // + 0.2989558 × e^(−7.73042) = 0.8 + 0.1894393 × 0.599823 + 0.2989558 × 0.000439 = 0.913761.
  // VDOT = 47.4645 / 0.913761 = 51.944.
  EXPECT_NEAR(vdot(10, 40), 51.944, 1e-3);
  EXPECT_EQ(vdot(0, 20), 0);
  EXPECT_EQ(vdot(5, 0), 0);
}

// A published implementation computes pow(0.1894393, −0.012778·t) where the formula has
// e^(−0.012778·t) (science item 79). At t = 0 the correct share is 0.8 + 0.1894393 + 0.2989558
// = 1.2883951, the faulty one 0.8 + 1 + 0.2989558 = 2.0989558; at 20 min the faulty share is
// 0.8 + 0.1894393^(−0.25556) + 0.006266 = 0.8 + 1.5299 + 0.0063 = 2.336, so a 20:00 5K would score
// 47.4645 / 2.336 = 20.3 instead of 49.8.
TEST(Vdot, UsesTheExponentialNotThePowerOfTheCoefficient) {
  EXPECT_NEAR(sustainable_share_of_vo2max(0), 1.2883951, 1e-9);
  EXPECT_LT(sustainable_share_of_vo2max(20), 1.0);
  EXPECT_GT(vdot(5, 20), 45.0);
  for (double minutes = 1; minutes < 300; minutes += 7) {
    EXPECT_GT(sustainable_share_of_vo2max(minutes), sustainable_share_of_vo2max(minutes + 7)) << minutes;
    EXPECT_GT(sustainable_share_of_vo2max(minutes), 0.8) << minutes;
  }
}

TEST(VdotEquivalentMinutes, RoundTripsAndPredictsLongerRaces) {
  const double five_k_vdot = vdot(5, 20);
  EXPECT_NEAR(vdot_equivalent_minutes(five_k_vdot, 5), 20.0, 1e-6);
  EXPECT_NEAR(vdot_equivalent_minutes(vdot(10, 40), 10), 40.0, 1e-6);
  EXPECT_NEAR(vdot_equivalent_minutes(vdot(42.195, 210), 42.195), 210.0, 1e-6);
  // Bisection on VDOT(10 km, t) = 49.806: t = 41.464 min (41:28), under Riegel's 41:42.
  EXPECT_NEAR(vdot_equivalent_minutes(five_k_vdot, 10), 41.464, 1e-3);
  EXPECT_NEAR(vdot_equivalent_minutes(five_k_vdot, 42.195), 191.286, 1e-3);
  // A higher VDOT is a faster time at every distance.
  for (double value = 30; value < 80; value += 5) {
    EXPECT_GT(vdot_equivalent_minutes(value, 21.0975), vdot_equivalent_minutes(value + 5, 21.0975)) << value;
  }
  EXPECT_EQ(vdot_equivalent_minutes(0, 10), 0);
  EXPECT_EQ(vdot_equivalent_minutes(50, 0), 0);
}

const RacePrediction* find(const std::vector<RacePrediction>& predictions, const std::string& label,
                           const std::string& method) {
  for (const auto& prediction : predictions) {
    if (prediction.label == label && prediction.method == method) return &prediction;
  }
  return nullptr;
}

TEST(PredictRaces, GivesNothingWithoutAUsableRace) {
  EXPECT_TRUE(predict_races({}).empty());
  const std::vector<RaceResult> broken{{on(3, 1), 0, 20}, {on(3, 2), 5, -1}};
  EXPECT_TRUE(predict_races(broken).empty());
}

TEST(PredictRaces, UsesTheLatestRaceForRiegelAndVdot) {
  // The 10K is the latest race though listed first; the personal exponent needs a second distance.
  const std::vector<RaceResult> races{{on(4, 12), 10, 42}, {on(3, 1), 10, 45}};
  const auto predictions = predict_races(races);
  ASSERT_EQ(predictions.size(), 8u);  // 4 distances × (riegel_1.06, vdot)
  EXPECT_EQ(predictions[0].label, "5K");
  EXPECT_EQ(predictions[0].method, "riegel_1.06");
  EXPECT_EQ(predictions[1].method, "vdot");
  EXPECT_EQ(predictions[7].label, "marathon");
  EXPECT_NEAR(find(predictions, "5K", "riegel_1.06")->minutes, 20.1445, 1e-4);  // 42 × 0.5^1.06
  EXPECT_NEAR(find(predictions, "10K", "vdot")->minutes, 42.0, 1e-6);
  EXPECT_NEAR(find(predictions, "marathon", "riegel_1.06")->minutes, 193.208, 1e-3);  // 42 × 4.2195^1.06
  EXPECT_NE(find(predictions, "marathon", "riegel_1.06")->caveat.find("under-predicts"), std::string::npos);
  EXPECT_NE(find(predictions, "marathon", "vdot")->caveat.find("disagree"), std::string::npos);
  EXPECT_NE(find(predictions, "marathon", "vdot")->caveat.find("more than 4 times shorter"), std::string::npos);
  EXPECT_EQ(find(predictions, "half marathon", "vdot")->caveat.find("rough"), std::string::npos);
}

TEST(PredictRaces, AddsThePersonalExponentFromTheNearerOfTheTwoLatestDistances) {
  const std::vector<RaceResult> races{{on(1, 10), 21.0975, 120}, {on(3, 1), 5, 20}, {on(4, 12), 10, 42}};
  const auto predictions = predict_races(races);
  ASSERT_EQ(predictions.size(), 12u);
  // b = ln(42/20) / ln 2 = 1.070389 from the 10K and the 5K (the half marathon is older).
  EXPECT_NEAR(find(predictions, "5K", "riegel_personal")->minutes, 20.0, 1e-9);   // from the 5K itself
  EXPECT_NEAR(find(predictions, "10K", "riegel_personal")->minutes, 42.0, 1e-9);  // from the 10K itself
  // From the 10K, nearer the half than the 5K: 42 × 2.10975^1.070389 = 93.390.
  EXPECT_NEAR(find(predictions, "half marathon", "riegel_personal")->minutes, 93.390, 1e-3);
  // 42 × 4.2195^1.070389 = 196.120, slower than Riegel 1.06's 193.208.
  EXPECT_NEAR(find(predictions, "marathon", "riegel_personal")->minutes, 196.120, 1e-3);
  EXPECT_NE(find(predictions, "marathon", "riegel_personal")->caveat.find("1.070"), std::string::npos);
}

TEST(PredictRaces, LeavesOutAnImplausibleExponentAndFlagsVeryShortRaces) {
  // 1.5 km in 3:20 then 3 km in 9:00: b = ln 2.7 / ln 2 = 1.43, implausible.
  const std::vector<RaceResult> races{{on(3, 1), 1.5, 3.3333}, {on(4, 1), 3, 9}};
  const auto implausible = predict_races(races);
  EXPECT_EQ(implausible.size(), 8u);
  EXPECT_EQ(find(implausible, "5K", "riegel_personal"), nullptr);

  const std::vector<RaceResult> mile{{on(4, 1), 1.609, 3.25}};
  const auto from_mile = predict_races(mile);
  EXPECT_NE(find(from_mile, "5K", "riegel_1.06")->caveat.find("under 3.5 minutes"), std::string::npos);
}

}  // namespace
}  // namespace stride::analytics
