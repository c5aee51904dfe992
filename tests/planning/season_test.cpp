// Table tests of build_season: the phases, deloads and dose steps of typical seasons, and the
// season rules checked for every shape of season up to the planner's 104-week limit.

#include "stride/planning/season.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stride/core/enum_names.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using core::Date;
using core::Event;
using core::PhaseName;
using core::StrengthExperience;

const PlanRules& rules() { return testing::shipped_catalog().plan_rules; }

// 2026-03-02 is a Monday.
const Date kMonday{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}};

SeasonProfile profile(StrengthExperience experience, Event event, bool race, bool findings = false,
                      bool careful = false) {
  SeasonProfile result;
  result.experience = experience;
  result.event = event;
  result.ends_with_goal_race = race;
  result.has_findings = findings;
  result.careful = careful;
  return result;
}

// `weeks` whole calendar weeks from kMonday (the race, if any, on the last Sunday).
std::vector<SeasonWeek> season_of(int weeks, const SeasonProfile& shape) {
  return build_season(kMonday, core::add_days(kMonday, 7 * weeks - 1), shape, rules());
}

// "stabilization 3, strength 9, ...": each run of a phase with its length.
std::string shape_of(const std::vector<SeasonWeek>& season) {
  std::string text;
  for (std::size_t index = 0; index < season.size();) {
    std::size_t next = index;
    while (next < season.size() && season[next].phase == season[index].phase) ++next;
    text += (text.empty() ? "" : ", ") + std::string(core::enum_name(season[index].phase)) + " " +
            std::to_string(next - index);
    index = next;
  }
  return text;
}

// The 1-based numbers of the deload weeks.
std::vector<int> deloads_of(const std::vector<SeasonWeek>& season) {
  std::vector<int> weeks;
  for (std::size_t index = 0; index < season.size(); ++index) {
    if (season[index].deload) weeks.push_back(static_cast<int>(index) + 1);
  }
  return weeks;
}

TEST(Season, EighteenWeekTenKForAnIntermediateWithFindings) {
  const auto season = season_of(18, profile(StrengthExperience::Intermediate, Event::TenK, true, true));
  ASSERT_EQ(season.size(), 18U);
  // 3 weeks of stabilization for the findings; a quarter of the 13 weeks left, plus one for a 10K, to power.
  EXPECT_EQ(shape_of(season), "stabilization 3, strength 9, power 4, taper 2");
  // Stabilization's light weeks do not count: every 4th strength or power week is a deload,
  // counted across the strength-power boundary.
  EXPECT_EQ(deloads_of(season), (std::vector<int>{7, 11, 15}));
  // A deload repeats the previous step; the week after it moves one step on.
  std::vector<int> steps;
  for (const auto& week : season) steps.push_back(week.step);
  EXPECT_EQ(steps, (std::vector<int>{0, 1, 2, 0, 1, 2, 2, 3, 4, 5, 5, 6, 0, 1, 1, 2, 0, 1}));
  EXPECT_EQ(season.front().start, kMonday);
  EXPECT_EQ(season.back().end, core::add_days(kMonday, 18 * 7 - 1));
}

TEST(Season, ACurrentLegInjuryGetsNoPowerPhase) {
  auto shape = profile(StrengthExperience::Intermediate, Event::TenK, true, true);
  shape.power_allowed = false;
  EXPECT_EQ(shape_of(season_of(18, shape)), "stabilization 3, strength 13, taper 2");
}

TEST(Season, CarefulAthletesDeloadEveryThirdWeek) {
  const auto season = season_of(18, profile(StrengthExperience::Intermediate, Event::TenK, true, true, true));
  EXPECT_EQ(shape_of(season), "stabilization 3, strength 9, power 4, taper 2");
  EXPECT_EQ(deloads_of(season), (std::vector<int>{6, 9, 12, 15}));
}

TEST(Season, AFiveWeekRunwayMaintainsAndTapers) {
  const auto season = season_of(5, profile(StrengthExperience::Intermediate, Event::HalfMarathon, true, true));
  EXPECT_EQ(shape_of(season), "maintenance 3, taper 2");
  EXPECT_TRUE(deloads_of(season).empty());
}

