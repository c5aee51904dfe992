#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "assessment_generator.hpp"
#include "routine_invariants.hpp"
#include "stride/analytics/assessment_findings.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using testing::random_assessment;
using testing::shipped_catalog;

RoutineOptions random_options() {
  RoutineOptions options;
  for (auto item : core::enum_values<core::Equipment>()) {
    if (*rc::gen::arbitrary<bool>()) options.equipment.insert(item);
  }
  for (auto region : core::enum_values<core::InjuryRegion>()) {
    if (*rc::gen::inRange(0, 6) == 0) options.avoid_regions.insert(region);
  }
  options.budget = core::Minutes(*rc::gen::inRange(5, 61));
  return options;
}

RC_GTEST_PROP(CorrectiveRoutineProperties, KeepsEveryRuleForAnyAssessmentKitAndBudget, ()) {
  const auto& catalog = shipped_catalog();
  const auto assessment = random_assessment();
  const auto options = random_options();
  const auto& table = *(*rc::gen::element(&catalog.tables[0], &catalog.tables[1]));
  const auto findings = analytics::analyse_assessment(assessment, table);
  const auto routine = build_corrective_routine(findings, table, catalog.library, catalog.muscles,
                                                catalog.corrective_rules, options);
  const auto problems = testing::routine_violations(routine, options, catalog);
  RC_ASSERT(problems.empty());
  if (!findings.findings.empty() && options.budget >= core::Minutes(10)) {
    RC_ASSERT(!routine.blocks.empty());
  }
}

// The findings, the routine and its options for one random case: any assessment, either table,
// any equipment and injuries, and any budget from 5 to 60 minutes.
struct RoutineCase {
  analytics::AssessmentFindings findings;
  RoutineOptions options;
  CorrectiveRoutine routine;
};

RoutineCase random_case(RoutineOptions options) {
  const auto& catalog = shipped_catalog();
  const auto& table = *(*rc::gen::element(&catalog.tables[0], &catalog.tables[1]));
  auto findings = analytics::analyse_assessment(random_assessment(), table);
  auto routine = build_corrective_routine(findings, table, catalog.library, catalog.muscles, catalog.corrective_rules,
                                          options);
  return {std::move(findings), std::move(options), std::move(routine)};
}

RC_GTEST_PROP(CorrectiveRoutineProperties, GivesEveryFindingARollOrStretchAndAnActivationUnderAnyBudget, ()) {
  const auto c = random_case(random_options());
  const auto problems = testing::coverage_violations(c.routine, c.findings, c.options, shipped_catalog());
  RC_ASSERT(problems.empty());
  RC_ASSERT(testing::routine_violations(c.routine, c.options, shipped_catalog()).empty());
}

RC_GTEST_PROP(CorrectiveRoutineProperties, KeepsTheCoreGluteAndUpperBodyItemsUnderAnyBudget, ()) {
  const auto c = random_case(random_options());
  const auto problems = testing::key_item_violations(c.routine, c.findings, c.options, shipped_catalog());
  RC_ASSERT(problems.empty());
}

RC_GTEST_PROP(CorrectiveRoutineProperties, RollsTheUpperTrapeziusWithAMassageBall, ()) {
  auto options = random_options();
  options.equipment.insert(core::Equipment::MassageBall);
  const auto c = random_case(options);
  const auto problems = testing::upper_trapezius_violations(c.routine, c.findings, c.options, shipped_catalog());
  RC_ASSERT(problems.empty());
}

// The opening words of a roll's, a stretch's and an activation's reason.
std::string_view opening_of(core::Role role) {
  switch (role) {
    case core::Role::Inhibit: return "Rolling settles the ";
    case core::Role::Lengthen: return "Stretches the ";
    default: return "Wakes up the ";
  }
}

