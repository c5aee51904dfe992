#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string_view>

#include "stride/core/date.hpp"
#include "stride/core/error.hpp"

namespace stride::service {

// The time as every use case and front end sees it: today's date in UTC, and the current instant
// (for expiry and rate windows). A port: the composition root supplies the system clock, or the
// clock of fixed_date_clock for demonstrations and reproducible runs. Implementations are safe to
// call from any thread.
class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual core::Date today() const = 0;
  [[nodiscard]] virtual std::chrono::sys_seconds now() const = 0;
};

// A clock whose date is always `today`, while its instants keep running with `running` (so
// sessions still expire and rate windows still pass on a fixed demonstration date).
[[nodiscard]] std::shared_ptr<const Clock> fixed_date_clock(core::Date today, std::shared_ptr<const Clock> running);

// The clock a process runs on: `running` itself, or, when `fixed_today` is given (the text of the
// STRIDE_TODAY setting), a fixed_date_clock on that date. Fails with InvalidInput naming `setting`
// when the text is not a date of the form YYYY-MM-DD.
[[nodiscard]] core::Result<std::shared_ptr<const Clock>> clock_for(std::optional<std::string_view> fixed_today,
                                                                   std::string_view setting,
                                                                   std::shared_ptr<const Clock> running);

}  // namespace stride::service
