#include "import_summary.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "import_text.hpp"

namespace stride::cli {
namespace {

std::string heart_rate_words(const analytics::HeartRateReference& reference) {
  return fmt::format("resting {:.0f} bpm, maximum {:.0f} bpm{}", reference.resting_bpm, reference.max_bpm,
                     reference.max_source == analytics::MaximumHeartRateSource::AgeEstimate
                         ? " estimated from age (208 − 0.7 × age)"
                         : "");
}

std::string activity_line(const service::RecordingResult& file) {
  const auto& activity = file.activity;
  std::string line = fmt::format("{} {}", core::enum_name(activity.sport), core::format_iso_date(activity.date));
  if (activity.distance_km) line += fmt::format(", {:.2f} km", *activity.distance_km);
  line += fmt::format(", {}", core::format_clock_duration(activity.duration_min * 60.0));
  if (!activity.sets.empty()) line += fmt::format(", {} set{}", activity.sets.size(), activity.sets.size() == 1 ? "" : "s");
  switch (core::load_basis(activity)) {
    case core::LoadBasis::SessionRpe:
      line += fmt::format(", RPE {:g}, load {:.0f}", *activity.rpe, core::session_load(activity));
      break;
    case core::LoadBasis::HeartRate:
      line += fmt::format(", no RPE: load {:.0f} from heart rate (Banister TRIMP)", core::session_load(activity));
      break;
    case core::LoadBasis::Unrated: line += ", no RPE and no heart-rate load"; break;
  }
  return line;
}

}  // namespace

std::string import_summary(const service::RecordingImport& imported, std::size_t unreadable, std::int64_t athlete) {
  const auto stored = static_cast<std::size_t>(
      std::count_if(imported.files.begin(), imported.files.end(),
                    [](const auto& file) { return file.outcome == service::RecordingOutcome::Stored; }));
  const auto refused = static_cast<std::size_t>(
      std::count_if(imported.files.begin(), imported.files.end(),
                    [](const auto& file) { return file.outcome == service::RecordingOutcome::Refused; }));
  const std::size_t given = imported.files.size() + unreadable;
  std::string text = fmt::format("Imported {} of {} file{} for runner {}{}{}.\n", stored, given, given == 1 ? "" : "s",
                                 athlete, unreadable == 0 ? "" : fmt::format("; {} could not be read", unreadable),
                                 refused == 0 ? "" : fmt::format("; {} cannot be true and {} not stored", refused,
                                                                 refused == 1 ? "was" : "were"));
  bool unrated = false;
  bool heart_rate_load = false;
  for (const auto& file : imported.files) {
    switch (file.outcome) {
      case service::RecordingOutcome::Stored:
        text += fmt::format("  activity {}: {} ({})\n", file.activity_id->value, activity_line(file), file.source);
        unrated = unrated || !file.activity.rpe;
        heart_rate_load = heart_rate_load || core::load_basis(file.activity) == core::LoadBasis::HeartRate;
        break;
      case service::RecordingOutcome::SameFile:
        text += fmt::format("  {}: skipped, the same file as {}{}\n", file.source, file.duplicate_of,
                            file.activity_id ? fmt::format(" (activity {})", file.activity_id->value) : "");
        continue;
      case service::RecordingOutcome::SameRun:
        text += fmt::format("  {}: skipped, the same run as {}{}\n", file.source, file.duplicate_of,
                            file.activity_id ? fmt::format(" (activity {})", file.activity_id->value) : "");
        continue;
      case service::RecordingOutcome::Refused:
        text += fmt::format("  {}: not stored: {}\n", file.source, file.problem);
        continue;
    }
    for (const auto& note : file.notes) text += fmt::format("    {}\n", note);
  }
  if (heart_rate_load && imported.heart_rates) {
    text += fmt::format("Heart-rate load uses {}. It is on a different scale from RPE × minutes, so rate "
                        "runs when you can.\n",
                        heart_rate_words(*imported.heart_rates));
  }
  if (unrated) {
    if (!imported.heart_rates) {
      text += "Without a resting heart rate (and a maximum or a birth year) in the profile, runs without an RPE "
              "carry no load.\n";
    }
    text += fmt::format("Give a run its RPE (0-10, how hard the whole session felt): stride log rate --athlete-id {} "
                        "--activity-id ID --rpe N\n",
                        athlete);
  }
  return text;
}

}  // namespace stride::cli
