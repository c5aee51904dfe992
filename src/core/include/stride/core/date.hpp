#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace stride::core {

using Date = std::chrono::year_month_day;

enum class Weekday { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// Parses an ISO `YYYY-MM-DD` calendar date; nullopt when the text is not one (2026-02-30 included).
[[nodiscard]] std::optional<Date> parse_iso_date(std::string_view text);

// Parses `YYYY-MM` (a month, as injury dates use); returns the first day of that month.
[[nodiscard]] std::optional<Date> parse_iso_month(std::string_view text);

// Formats as `YYYY-MM-DD`.
[[nodiscard]] std::string format_iso_date(Date date);

// True when `date` is a real calendar date that format_iso_date writes as parse_iso_date reads it
// back: the years 1 to 9999.
[[nodiscard]] inline bool has_iso_form(Date date) {
  const int year = static_cast<int>(date.year());
  return date.ok() && year >= 1 && year <= 9999;
}

// A duration as a clock shows it, rounded to the second: "1:02:53", or "46:30" under an hour.
[[nodiscard]] std::string format_clock_duration(double seconds);

[[nodiscard]] Weekday weekday_of(Date date);

// The weekday after `day` (Monday after Sunday): for stepping through days without converting each.
[[nodiscard]] constexpr Weekday next_weekday(Weekday day) {
  return day == Weekday::Sunday ? Weekday::Monday : static_cast<Weekday>(static_cast<int>(day) + 1);
}

// The date `days` days after `date` (before it when negative).
[[nodiscard]] inline Date add_days(Date date, int days) {
  return Date{std::chrono::sys_days{date} + std::chrono::days{days}};
}

// Whole days from `from` to `to`: positive when `to` is later.
[[nodiscard]] inline int days_between(Date from, Date to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

// The Monday of the week holding `date` (weeks start on Monday).
[[nodiscard]] Date monday_of(Date date);

}  // namespace stride::core
