// encode_plan writes its document with the streaming writer; these tests hold it to the text of
// the DOM encoder it replaced (tests/json/reference_dom_encoders.cpp), byte for byte, on the
// example runner's plans and on random plans, with names, notes and loads that need escapes or
// rounding put in. RC_PARAMS="max_success=N" runs more random plans.

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <string>

#include "example_files.hpp"
#include "plan_generator.hpp"
#include "reference_dom_encoders.hpp"
#include "stride/analytics/assessment_findings.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/planning/plan_builder.hpp"
#include "test_catalog.hpp"

namespace stride::json {
namespace {

using planning::testing_support::check_with_cases;
using planning::testing_support::planning_data;
using planning::testing_support::random_inputs;
using testing::shipped_catalog;

constexpr int kRandomPlans = 60;

// The example runner (examples/athlete.json, runs.json and assessment.json) as the plan benchmark
// plans it, with a race `weeks` weeks after the start.
planning::PlanInputs example_inputs(int weeks, core::StrengthExperience experience) {
  const auto& catalog = shipped_catalog();
  planning::PlanInputs inputs;
  auto athlete = documents::decode_athlete(testing::read_example("athlete.json"), "athlete.json");
  auto calendar = documents::decode_running_calendar(testing::read_example("runs.json"), "runs.json");
  auto assessment = documents::decode_assessment(testing::read_example("assessment.json"), "assessment.json");
  EXPECT_TRUE(athlete && calendar && assessment);
  inputs.athlete = *athlete;
  inputs.athlete.strength_experience = experience;
  inputs.start = testing::calendar_date(2026, 11, 22);
  inputs.athlete.goal.race_date = core::add_days(inputs.start, weeks * 7);
  inputs.calendar = *calendar;
  inputs.findings = analytics::analyse_assessment(*assessment, catalog.default_table(), catalog.imbalance_rules);
  return inputs;
}

TEST(PlanEncoderIdentity, ExampleRunnerPlansMatchTheDomEncoder) {
  const auto& catalog = shipped_catalog();
  for (const auto experience : {core::StrengthExperience::None, core::StrengthExperience::Beginner,
                                core::StrengthExperience::Intermediate, core::StrengthExperience::Advanced}) {
    for (const int weeks : {1, 2, 6, 12, 24, 40}) {
      const auto plan = planning::build_plan(example_inputs(weeks, experience), planning_data(catalog));
      ASSERT_EQ(encode_plan(plan, catalog), reference::encode_plan_with_dom(plan, catalog))
          << weeks << " weeks, " << core::enum_name(experience);
    }
  }
}

TEST(PlanEncoderIdentity, AnEmptyPlanMatchesTheDomEncoder) {
  core::Plan plan;
  plan.start = testing::calendar_date(2026, 11, 23);
  plan.end = plan.start;
  EXPECT_EQ(encode_plan(plan, shipped_catalog()), reference::encode_plan_with_dom(plan, shipped_catalog()));
}

// Text with the characters the encoders escape: quotes, backslashes, C0 and C1 controls, DEL,
// bidirectional marks, line separators, and plain non-ASCII letters.
rc::Gen<std::string> awkward_text() {
  return rc::gen::map(rc::gen::container<std::vector<std::string>>(rc::gen::element<std::string>(
                          "a", "Zoë", "张伟", "ليلى", " ", "\"", "\\", "/", "\n", "\t", "\x1B", std::string(1, '\0'),
                          "\x7F", "\xC2\x85", "\xD8\x9C", "\xE2\x80\x8E", "\xE2\x80\xA8", "\xE2\x80\xAE",
                          "\xE2\x81\xA6", "\xF0\x9F\x8F\x83")),
                      [](const std::vector<std::string>& parts) {
                        std::string joined;
                        for (const auto& part : parts) joined += part;
                        return joined;
                      });
}

rc::Gen<double> awkward_number() {
  return rc::gen::oneOf(rc::gen::map(rc::gen::inRange(-200'000, 200'000), [](int value) { return value / 1e3; }),
                        rc::gen::map(rc::gen::arbitrary<int>(), [](int value) { return value / 7.0; }),
                        rc::gen::element(0.0, -0.0, 0.0004, -0.0004, 0.0005, 2.5, 1e20, -1e-20));
}

// Some of the plan's free text and fractions replaced by awkward ones, so that every escape and
// rounding path of the encoder is met.
void make_awkward(core::Plan& plan) {
  if (*rc::gen::arbitrary<bool>()) plan.athlete = *awkward_text();
  if (*rc::gen::arbitrary<bool>()) plan.notes.push_back(*awkward_text());
  if (*rc::gen::arbitrary<bool>()) plan.warnings.push_back(*awkward_text());
  for (auto& week : plan.weeks) {
    if (*rc::gen::inRange(0, 10) == 0) week.focus = *awkward_text();
  }
  for (auto& day : plan.days) {
    if (day.run && *rc::gen::inRange(0, 10) == 0) {
      day.run->note = *awkward_text();
      day.run->distance = core::Kilometres(*awkward_number());
    }
    for (auto& session : day.sessions) {
      if (*rc::gen::inRange(0, 10) == 0) session.why = *awkward_text();
      for (auto& block : session.blocks) {
        for (auto& item : block.items) {
          if (*rc::gen::inRange(0, 8) != 0) continue;
          item.load_kg = *awkward_number();
          item.rpe = *awkward_number();
          item.pct_1rm = *awkward_number();
          item.tempo = *awkward_text();
          item.pair_with = *awkward_text();
          item.exercise = *rc::gen::element(item.exercise, std::string("no-such-exercise"), std::string());
        }
      }
    }
  }
}

TEST(PlanEncoderIdentity, RandomPlansMatchTheDomEncoder) {
  check_with_cases(
      [] {
        const auto& catalog = shipped_catalog();
        auto plan = planning::build_plan(random_inputs(catalog), planning_data(catalog));
        RC_ASSERT(encode_plan(plan, catalog) == reference::encode_plan_with_dom(plan, catalog));
        make_awkward(plan);
        RC_ASSERT(encode_plan(plan, catalog) == reference::encode_plan_with_dom(plan, catalog));
      },
      kRandomPlans);
}

}  // namespace
}  // namespace stride::json