TEST(Season, SixWeeksIsStillAShortRunwayAndSevenIsNot) {
  const auto shape = profile(StrengthExperience::Advanced, Event::Marathon, true);
  EXPECT_EQ(shape_of(season_of(6, shape)), "maintenance 4, taper 2");
  // Seven is not: a trained lifter's short build gets one week of re-introduction.
  EXPECT_EQ(shape_of(season_of(7, shape)), "stabilization 1, strength 2, power 2, taper 2");
}

TEST(Season, ARaceThisWeekOrNextIsAllTaper) {
  const auto shape = profile(StrengthExperience::Beginner, Event::FiveK, true);
  EXPECT_EQ(shape_of(build_season(kMonday, kMonday, shape, rules())), "taper 1");
  EXPECT_EQ(shape_of(season_of(2, shape)), "taper 2");
  EXPECT_EQ(shape_of(season_of(3, shape)), "maintenance 1, taper 2");
}

TEST(Season, ANoviceGeneralTwelveWeekPlan) {
  const auto season = season_of(12, profile(StrengthExperience::None, Event::General, false));
  // Four weeks of stabilization for a novice; power only once six strength weeks are done; no taper.
  EXPECT_EQ(shape_of(season), "stabilization 4, strength 6, power 2");
  EXPECT_EQ(deloads_of(season), (std::vector<int>{8, 12}));  // none in stabilization
}

TEST(Season, ANoviceWithTooShortABuildGetsNoPower) {
  // 8 build weeks: 4 of stabilization leave 4 of strength, short of the 6 a novice needs before power.
  EXPECT_EQ(shape_of(season_of(10, profile(StrengthExperience::Beginner, Event::Marathon, true))),
            "stabilization 4, strength 4, taper 2");
}

TEST(Season, AnEightWeekTrainedLifterGetsAShortReintroductionStrengthThenPower) {
  // 6 build weeks before the taper: one week of re-introduction leaves room for strength and power.
  EXPECT_EQ(shape_of(season_of(8, profile(StrengthExperience::Advanced, Event::TenK, true))),
            "stabilization 1, strength 3, power 2, taper 2");
  // With compensations found, one week more of stabilization, and the power phase still fits.
  EXPECT_EQ(shape_of(season_of(8, profile(StrengthExperience::Intermediate, Event::TenK, true, true))),
            "stabilization 2, strength 2, power 2, taper 2");
  // A novice's build is never shortened.
  EXPECT_EQ(shape_of(season_of(8, profile(StrengthExperience::Beginner, Event::TenK, true))),
            "stabilization 4, strength 2, taper 2");
}

TEST(Season, TwentySixWeeksRunTwoCycles) {
  const auto season = season_of(26, profile(StrengthExperience::Advanced, Event::Marathon, true));
  EXPECT_EQ(shape_of(season), "stabilization 2, strength 8, power 3, stabilization 2, strength 7, power 2, taper 2");
  EXPECT_EQ(season[13].phase, PhaseName::Stabilization);
  EXPECT_EQ(season[13].phase_ordinal, 1);  // the second stabilization block
  EXPECT_EQ(season[13].week_in_phase, 1);
}

TEST(Season, FortyWeeksRunThreeCycles) {
  // More than 21 weeks left after a cycle's stabilization starts another full cycle, so 40 weeks
  // hold three (about 13 weeks each), the last one taking what is left.
  EXPECT_EQ(shape_of(season_of(40, profile(StrengthExperience::Advanced, Event::General, false))),
            "stabilization 2, strength 8, power 3, stabilization 2, strength 8, power 3, stabilization 2, strength 9, "
            "power 3");
  EXPECT_EQ(shape_of(season_of(40, profile(StrengthExperience::Advanced, Event::Marathon, true))),
            "stabilization 2, strength 8, power 3, stabilization 2, strength 8, power 3, stabilization 2, strength 8, "
            "power 2, taper 2");
}

TEST(Season, APlanStartingMidWeekClipsItsFirstWeek) {
  const Date sunday = core::add_days(kMonday, 6);
  const auto season =
      build_season(sunday, core::add_days(sunday, 7 * 10), profile(StrengthExperience::Advanced, Event::TenK, true), rules());
  ASSERT_EQ(season.size(), 11U);  // the lone Sunday counts as the first week, then ten whole weeks
  EXPECT_EQ(season[0].monday, kMonday);
  EXPECT_EQ(season[0].start, sunday);
  EXPECT_EQ(season[0].end, sunday);
  EXPECT_EQ(season[1].start, core::add_days(kMonday, 7));
  EXPECT_EQ(season.back().end, core::add_days(sunday, 70));
}

