#include "stride/service/clock.hpp"

#include <fmt/format.h>

#include <string>
#include <utility>

#include "stride/core/display_text.hpp"

namespace stride::service {
namespace {

class FixedDateClock final : public Clock {
 public:
  FixedDateClock(core::Date today, std::shared_ptr<const Clock> running)
      : m_today(today), m_running(std::move(running)) {}
  [[nodiscard]] core::Date today() const override { return m_today; }
  [[nodiscard]] std::chrono::sys_seconds now() const override { return m_running->now(); }

 private:
  core::Date m_today;
  std::shared_ptr<const Clock> m_running;
};

}  // namespace

std::shared_ptr<const Clock> fixed_date_clock(core::Date today, std::shared_ptr<const Clock> running) {
  return std::make_shared<FixedDateClock>(today, std::move(running));
}

core::Result<std::shared_ptr<const Clock>> clock_for(std::optional<std::string_view> fixed_today,
                                                     std::string_view setting, std::shared_ptr<const Clock> running) {
  if (!fixed_today) return running;
  const auto date = core::parse_iso_date(*fixed_today);
  if (!date) {
    return std::unexpected(core::invalid_field(
        std::string(setting),
        fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", core::neutralised(std::string(*fixed_today)))));
  }
  return fixed_date_clock(*date, std::move(running));
}

}  // namespace stride::service
