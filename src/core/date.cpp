#include "stride/core/date.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace stride::core {
namespace {

std::optional<int> parse_digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = parse_digits(text.substr(0, 4));
  auto month = parse_digits(text.substr(5, 2));
  auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
            std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<Date> parse_iso_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  auto year = parse_digits(text.substr(0, 4));
  auto month = parse_digits(text.substr(5, 2));
  if (!year || !month) return std::nullopt;
  Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
            std::chrono::day{1}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string format_iso_date(Date date) {
  const int year = static_cast<int>(date.year());
  const unsigned month = static_cast<unsigned>(date.month());
  const unsigned day = static_cast<unsigned>(date.day());
  std::string text(10, '0');
  text[0] = static_cast<char>('0' + (year / 1000) % 10);
  text[1] = static_cast<char>('0' + (year / 100) % 10);
  text[2] = static_cast<char>('0' + (year / 10) % 10);
  text[3] = static_cast<char>('0' + year % 10);
  text[4] = '-';
  text[5] = static_cast<char>('0' + month / 10);
  text[6] = static_cast<char>('0' + month % 10);
  text[7] = '-';
  text[8] = static_cast<char>('0' + day / 10);
  text[9] = static_cast<char>('0' + day % 10);
  return text;
}

std::string format_clock_duration(double seconds) {
  const auto total = std::llround(seconds);
  const auto hours = total / 3600;
  const auto minutes = (total % 3600) / 60;
  const auto rest = total % 60;
  if (hours > 0) return fmt::format("{}:{:02}:{:02}", hours, minutes, rest);
  return fmt::format("{}:{:02}", minutes, rest);
}

Weekday weekday_of(Date date) {
  const std::chrono::weekday weekday{std::chrono::sys_days{date}};
  // iso_encoding: Monday = 1 ... Sunday = 7.
  return static_cast<Weekday>(weekday.iso_encoding() - 1);
}

Date monday_of(Date date) { return add_days(date, -static_cast<int>(weekday_of(date))); }

}  // namespace stride::core
