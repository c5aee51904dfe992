#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stride/analytics/heart_rate_load.hpp"
#include "stride/analytics/world_records.hpp"
#include "stride/core/activity_file_reader.hpp"
#include "stride/core/store.hpp"
#include "stride/core/watch_workout.hpp"

namespace stride::service {

// One decoded activity file to store: `source` names it for people; `fingerprint` identifies its
// bytes (the same bytes give the same fingerprint).
struct RecordingFile {
  std::string source;
  std::string fingerprint;
  core::RecordedActivity activity;
};

// Choices a runner makes for a whole import.
struct ImportOptions {
  std::optional<double> rpe;         // the session RPE of every imported activity
  std::optional<core::Sport> sport;  // overrides the sport the files state
  // Garmin's numbers of Stride exercises (Catalog::garmin_exercises), which name the sets of
  // strength recordings; without them such sets are left out with a note.
  std::span<const core::GarminExercise> garmin_exercises{};
};

// Two recordings of one athlete are the same run when their starts are at most this far apart
// (a watch and a phone recording one run start within seconds of each other; a runner does not
// start two different activities within 5 minutes).
inline constexpr double kSameRunStartSeconds = 300.0;

enum class RecordingOutcome {
  Stored,       // a new activity
  SameFile,     // these bytes are already stored: skipped
  SameRun,      // another recording of a stored run (or of one earlier in this import): skipped
  Refused,      // what the file says cannot be true (`problem` says why): not stored
};

// What became of one file, in the order given.
struct RecordingResult {
  std::string source;
  RecordingOutcome outcome = RecordingOutcome::Stored;
  std::optional<core::ActivityId> activity_id;  // the new activity, or the stored one it repeats
  std::string duplicate_of;                      // the source of the recording it repeats
  core::Activity activity;                       // as stored (or as it would have been); empty when refused
  std::vector<std::string> notes;                // what the runner should know: sport assumed, no load, …
  std::string problem;                           // why a Refused file cannot be true
};

struct RecordingImport {
  std::vector<RecordingResult> files;
  std::optional<analytics::HeartRateReference> heart_rates;  // what TRIMP used, when it could be worked out
};

// Why what a recording's summary says cannot be true, or nullopt (docs/input-checks.md): it has no
// start time; or the activity it makes (the sport mapped as below, or `sport` when given; the timer
// time, else the elapsed time; the distance; the UTC date of the start) fails
// activity_problem(): 0 minutes, a run faster than `records` allow, a start after `today` (when
// given). The words suit a message about the file: "the duration must be more than 0 minutes".
[[nodiscard]] std::optional<std::string> recording_problem(const core::RecordedActivity& recording,
                                                           const analytics::WorldRecordTable& records,
                                                           std::optional<core::Sport> sport,
                                                           std::optional<core::Date> today);

// Stores each recording as an activity of the athlete, in one transaction (docs/import.md):
// - refuses a file whose summary cannot be true (recording_problem with `options.sport` and
//   `today`): it is not stored and the others are (a GPS glitch in one file loses only that file);
// - skips a file whose fingerprint is stored, and a recording whose start lies within
//   kSameRunStartSeconds of a stored recording or of one kept earlier in this import; within one
//   import, a FIT recording is kept before a TCX, and a TCX before a GPX, of the same run;
// - maps the file's sport (running kinds → run, cycling, swimming and others → cross; none → run,
//   with a note; strength_training → strength), its timer time, distance (none for strength) and
//   average heart rate; the date is the UTC date of the start;
// - gives a strength activity the recording's sets as logged_sets() maps them, preferring the
//   exercises of that day's planned strength sessions, and notes the planned session it counts as;
// - without an RPE, works out the heart-rate load (Banister TRIMP) from the athlete's heart rates
//   (`today`'s year ages an estimated maximum); without heart rates either, stores the activity
//   unrated and notes how to rate it.
// New activities get their ids in the order the files were given.
[[nodiscard]] core::Result<RecordingImport> import_recordings(core::Store& store, core::AthleteId athlete,
                                                              const std::vector<RecordingFile>& files,
                                                              const ImportOptions& options,
                                                              const analytics::WorldRecordTable& records,
                                                              core::Date today);

// One activity file as a front end received it: its name for people and its bytes.
struct ActivityFileBytes {
  std::string source;
  std::vector<std::uint8_t> bytes;
};

// One file decoded, or the error that says why it could not be (naming the file).
struct DecodedActivityFile {
  std::string source;
  core::Result<core::RecordedActivity> decoded;
  std::string fingerprint;  // of the bytes, when they were read
};

// Decodes one file's bytes through `reader`; stores nothing. A front end that reads many files
// decodes them one at a time, so that only one file's bytes are held at once.
[[nodiscard]] DecodedActivityFile decode_activity_file(const core::ActivityFileReader& reader, std::string source,
                                                       std::span<const std::uint8_t> bytes);

// An import of files as bytes: those that decode go to import_recordings (in the order given); those
// that do not are listed with their errors and nothing of theirs is stored.
struct ActivityFilesImport {
  RecordingImport stored;
  std::vector<DecodedActivityFile> unreadable;
};

[[nodiscard]] core::Result<ActivityFilesImport> import_activity_files(
    core::Store& store, core::AthleteId athlete, const core::ActivityFileReader& reader,
    const std::vector<ActivityFileBytes>& files, const ImportOptions& options,
    const analytics::WorldRecordTable& records, core::Date today);

// Stores the files that decoded (import_recordings, in the order given) and lists those that did not.
[[nodiscard]] core::Result<ActivityFilesImport> import_decoded_files(core::Store& store, core::AthleteId athlete,
                                                                     std::vector<DecodedActivityFile> files,
                                                                     const ImportOptions& options,
                                                                     const analytics::WorldRecordTable& records,
                                                                     core::Date today);

}  // namespace stride::service
