#include "stride/service/input_checks.hpp"

#include <fmt/format.h>

#include <cmath>

namespace stride::service {
namespace {

// "10", "9.1", "21.1": kilometres to at most two decimals, without trailing zeros.
std::string kilometres_words(double kilometres) {
  std::string text = fmt::format("{:.2f}", kilometres);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string after_today(core::Date date, core::Date today, std::string_view what) {
  return fmt::format("{} is after today ({}): {}", core::format_iso_date(date), core::format_iso_date(today), what);
}

}  // namespace

std::optional<EntryProblem> activity_problem(const core::Activity& activity, const analytics::WorldRecordTable& records,
                                             std::optional<core::Date> today) {
  if (!(activity.duration_min > 0)) return EntryProblem{"duration_min", "must be more than 0 minutes"};
  if (activity.race) {
    if (!activity.distance_km) return EntryProblem{"distance_km", "required for a race"};
    if (!(*activity.distance_km > 0)) return EntryProblem{"distance_km", "a race covers more than 0 km"};
  }
  if (activity.sport == core::Sport::Run && activity.distance_km && *activity.distance_km > 0) {
    const double seconds = activity.duration_min * 60.0;
    const double fastest = records.fastest_time_s(*activity.distance_km * 1000.0);
    if (seconds < fastest) {
      return EntryProblem{
          "", fmt::format("{}{} km in {} is faster than anyone has run that far: the world records allow no less than "
                          "{} ({} per km); check the distance and the duration",
                          activity.race ? "a race of " : "", kilometres_words(*activity.distance_km),
                          core::format_clock_duration(seconds), core::format_clock_duration(fastest),
                          core::format_clock_duration(fastest / *activity.distance_km))};
    }
  }
  if (today && activity.date > *today) {
    return EntryProblem{"date", after_today(activity.date, *today, "only what has happened can be logged")};
  }
  return std::nullopt;
}

core::Status check_log_entries(const analytics::WorldRecordTable& records, const core::TrainingLog& entries,
                               std::string_view source, std::optional<core::Date> today) {
  for (std::size_t index = 0; index < entries.activities.size(); ++index) {
    const auto problem = activity_problem(entries.activities[index], records, today);
    if (!problem) continue;
    std::string path = fmt::format("$.activities[{}]", index);
    if (!problem->field.empty()) path += "." + problem->field;
    return std::unexpected(core::invalid_input(std::string(source), std::move(path), problem->message));
  }
  if (!today) return {};
  for (std::size_t index = 0; index < entries.pain.size(); ++index) {
    const core::Date date = entries.pain[index].date;
    if (date <= *today) continue;
    return std::unexpected(core::invalid_input(std::string(source), fmt::format("$.pain[{}].date", index),
                                               after_today(date, *today, "only what has happened can be logged")));
  }
  return {};
}

core::Status check_assessment_date(const core::Assessment& assessment, core::Date today, std::string_view source) {
  if (!assessment.date || *assessment.date <= today) return {};
  return std::unexpected(core::invalid_input(
      std::string(source), "$.date",
      after_today(*assessment.date, today, "an assessment records a screen that has taken place")));
}

}  // namespace stride::service
