#include "stride/service/recordings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "stride/service/input_checks.hpp"
#include "stride/service/strength_sets.hpp"

namespace stride::service {
namespace {

// Within one import, the richer format is kept when two files hold the same run.
int format_preference(core::ActivityFileFormat format) {
  switch (format) {
    case core::ActivityFileFormat::Fit: return 0;
    case core::ActivityFileFormat::Tcx: return 1;
    case core::ActivityFileFormat::Gpx: return 2;
  }
  return 3;
}

core::Sport sport_of(const std::string& sport) {
  if (sport.find("run") != std::string::npos) return core::Sport::Run;
  if (sport == "strength_training") return core::Sport::Strength;
  static constexpr std::array<std::string_view, 9> kCross{"cycling", "biking", "swimming", "rowing", "walking",
                                                          "hiking", "cross_country_skiing", "elliptical", "e_biking"};
  if (std::find(kCross.begin(), kCross.end(), sport) != kCross.end()) return core::Sport::Cross;
  return core::Sport::Other;
}

core::ActivityRecording recording_of(const RecordingFile& file) {
  const auto& summary = file.activity.summary;
  core::ActivityRecording recording;
  recording.source = file.source;
  recording.format = file.activity.format;
  recording.fingerprint = file.fingerprint;
  recording.start_time_s = summary.start_time_s.value_or(0);
  recording.elapsed_s = summary.elapsed_s;
  recording.max_hr_bpm = summary.max_heart_rate_bpm;
  recording.avg_cadence_spm = summary.avg_cadence_spm;
  recording.avg_power_w = summary.avg_power_w;
  recording.avg_stance_time_ms = summary.avg_stance_time_ms;
  recording.avg_vertical_oscillation_mm = summary.avg_vertical_oscillation_mm;
  recording.avg_step_length_mm = summary.avg_step_length_mm;
  recording.avg_vertical_ratio_percent = summary.avg_vertical_ratio_percent;
  recording.avg_stance_time_balance_left_percent = summary.avg_stance_time_balance_left_percent;
  return recording;
}

// What a recording's summary says as an activity: the date of its start (which it must have), the
// sport (`sport` when given; a file without one is a run), the timer time (else the elapsed time)
// in minutes to 3 decimals and the distance to the metre.
core::Activity summary_activity(const core::RecordedActivity& recording, std::optional<core::Sport> sport) {
  const auto& summary = recording.summary;
  core::Activity activity;
  activity.date = core::utc_date(*summary.start_time_s);
  activity.sport = sport ? *sport : summary.sport ? sport_of(*summary.sport) : core::Sport::Run;
  const double seconds = summary.timer_s.value_or(summary.elapsed_s.value_or(0));
  activity.duration_min = std::round(seconds / 60.0 * 1000.0) / 1000.0;
  if (summary.distance_m && activity.sport != core::Sport::Strength) {
    activity.distance_km = std::round(*summary.distance_m) / 1000.0;
  }
  return activity;
}

// Gives a strength activity the recording's sets, named as the day's planned strength sessions
// prefer (`days` holds the plan of the activity's date, if any), and notes the session it counts as.
void add_strength_sets(core::Activity& activity, const core::RecordedActivity& recording,
                       std::span<const core::GarminExercise> garmin_exercises,
                       const std::vector<core::EffectiveDay>& days, std::vector<std::string>& notes) {
  std::vector<std::string> planned;
  for (const auto& effective : days) {
    const auto exercises = planned_strength_exercises(effective.day);
    planned.insert(planned.end(), exercises.begin(), exercises.end());
    for (const auto& session : effective.day.sessions) {
      if (session.kind == core::SessionKind::Strength) {
        notes.push_back(fmt::format("counts as the planned strength session \"{}\" of {}", session.title,
                                    core::format_iso_date(effective.day.date)));
        break;
      }
    }
  }
  if (recording.sets.empty()) return;
  auto logged = logged_sets(recording.sets, garmin_exercises, planned);
  activity.sets = std::move(logged.sets);
  for (auto& note : logged.notes) notes.push_back(std::move(note));
}

// The activity a recording becomes, with the notes the runner should read.
core::Activity activity_of(const RecordingFile& file, const ImportOptions& options,
                           const std::optional<analytics::HeartRateReference>& heart_rates, core::Sex sex,
                           std::vector<std::string>& notes) {
  const auto& summary = file.activity.summary;
  core::Activity activity = summary_activity(file.activity, options.sport);
  if (!options.sport && !summary.sport) {
    notes.emplace_back("the file names no sport: stored as a run (name the sport when importing to choose another)");
  }
  if (summary.avg_heart_rate_bpm) activity.avg_hr = static_cast<int>(std::lround(*summary.avg_heart_rate_bpm));
  activity.rpe = options.rpe;
  activity.note = fmt::format("imported from {}", file.source);
  activity.recording = recording_of(file);
  if (heart_rates) {
    if (const auto trimp = analytics::banister_trimp(file.activity, *heart_rates, sex)) {
      activity.recording->heart_rate_load = std::round(*trimp * 1000.0) / 1000.0;
    }
  }
  return activity;
}

// A recording this import stores, against which later files of the import are compared.
struct KeptRecording {
  double start_s;
  std::string_view fingerprint;
  std::size_t file_index;
};

// How a field of the activity is named in a message about a file.
std::string_view field_words(std::string_view field) {
  if (field == "duration_min") return "the duration ";
  if (field == "distance_km") return "the distance ";
  if (field == "date") return "the date ";
  return "";
}

}  // namespace

std::optional<std::string> recording_problem(const core::RecordedActivity& recording,
                                             const analytics::WorldRecordTable& records,
                                             std::optional<core::Sport> sport, std::optional<core::Date> today) {
  if (!recording.summary.start_time_s) return "the recording has no start time";
  const auto problem = activity_problem(summary_activity(recording, sport), records, today);
  if (!problem) return std::nullopt;
  return std::string(field_words(problem->field)) + problem->message;
}

core::Result<RecordingImport> import_recordings(core::Store& store, core::AthleteId athlete,
                                                const std::vector<RecordingFile>& files, const ImportOptions& options,
                                                const analytics::WorldRecordTable& records, core::Date today) {
  STRIDE_TRY(const auto record, store.find_athlete(athlete));
  RecordingImport result;
  result.heart_rates = analytics::heart_rate_reference(record.athlete, static_cast<int>(today.year()));
  result.files.resize(files.size());

  std::vector<std::size_t> order(files.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return format_preference(files[a].activity.format) < format_preference(files[b].activity.format);
  });

