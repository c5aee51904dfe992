// The clock port's fixed-date clock and the STRIDE_TODAY setting.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "stride/service/clock.hpp"

namespace stride::service {
namespace {

using namespace std::chrono_literals;

// A clock that the test moves by hand.
class HandClock final : public Clock {
 public:
  [[nodiscard]] core::Date today() const override { return core::Date{std::chrono::floor<std::chrono::days>(instant)}; }
  [[nodiscard]] std::chrono::sys_seconds now() const override { return instant; }
  std::chrono::sys_seconds instant = std::chrono::sys_days{core::Date{2027y / 3 / 9}} + 10h;
};

TEST(Clock, WithoutAFixedDateTheRunningClockIsUsedAsItIs) {
  const auto running = std::make_shared<HandClock>();
  const auto clock = clock_for(std::nullopt, "STRIDE_TODAY", running);
  ASSERT_TRUE(clock);
  EXPECT_EQ(clock->get(), running.get());
}

TEST(Clock, AFixedDateStaysWhileInstantsKeepRunning) {
  const auto running = std::make_shared<HandClock>();
  const auto clock = clock_for("2026-11-22", "STRIDE_TODAY", running);
  ASSERT_TRUE(clock) << clock.error().describe();
  EXPECT_EQ((*clock)->today(), core::Date{2026y / 11 / 22});
  EXPECT_EQ((*clock)->now(), running->instant);
  running->instant += 48h;
  EXPECT_EQ((*clock)->today(), core::Date{2026y / 11 / 22});
  EXPECT_EQ((*clock)->now(), running->instant);
}

TEST(Clock, ASettingThatIsNotADateIsRefusedNamingTheSetting) {
  for (const char* text : {"", "tomorrow", "2026-02-30", "2026-1-5", "2026-11-22x"}) {
    const auto clock = clock_for(text, "STRIDE_TODAY", std::make_shared<HandClock>());
    ASSERT_FALSE(clock) << text;
    EXPECT_EQ(clock.error().code, core::ErrorCode::InvalidInput);
    EXPECT_EQ(clock.error().field, "STRIDE_TODAY");
    EXPECT_EQ(clock.error().message, fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", text));
  }
}

}  // namespace
}  // namespace stride::service
