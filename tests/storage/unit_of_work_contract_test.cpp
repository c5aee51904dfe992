// The storage port's unit of work (Store::in_one_unit), against MemoryStore and SqliteStore: the
// writes of a unit commit together or not at all, a failed write inside a unit undoes only itself,
// and the value-returning form hands back the work's value or its error.

#include <gtest/gtest.h>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using testing::day_of;

template <class Kind>
class UnitOfWorkContract : public StoreContract<Kind> {};
TYPED_TEST_SUITE(UnitOfWorkContract, StoreKinds, KindNames);

core::TrainingLog one_run() {
  core::TrainingLog log;
  log.activities.push_back({.date = day_of(2026, 3, 2), .sport = core::Sport::Run, .duration_min = 40,
                            .distance_km = 8.0, .rpe = 4, .avg_hr = {}, .race = false, .note = {}, .sets = {},
                            .recording = {}});
  return log;
}

TYPED_TEST(UnitOfWorkContract, AUnitCommitsAllItsWritesTogether) {
  auto& store = this->store();
  const core::Athlete athlete = testing::load_athlete("examples/athlete.json");
  const auto status = store.in_one_unit([&]() -> core::Status {
    STRIDE_TRY(const auto id, store.add_athlete(athlete));
    STRIDE_TRY_STATUS(store.add_log_entries(id, one_run()));
    return {};
  });
  ASSERT_TRUE(status) << status.error().describe();
  const auto athletes = store.list_athletes();
  ASSERT_EQ(athletes->size(), 1u);
  EXPECT_EQ(store.training_log(athletes->front().id, {}, {})->activities.size(), 1u);
}

TYPED_TEST(UnitOfWorkContract, AFailedUnitLeavesNothingOfIts) {
  auto& store = this->store();
  const auto kept = this->add_example_athlete();
  const core::Athlete athlete = testing::load_athlete("examples/athlete.json");
  const auto status = store.in_one_unit([&]() -> core::Status {
    STRIDE_TRY(const auto id, store.add_athlete(athlete));
    STRIDE_TRY_STATUS(store.add_log_entries(id, one_run()));
    STRIDE_TRY_STATUS(store.add_log_entries(kept, one_run()));
    return std::unexpected(core::make_error(ErrorCode::Conflict, "changed its mind"));
  });
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::Conflict);
  const auto athletes = store.list_athletes();
  ASSERT_EQ(athletes->size(), 1u);
  EXPECT_EQ(athletes->front().id, kept);
  EXPECT_TRUE(store.training_log(kept, {}, {})->activities.empty());
}

TYPED_TEST(UnitOfWorkContract, AFailedWriteInsideAUnitUndoesOnlyItself) {
  auto& store = this->store();
  const auto athlete = this->add_example_athlete();
  const auto status = store.in_one_unit([&]() -> core::Status {
    STRIDE_TRY_STATUS(store.add_log_entries(athlete, one_run()));
    auto impossible = one_run();
    impossible.activities.front().rpe = 11;
    EXPECT_FALSE(store.add_log_entries(athlete, impossible));  // refused, and the unit goes on
    EXPECT_EQ(store.training_log(athlete, {}, {})->activities.size(), 1u);
    return {};
  });
  ASSERT_TRUE(status) << status.error().describe();
  EXPECT_EQ(store.training_log(athlete, {}, {})->activities.size(), 1u);
}

TYPED_TEST(UnitOfWorkContract, AUnitReturnsItsWorksValueOrError) {
  auto& store = this->store();
  const core::Athlete athlete = testing::load_athlete("examples/athlete.json");
  const auto added = core::in_one_unit<core::AthleteId>(store, [&] { return store.add_athlete(athlete); });
  ASSERT_TRUE(added) << added.error().describe();
  EXPECT_EQ(store.find_athlete(*added)->athlete, athlete);
  const auto missing = core::in_one_unit<core::AthleteRecord>(
      store, [&] { return store.find_athlete(core::AthleteId{added->value + 10}); });
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace stride::storage
