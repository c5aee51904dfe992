#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "assessment_generator.hpp"
#include "routine_invariants.hpp"
#include "stride/analytics/assessment_findings.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/exercise_picker.hpp"
#include "session_builder_test_access.hpp"
#include "stride/planning/session_builder.hpp"
#include "test_catalog.hpp"

namespace stride::planning {

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

// A random assessment's findings (on either compensation table), random equipment and, with
// `with_injuries`, now and then an injury to avoid, and their corrective routine of 60 minutes.
struct RandomRoutine {
  analytics::AssessmentFindings findings;
  RoutineOptions options;
  CorrectiveRoutine routine;
};
RandomRoutine random_routine(bool with_injuries) {
  const auto& catalog = shipped_catalog();
  const auto& table = *(*rc::gen::element(&catalog.tables[0], &catalog.tables[1]));
  RandomRoutine made{analytics::analyse_assessment(random_assessment(), table), {}, {}};
  for (auto item : core::enum_values<core::Equipment>()) {
    if (*rc::gen::arbitrary<bool>()) made.options.equipment.insert(item);
  }
  for (auto region : core::enum_values<core::InjuryRegion>()) {
    if (with_injuries && *rc::gen::inRange(0, 6) == 0) made.options.avoid_regions.insert(region);
  }
  made.options.budget = core::Minutes(60);
  made.routine = build_corrective_routine(made.findings, table, catalog.library, catalog.muscles,
                                          catalog.corrective_rules, made.options);
  return made;
}

// A stabilization session or one of the plan's first week: the warm-up activates and the cool-down
// rolls or stretches for every finding, through its key muscles where issue 11 names some, with one
// set and holds of at most 30 s, and trimming to any budget from 5 to 60 minutes drops none of it.
RC_GTEST_PROP(SessionCorrectivesProperties, WarmUpAndCoolDownServeEveryFindingUnderAnyBudget, ()) {
  const auto& catalog = shipped_catalog();
  const auto [findings, options, routine] = random_routine(true);

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

// A builder reuses the cool-downs it has chosen: whatever it chose before, the cool-down after any
// set of used exercises is the one a new builder chooses, item for item, and it takes the same
// exercises. (It fails when an exercise the choice reads is left out of the reuse's key.)
RC_GTEST_PROP(SessionCorrectivesProperties, AReusedCoolDownIsTheOneANewBuilderChooses, ()) {
  const auto& catalog = shipped_catalog();
  const auto [findings, options, routine] = random_routine(false);
  TrainingProfile profile;
  profile.equipment = options.equipment;
  const ExercisePicker picker(catalog.library, profile);
  const bool with_routine = *rc::gen::arbitrary<bool>();
  const SessionBuilder builder(picker, catalog.plan_rules, catalog.corrective_rules, with_routine ? &routine : nullptr);
  const auto& all = catalog.library.all();
  // Calls that differ in a roll or stretch or two from one random set of used exercises: a
  // cool-down is made of these, and one left out of the key gives two such calls one cool-down.
  std::vector<const core::Exercise*> soft_tissue;
  for (const auto& exercise : all) {
    if (exercise.pattern == core::Pattern::Smr || exercise.pattern == core::Pattern::StaticStretch) {
      soft_tissue.push_back(&exercise);
    }
  }
  ExerciseSet base(catalog.library);
  for (const auto* exercise : soft_tissue) {
    if (*rc::gen::inRange(0, 3) == 0) base.insert(*exercise);
  }
  const auto coverages = {CorrectiveCoverage::Sample, CorrectiveCoverage::EveryFinding,
                          CorrectiveCoverage::EveryFindingQuickest};
  const int calls = *rc::gen::inRange(2, 16);
  for (int call = 0; call < calls; ++call) {
    auto used = base;
    const int added = *rc::gen::inRange(0, 3);
    for (int count = 0; count < added; ++count) used.insert(**rc::gen::elementOf(soft_tissue));
    const auto coverage = *rc::gen::elementOf(std::vector<CorrectiveCoverage>(coverages));
    auto fresh_used = used;
    const SessionBuilder fresh(picker, catalog.plan_rules, catalog.corrective_rules, with_routine ? &routine : nullptr);
    const auto reused = SessionBuilderTestAccess::cool_down(builder, used, coverage);
    const auto chosen = SessionBuilderTestAccess::cool_down(fresh, fresh_used, coverage);
    RC_ASSERT(reused.size() == chosen.size());
    for (std::size_t index = 0; index < reused.size(); ++index) {
      RC_ASSERT(reused[index].item == chosen[index].item);
      RC_ASSERT(reused[index].block == chosen[index].block);
      RC_ASSERT(reused[index].tier == chosen[index].tier);
    }
    for (const auto& exercise : all) RC_ASSERT(used.contains(exercise) == fresh_used.contains(exercise));
  }
}

}  // namespace
}  // namespace stride::planning
