#include "stride/core/recorded_activity.hpp"

#include <charconv>
#include <chrono>

#include <fmt/format.h>

namespace stride::core {
namespace {

// Reads exactly `width` decimal digits at `position`; nullopt when any is not a digit.
std::optional<int> digits(std::string_view text, std::size_t position, std::size_t width) {
  if (position + width > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t index = position; index < position + width; ++index) {
    const char character = text[index];
    if (character < '0' || character > '9') return std::nullopt;
    value = value * 10 + (character - '0');
  }
  return value;
}

}  // namespace

std::string format_utc_time(double seconds_since_epoch) {
  const auto whole = static_cast<std::int64_t>(std::llround(seconds_since_epoch));
  const std::chrono::sys_seconds instant{std::chrono::seconds{whole}};
  const auto day = std::chrono::floor<std::chrono::days>(instant);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{instant - day};
  return fmt::format("{}T{:02}:{:02}:{:02}Z", format_iso_date(date), time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

std::optional<double> parse_utc_time(std::string_view text) {
  if (text.size() < 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':') return std::nullopt;
  const auto date = parse_iso_date(text.substr(0, 10));
  const auto hours = digits(text, 11, 2);
  const auto minutes = digits(text, 14, 2);
  const auto seconds = digits(text, 17, 2);
  if (!date || !hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 60) return std::nullopt;
  double fraction = 0;
  std::size_t position = 19;
  if (position < text.size() && text[position] == '.') {
    double scale = 0.1;
    ++position;
    const std::size_t first_digit = position;
    while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
      fraction += scale * (text[position] - '0');
      scale /= 10;
      ++position;
    }
    if (position == first_digit) return std::nullopt;
  }
  int offset_minutes = 0;
  const std::string_view zone = text.substr(position);
  if (zone == "Z" || zone.empty()) {
    offset_minutes = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    const auto zone_hours = digits(zone, 1, 2);
    const auto zone_minutes = digits(zone, 4, 2);
    if (!zone_hours || !zone_minutes || *zone_hours > 23 || *zone_minutes > 59) return std::nullopt;
    offset_minutes = (*zone_hours * 60 + *zone_minutes) * (zone[0] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  const auto days = std::chrono::sys_days{*date}.time_since_epoch().count();
  const double local = static_cast<double>(days) * 86400.0 + *hours * 3600.0 + *minutes * 60.0 + *seconds + fraction;
  return local - offset_minutes * 60.0;
}

Date utc_date(double seconds_since_epoch) {
  const auto whole = static_cast<std::int64_t>(std::floor(seconds_since_epoch));
  const std::chrono::sys_seconds instant{std::chrono::seconds{whole}};
  return Date{std::chrono::floor<std::chrono::days>(instant)};
}

}  // namespace stride::core
