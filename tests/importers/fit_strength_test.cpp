// FIT strength recordings: set messages (225) become the activity's active sets, and a set that
// cannot be true makes the file unreadable.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "fit_test_support.hpp"

namespace stride::testing {
namespace {

constexpr double kWorkoutStart = 1795593600;  // 2026-11-25T08:00:00Z

std::vector<FitStrengthSet> squat_workout() {
  return {
      {.set_type = 1, .category = 28, .exercise_name = 37, .repetitions = 10, .weight_kg = 22.5, .duration_s = 40},
      {.set_type = 0, .duration_s = 60},
      {.set_type = 1, .category = 28, .exercise_name = 37, .repetitions = 8, .weight_kg = 24.0625, .duration_s = 35},
      {.set_type = 0, .duration_s = 60},
      {.set_type = 1, .category = 19, .exercise_name = 43, .repetitions = 0, .weight_kg = 0.0, .duration_s = 45},
  };
}

TEST(FitStrength, ActiveSetsBecomeTheActivitysSetsInOrder) {
  const auto sets = squat_workout();
  const auto activity = decode(write_fit_strength(kWorkoutStart, sets));
  ASSERT_TRUE(activity) << activity.error().message;
  EXPECT_EQ(activity->summary.sport, "strength_training");
  EXPECT_EQ(activity->summary.start_time_s, kWorkoutStart);
  EXPECT_EQ(activity->summary.timer_s, 240.0);
  ASSERT_EQ(activity->sets.size(), 3U);  // the two rest sets are left out
  const auto& first = activity->sets[0];
  EXPECT_EQ(first.category, 28);
  EXPECT_EQ(first.exercise_name, 37);
  EXPECT_EQ(first.repetitions, 10);
  EXPECT_EQ(first.weight_kg, 22.5);
  EXPECT_EQ(first.duration_s, 40.0);
  EXPECT_EQ(first.start_time_s, kWorkoutStart);
  EXPECT_EQ(activity->sets[1].weight_kg, 24.0625);  // 385 sixteenths of a kilogram
  EXPECT_EQ(activity->sets[1].start_time_s, kWorkoutStart + 100);
  EXPECT_EQ(activity->sets[2].category, 19);
  EXPECT_EQ(activity->sets[2].repetitions, 0);
  EXPECT_FALSE(activity->sets[2].weight_kg);  // 0 kg is bodyweight
  EXPECT_TRUE(activity->warnings.empty());
}

TEST(FitStrength, BigEndianSetsDecodeAlike) {
  const auto sets = squat_workout();
  const auto little = decode(write_fit_strength(kWorkoutStart, sets));
  const auto big = decode(write_fit_strength(kWorkoutStart, sets, FitEndian::Big));
  ASSERT_TRUE(little && big);
  EXPECT_EQ(little->sets, big->sets);
}

TEST(FitStrength, UnknownExercisesAreKeptWithoutGarminNumbers) {
  const std::vector<FitStrengthSet> sets{
      {.set_type = 1, .category = 65534, .repetitions = 12, .duration_s = 30},
      {.set_type = 1, .category = 32, .exercise_name = 999, .repetitions = 6, .duration_s = 30},
  };
  const auto activity = decode(write_fit_strength(kWorkoutStart, sets));
  ASSERT_TRUE(activity) << activity.error().message;
  ASSERT_EQ(activity->sets.size(), 2U);
  EXPECT_FALSE(activity->sets[0].category);  // 65534 is the profile's "unknown"
  EXPECT_FALSE(activity->sets[0].exercise_name);
  EXPECT_EQ(activity->sets[1].category, 32);
  EXPECT_EQ(activity->sets[1].exercise_name, 999);
}

TEST(FitStrength, AnUndefinedSetTypeIsAnError) {
  auto sets = squat_workout();
  sets[2].set_type = 7;
  const std::string message = error_of(write_fit_strength(kWorkoutStart, sets));
  EXPECT_NE(message.find("set message at byte"), std::string::npos) << message;
  EXPECT_NE(message.find("set_type 7"), std::string::npos) << message;
}

TEST(FitStrength, RepetitionsOrWeightNoSetCanHoldAreAnError) {
  auto sets = squat_workout();
  sets[0].repetitions = 5000;
  EXPECT_NE(error_of(write_fit_strength(kWorkoutStart, sets)).find("5000 repetitions"), std::string::npos);
  sets = squat_workout();
  sets[0].weight_kg = 2000;
  EXPECT_NE(error_of(write_fit_strength(kWorkoutStart, sets)).find("2000 kg"), std::string::npos);
}

TEST(FitStrength, ATruncatedSetMessageIsAnErrorNotACrash) {
  const auto file = write_fit_strength(kWorkoutStart, squat_workout());
  const std::size_t data_bytes = file.size() - header_size(file) - 2;
  for (std::size_t cut = 1; cut < data_bytes; cut += 7) {
    const auto result = decode(cut_records(file, cut));
    if (!result) {
      EXPECT_EQ(result.error().code, core::ErrorCode::InvalidInput);
    }
  }
}

TEST(FitStrength, ARunHasNoSets) {
  const auto run = decode(write_fit_activity(synthetic_run(60, 1), {}));
  ASSERT_TRUE(run);
  EXPECT_EQ(run->summary.sport, "running");
  EXPECT_TRUE(run->sets.empty());
}

// Real strength recordings in ../shared/activity-files, when it holds any (a file whose name says
// "strength"): each decodes as strength training with active sets.
TEST(FitStrength, SharedStrengthRecordingsDecode) {
  const std::filesystem::path folder = STRIDE_SOURCE_DIR "/../shared/activity-files";
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    std::string name = entry.path().filename().string();
    std::ranges::transform(name, name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name.find("strength") != std::string::npos && name.ends_with(".fit")) files.push_back(entry.path());
  }
  if (files.empty()) GTEST_SKIP() << "no strength FIT file in " << folder.string();
  for (const auto& path : files) {
    std::ifstream input(path, std::ios::binary);
    const FitBytes bytes{std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>()};
    const auto activity = decode(bytes);
    ASSERT_TRUE(activity) << path << ": " << activity.error().message;
    EXPECT_EQ(activity->summary.sport, "strength_training") << path;
    EXPECT_FALSE(activity->sets.empty()) << path;
  }
}

}  // namespace
}  // namespace stride::testing
