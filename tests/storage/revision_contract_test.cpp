// An athlete's revision, against MemoryStore and SqliteStore: every write of the athlete's data
// gives a new one, reads and other athletes' writes leave it, and an id given again after a
// deletion never brings an old revision back.

#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using testing::day_of;

template <class Kind>
class RevisionContract : public StoreContract<Kind> {
 protected:
  std::int64_t revision(core::AthleteId athlete) {
    return testing::expect_value(this->store().athlete_revision(athlete), "athlete_revision");
  }
};
TYPED_TEST_SUITE(RevisionContract, StoreKinds, KindNames);

core::TrainingLog one_run_and_one_pain() {
  core::TrainingLog entries;
  core::Activity run;
  run.date = day_of(2026, 11, 20);
  run.duration_min = 40;
  run.rpe = 3;
  entries.activities.push_back(run);
  core::PainReport pain;
  pain.date = day_of(2026, 11, 20);
  pain.region = core::InjuryRegion::Knee;
  pain.side = core::Side::Left;
  pain.score = 2;
  entries.pain.push_back(pain);
  return entries;
}

struct Write {
  std::string name;
  std::function<core::Status(core::Store&, core::AthleteId)> run;
};

std::vector<Write> writes_of_an_athlete() {
  const auto ok = [](const auto& result) -> core::Status {
    if (!result) return std::unexpected(result.error());
    return {};
  };
  return {
      {"update_athlete", [](core::Store& store, core::AthleteId athlete) {
         return store.update_athlete(athlete, testing::load_athlete("examples/athlete.json"));
       }},
      {"set_running_calendar", [](core::Store& store, core::AthleteId athlete) {
         return store.set_running_calendar(athlete, testing::load_calendar("examples/runs.json"));
       }},
      {"add_assessment", [ok](core::Store& store, core::AthleteId athlete) {
         return ok(store.add_assessment(athlete, day_of(2026, 11, 20),
                                        testing::load_assessment("examples/assessment.json")));
       }},
      {"add_plan", [ok](core::Store& store, core::AthleteId athlete) {
         return ok(store.add_plan(athlete, day_of(2026, 11, 22), testing::load_calendar("examples/runs.json"),
                                  std::nullopt, testing::small_plan("revision", day_of(2026, 11, 23), 7)));
       }},
      {"add_log_entries", [ok](core::Store& store, core::AthleteId athlete) {
         return ok(store.add_log_entries(athlete, one_run_and_one_pain()));
       }},
      {"rate_activity", [](core::Store& store, core::AthleteId athlete) -> core::Status {
         const auto records = store.activity_records(athlete, std::nullopt, std::nullopt);
         if (!records) return std::unexpected(records.error());
         return store.rate_activity(athlete, records->front().id, 6);
       }},
  };
}

TYPED_TEST(RevisionContract, EveryWriteOfTheAthletesDataGivesANewRevision) {
  auto& store = this->store();
  const auto athlete = this->add_example_athlete();
  const auto other = this->add_example_athlete();
  std::set<std::int64_t> seen{this->revision(athlete)};
  for (const auto& write : writes_of_an_athlete()) {
    const auto others_before = this->revision(other);
    ASSERT_TRUE(write.run(store, athlete).has_value()) << write.name;
    const auto after = this->revision(athlete);
    EXPECT_TRUE(seen.insert(after).second) << write.name << " gave a revision the athlete had before";
    EXPECT_EQ(this->revision(other), others_before) << write.name << " changed another athlete's revision";
  }
}

TYPED_TEST(RevisionContract, ReadsLeaveTheRevision) {
  auto& store = this->store();
  const auto athlete = this->add_example_athlete();
  for (const auto& write : writes_of_an_athlete()) ASSERT_TRUE(write.run(store, athlete).has_value()) << write.name;
  const auto before = this->revision(athlete);
  ASSERT_TRUE(store.find_athlete(athlete));
  ASSERT_TRUE(store.running_calendar(athlete));
  ASSERT_TRUE(store.assessments(athlete));
  ASSERT_TRUE(store.latest_plan(athlete));
  ASSERT_TRUE(store.effective_days(athlete, day_of(2026, 11, 1), day_of(2026, 12, 31)));
  ASSERT_TRUE(store.training_log(athlete, std::nullopt, std::nullopt));
  ASSERT_TRUE(store.activity_records(athlete, std::nullopt, std::nullopt));
  EXPECT_EQ(this->revision(athlete), before);
}

TYPED_TEST(RevisionContract, AnIdGivenAgainNeverBringsBackAnOldRevision) {
  auto& store = this->store();
  std::set<std::int64_t> seen;
  for (int round = 0; round < 5; ++round) {
    const auto athlete = this->add_example_athlete();
    EXPECT_TRUE(seen.insert(this->revision(athlete)).second) << "round " << round;
    ASSERT_TRUE(store.delete_athlete(athlete));
    EXPECT_EQ(store.athlete_revision(athlete).error().code, core::ErrorCode::NotFound);
  }
}

TYPED_TEST(RevisionContract, AnAthleteADeletionUndoneByItsUnitGaveBackKeepsItsRevision) {
  auto& store = this->store();
  const auto athlete = this->add_example_athlete();
  const auto before = this->revision(athlete);
  const auto status = store.in_one_unit([&]() -> core::Status {
    if (auto deleted = store.delete_athlete(athlete); !deleted) return deleted;
    return std::unexpected(core::make_error(core::ErrorCode::Conflict, "the unit fails after the deletion"));
  });
  ASSERT_FALSE(status);
  EXPECT_EQ(this->revision(athlete), before);
}

TYPED_TEST(RevisionContract, AnUnknownAthleteHasNoRevision) {
  EXPECT_EQ(this->store().athlete_revision(core::AthleteId{42}).error().code, core::ErrorCode::NotFound);
}

}  // namespace
}  // namespace stride::storage
