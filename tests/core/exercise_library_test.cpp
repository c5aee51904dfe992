#include <gtest/gtest.h>

#include <functional>

#include "stride/core/exercise_library.hpp"

namespace stride::core {
namespace {

MuscleVocabulary muscles() {
  return *MuscleVocabulary::create({{"glutes", {"glute_max", "glute_med"}}}, {"soleus"}, {});
}

Exercise exercise(std::string id, int level, std::optional<std::string> regression,
                  std::optional<std::string> progression) {
  Exercise e;
  e.id = std::move(id);
  e.name = "Exercise " + e.id;
  e.pattern = Pattern::Activation;
  e.primary_muscles = {"glute_med"};
  e.level = level;
  e.regression = std::move(regression);
  e.progression = std::move(progression);
  e.cues = {"First cue here", "Second cue here"};
  e.description = "How to do it.";
  e.source = "data/exercises/test.json";
  return e;
}

// A valid two-step chain: bridge (level 1) -> single_leg_bridge (level 2).
std::vector<Exercise> valid_chain() {
  return {exercise("bridge", 1, std::nullopt, "single_leg_bridge"), exercise("single_leg_bridge", 2, "bridge", std::nullopt)};
}

TEST(ExerciseLibrary, AcceptsAValidChainAndIndexesIt) {
  auto library = ExerciseLibrary::create(valid_chain(), muscles(), 0);
  ASSERT_TRUE(library) << library.error().describe();
  ASSERT_NE(library->find("bridge"), nullptr);
  EXPECT_EQ(library->find("bridge")->progression, "single_leg_bridge");
  EXPECT_EQ(library->find("missing"), nullptr);
  EXPECT_EQ(library->count(Pattern::Activation), 2u);
}

struct BrokenCase {
  const char* name;
  std::function<void(std::vector<Exercise>&)> breakage;
  const char* expected_message;
};

class BrokenEntryTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenEntryTest, FailsNamingTheEntryAndItsFile) {
  auto exercises = valid_chain();
  GetParam().breakage(exercises);
  auto library = ExerciseLibrary::create(exercises, muscles(), 0);
  ASSERT_FALSE(library) << GetParam().name;
  EXPECT_EQ(library.error().code, ErrorCode::Corrupt);
  EXPECT_EQ(library.error().source, "data/exercises/test.json");
  EXPECT_NE(library.error().message.find(GetParam().expected_message), std::string::npos) << library.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, BrokenEntryTest,
    ::testing::Values(
        BrokenCase{"duplicate", [](auto& e) { e.push_back(exercise("bridge", 1, std::nullopt, "bridge_b")); },
                   "exercise bridge: id is used by more than one exercise"},
        BrokenCase{"unknown muscle", [](auto& e) { e[0].primary_muscles = {"glute_maximus"}; },
                   "exercise bridge: unknown muscle 'glute_maximus'"},
        BrokenCase{"unknown secondary muscle", [](auto& e) { e[1].secondary_muscles = {"calf"}; },
                   "exercise single_leg_bridge: unknown muscle 'calf'"},
        BrokenCase{"no primary muscle", [](auto& e) { e[0].primary_muscles = {}; }, "exercise bridge: no primary muscles"},
        BrokenCase{"level too low", [](auto& e) { e[0].level = 0; }, "exercise bridge: level 0 is outside 1..5"},
        BrokenCase{"level too high", [](auto& e) { e[1].level = 6; }, "exercise single_leg_bridge: level 6 is outside 1..5"},
        BrokenCase{"one cue", [](auto& e) { e[0].cues.pop_back(); }, "exercise bridge: needs at least two coaching cues"},
        BrokenCase{"dangling regression", [](auto& e) { e[1].regression = "wall_bridge"; },
                   "exercise single_leg_bridge: regression 'wall_bridge' does not resolve"},
        BrokenCase{"self link", [](auto& e) { e[0].progression = "bridge"; }, "exercise bridge: progression points at itself"},
        BrokenCase{"regression harder", [](auto& e) { e[0].level = 3; },
                   "exercise single_leg_bridge: regression 'bridge' is level 3 but this exercise is level 2"},
        BrokenCase{"cycle",
                   [](auto& e) {
                     e[1].level = 1;
                     e[1].progression = "bridge";
                   },
                   "progression chain forms a cycle"},
        BrokenCase{"no links",
                   [](auto& e) { e.push_back(exercise("lonely", 1, std::nullopt, std::nullopt)); },
                   "exercise lonely: needs a regression or a progression"},
        BrokenCase{"plyometric in reps", [](auto& e) { e[0].pattern = Pattern::Plyometric; },
                   "exercise bridge: a plyometric exercise is dosed in foot contacts"},
        BrokenCase{"stretch in reps", [](auto& e) { e[0].pattern = Pattern::StaticStretch; },
                   "exercise bridge: rolling and stretching are dosed in seconds"},
        BrokenCase{"rolling without a roller",
                   [](auto& e) {
                     e[0].pattern = Pattern::Smr;
                     e[0].measure = Measure::HoldSeconds;
                   },
                   "exercise bridge: rolling needs a foam_roller or a massage_ball"}),
    [](const auto& parameter_info) {
      std::string name = parameter_info.param.name;
      for (char& c : name) {
        if (c == ' ') c = '_';
      }
      return name;
    });

TEST(ExerciseLibrary, RequiresTheMinimumPerPattern) {
  auto library = ExerciseLibrary::create(valid_chain(), muscles(), 3);
  ASSERT_FALSE(library);
  EXPECT_NE(library.error().message.find("pattern squat has 0 exercises; at least 3 are needed"), std::string::npos)
      << library.error().message;
}

TEST(Exercise, DoableWithNeedsEveryPiece) {
  Exercise e = exercise("row", 1, std::nullopt, "x");
  e.equipment = {Equipment::Bench, Equipment::Dumbbells};
  EXPECT_TRUE(e.doable_with({Equipment::Bench, Equipment::Dumbbells, Equipment::Box}));
  EXPECT_FALSE(e.doable_with({Equipment::Dumbbells}));
  e.equipment.clear();
  EXPECT_TRUE(e.doable_with({}));
}

// The bits say what the sets say: for every pair of needed and available equipment drawn from a
// handful of pieces (the lowest and highest values included), on the exercise and in the library.
TEST(Exercise, EquipmentBitsAgreeWithDoableWith) {
  const std::vector<Equipment> pieces{Equipment::Dumbbells, Equipment::Bench, Equipment::Box,
                                      Equipment::FoamRoller, Equipment::Slider};
  const auto subset = [&](unsigned mask) {
    std::set<Equipment> chosen;
    for (std::size_t bit = 0; bit < pieces.size(); ++bit) {
      if ((mask >> bit & 1U) != 0) chosen.insert(pieces[bit]);
    }
    return chosen;
  };
  for (unsigned needed = 0; needed < (1U << pieces.size()); ++needed) {
    auto chain = valid_chain();
    chain[1].equipment = subset(needed);
    const auto library = ExerciseLibrary::create(chain, muscles(), 0);
    ASSERT_TRUE(library) << library.error().describe();
    const auto position = static_cast<std::size_t>(library->find("single_leg_bridge") - library->all().data());
    EXPECT_EQ(library->equipment_needed(position), equipment_bits(chain[1].equipment));
    for (unsigned available = 0; available < (1U << pieces.size()); ++available) {
      const auto has = subset(available);
      EXPECT_EQ(doable_with(library->equipment_needed(position), equipment_bits(has)), chain[1].doable_with(has))
          << needed << " " << available;
    }
  }
}

}  // namespace
}  // namespace stride::core
