#include "wording.hpp"

#include <fmt/format.h>

#include <array>

namespace stride::report::detail {
namespace {

// 8.0 -> "8", 21.1 -> "21.1".
std::string trimmed_number(double value) {
  std::string text = fmt::format("{:.1f}", value);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

std::string_view run_type_words(core::RunType type) {
  switch (type) {
    case core::RunType::Rest: return "Rest from running";
    case core::RunType::Easy: return "Easy run";
    case core::RunType::Recovery: return "Recovery run";
    case core::RunType::Workout: return "Workout (intervals, tempo or hills)";
    case core::RunType::Long: return "Long run";
    case core::RunType::Race: return "Race";
    case core::RunType::Cross: return "Cross-training";
  }
  return "Run";
}

constexpr std::array<std::string_view, 12> kMonthNames{"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};

}  // namespace

std::string block_title(std::string_view name) {
  if (name == "warm_up") return "Warm-up";
  if (name == "main") return "Main work";
  if (name == "core") return "Core";
  if (name == "cool_down") return "Cool-down";
  return capitalised(spaced(name));
}

std::string rounds_words(int rounds) { return fmt::format("{} round{}", rounds, rounds == 1 ? "" : "s"); }

std::string exercise_name(const core::ExerciseLibrary& library, std::string_view id) {
  const core::Exercise* exercise = library.find(id);
  return exercise != nullptr ? exercise->name : std::string(id);
}

std::string rest_words(int seconds) {
  if (seconds <= 0) return {};
  if (seconds < 60) return fmt::format("{} s", seconds);
  if (seconds % 60 == 0) return fmt::format("{} min", seconds / 60);
  return fmt::format("{} min {} s", seconds / 60, seconds % 60);
}

std::string spaced(std::string_view text) {
  std::string result(text);
  for (char& character : result) {
    if (character == '_') character = ' ';
  }
  return result;
}

std::string capitalised(std::string_view text) {
  std::string result(text);
  if (!result.empty() && result.front() >= 'a' && result.front() <= 'z') {
    result.front() = static_cast<char>(result.front() - 'a' + 'A');
  }
  return result;
}

std::string long_date(core::Date date) {
  return fmt::format("{} {} {} {}", weekday_word(core::weekday_of(date)), static_cast<unsigned>(date.day()),
                     kMonthNames[static_cast<unsigned>(date.month()) - 1], static_cast<int>(date.year()));
}

std::string short_date(core::Date date) {
  return fmt::format("{} {} {}", static_cast<unsigned>(date.day()),
                     kMonthNames[static_cast<unsigned>(date.month()) - 1].substr(0, 3), static_cast<int>(date.year()));
}

std::string_view weekday_word(core::Weekday day) {
  static constexpr std::array<std::string_view, 7> names{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                         "Friday", "Saturday", "Sunday"};
  return names[static_cast<std::size_t>(day)];
}

std::string event_words(core::Event event) {
  switch (event) {
    case core::Event::FiveK: return "5K";
    case core::Event::TenK: return "10K";
    default: return spaced(core::enum_name(event));
  }
}

bool is_running_day(const std::optional<core::PlannedRun>& run) {
  return run.has_value() && run->type != core::RunType::Rest;
}

std::string run_words(const core::PlannedRun& run) {
  std::string text(run_type_words(run.type));
  if (run.distance) text += fmt::format(", {} km", trimmed_number(run.distance->value()));
  if (run.duration) text += fmt::format(", {} min", run.duration->count());
  if (run.note && !run.note->empty()) text += fmt::format(" ({})", *run.note);
  return text;
}

}  // namespace stride::report::detail