TEST(Season, EndBeforeStartGivesNoWeeks) {
  EXPECT_TRUE(build_season(kMonday, core::add_days(kMonday, -1), profile(StrengthExperience::None, Event::General, false),
                           rules())
                  .empty());
}

// Every season shape up to the 104-week limit: the taper and short-runway rules, stabilization
// first, power earned, and the deload rhythm.
TEST(Season, KeepsItsRulesForEveryShape) {
  const auto& r = rules();
  for (int weeks = 1; weeks <= r.plan_weeks_maximum; ++weeks) {
    for (auto experience : core::enum_values<StrengthExperience>()) {
      for (auto event : core::enum_values<Event>()) {
        for (int flags = 0; flags < 16; ++flags) {
          auto shape = profile(experience, event, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
          shape.power_allowed = (flags & 8) == 0;
          const auto season = season_of(weeks, shape);
          SCOPED_TRACE(::testing::Message() << weeks << " weeks, " << core::enum_name(experience) << ", "
                                            << core::enum_name(event) << ", flags " << flags << ": " << shape_of(season));
          ASSERT_EQ(static_cast<int>(season.size()), weeks);
          const bool novice = experience == StrengthExperience::None || experience == StrengthExperience::Beginner;
          const int taper = shape.ends_with_goal_race ? std::min(r.taper_weeks, weeks) : 0;
          const bool short_runway = shape.ends_with_goal_race && weeks <= r.short_runway_weeks;
          int stabilization = r.stabilization_weeks_trained;
          if (shape.has_findings) stabilization = std::max(stabilization, r.stabilization_weeks_with_findings);
          if (novice) stabilization = std::max(stabilization, r.stabilization_weeks_novice);
          if (!novice && weeks - taper <= r.short_build_weeks) {
            stabilization = r.stabilization_weeks_short_build + (shape.has_findings ? 1 : 0);
          }
          stabilization = std::min(stabilization, weeks - taper);
          const int every = shape.careful ? r.deload_every_weeks_careful : r.deload_every_weeks;
          int strength_weeks = 0;
          int loading_run = 0;
          for (int index = 0; index < weeks; ++index) {
            const auto& week = season[static_cast<std::size_t>(index)];
            const bool build = week.phase == PhaseName::Stabilization || week.phase == PhaseName::Strength ||
                               week.phase == PhaseName::Power;
            const bool before_taper = index + 1 < weeks && season[static_cast<std::size_t>(index) + 1].phase == PhaseName::Taper;
            EXPECT_EQ(week.phase == PhaseName::Taper, index >= weeks - taper) << "week " << index + 1;
            if (short_runway) {
              EXPECT_TRUE(week.phase == PhaseName::Maintenance || week.phase == PhaseName::Taper) << "week " << index + 1;
            }
            if (!shape.ends_with_goal_race) {
              EXPECT_TRUE(build) << "week " << index + 1;
            }
            if (!short_runway && index < stabilization) {
              EXPECT_EQ(week.phase, PhaseName::Stabilization) << "week " << index + 1;
            }
            if (week.phase == PhaseName::Strength) ++strength_weeks;
            if (week.phase == PhaseName::Power) {
              EXPECT_TRUE(shape.power_allowed);
              EXPECT_GE(strength_weeks, novice ? r.strength_weeks_before_power_for_novices : 1);
            }
            const bool loading = week.phase == PhaseName::Strength || week.phase == PhaseName::Power;
            if (week.deload) {
              EXPECT_TRUE(loading) << "week " << index + 1;
              EXPECT_GT(week.week_in_phase, 1) << "week " << index + 1;
              EXPECT_FALSE(before_taper) << "week " << index + 1;
            }
            if (!loading || week.deload) {
              loading_run = 0;
              continue;
            }
            ++loading_run;
            // The one exception (see plan_invariants.hpp): a deload due on the first week of a
            // two-week phase just before the taper falls away, giving every + 1 loading weeks.
            const bool deferred_before_taper = before_taper && week.week_in_phase == 2 &&
                                               season[static_cast<std::size_t>(index) - 1].week_in_phase == 1;
            EXPECT_LE(loading_run, every + (deferred_before_taper ? 1 : 0)) << "week " << index + 1;
          }
          if (::testing::Test::HasFailure()) return;
        }
      }
    }
  }
}

}  // namespace
}  // namespace stride::planning
