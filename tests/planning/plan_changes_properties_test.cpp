// Property tests of plan changes (docs/plan-changes.md): for random runners and plans, every move,
// added session, swap and skip the change rules accept leaves a plan that keeps every rule of
// tests/planning/plan_invariants.hpp (a skip changes nothing but its mark), and every change they
// refuse leaves the plan as it was.

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <array>
#include <optional>
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

// Found by the property below: a beginner's first jumps, placed five days before a tune-up ultra,
// moved a day later into the days before it. Every move of the first session with jumps into
// the days before a race (those without slow eccentric work) is refused, and changes nothing.
TEST(PlanChangesProperties, AMoveKeepsTheFirstJumpsOutOfTheDaysBeforeARace) {
  const auto& catalog = shipped_catalog();
  PlanInputs inputs;
  inputs.start = date_of(2026, 1, 1);
  inputs.athlete.name = "Runner";
  inputs.athlete.birth_year = 1950;
  inputs.athlete.running.weekly_distance = core::Kilometres(5);
  inputs.athlete.running.surface = core::Surface::Mixed;
  inputs.athlete.strength_experience = core::StrengthExperience::Beginner;
  inputs.athlete.goal.event = core::Event::TenK;
  inputs.athlete.goal.race_date = date_of(2026, 7, 26);
  inputs.athlete.equipment = {core::Equipment::MassageBall};
  inputs.athlete.availability.strength_sessions_per_week = 2;
  inputs.athlete.availability.session_minutes = core::Minutes(17);
  using core::RunType;
  const std::array<RunType, 7> week{RunType::Long, RunType::Rest, RunType::Easy,    RunType::Long,
                                    RunType::Rest, RunType::Easy, RunType::Recovery};
  for (std::size_t day = 0; day < week.size(); ++day) {
    inputs.calendar.weekly_template[day].type = week[day];
    if (week[day] == RunType::Long) inputs.calendar.weekly_template[day].distance = core::Kilometres(12);
  }
  inputs.calendar.dated_runs[date_of(2026, 1, 1)].type = RunType::Rest;
  for (const auto race : {date_of(2026, 3, 3), date_of(2026, 4, 1)}) {
    auto& run = inputs.calendar.dated_runs[race];
    run.type = RunType::Race;
    run.distance = core::Kilometres(100);
  }
  const auto plan = build_plan(inputs, planning_data(catalog));
  ASSERT_TRUE(testing::plan_violations(plan, inputs, catalog).empty());
  const PlanChangeContext context{inputs.athlete,      inputs.calendar,          catalog.library,
                                  catalog.plan_rules, catalog.corrective_rules, plan.start, nullptr};
  std::optional<core::SessionPlace> first_jumps;
  for (const auto& day : plan.days) {
    for (std::size_t index = 0; index < day.sessions.size() && !first_jumps; ++index) {
      if (day.sessions[index].has_plyometrics()) first_jumps = core::SessionPlace{day.date, static_cast<int>(index)};
    }
    if (first_jumps) break;
  }
  ASSERT_TRUE(first_jumps);
  int tried = 0;
  for (const auto& [date, run] : inputs.calendar.dated_runs) {
    if (run.type != RunType::Race || !(first_jumps->date < date)) continue;
    for (int before = 1; before <= catalog.plan_rules.race_eve_no_eccentric_days; ++before) {
      const core::Date to = core::add_days(date, -before);
      if (!(first_jumps->date < to)) continue;
      core::PlanChange change;
      change.kind = core::PlanChangeKind::Move;
      change.session = *first_jumps;
      change.to = to;
      change.reason = "a coach's reason";
      auto changed = plan;
      const auto made = apply_plan_change(changed, change, "Coach", context);
      ASSERT_FALSE(made) << "moved to " << core::format_iso_date(to);
      if (to == date_of(2026, 3, 28)) {
        EXPECT_NE(made.error().message.find("first jumps"), std::string::npos) << made.error().message;
      }
      EXPECT_EQ(changed, plan);
      ++tried;
    }
  }
  EXPECT_GT(tried, 0);
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
