#pragma once

#include <chrono>

#include "stride/service/clock.hpp"

namespace stride::testing {

// A clock stopped at the start of 2026-11-22 (a Sunday), for tests that need a date and an instant.
class StoppedClock final : public service::Clock {
 public:
  [[nodiscard]] core::Date today() const override { return core::Date{std::chrono::year{2026} / 11 / 22}; }
  [[nodiscard]] std::chrono::sys_seconds now() const override { return std::chrono::sys_days{today()}; }
};

}  // namespace stride::testing