  std::vector<KeptRecording> kept;
  core::TrainingLog entries;
  std::vector<std::size_t> stored_results;
  std::vector<std::pair<std::size_t, std::size_t>> repeats;  // (file, the file of this import it repeats)
  for (const std::size_t index : order) {
    const auto& file = files[index];
    auto& outcome = result.files[index];
    outcome.source = file.source;
    if (auto problem = recording_problem(file.activity, records, options.sport, today)) {
      outcome.outcome = RecordingOutcome::Refused;
      outcome.problem = std::move(*problem);
      continue;
    }
    const double start = *file.activity.summary.start_time_s;
    outcome.activity = activity_of(file, options, result.heart_rates, record.athlete.sex, outcome.notes);
    if (outcome.activity.sport == core::Sport::Strength) {
      const core::Date date = outcome.activity.date;
      STRIDE_TRY(const auto days, store.effective_days(athlete, date, date));
      add_strength_sets(outcome.activity, file.activity, options.garmin_exercises, days, outcome.notes);
    }

    STRIDE_TRY(const auto stored, store.recorded_activities(athlete, file.fingerprint, start - kSameRunStartSeconds,
                                                            start + kSameRunStartSeconds));
    const auto same_file = std::find_if(stored.begin(), stored.end(), [&](const core::ActivityRecord& existing) {
      return existing.activity.recording->fingerprint == file.fingerprint;
    });
    if (same_file != stored.end()) {
      outcome.outcome = RecordingOutcome::SameFile;
      outcome.activity_id = same_file->id;
      outcome.duplicate_of = same_file->activity.recording->source;
      continue;
    }
    if (!stored.empty()) {
      outcome.outcome = RecordingOutcome::SameRun;
      outcome.activity_id = stored.front().id;
      outcome.duplicate_of = stored.front().activity.recording->source;
      continue;
    }
    const auto earlier = std::find_if(kept.begin(), kept.end(), [&](const KeptRecording& other) {
      return other.fingerprint == file.fingerprint || std::abs(other.start_s - start) <= kSameRunStartSeconds;
    });
    if (earlier != kept.end()) {
      outcome.outcome = earlier->fingerprint == file.fingerprint ? RecordingOutcome::SameFile : RecordingOutcome::SameRun;
      outcome.duplicate_of = files[earlier->file_index].source;
      repeats.emplace_back(index, earlier->file_index);
      continue;
    }
    kept.push_back({start, file.fingerprint, index});
    stored_results.push_back(index);
  }

  // Stored in input order, so the new ids follow the order the files were given in.
  std::sort(stored_results.begin(), stored_results.end());
  for (const std::size_t index : stored_results) entries.activities.push_back(result.files[index].activity);
  if (!entries.activities.empty()) {
    STRIDE_TRY(const auto ids, store.add_log_entries(athlete, entries));
    for (std::size_t position = 0; position < ids.size(); ++position) {
      result.files[stored_results[position]].activity_id = ids[position];
    }
    for (const auto& [file, repeated] : repeats) result.files[file].activity_id = result.files[repeated].activity_id;
  }
  return result;
}

DecodedActivityFile decode_activity_file(const core::ActivityFileReader& reader, std::string source,
                                         std::span<const std::uint8_t> bytes) {
  auto decoded = reader.decode(bytes, source);
  return {std::move(source), std::move(decoded), reader.fingerprint(bytes)};
}

core::Result<ActivityFilesImport> import_decoded_files(core::Store& store, core::AthleteId athlete,
                                                       std::vector<DecodedActivityFile> files,
                                                       const ImportOptions& options,
                                                       const analytics::WorldRecordTable& records, core::Date today) {
  ActivityFilesImport result;
  std::vector<RecordingFile> recordings;
  for (auto& file : files) {
    if (file.decoded) {
      recordings.push_back({std::move(file.source), std::move(file.fingerprint), std::move(*file.decoded)});
    } else {
      result.unreadable.push_back(std::move(file));
    }
  }
  STRIDE_TRY(result.stored, import_recordings(store, athlete, recordings, options, records, today));
  return result;
}

core::Result<ActivityFilesImport> import_activity_files(core::Store& store, core::AthleteId athlete,
                                                        const core::ActivityFileReader& reader,
                                                        const std::vector<ActivityFileBytes>& files,
                                                        const ImportOptions& options,
                                                        const analytics::WorldRecordTable& records, core::Date today) {
  std::vector<DecodedActivityFile> decoded;
  decoded.reserve(files.size());
  for (const auto& file : files) decoded.push_back(decode_activity_file(reader, file.source, file.bytes));
  return import_decoded_files(store, athlete, std::move(decoded), options, records, today);
}

}  // namespace stride::service
