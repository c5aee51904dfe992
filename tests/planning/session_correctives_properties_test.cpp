#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "assessment_generator.hpp"
#include "routine_invariants.hpp"
#include "stride/analytics/assessment_findings.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/exercise_picker.hpp"
#include "stride/planning/session_builder.hpp"
#include "test_catalog.hpp"

namespace stride::planning {

// Reaches the warm-up, cool-down and trimming of SessionBuilder, which the plan builder calls.
class SessionBuilderTestAccess {
 public:
  static auto warm_up(const SessionBuilder& builder, ExerciseSet& used, CorrectiveCoverage coverage) {
    return builder.warm_up(used, 2, coverage);
  }
  static auto cool_down(const SessionBuilder& builder, ExerciseSet& used, CorrectiveCoverage coverage) {
    return builder.cool_down(used, 1, coverage);
  }
  template <class Entries>
  static SessionContent assemble(const SessionBuilder& builder, Entries entries, core::Minutes budget) {
    return builder.assemble(std::move(entries), SessionBuilder::Limits{budget, std::nullopt, std::nullopt});
  }
};

namespace {

using testing::random_assessment;
using testing::shipped_catalog;
using namespace testing::routine_checks;

// Some exercise the runner may do in a session meets `need` through one of `muscles`.
bool possible_in_session(const service::Catalog& catalog, const RoutineOptions& options, const ExercisePicker& picker,
                         Need need, const std::vector<std::string>& muscles) {
  return std::ranges::any_of(catalog.library.all(), [&](const core::Exercise& exercise) {
    return meets(catalog, need, exercise) && allowed(exercise, options) && picker.usable(exercise) &&
           serves_any(catalog, exercise, muscles);
  });
}

bool in_block(const service::Catalog& catalog, const SessionContent& content, std::string_view block_name, Need need,
              const std::vector<std::string>& muscles) {
  for (const auto& block : content.blocks) {
    if (block.name != block_name) continue;
    for (const auto& item : block.items) {
      const auto* exercise = catalog.library.find(item.exercise);
      if (exercise == nullptr || !meets(catalog, need, *exercise)) continue;
      if (serves_any(catalog, *exercise, muscles)) return true;
    }
  }
  return false;
}

// A stabilization session or one of the plan's first week: the warm-up activates and the cool-down
// rolls or stretches for every finding, through its key muscles where issue 11 names some, with one
// set and holds of at most 30 s, and trimming to any budget from 5 to 60 minutes drops none of it.
RC_GTEST_PROP(SessionCorrectivesProperties, WarmUpAndCoolDownServeEveryFindingUnderAnyBudget, ()) {
  const auto& catalog = shipped_catalog();
  const auto& table = *(*rc::gen::element(&catalog.tables[0], &catalog.tables[1]));
  const auto findings = analytics::analyse_assessment(random_assessment(), table);
  RoutineOptions options;
  for (auto item : core::enum_values<core::Equipment>()) {
    if (*rc::gen::arbitrary<bool>()) options.equipment.insert(item);
  }
  for (auto region : core::enum_values<core::InjuryRegion>()) {
    if (*rc::gen::inRange(0, 6) == 0) options.avoid_regions.insert(region);
  }
  options.budget = core::Minutes(60);
  const auto routine =
      build_corrective_routine(findings, table, catalog.library, catalog.muscles, catalog.corrective_rules, options);

  TrainingProfile profile;
  profile.experience = *rc::gen::elementOf(core::enum_values<core::StrengthExperience>());
  profile.equipment = options.equipment;
  profile.current_regions = options.avoid_regions;
  const ExercisePicker picker(catalog.library, profile);
  const SessionBuilder builder(picker, catalog.plan_rules, catalog.corrective_rules, &routine);

  ExerciseSet used(catalog.library);
  auto entries = SessionBuilderTestAccess::warm_up(builder, used, CorrectiveCoverage::EveryFinding);
  auto cool = SessionBuilderTestAccess::cool_down(builder, used, CorrectiveCoverage::EveryFinding);
  entries.insert(entries.end(), cool.begin(), cool.end());
  for (const auto& entry : entries) {
    const bool corrective = entry.item.role == core::Role::Inhibit || entry.item.role == core::Role::Lengthen ||
                            (entry.block == SessionBlock::WarmUp && entry.item.role == core::Role::Activate);
    if (!corrective || entry.tier != 0) continue;
    RC_ASSERT(entry.item.sets == 1);
    RC_ASSERT(entry.item.hold_seconds.value_or(0) <= 30);
  }
  // The athlete's minutes are a hard limit: the correctives give way only when they alone, with
  // the opening drill, take longer than the session has.
  core::Seconds correctives_alone{0};
  for (const auto& entry : entries) {
    if (entry.tier == 0) correctives_alone += estimate_duration(entry.item, catalog.corrective_rules);
  }
  const core::Minutes budget(*rc::gen::inRange(15, 61));  // contract §3.1: 15 to 90 minutes
  const auto content = SessionBuilderTestAccess::assemble(builder, entries, budget);
  RC_CLASSIFY(correctives_alone > core::Seconds(budget), "correctives alone exceed the session");
  if (correctives_alone > core::Seconds(budget)) return;

  core::Seconds total{0};
  for (const auto& block : content.blocks) {
    for (const auto& item : block.items) total += item.duration;
  }
  RC_ASSERT(total == content.duration);

  for (const auto& finding : findings.findings) {
    for (Need need : {Need::Activate, Need::Release}) {
      auto muscles = key_muscles(finding.compensation, need);
      if (muscles.empty() || !possible_in_session(catalog, options, picker, need, muscles)) {
        muscles = listed(finding, need);
      }
      if (!possible_in_session(catalog, options, picker, need, muscles)) continue;
      const auto* block_name = need == Need::Activate ? "warm_up" : "cool_down";
      if (!in_block(catalog, content, block_name, need, muscles)) {
        RC_FAIL(fmt::format("{} has no {} in the {}", describe(finding),
                            need == Need::Activate ? "activation" : "roll or stretch", block_name));
      }
    }
  }
}

}  // namespace
}  // namespace stride::planning