RC_GTEST_PROP(CorrectiveRoutineProperties, EveryCoverOptionHasTheReasonTheRoutineGivesItsOwnItems, ()) {
  const auto& catalog = shipped_catalog();
  // One observation: every item of the routine's own serves its one finding, as a cover option does.
  auto assessment = random_assessment();
  RC_PRE(!assessment.observations.empty());
  assessment.observations.resize(1);
  const auto options = random_options();
  const auto& table = catalog.default_table();
  const auto findings = analytics::analyse_assessment(assessment, table);
  RC_PRE(findings.findings.size() == 1U);
  const auto routine = build_corrective_routine(findings, table, catalog.library, catalog.muscles,
                                                catalog.corrective_rules, options);
  const auto& finding = findings.findings.front();
  const auto& seen = table.wording(finding.test, finding.compensation).seen;
  RC_ASSERT(routine.covers.size() == 1U);
  const auto& cover = routine.covers[0];
  for (const auto* need : {&cover.release, &cover.activate}) {
    const bool release = need == &cover.release;
    RC_ASSERT(need->own_items.size() <= need->size());
    for (std::size_t position = 0; position < need->size(); ++position) {
      const auto option = cover_option_item(*need, position, catalog.corrective_rules);
      // The routine's own items first, whole; each option is its library entry's item.
      if (position < need->own_items.size()) RC_ASSERT(option == need->own_items[position]);
      RC_ASSERT(need->exercises[position]->id == option.exercise);
      // A release rolls or stretches, an activation activates, each aimed at the finding's muscles.
      if (release) {
        RC_ASSERT(option.role == core::Role::Inhibit || option.role == core::Role::Lengthen);
      } else {
        RC_ASSERT(option.role == core::Role::Activate);
      }
      RC_ASSERT(!option.targets.empty());
      if (position >= need->own_items.size()) {
        for (const auto& target : option.targets) {
          RC_ASSERT(std::ranges::find(need->muscles, target) != need->muscles.end());
        }
      }
      const auto why = cover_option_why(routine, 0, option);
      // An option with its own reason keeps it.
      if (!option.why.empty()) RC_ASSERT(why == option.why);
      // Its role's words, each target's plain name and what the finding was seen as.
      RC_ASSERT(why.view().starts_with(opening_of(option.role)));
      for (const auto& target : option.targets) {
        RC_ASSERT(why.view().find(catalog.muscles.plain_name(target)) != std::string_view::npos);
      }
      RC_ASSERT(why.view().find(seen) != std::string_view::npos);
      const bool names_a_side = why.view().find(" Start with your ") != std::string_view::npos;
      RC_ASSERT(names_a_side == option.side_first.has_value());
      // The same words as the routine's own item for the same role, muscles and side.
      for (const auto& block : routine.blocks) {
        for (const auto& item : block.items) {
          if (item.role == option.role && item.targets == option.targets && item.side_first == option.side_first) {
            RC_ASSERT(why == item.why);
          }
        }
      }
    }
  }
}

RC_GTEST_PROP(CorrectiveRoutineProperties, IsDeterministic, ()) {
  const auto& catalog = shipped_catalog();
  const auto assessment = random_assessment();
  const auto options = random_options();
  const auto findings = analytics::analyse_assessment(assessment, catalog.default_table());
  auto once = build_corrective_routine(findings, catalog.default_table(), catalog.library, catalog.muscles,
                                       catalog.corrective_rules, options);
  auto twice = build_corrective_routine(findings, catalog.default_table(), catalog.library, catalog.muscles,
                                        catalog.corrective_rules, options);
  RC_ASSERT(once.blocks.size() == twice.blocks.size());
  for (std::size_t b = 0; b < once.blocks.size(); ++b) {
    RC_ASSERT(once.blocks[b].items.size() == twice.blocks[b].items.size());
    for (std::size_t i = 0; i < once.blocks[b].items.size(); ++i) {
      RC_ASSERT(once.blocks[b].items[i].exercise == twice.blocks[b].items[i].exercise);
      RC_ASSERT(once.blocks[b].items[i].why == twice.blocks[b].items[i].why);
    }
  }
}

}  // namespace
}  // namespace stride::planning
