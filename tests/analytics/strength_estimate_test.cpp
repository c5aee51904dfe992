// Table tests of the e1RM formulas: the RIR mapping, Epley's conventions and the inverse.

#include "stride/analytics/strength_estimate.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace stride::analytics {
namespace {

struct RirCase {
  double rpe;
  double reps_in_reserve;
};

TEST(RepsInReserve, FollowsTheRirScaleAndClampsBelowRpeFour) {
  const RirCase cases[] = {
      {10.0, 0.0}, {9.5, 0.5}, {9.0, 1.0}, {8.5, 1.5}, {8.0, 2.0}, {7.5, 2.5}, {7.0, 3.0},
      {6.0, 4.0},  // published 5–6 = 4–6 RIR; 10 − 6 = 4
      {5.0, 5.0},  // 10 − 5 = 5, inside 4–6
      {4.0, 6.0},  // the clamp: 10 − 4 = 6
      {3.0, 6.0},  // 10 − 3 = 7, clamped to 6
      {1.0, 6.0},  // 9, clamped to 6
      {11.0, 0.0}, // above 10 counts as 10
  };
  for (const auto& entry : cases) {
    EXPECT_DOUBLE_EQ(reps_in_reserve(entry.rpe), entry.reps_in_reserve) << "RPE " << entry.rpe;
  }
}

struct EstimateCase {
  double load_kg;
  int reps;
  std::optional<double> rpe;
  double expected_kg;
  const char* arithmetic;
};

TEST(EstimatedOneRepMax, AppliesEpleyWithRepsInReserveAndItsConventions) {
  const EstimateCase cases[] = {
      {100, 5, std::nullopt, 116.66666666666667, "100 × (1 + 5/30); no RPE: RIR 0"},
      {100, 5, 8.0, 123.33333333333333, "100 × (1 + (5 + 2)/30)"},
      {20, 8, 7.0, 27.333333333333332, "20 × (1 + (8 + 3)/30) = 20 × 41/30"},
      {100, 1, std::nullopt, 100, "reps + RIR = 1: the load itself (raw Epley would give 103.3)"},
      {100, 1, 10.0, 100, "1 + 0 = 1: the load itself"},
      {100, 1, 9.0, 106.66666666666667, "1 + 1 = 2: 100 × (1 + 2/30)"},
      {100, 0, 8.0, 0, "no rep: 0"},
      {100, -3, std::nullopt, 0, "negative reps: 0"},
      {0, 5, 8.0, 0, "no load: 0"},
      {100, 12, std::nullopt, 140, "100 × (1 + 12/30), at the cap"},
      {100, 15, std::nullopt, 140, "15 capped at 12: 100 × 1.4"},
      {100, 10, 7.0, 140, "10 + 3 = 13, capped at 12: 100 × 1.4"},
  };
  for (const auto& entry : cases) {
    EXPECT_NEAR(estimated_one_rep_max(entry.load_kg, entry.reps, entry.rpe), entry.expected_kg, 1e-9)
        << entry.arithmetic;
  }
}

struct LoadCase {
  double one_rep_max_kg;
  int reps;
  double rpe;
  double expected_kg;
  const char* arithmetic;
};

TEST(LoadFor, InvertsTheEstimate) {
  const LoadCase cases[] = {
      {100, 5, 8.0, 81.08108108108108, "100 / (1 + 7/30) = 3000/37 (planning.md: 5 reps at RPE 8 ≈ 81 %)"},
      {28, 8, 7.0, 20.48780487804878, "28 / (1 + 11/30) = 840/41"},
      {140, 12, 10.0, 100, "140 / 1.4"},
      {140, 15, 10.0, 100, "15 capped at 12: 140 / 1.4"},
      {100, 1, 10.0, 100, "reps + RIR = 1: the e1RM itself"},
      {100, 0, 8.0, 0, "no rep: 0"},
      {0, 5, 8.0, 0, "no e1RM: 0"},
  };
  for (const auto& entry : cases) {
    EXPECT_NEAR(load_for(entry.one_rep_max_kg, entry.reps, entry.rpe), entry.expected_kg, 1e-9) << entry.arithmetic;
  }
}

TEST(LoadFor, RoundTripsEveryRepCountAndRating) {
  for (int reps = 1; reps <= 20; ++reps) {
    for (double rpe = 4.0; rpe <= 10.0; rpe += 0.5) {
      const double one_rep_max = estimated_one_rep_max(37.5, reps, rpe);
      EXPECT_NEAR(load_for(one_rep_max, reps, rpe), 37.5, 1e-9) << reps << " reps at RPE " << rpe;
    }
  }
}

TEST(EstimatedOneRepMax, GrowsWithRepsAndFallsWithEffortUpToTheCap) {
  for (int reps = 1; reps < 12; ++reps) {
    EXPECT_LT(estimated_one_rep_max(50, reps, 10.0), estimated_one_rep_max(50, reps + 1, 10.0)) << reps;
  }
  EXPECT_GT(estimated_one_rep_max(50, 5, 7.0), estimated_one_rep_max(50, 5, 9.0));
}

}  // namespace
}  // namespace stride::analytics
