#include <gtest/gtest.h>

#include <cctype>
#include <functional>

#include "stride/report/dose.hpp"

namespace stride::report {
namespace {

struct DoseCase {
  const char* name;
  std::function<void(core::Prescription&)> setup;
  const char* expected;
};

class DoseTest : public ::testing::TestWithParam<DoseCase> {};

TEST_P(DoseTest, DescribesTheDoseInWords) {
  core::Prescription item;
  item.exercise = "any";
  item.sets = 3;
  GetParam().setup(item);
  EXPECT_EQ(describe_dose(item), GetParam().expected) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, DoseTest,
    ::testing::Values(
        DoseCase{"reps", [](auto& item) { item.reps = 12; }, "3 × 12"},
        DoseCase{"reps per side", [](auto& item) { item.reps = 12; item.per_side = true; }, "3 × 12 each side"},
        DoseCase{"one hold", [](auto& item) { item.sets = 1; item.hold_seconds = 30; }, "30 s"},
        DoseCase{"holds per side", [](auto& item) { item.sets = 2; item.hold_seconds = 45; item.per_side = true; },
                 "2 × 45 s each side"},
        DoseCase{"contacts", [](auto& item) { item.contacts = 20; }, "3 × 20 contacts"},
        DoseCase{"contacts per side", [](auto& item) { item.contacts = 10; item.per_side = true; },
                 "3 × 10 contacts each side"},
        DoseCase{"side first",
                 [](auto& item) {
                   item.reps = 8;
                   item.per_side = true;
                   item.side_first = core::Side::Left;
                 },
                 "3 × 8 each side, left side first"},
        DoseCase{"one side only (an injured side's rehab)",
                 [](auto& item) {
                   item.reps = 15;
                   item.side_first = core::Side::Right;
                 },
                 "3 × 15, right side only"},
        DoseCase{"extra set",
                 [](auto& item) {
                   item.reps = 8; item.per_side = true; item.side_first = core::Side::Right;
                   item.extra_sets_side = core::Side::Right;
                 },
                 "3 × 8 each side, right side first, +1 set on the right"},
        DoseCase{"tempo", [](auto& item) { item.reps = 10; item.tempo = "4-2-1"; }, "3 × 10, tempo 4-2-1"},
        DoseCase{"whole rpe drops the decimal", [](auto& item) { item.reps = 5; item.rpe = 7.0; }, "3 × 5, RPE 7"},
        DoseCase{"half rpe", [](auto& item) { item.reps = 5; item.rpe = 7.5; }, "3 × 5, RPE 7.5"},
        DoseCase{"share of 1RM rounds to a whole percent", [](auto& item) { item.reps = 5; item.pct_1rm = 77.6; },
                 "3 × 5 (~78 % 1RM)"},
        DoseCase{"rpe with share of 1RM", [](auto& item) { item.reps = 5; item.rpe = 8; item.pct_1rm = 80.2; },
                 "3 × 5, RPE 8 (~80 % 1RM)"},
        DoseCase{"pairing is not part of the dose", [](auto& item) { item.reps = 5; item.pair_with = "box_jump"; },
                 "3 × 5"},
        DoseCase{"every part in order",
                 [](auto& item) {
                   item.reps = 6; item.per_side = true; item.tempo = "3-1-1"; item.side_first = core::Side::Left;
                   item.extra_sets_side = core::Side::Left; item.rpe = 6.5; item.pct_1rm = 70;
                 },
                 "3 × 6 each side, tempo 3-1-1, left side first, +1 set on the left, RPE 6.5 (~70 % 1RM)"}),
    [](const auto& test_info) {
      std::string name = test_info.param.name;
      for (char& character : name) {
        if (!std::isalnum(static_cast<unsigned char>(character))) character = '_';
      }
      return name;
    });

}  // namespace
}  // namespace stride::report
