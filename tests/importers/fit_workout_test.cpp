// The FIT workout encoder against its decoder: every step kind and field survives the round trip,
// the header and file CRCs are right, the bytes depend on nothing but the workout, and the
// decoder refuses files that are not workouts or are damaged.
#include <gtest/gtest.h>

#include "fit_stream.hpp"
#include "stride/importers/fit_workout.hpp"

namespace stride::importers {
namespace {

core::WorkoutStep active(std::string name, std::optional<std::uint16_t> category, std::optional<std::uint16_t> exercise) {
  core::WorkoutStep step;
  step.name = std::move(name);
  step.category = category;
  step.exercise_name = exercise;
  return step;
}

core::WorkoutStep rest(std::uint32_t milliseconds) {
  core::WorkoutStep step;
  step.kind = core::WorkoutStepKind::Rest;
  step.intensity = core::WorkoutStepIntensity::Rest;
  step.name = "Rest";
  step.duration_ms = milliseconds;
  return step;
}

core::WorkoutStep repeat(std::uint32_t from, std::uint32_t count) {
  core::WorkoutStep step;
  step.kind = core::WorkoutStepKind::Repeat;
  step.repeat_from = from;
  step.repeat_count = count;
  return step;
}

core::WatchWorkout example_workout() {
  core::WatchWorkout workout;
  workout.name = "Strength A";
  workout.date = core::Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{25}};
  auto warm_up = active("Glute bridge", 10, 11);  // hip_raise, hip_raise
  warm_up.intensity = core::WorkoutStepIntensity::WarmUp;
  warm_up.reps = 12;
  workout.steps.push_back(warm_up);
  auto squat = active("Goblet squat with a dumbbell", 28, 37);  // squat, goblet_squat
  squat.reps = 8;
  squat.weight_kg = 16.5;
  workout.steps.push_back(squat);
  workout.steps.push_back(rest(90'000));
  workout.steps.push_back(repeat(1, 3));
  auto left = active("Left: Side plank", 19, 66);  // plank, side_plank
  left.duration_ms = 30'000;
  workout.steps.push_back(left);
  auto own = active("Short foot", std::nullopt, std::nullopt);
  own.duration_ms = 20'000;
  workout.steps.push_back(own);
  auto open = active("Foam roll calves", std::nullopt, std::nullopt);
  open.intensity = core::WorkoutStepIntensity::CoolDown;
  workout.steps.push_back(open);
  return workout;
}

core::WatchWorkout decoded(const std::vector<std::uint8_t>& bytes) {
  auto workout = decode_fit_workout(bytes, "workout.fit");
  EXPECT_TRUE(workout) << workout.error().describe();
  return workout ? *workout : core::WatchWorkout{};
}

TEST(FitWorkout, EveryStepSurvivesTheRoundTrip) {
  const auto workout = example_workout();
  const auto back = decoded(encode_fit_workout(workout));
  EXPECT_EQ(back.name, "Strength A");
  EXPECT_EQ(back.date, workout.date);
  ASSERT_EQ(back.steps.size(), workout.steps.size());
  for (std::size_t index = 0; index < workout.steps.size(); ++index) {
    EXPECT_EQ(back.steps[index], workout.steps[index]) << "step " << index << " (" << workout.steps[index].name << ")";
  }
  EXPECT_EQ(back.steps[1].weight_kg, 16.5);
  EXPECT_EQ(back.steps[3].kind, core::WorkoutStepKind::Repeat);
  EXPECT_EQ(back.steps[3].repeat_from, 1u);
  EXPECT_EQ(back.steps[3].repeat_count, 3u);
  EXPECT_FALSE(back.steps[5].category) << "an exercise without a Garmin equivalent is category unknown";
}

TEST(FitWorkout, HeaderAndFileCrcsAreRight) {
  const auto bytes = encode_fit_workout(example_workout());
  ASSERT_GT(bytes.size(), 16u);
  EXPECT_EQ(bytes[0], 14);
  EXPECT_EQ(bytes[1], 0x20) << "protocol 2.0";
  const std::uint16_t header_crc = static_cast<std::uint16_t>(bytes[12] | (bytes[13] << 8));
  EXPECT_NE(header_crc, 0) << "the header CRC is set";
  EXPECT_EQ(header_crc, fit::fit_crc_with_tables(Bytes(bytes.data(), 12)));
  EXPECT_EQ(fit::fit_crc_with_tables(Bytes(bytes.data(), bytes.size())), 0) << "a CRC over the data and its CRC is 0";
  const auto byte = [&](std::size_t at) { return static_cast<std::uint32_t>(bytes[at]); };
  const std::uint32_t data_size = byte(4) | (byte(5) << 8) | (byte(6) << 16) | (byte(7) << 24);
  EXPECT_EQ(data_size + 16, bytes.size());
}

TEST(FitWorkout, TheSameWorkoutGivesTheSameBytes) {
  EXPECT_EQ(encode_fit_workout(example_workout()), encode_fit_workout(example_workout()));
  auto later = example_workout();
  later.date = core::Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{26}};
  EXPECT_NE(encode_fit_workout(later), encode_fit_workout(example_workout()));
}

TEST(FitWorkout, LongNamesAreCutAtACharacterBoundary) {
  auto workout = example_workout();
  workout.steps[0].name = std::string(45, 'a') + "\xC3\xA9\xC3\xA9";  // 45 bytes, then two two-byte characters
  const auto back = decoded(encode_fit_workout(workout));
  EXPECT_EQ(back.steps[0].name, std::string(45, 'a') + "\xC3\xA9");
}

TEST(FitWorkout, DamagedOrOtherFilesAreRefused) {
  auto bytes = encode_fit_workout(example_workout());
  bytes[20] ^= 0x01;
  const auto damaged = decode_fit_workout(bytes, "workout.fit");
  ASSERT_FALSE(damaged);
  EXPECT_NE(damaged.error().describe().find("wrong file CRC"), std::string::npos) << damaged.error().describe();
  const std::vector<std::uint8_t> short_file{14, 0x20};
  EXPECT_FALSE(decode_fit_workout(short_file, "short.fit"));
}

// Every byte of the records changed, with the file CRC made right again, so that the decoder
// parses what it is given: it answers a workout or an error, never reads outside the bytes.
TEST(FitWorkout, AnyChangedRecordByteDecodesOrFailsCleanly) {
  const auto original = encode_fit_workout(example_workout());
  for (std::size_t position = 14; position + 2 < original.size(); ++position) {
    for (const std::uint8_t value : {std::uint8_t{0x00}, std::uint8_t{0x4F}, std::uint8_t{0xFF}}) {
      auto bytes = original;
      bytes[position] = value;
      const std::uint16_t crc = fit::fit_crc_with_tables(Bytes(bytes.data(), bytes.size() - 2));
      bytes[bytes.size() - 2] = static_cast<std::uint8_t>(crc & 0xFFu);
      bytes[bytes.size() - 1] = static_cast<std::uint8_t>(crc >> 8);
      const auto decoded = decode_fit_workout(bytes, "changed.fit");
      if (!decoded) {
        EXPECT_FALSE(decoded.error().describe().empty());
      }
    }
  }
}

}  // namespace
}  // namespace stride::importers
