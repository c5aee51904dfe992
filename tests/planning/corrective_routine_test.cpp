#include <gtest/gtest.h>

#include "routine_invariants.hpp"
#include "stride/analytics/assessment_findings.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using core::Compensation;
using core::Equipment;
using core::MovementTest;
using core::Side;
using testing::shipped_catalog;

CorrectiveRoutine build(const core::Assessment& assessment, const RoutineOptions& options) {
  const auto& catalog = shipped_catalog();
  const auto findings = analytics::analyse_assessment(assessment, catalog.default_table());
  auto routine = build_corrective_routine(findings, catalog.default_table(), catalog.library, catalog.muscles,
                                          catalog.corrective_rules, options);
  const auto problems = testing::routine_violations(routine, options, catalog);
  for (const auto& problem : problems) ADD_FAILURE() << problem;
  return routine;
}

const core::Block* block(const CorrectiveRoutine& routine, std::string_view name) {
  for (const auto& b : routine.blocks) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

RoutineOptions with(std::set<Equipment> equipment, int minutes = 15) {
  RoutineOptions options;
  options.equipment = std::move(equipment);
  options.budget = core::Minutes(minutes);
  return options;
}

core::Assessment knees_in_left() {
  core::Assessment assessment;
  assessment.observations.push_back({MovementTest::OverheadSquat, Compensation::KneesCaveIn, Side::Left});
  assessment.observations.push_back({MovementTest::SingleLegSquat, Compensation::KneesCaveIn, Side::Left});
  return assessment;
}

TEST(CorrectiveRoutine, FollowsInhibitLengthenActivateIntegrate) {
  const auto routine = build(knees_in_left(), with({Equipment::FoamRoller, Equipment::Miniband}, 30));
  ASSERT_EQ(routine.blocks.size(), 4u);
  EXPECT_EQ(routine.blocks[0].name, "inhibit");
  EXPECT_EQ(routine.blocks[1].name, "lengthen");
  EXPECT_EQ(routine.blocks[2].name, "activate");
  EXPECT_EQ(routine.blocks[3].name, "integrate");
}

TEST(CorrectiveRoutine, TwoFindingsWithTheSameMusclesMergeIntoOneSetOfItems) {
  core::Assessment single = knees_in_left();
  single.observations.pop_back();
  const auto one = build(single, with({Equipment::FoamRoller}, 60));
  const auto both = build(knees_in_left(), with({Equipment::FoamRoller}, 60));
  for (const char* name : {"inhibit", "lengthen", "activate"}) {
    ASSERT_NE(block(one, name), nullptr) << name;
    ASSERT_NE(block(both, name), nullptr) << name;
    EXPECT_EQ(block(one, name)->items.size(), block(both, name)->items.size()) << name;
  }
}

TEST(CorrectiveRoutine, ACoverOptionOutsideTheRoutineGetsItsReasonWhenASessionTakesIt) {
  core::Assessment assessment = knees_in_left();
  assessment.observations.pop_back();
  const auto routine = build(assessment, with({Equipment::FoamRoller, Equipment::Miniband}, 60));
  ASSERT_EQ(routine.covers.size(), 1u);
  // The routine's own items come first with their reasons; the easiest other exercises follow without.
  const auto& cover = routine.covers[0].activate;
  ASSERT_FALSE(cover.empty());
  std::vector<core::Prescription> options;
  for (std::size_t position = 0; position < cover.size(); ++position) {
    options.push_back(cover_option_item(cover, position, shipped_catalog().corrective_rules));
  }
  EXPECT_FALSE(options.front().why.empty());
  const auto other = std::ranges::find_if(options, [](const core::Prescription& option) {
    return option.why.empty() && option.targets == std::vector<std::string>{"glute_med"};
  });
  ASSERT_NE(other, options.end());
  std::string expected =
      "Wakes up the glute med (side of the hip), which tends to be underactive when your knees moved inward as you "
      "squatted (left side); the slow tempo makes the right muscles do the work.";
  if (other->side_first) {
    expected += " Start with your left side and give it an extra set: that is where the fault showed.";
  }
  EXPECT_EQ(cover_option_why(routine, 0, *other), expected) << other->exercise;
}

TEST(CorrectiveRoutine, OneSidedFaultPutsThatSideFirstWithAnExtraSet) {
  const auto routine = build(knees_in_left(), with({Equipment::FoamRoller, Equipment::Miniband}, 60));
  std::size_t unilateral = 0;
  for (const auto& b : routine.blocks) {
    for (const auto& item : b.items) {
      if (!item.per_side) continue;
      ++unilateral;
      EXPECT_EQ(item.side_first, Side::Left) << item.exercise;
      EXPECT_EQ(item.extra_sets_side, Side::Left) << item.exercise;
    }
  }
  EXPECT_GT(unilateral, 0u);
}

TEST(CorrectiveRoutine, BalanceGapAddsABalanceDrillForTheWeakerSide) {
  core::Assessment assessment;
  assessment.single_leg_balance = core::BalanceTimes{11, 34};
  const auto routine = build(assessment, with({}));
  const auto* integrate = block(routine, "integrate");
  ASSERT_NE(integrate, nullptr);
  ASSERT_EQ(integrate->items.size(), 1u);
  const auto& item = integrate->items[0];
  EXPECT_EQ(item.role, core::Role::Balance);
  EXPECT_EQ(item.side_first, Side::Left);
  EXPECT_EQ(item.extra_sets_side, Side::Left);
  EXPECT_NE(item.why.find("11 s on the left and 34 s on the right"), std::string::npos) << item.why;
}

TEST(CorrectiveRoutine, WithoutARollerOrBallThereIsNoRollingAndANoteSaysSo) {
  const auto routine = build(knees_in_left(), with({Equipment::Miniband}));
  EXPECT_EQ(block(routine, "inhibit"), nullptr);
  bool noted = false;
  for (const auto& note : routine.notes) noted = noted || note.find("no foam roller or massage ball") != std::string::npos;
  EXPECT_TRUE(noted);
}

TEST(CorrectiveRoutine, AMassageBallStandsInForTheRoller) {
  const auto routine = build(knees_in_left(), with({Equipment::MassageBall}, 60));
  const auto* inhibit = block(routine, "inhibit");
  ASSERT_NE(inhibit, nullptr);
  for (const auto& item : inhibit->items) {
    EXPECT_TRUE(shipped_catalog().library.find(item.exercise)->equipment.contains(Equipment::MassageBall)) << item.exercise;
  }
}

TEST(CorrectiveRoutine, TightBudgetKeepsEveryFindingCoveredAndListsWhatWasLeftOut) {
  core::Assessment assessment = knees_in_left();
  assessment.observations.push_back({MovementTest::OverheadSquat, Compensation::HeelsRise, Side::Both});
  const auto routine = build(assessment, with({Equipment::FoamRoller, Equipment::Miniband}, 10));
  EXPECT_LE(routine.duration, core::Minutes(10));
  EXPECT_FALSE(routine.left_out.empty());
  bool heels_addressed = false;
  for (const auto& b : routine.blocks) {
    for (const auto& item : b.items) {
      for (const auto& target : item.targets) {
        heels_addressed = heels_addressed || target == "soleus" || target == "tibialis_anterior";
      }
    }
  }
  EXPECT_TRUE(heels_addressed) << "the heels-rise finding must not be dropped entirely";
}

TEST(CorrectiveRoutine, CurrentInjuryExcludesExercisesThatLoadIt) {
  core::Assessment assessment;
  assessment.observations.push_back({MovementTest::OverheadSquat, Compensation::HeelsRise, Side::Both});
  auto options = with({Equipment::FoamRoller, Equipment::Step}, 60);
  options.avoid_regions = {core::InjuryRegion::AchillesCalf, core::InjuryRegion::Knee};
  const auto routine = build(assessment, options);  // the invariants check avoid_with
  EXPECT_FALSE(routine.blocks.empty());
}

TEST(CorrectiveRoutine, NothingSeenMeansNothingToCorrect) {
  core::Assessment assessment;
  assessment.single_leg_balance = core::BalanceTimes{30, 29};
  const auto routine = build(assessment, with({Equipment::FoamRoller}));
  EXPECT_TRUE(routine.blocks.empty());
  ASSERT_FALSE(routine.notes.empty());
  EXPECT_NE(routine.notes[0].find("nothing to correct"), std::string::npos);
}

TEST(EstimateDuration, CountsSetsSidesExtraSetsRestsAndSetUp) {
  const auto& rules = shipped_catalog().corrective_rules;
  core::Prescription item;
  item.sets = 2;
  item.reps = 10;
  item.tempo = rules.activation_tempo;
  item.per_side = true;
  item.extra_sets_side = Side::Left;
  item.rest_seconds = 20;
  // 5 sets (2 per side + 1 extra) × 10 reps × 7 s + 3 side switches × 5 s + 1 rest × 20 s + 15 s set-up.
  EXPECT_EQ(estimate_duration(item, rules), core::Seconds(5 * 70 + 15 + 20 + 15));
  core::Prescription hold;
  hold.hold_seconds = 30;
  EXPECT_EQ(estimate_duration(hold, rules), core::Seconds(30 + 15));
}

TEST(TempoSecondsPerRep, SumsTheDigitsOfAValidTempo) {
  EXPECT_EQ(tempo_seconds_per_rep("4-2-1"), 7);
  EXPECT_EQ(tempo_seconds_per_rep("2-0-2"), 4);
  EXPECT_EQ(tempo_seconds_per_rep("3-1-1-1"), 6);
  EXPECT_EQ(tempo_seconds_per_rep("9-9-9"), 27);
  EXPECT_EQ(tempo_seconds_per_rep("0-0-1"), 1);
  for (const char* bad :
       {"", "4-", "-4", "4--2", "42-1", "fast", "0-0-0", "4-2-x", "4+2+1", "x-2-1", "42-1-", "-4-2-"}) {
    EXPECT_FALSE(tempo_seconds_per_rep(bad)) << bad;
  }
}

// science.md §1.2 row 10 (ISSA summary of the NASM pattern): towards the side the weight shifts,
// the adductor complex and hip flexors are overactive and the glute med underactive; on the other
// side the gastrocnemius/soleus, piriformis, biceps femoris/hamstrings and glute med are overactive
// and the adductor complex, hip flexors and anterior tibialis underactive.
TEST(CorrectiveRoutine, WeightShiftListsFollowTheIssaSummaryInEveryTable) {
  using Muscles = std::vector<std::string>;
  for (const auto& table : shipped_catalog().tables) {
    SCOPED_TRACE(table.header().id);
    const auto& rule = table.rule(MovementTest::OverheadSquat, Compensation::AsymmetricWeightShift);
    EXPECT_EQ(rule.same_side.overactive, (Muscles{"adductors", "hip_flexors"}));
    EXPECT_EQ(rule.same_side.underactive, (Muscles{"glute_med"}));
    EXPECT_EQ(rule.opposite_side.overactive, (Muscles{"calves", "piriformis", "hamstrings", "glute_med"}));
    EXPECT_EQ(rule.opposite_side.underactive, (Muscles{"adductors", "hip_flexors", "tibialis_anterior"}));
  }
}

TEST(CorrectiveRoutine, WeightShiftWorksEachListOnItsOwnSide) {
  for (const Side towards : {Side::Left, Side::Right}) {
    const Side other = towards == Side::Left ? Side::Right : Side::Left;
    core::Assessment assessment;
    assessment.observations.push_back({MovementTest::OverheadSquat, Compensation::AsymmetricWeightShift, towards});
    const auto routine = build(assessment, with({Equipment::FoamRoller}, 60));
    const auto within = [](const std::vector<std::string>& targets, const std::vector<std::string>& allowed) {
      return !targets.empty() && std::ranges::all_of(targets, [&](const std::string& t) {
        return std::ranges::find(allowed, t) != allowed.end();
      });
    };
    int checked = 0;
    for (const auto& b : routine.blocks) {
      const bool release = b.name == "inhibit" || b.name == "lengthen";
      if (!release && b.name != "activate") continue;
      const std::vector<std::string> same = release ? std::vector<std::string>{"adductors", "hip_flexors"}
                                                     : std::vector<std::string>{"glute_med"};
      const std::vector<std::string> opposite =
          release ? std::vector<std::string>{"calves", "piriformis", "hamstrings", "glute_med"}
                  : std::vector<std::string>{"adductors", "hip_flexors", "tibialis_anterior"};
      for (const auto& item : b.items) {
        if (!item.per_side) continue;
        SCOPED_TRACE(item.exercise);
        if (within(item.targets, same) && !within(item.targets, opposite)) {
          EXPECT_EQ(item.side_first, towards);
          ++checked;
        } else if (within(item.targets, opposite) && !within(item.targets, same)) {
          EXPECT_EQ(item.side_first, other);
          ++checked;
        }
      }
    }
    EXPECT_GE(checked, 4);
  }
}

}  // namespace
}  // namespace stride::planning
