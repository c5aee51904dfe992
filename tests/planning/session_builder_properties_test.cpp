#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <array>

#include "assessment_generator.hpp"
#include "session_builder_test_access.hpp"
#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/exercise_picker.hpp"
#include "stride/planning/session_builder.hpp"
#include "test_catalog.hpp"

// A session builder keeps what it has chosen (cool-downs, main work, whole strength sessions) for
// reuse: its sessions must not depend on what it was asked before.
namespace stride::planning {
namespace {

using testing::shipped_catalog;

// A runner of random experience, equipment, injuries, weaker side and surface.
TrainingProfile random_profile() {
  TrainingProfile profile;
  profile.experience = *rc::gen::elementOf(core::enum_values<core::StrengthExperience>());
  for (auto item : core::enum_values<core::Equipment>()) {
    if (*rc::gen::arbitrary<bool>()) profile.equipment.insert(item);
  }
  for (auto region : core::enum_values<core::InjuryRegion>()) {
    switch (*rc::gen::inRange(0, 8)) {
      case 0: profile.current_regions.insert(region); break;
      case 1: profile.recovering_regions.insert(region); break;
      case 2: profile.past_regions.insert(region); break;
      default: break;
    }
  }
  // A third of runners have a current injury that has slow heavy loading after its holds.
  if (*rc::gen::inRange(0, 3) == 0) {
    using enum core::InjuryRegion;
    profile.current_regions.insert(*rc::gen::element(AchillesCalf, Knee, Hip, Hamstring));
  }
  profile.careful = !profile.current_regions.empty() || !profile.recovering_regions.empty() ||
                    !profile.past_regions.empty();
  profile.weaker_side = *rc::gen::element(core::Side::None, core::Side::Left, core::Side::Right);
  if (profile.weaker_side != core::Side::None) profile.weaker_side_reason = "the knee caves in on that side";
  profile.surface = *rc::gen::elementOf(core::enum_values<core::Surface>());
  profile.shoulders_compensate = *rc::gen::arbitrary<bool>();
  return profile;
}

// A request as the planner makes them: a phase it places strength sessions in, and any of the
// week's variants, steps, limits and coverages.
SessionRequest random_request(const service::Catalog& catalog) {
  using core::PhaseName;
  SessionRequest request;
  request.phase = *rc::gen::element(PhaseName::Stabilization, PhaseName::Strength, PhaseName::Power, PhaseName::Taper,
                                    PhaseName::Maintenance);
  request.variant = *rc::gen::inRange(0, 3);
  request.step = *rc::gen::inRange(0, 8);
  request.deload = *rc::gen::arbitrary<bool>();
  request.lighter = !request.deload && *rc::gen::inRange(0, 4) == 0;
  request.heavy_allowed = *rc::gen::inRange(0, 4) != 0;
  request.eccentric_allowed = *rc::gen::inRange(0, 4) != 0;
  request.plyometric_contacts = request.phase == PhaseName::Power ? *rc::gen::inRange(0, 80) : 0;
  request.jump_impact_cap = *rc::gen::elementOf(core::enum_values<core::Impact>());
  if (*rc::gen::arbitrary<bool>()) {
    const auto& all = catalog.library.all();
    for (int count = *rc::gen::inRange(1, 8); count > 0; --count) {
      const auto& exercise = all[static_cast<std::size_t>(*rc::gen::inRange<int>(0, static_cast<int>(all.size())))];
      request.volume_caps[exercise.id] = *rc::gen::inRange(4, 40);
    }
  }
  if (request.deload && *rc::gen::arbitrary<bool>()) {
    request.set_limit = *rc::gen::inRange(2, 12);
    request.training_limit = core::Seconds(*rc::gen::inRange(300, 1800));
  }
  if (request.phase == PhaseName::Taper) request.effort_cap = *rc::gen::element(6.0, 7.0, 7.5, 8.0);
  request.one_set_fewer = *rc::gen::inRange(0, 5) == 0;
  request.before_race = request.one_set_fewer && *rc::gen::arbitrary<bool>();
  request.correctives = *rc::gen::element(CorrectiveCoverage::Sample, CorrectiveCoverage::EveryFinding);
  request.correctives_first = request.correctives == CorrectiveCoverage::EveryFinding && *rc::gen::arbitrary<bool>();
  // Half the time at the end of the slow heavy loading (its steps begin after the weeks of holds),
  // where one week more may or may not change the dose.
  const int last_loading_week = catalog.plan_rules.injury_isometric_weeks +
                                static_cast<int>(catalog.plan_rules.rehab_slow_heavy.steps.size()) - 1;
  request.rehab_week = *rc::gen::arbitrary<bool>()
                           ? *rc::gen::inRange(0, last_loading_week + 4)
                           : *rc::gen::inRange(last_loading_week - 2, last_loading_week + 2);
  request.budget = core::Minutes(*rc::gen::inRange(15, 61));
  return request;
}

void expect_same(const SessionContent& built_after_others, const SessionContent& built_first) {
  RC_ASSERT(built_after_others.blocks == built_first.blocks);
  RC_ASSERT(built_after_others.duration == built_first.duration);
  RC_ASSERT(built_after_others.intensity == built_first.intensity);
  RC_ASSERT(built_after_others.shortened == built_first.shortened);
  RC_ASSERT(built_after_others.plyometric_contacts == built_first.plyometric_contacts);
  RC_ASSERT(built_after_others.total_sets == built_first.total_sets);
  RC_ASSERT(built_after_others.training_duration == built_first.training_duration);
  RC_ASSERT(built_after_others.main_volume == built_first.main_volume);
}

// A builder that has built other sessions (among them sessions one field away from the request)
// gives a request the session that its parts make: never a copy of a session of another request
// that differs where it matters.
RC_GTEST_PROP(ExercisePickerProperties, AnEntryOfTheLibraryIsUsableExactlyWhenItsIdIs, ()) {
  const auto& catalog = shipped_catalog();
  const auto profile = random_profile();
  const ExercisePicker picker(catalog.library, profile);
  for (const auto& exercise : catalog.library.all()) {
    RC_ASSERT(picker.usable_entry(exercise) == picker.usable_by_id(exercise.id));
    // A copy of the entry, outside the library, is looked up by its id.
    const auto copy = exercise;
    RC_ASSERT(picker.usable_entry(copy) == picker.usable_by_id(exercise.id));
  }
}

RC_GTEST_PROP(SessionBuilderProperties, ASessionDoesNotDependOnWhatTheBuilderBuiltBefore, ()) {
  const auto& catalog = shipped_catalog();
  const auto& table = catalog.tables[0];
  const auto findings = analytics::analyse_assessment(testing::random_assessment(), table);
  const auto profile = random_profile();
  RoutineOptions options;
  options.equipment = profile.equipment;
  options.avoid_regions = profile.current_regions;
  options.budget = core::Minutes(60);
  const auto routine = build_corrective_routine(findings, table, catalog.library, catalog.muscles,
                                                catalog.corrective_rules, options);
  const ExercisePicker picker(catalog.library, profile);

  // The reference: each session built from its parts by a builder that has built nothing else.
  const auto composed = [&](const SessionRequest& asked) {
    const SessionBuilder fresh(picker, catalog.plan_rules, catalog.corrective_rules, &routine);
    return SessionBuilderTestAccess::compose_strength_session(fresh, asked);
  };
  // One builder asked three rounds of requests: each round's sessions join what it keeps.
  const SessionBuilder used(picker, catalog.plan_rules, catalog.corrective_rules, &routine);
  for (int round = 0; round < 3; ++round) {
    const auto request = random_request(catalog);
    std::vector<SessionRequest> earlier;
    for (int count = *rc::gen::inRange(0, 4); count > 0; --count) earlier.push_back(random_request(catalog));
    // Neighbours: the request with one field changed, which a key that forgot the field would mix up.
    auto other_step = request;
    other_step.step += 1;
    auto other_rehab_week = request;
    other_rehab_week.rehab_week += 1;
    auto other_budget = request;
    other_budget.budget += core::Minutes(5);
    auto other_caps = request;
    other_caps.volume_caps[catalog.library.all().front().id] = 4;
    auto other_coverage = request;
    other_coverage.correctives = request.correctives == CorrectiveCoverage::Sample ? CorrectiveCoverage::EveryFinding
                                                                                   : CorrectiveCoverage::Sample;
    other_coverage.correctives_first = false;
    // Fields the main work's choices read (SessionBuilder::MainWorkKey).
    auto other_variant = request;
    other_variant.variant = (request.variant + 1) % 3;
    auto other_eccentric = request;
    other_eccentric.eccentric_allowed = !request.eccentric_allowed;
    auto other_heavy = request;
    other_heavy.heavy_allowed = !request.heavy_allowed;
    // The jump impact cap matters only to a session with contrast pairs: the request as a power
    // session that has them, at the lowest and the highest cap.
    auto power_low_cap = request;
    power_low_cap.phase = core::PhaseName::Power;
    power_low_cap.heavy_allowed = true;
    power_low_cap.lighter = false;
    power_low_cap.plyometric_contacts = 60;
    power_low_cap.jump_impact_cap = core::Impact::Low;
    auto power_high_cap = power_low_cap;
    power_high_cap.jump_impact_cap = core::Impact::High;
    const std::array neighbours{other_step,      other_rehab_week, other_budget,  other_caps,
                                other_coverage,  other_variant,    other_eccentric, other_heavy,
                                power_low_cap,   power_high_cap};
    for (const auto& neighbour : neighbours) {
      const auto at = *rc::gen::inRange<std::ptrdiff_t>(0, static_cast<std::ptrdiff_t>(earlier.size()) + 1);
      earlier.insert(earlier.begin() + at, neighbour);
    }
    for (const auto& other : earlier) (void)used.strength_session(other);
    const auto built_first = composed(request);
    expect_same(used.strength_session(request), built_first);
    // Asked again: the same session.
    expect_same(used.strength_session(request), built_first);
    // And each neighbour, which the builder has built, is its own session.
    for (const auto& neighbour : neighbours) expect_same(used.strength_session(neighbour), composed(neighbour));
  }
}

}  // namespace
}  // namespace stride::planning
