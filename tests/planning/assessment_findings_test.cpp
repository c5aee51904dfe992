#include <gtest/gtest.h>

#include "stride/analytics/assessment_findings.hpp"
#include "test_catalog.hpp"

namespace stride::analytics {
namespace {

using core::Compensation;
using core::MovementTest;
using core::Side;
using testing::shipped_catalog;

using Muscles = std::vector<std::string>;

struct TableCase {
  const char* table;
  MovementTest test;
  Compensation compensation;
  Muscles overactive;
  Muscles underactive;
};

class CompensationTableTest : public ::testing::TestWithParam<TableCase> {};

// Pins each edition's lists to science.md §1.2 (a change to data/ must change this table too).
TEST_P(CompensationTableTest, MapsTheCompensationToTheEditionsLists) {
  const auto& c = GetParam();
  const auto* table = shipped_catalog().table(c.table);
  ASSERT_NE(table, nullptr);
  core::Assessment assessment;
  assessment.observations.push_back({c.test, c.compensation, Side::Both});
  const auto result = analyse_assessment(assessment, *table);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].overactive, c.overactive);
  EXPECT_EQ(result.findings[0].underactive, c.underactive);
}

INSTANTIATE_TEST_SUITE_P(
    Editions, CompensationTableTest,
    ::testing::Values(
        TableCase{"nasm_cpt_6th", MovementTest::OverheadSquat, Compensation::KneesCaveIn,
                  {"adductors", "biceps_femoris_short_head", "tfl", "vastus_lateralis"},
                  {"glute_med", "glute_max", "vastus_medialis"}},
        TableCase{"nasm_cpt_7th", MovementTest::OverheadSquat, Compensation::KneesCaveIn, {"tfl", "adductors"},
                  {"glute_max", "glute_med", "tibialis_anterior", "tibialis_posterior"}},
        TableCase{"nasm_cpt_6th", MovementTest::OverheadSquat, Compensation::FeetTurnOut,
                  {"soleus", "gastrocnemius_lateral", "biceps_femoris_short_head"},
                  {"gastrocnemius_medial", "medial_hamstrings", "gracilis", "sartorius", "popliteus"}},
        TableCase{"nasm_cpt_7th", MovementTest::OverheadSquat, Compensation::FeetTurnOut, {"calves", "hamstrings"},
                  {"tibialis_anterior", "tibialis_posterior", "glute_max", "glute_med"}},
        TableCase{"nasm_cpt_6th", MovementTest::OverheadSquat, Compensation::ExcessiveForwardLean,
                  {"soleus", "gastrocnemius", "hip_flexors", "rectus_abdominis", "external_obliques"},
                  {"tibialis_anterior", "glute_max", "erector_spinae"}},
        TableCase{"nasm_cpt_7th", MovementTest::OverheadSquat, Compensation::ExcessiveForwardLean,
                  {"hip_flexors", "calves", "rectus_abdominis", "external_obliques"},
                  {"glute_max", "hamstrings", "lumbar_extensors"}},
        TableCase{"nasm_cpt_6th", MovementTest::OverheadSquat, Compensation::LowBackArches,
                  {"hip_flexors", "erector_spinae", "latissimus_dorsi"}, {"glute_max", "hamstrings", "intrinsic_core"}},
        TableCase{"nasm_cpt_7th", MovementTest::OverheadSquat, Compensation::ArmsFallForward,
                  {"latissimus_dorsi", "teres_major", "pectoralis_major", "pectoralis_minor"},
                  {"middle_trapezius", "lower_trapezius", "rhomboids", "rotator_cuff", "posterior_deltoid"}},
        TableCase{"nasm_cpt_6th", MovementTest::OverheadSquat, Compensation::HeelsRise, {"soleus"}, {"tibialis_anterior"}},
        TableCase{"nasm_cpt_6th", MovementTest::OverheadSquat, Compensation::HeadForward,
                  {"upper_trapezius", "sternocleidomastoid", "levator_scapulae"}, {"deep_cervical_flexors"}},
        TableCase{"nasm_cpt_7th", MovementTest::SingleLegSquat, Compensation::KneesCaveIn, {"tfl", "adductors"},
                  {"glute_max", "glute_med", "tibialis_anterior", "tibialis_posterior"}}));

TEST(AnalyseAssessment, WeightShiftAddsTheOppositeSidesLists) {
  core::Assessment assessment;
  assessment.observations.push_back({MovementTest::OverheadSquat, Compensation::AsymmetricWeightShift, Side::Right});
  const auto result = analyse_assessment(assessment, shipped_catalog().default_table());
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].opposite, Side::Left);
  EXPECT_EQ(result.findings[0].underactive, Muscles{"glute_med"});
  EXPECT_FALSE(result.findings[0].opposite_overactive.empty());
}

struct BalanceCase {
  double left;
  double right;
  bool imbalance;
  Side weaker;
  double percent;
};

class BalanceTest : public ::testing::TestWithParam<BalanceCase> {};

TEST_P(BalanceTest, AGapAbove25PercentOfTheBetterSideIsAnImbalance) {
  const auto& c = GetParam();
  core::Assessment assessment;
  assessment.single_leg_balance = core::BalanceTimes{c.left, c.right};
  const auto result = analyse_assessment(assessment, shipped_catalog().default_table());
  ASSERT_EQ(result.imbalances.size(), c.imbalance ? 1u : 0u);
  if (!c.imbalance) return;
  EXPECT_EQ(result.imbalances[0].weaker_side, c.weaker);
  EXPECT_NEAR(*result.imbalances[0].difference_percent, c.percent, 1e-3);
}

INSTANTIATE_TEST_SUITE_P(Table, BalanceTest,
                         ::testing::Values(BalanceCase{11, 34, true, Side::Left, 67.647}, BalanceCase{34, 11, true, Side::Right, 67.647},
                                           BalanceCase{20, 24, false, Side::None, 0}, BalanceCase{30, 40, false, Side::None, 25},
                                           BalanceCase{29.9, 40, true, Side::Left, 25.25}, BalanceCase{0, 0, false, Side::None, 0},
                                           BalanceCase{0, 5, true, Side::Left, 100}));

TEST(AnalyseAssessment, OneSidedCompensationIsAnImbalance) {
  core::Assessment assessment;
  assessment.observations.push_back({MovementTest::SingleLegSquat, Compensation::HipDrop, Side::Right});
  assessment.observations.push_back({MovementTest::OverheadSquat, Compensation::HeelsRise, Side::Both});
  const auto result = analyse_assessment(assessment, shipped_catalog().default_table());
  ASSERT_EQ(result.imbalances.size(), 1u);
  EXPECT_EQ(result.imbalances[0].weaker_side, Side::Right);
  EXPECT_EQ(result.imbalances[0].compensation, Compensation::HipDrop);
}

}  // namespace
}  // namespace stride::analytics
