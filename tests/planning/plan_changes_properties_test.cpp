// Property tests of plan changes (docs/plan-changes.md): for random runners and plans, every move,
// added session, swap and skip the change rules accept leaves a plan that keeps every rule of
// tests/planning/plan_invariants.hpp (a skip changes nothing but its mark), and every change they
// refuse leaves the plan as it was.

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "plan_generator.hpp"
#include "plan_invariants.hpp"
#include "stride/planning/plan_changes.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using namespace testing_support;
using testing::shipped_catalog;

constexpr int kCases = 60;
constexpr int kChangesPerPlan = 12;

std::vector<core::SessionPlace> session_places(const core::Plan& plan) {
  std::vector<core::SessionPlace> places;
  for (const auto& day : plan.days) {
    for (std::size_t index = 0; index < day.sessions.size(); ++index) {
      places.push_back({day.date, static_cast<int>(index)});
    }
  }
  return places;
}

// A random change of a random session: a move or an added copy onto a day up to ten days away, or
// a swap of a random item for one of its offered options or any exercise of the library; or a skip.
core::PlanChange random_change(const core::Plan& plan, const service::Catalog& catalog,
                               const PlanChangeContext& context) {
  const auto places = session_places(plan);
  core::PlanChange change;
  change.session = *rc::gen::elementOf(places);
  change.reason = "a coach's reason";
  const auto* session = session_at(plan, change.session);
  change.kind = *rc::gen::element(core::PlanChangeKind::Move, core::PlanChangeKind::Add, core::PlanChangeKind::Swap,
                                  core::PlanChangeKind::Skip);
  if (change.kind == core::PlanChangeKind::Swap) {
    std::vector<std::string> exercises;
    for (const auto& block : session->blocks) {
      for (const auto& item : block.items) exercises.push_back(item.exercise);
    }
    change.exercise = *rc::gen::elementOf(exercises);
    const auto options = swap_options(plan, change.session, change.exercise, context);
    if (options && !options->empty() && *rc::gen::arbitrary<bool>()) {
      change.replacement = (*rc::gen::elementOf(*options)).exercise->id;
    } else {
      change.replacement = (*rc::gen::elementOf(catalog.library.all())).id;
    }
  } else if (change.kind != core::PlanChangeKind::Skip) {
    change.to = core::add_days(change.session.date, *rc::gen::inRange(-10, 11));
  }
  return change;
}

TEST(PlanChangesProperties, AcceptedChangesKeepEveryRuleOfThePlanAndRefusedOnesChangeNothing) {
  check_with_cases(
      [] {
        const auto& catalog = shipped_catalog();
        const auto inputs = random_inputs(catalog);
        auto plan = build_plan(inputs, planning_data(catalog));
        RC_PRE(!session_places(plan).empty());
        // The plan as built keeps every rule (PlanProperties checks it too): a change starts from it.
        const auto built_problems = testing::plan_violations(plan, inputs, catalog);
        if (!built_problems.empty()) RC_FAIL(describe(inputs) + "\n  as built: " + built_problems.front());
        const PlanChangeContext context{inputs.athlete,      inputs.calendar,          catalog.library,
                                        catalog.plan_rules, catalog.corrective_rules, plan.start,
                                        inputs.findings ? &*inputs.findings : nullptr};
        int accepted = 0;
        std::string made_so_far;  // the accepted changes, for a failure's message
        for (int attempt = 0; attempt < kChangesPerPlan && !session_places(plan).empty(); ++attempt) {
          const auto change = random_change(plan, catalog, context);
          const auto before = plan;
          const auto made = apply_plan_change(plan, change, "Coach", context);
          if (!made) {
            RC_ASSERT(plan == before);
            RC_ASSERT(!made.error().field.empty());
            continue;
          }
          ++accepted;
          made_so_far += fmt::format("\n  made: {} of {} (place {}){}", core::enum_name(change.kind),
                                     core::format_iso_date(change.session.date), change.session.index,
                                     change.to ? " to " + core::format_iso_date(*change.to) : "");
          if (change.kind == core::PlanChangeKind::Skip) {
            // A skip marks the session and says so; nothing else of the plan changes.
            auto unmarked = plan;
            auto* skipped = const_cast<core::PlannedSession*>(session_at(unmarked, change.session));
            RC_ASSERT(skipped->skipped);
            RC_ASSERT(skipped->changes.back().why == change.reason);
            skipped->skipped = false;
            skipped->changes.pop_back();
            RC_ASSERT(unmarked == before);
          }
          const auto problems = testing::plan_violations(plan, inputs, catalog);
          if (!problems.empty()) {
            std::string message = describe(inputs) + fmt::format("\nafter a {} of {} (place {}){}{}{}:",
                                                                 core::enum_name(change.kind),
                                                                 core::format_iso_date(change.session.date),
                                                                 change.session.index,
                                                                 change.to ? " to " + core::format_iso_date(*change.to) : "",
                                                                 change.exercise.empty() ? "" : " of " + change.exercise,
                                                                 change.replacement.empty() ? "" : " for " + change.replacement);
            message += made_so_far;
            for (std::size_t index = 0; index < problems.size() && index < 10; ++index) message += "\n  " + problems[index];
            RC_FAIL(message);
          }
        }
        RC_CLASSIFY(accepted > 0, "some change accepted");
      },
      kCases);
}

}  // namespace
}  // namespace stride::planning
