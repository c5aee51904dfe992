// import_recordings against the in-memory store: which files are stored, which are skipped as the
// same file or the same run and which are refused because they cannot be true, what each stored
// activity holds, and the heart-rate load.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "stride/importers/activity_file_decoder.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/service/athlete_records.hpp"
#include "stride/service/athletes.hpp"
#include "stride/service/recordings.hpp"
#include "stride/storage/memory_store.hpp"
#include "example_files.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

using core::ActivityFileFormat;
using testing::calendar_date;

const core::Date kToday = calendar_date(2026, 11, 23);

double utc(std::string_view text) { return core::parse_utc_time(text).value(); }

// A 30-minute, 5 km running recording; its fingerprint is its source unless given.
RecordingFile recording(std::string source, ActivityFileFormat format, double start_s) {
  RecordingFile file;
  file.fingerprint = "fingerprint of " + source;
  file.source = std::move(source);
  file.activity.format = format;
  file.activity.summary.sport = "running";
  file.activity.summary.start_time_s = start_s;
  file.activity.summary.timer_s = 1800;
  file.activity.summary.distance_m = 5000;
  return file;
}

std::int64_t id_of(const RecordingResult& result) { return result.activity_id.value_or(core::ActivityId{-1}).value; }

class RecordingImportTest : public ::testing::Test {
 protected:
  void SetUp() override { athlete = add_runner(std::nullopt, std::nullopt); }

  // The example runner (female, born 1991) with the given heart rates.
  core::AthleteId add_runner(std::optional<int> resting, std::optional<int> max, std::optional<int> birth_year = 1991) {
    auto profile = *documents::decode_athlete(testing::read_example("athlete.json"), "athlete.json");
    profile.heart_rate.resting_bpm = resting;
    profile.heart_rate.max_bpm = max;
    profile.birth_year = birth_year;
    return add_athlete(store, profile).value();
  }

  RecordingImport run_import(const std::vector<RecordingFile>& files, const ImportOptions& options = {}) {
    auto imported = import_recordings(store, athlete, files, options, records(), kToday);
    EXPECT_TRUE(imported.has_value()) << imported.error().describe();
    return imported.value_or(RecordingImport{});
  }

  std::vector<core::ActivityRecord> stored() { return store.recorded_activities(athlete, "", 0, 1e12).value(); }

  static const analytics::WorldRecordTable& records() { return testing::shipped_catalog().world_records; }

  storage::MemoryStore store;
  core::AthleteId athlete;
};

// A watch's strength recording on the day the plan has "Stability A": stored as a strength session
// with its sets named by Stride ids, counted as that session, and the unnamed set left out.
TEST_F(RecordingImportTest, AStrengthRecordingOnAPlannedDayIsThatSessionWithItsSets) {
  const auto calendar = documents::decode_running_calendar(testing::read_example("runs.json"), "runs.json");
  ASSERT_TRUE(calendar && store.set_running_calendar(athlete, *calendar));
  const core::Date monday = calendar_date(2026, 11, 23);
  ASSERT_TRUE(plan_from_stored(testing::shipped_catalog(), store, athlete, monday, monday));
  RecordingFile file = recording("strength.fit", ActivityFileFormat::Fit, utc("2026-11-25T07:00:00Z"));
  file.activity.summary.sport = "strength_training";
  file.activity.summary.distance_m = 0;
  const auto garmin_set = [](std::optional<int> category, std::optional<int> name, int reps) {
    core::RecordedSet set;
    set.category = category;
    set.exercise_name = name;
    set.repetitions = reps;
    return set;
  };
  file.activity.sets = {garmin_set(10, 11, 12), garmin_set(28, 28, 12), garmin_set(std::nullopt, std::nullopt, 12)};
  ImportOptions options;
  options.garmin_exercises = testing::shipped_catalog().garmin_exercises;
  const auto imported = import_recordings(store, athlete, {file}, options, records(), calendar_date(2026, 11, 26));
  ASSERT_TRUE(imported) << imported.error().describe();
  const auto& result = imported->files.front();
  ASSERT_EQ(result.outcome, RecordingOutcome::Stored);
  EXPECT_EQ(result.activity.sport, core::Sport::Strength);
  EXPECT_FALSE(result.activity.distance_km);
  ASSERT_EQ(result.activity.sets.size(), 2U);
  EXPECT_EQ(result.activity.sets[0].exercise, "glute_bridge");
  EXPECT_EQ(result.activity.sets[1].exercise, "split_squat");
  EXPECT_EQ(result.notes, (std::vector<std::string>{
                              "counts as the planned strength session \"Stability A\" of 2026-11-25",
                              "left out 1 set of exercises Stride has no name for: unnamed on the watch"}));
  EXPECT_EQ(stored().front().activity.sets, result.activity.sets);
}

TEST_F(RecordingImportTest, FreshImportStoresEveryFileWithIdsInInputOrder) {
  const auto imported = run_import({recording("a.gpx", ActivityFileFormat::Gpx, utc("2026-11-20T07:00:00Z")),
                                recording("b.fit", ActivityFileFormat::Fit, utc("2026-11-21T07:00:00Z")),
                                recording("c.tcx", ActivityFileFormat::Tcx, utc("2026-11-22T07:00:00Z"))});
  ASSERT_EQ(imported.files.size(), 3u);
  const std::vector<std::string> sources{"a.gpx", "b.fit", "c.tcx"};
  for (std::size_t index = 0; index < sources.size(); ++index) {
    EXPECT_EQ(imported.files[index].source, sources[index]);
    EXPECT_EQ(imported.files[index].outcome, RecordingOutcome::Stored);
    EXPECT_EQ(id_of(imported.files[index]), static_cast<std::int64_t>(index) + 1);
  }
  const auto records = stored();
  ASSERT_EQ(records.size(), 3u);
  for (std::size_t index = 0; index < records.size(); ++index) {
    EXPECT_EQ(records[index].id.value, static_cast<std::int64_t>(index) + 1);
    EXPECT_EQ(records[index].activity, imported.files[index].activity);  // stored as the result says
  }
}

TEST_F(RecordingImportTest, SameFingerprintAgainIsTheSameFile) {
  const double start = utc("2026-11-20T07:00:00Z");
  ASSERT_EQ(id_of(run_import({recording("run.fit", ActivityFileFormat::Fit, start)}).files[0]), 1);
  auto copy = recording("copy.fit", ActivityFileFormat::Fit, start);
  copy.fingerprint = "fingerprint of run.fit";
  const auto again = run_import({copy});
  ASSERT_EQ(again.files.size(), 1u);
  EXPECT_EQ(again.files[0].outcome, RecordingOutcome::SameFile);
  EXPECT_EQ(id_of(again.files[0]), 1);
  EXPECT_EQ(again.files[0].duplicate_of, "run.fit");
  EXPECT_EQ(stored().size(), 1u);
}

TEST_F(RecordingImportTest, AnotherRecordingOfAStoredRunIsTheSameRun) {
  const double start = utc("2026-11-20T07:00:00Z");
  ASSERT_FALSE(run_import({recording("watch.fit", ActivityFileFormat::Fit, start)}).files.empty());
  const auto again = run_import({recording("phone.gpx", ActivityFileFormat::Gpx, start + 20)});
  EXPECT_EQ(again.files[0].outcome, RecordingOutcome::SameRun);
  EXPECT_EQ(id_of(again.files[0]), 1);
  EXPECT_EQ(again.files[0].duplicate_of, "watch.fit");
  EXPECT_EQ(stored().size(), 1u);
}

TEST_F(RecordingImportTest, WithinOneImportFitIsKeptBeforeTcxBeforeGpx) {
  const double start = utc("2026-11-20T07:00:00Z");
  const auto imported = run_import({recording("phone.gpx", ActivityFileFormat::Gpx, start + 20),
                                recording("export.tcx", ActivityFileFormat::Tcx, start - 5),
                                recording("watch.fit", ActivityFileFormat::Fit, start)});
  ASSERT_EQ(imported.files.size(), 3u);
  EXPECT_EQ(imported.files[0].outcome, RecordingOutcome::SameRun);
  EXPECT_EQ(imported.files[1].outcome, RecordingOutcome::SameRun);
  EXPECT_EQ(imported.files[2].outcome, RecordingOutcome::Stored);
  for (const auto& file : imported.files) {
    EXPECT_EQ(id_of(file), 1) << file.source;
    if (file.outcome == RecordingOutcome::SameRun) {
      EXPECT_EQ(file.duplicate_of, "watch.fit");
    }
  }
  const auto records = stored();
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].activity.recording->format, ActivityFileFormat::Fit);

  // Without a FIT, the TCX is kept before the GPX.
  const double later = utc("2026-11-21T07:00:00Z");
  const auto second = run_import({recording("phone2.gpx", ActivityFileFormat::Gpx, later),
                              recording("export2.tcx", ActivityFileFormat::Tcx, later + 60)});
  EXPECT_EQ(second.files[0].outcome, RecordingOutcome::SameRun);
  EXPECT_EQ(second.files[0].duplicate_of, "export2.tcx");
  EXPECT_EQ(second.files[1].outcome, RecordingOutcome::Stored);
  EXPECT_EQ(id_of(second.files[0]), 2);
  EXPECT_EQ(id_of(second.files[1]), 2);
}

TEST_F(RecordingImportTest, SameFileTwiceInOneImport) {
  const auto file = recording("run.fit", ActivityFileFormat::Fit, utc("2026-11-20T07:00:00Z"));
  const auto imported = run_import({file, file});
  EXPECT_EQ(imported.files[0].outcome, RecordingOutcome::Stored);
  EXPECT_EQ(imported.files[1].outcome, RecordingOutcome::SameFile);
  EXPECT_EQ(id_of(imported.files[1]), 1);
  EXPECT_EQ(stored().size(), 1u);
}

TEST_F(RecordingImportTest, StartsThreeHundredSecondsApartAreOneRunAndThreeHundredOneAreTwo) {
  const double start = utc("2026-11-20T07:00:00Z");
  const auto one = run_import({recording("a.fit", ActivityFileFormat::Fit, start),
                           recording("b.fit", ActivityFileFormat::Fit, start + 300)});
  EXPECT_EQ(one.files[1].outcome, RecordingOutcome::SameRun);
  const auto two = run_import({recording("c.fit", ActivityFileFormat::Fit, start + 1000),
                           recording("d.fit", ActivityFileFormat::Fit, start + 1301)});
  EXPECT_EQ(two.files[0].outcome, RecordingOutcome::Stored);
  EXPECT_EQ(two.files[1].outcome, RecordingOutcome::Stored);
  // Against the store: a.fit (start) and d.fit (start + 1301) are stored.
  EXPECT_EQ(run_import({recording("e.gpx", ActivityFileFormat::Gpx, start - 300)}).files[0].outcome,
            RecordingOutcome::SameRun);
  EXPECT_EQ(run_import({recording("f.gpx", ActivityFileFormat::Gpx, start + 1301 + 300)}).files[0].outcome,
            RecordingOutcome::SameRun);
  EXPECT_EQ(run_import({recording("g.gpx", ActivityFileFormat::Gpx, start - 301)}).files[0].outcome,
            RecordingOutcome::Stored);
  EXPECT_EQ(stored().size(), 4u);  // a, c, d, g
}

TEST_F(RecordingImportTest, RpeOptionGivesSessionRpeLoad) {
  auto file = recording("run.fit", ActivityFileFormat::Fit, utc("2026-11-20T07:00:00Z"));
  file.activity.summary.timer_s = 2700;
  file.activity.summary.avg_heart_rate_bpm = 150;
  ImportOptions options;
  options.rpe = 6;
  const auto imported = run_import({file}, options);
  const auto& activity = imported.files.at(0).activity;
  EXPECT_EQ(activity.rpe, 6);
  EXPECT_EQ(core::load_basis(activity), core::LoadBasis::SessionRpe);
  EXPECT_DOUBLE_EQ(core::session_load(activity), 270);  // 6 × 45 min
  EXPECT_EQ(stored().at(0).activity.rpe, 6);
}

TEST_F(RecordingImportTest, SportFromTheFileUnlessOverridden) {
  struct SportCase {
    std::optional<std::string> file_sport;
    core::Sport sport;
  };
  const std::vector<SportCase> cases{{"running", core::Sport::Run},     {"trail_running", core::Sport::Run},
                                     {"treadmill_running", core::Sport::Run}, {"cycling", core::Sport::Cross},
                                     {"swimming", core::Sport::Cross},  {"yoga", core::Sport::Other},
                                     {std::nullopt, core::Sport::Run}};
  std::vector<RecordingFile> files;
  for (std::size_t index = 0; index < cases.size(); ++index) {
    files.push_back(recording("file" + std::to_string(index) + ".fit", ActivityFileFormat::Fit,
                              utc("2026-11-01T07:00:00Z") + 86400.0 * static_cast<double>(index)));
    files.back().activity.summary.sport = cases[index].file_sport;
  }
  const auto imported = run_import(files);
  ASSERT_EQ(imported.files.size(), cases.size());
  for (std::size_t index = 0; index < cases.size(); ++index) {
    const auto& result = imported.files[index];
    EXPECT_EQ(result.outcome, RecordingOutcome::Stored);
    EXPECT_EQ(result.activity.sport, cases[index].sport) << cases[index].file_sport.value_or("(none)");
    // Only a file without a sport gets a note, and the note says how to choose.
    EXPECT_EQ(result.notes.size(), cases[index].file_sport ? 0u : 1u);
  }
  EXPECT_NE(imported.files.back().notes.at(0).find("name the sport"), std::string::npos);

  ImportOptions options;
  options.sport = core::Sport::Cross;
  auto unnamed = recording("x.fit", ActivityFileFormat::Fit, utc("2026-11-20T07:00:00Z"));
  unnamed.activity.summary.sport.reset();
  const auto overridden =
      run_import({recording("w.fit", ActivityFileFormat::Fit, utc("2026-11-19T07:00:00Z")), unnamed}, options);
  for (const auto& result : overridden.files) {
    EXPECT_EQ(result.activity.sport, core::Sport::Cross);
    EXPECT_TRUE(result.notes.empty());
  }
}

TEST_F(RecordingImportTest, MapsDateDurationDistanceAndHeartRate) {
  auto timed = recording("timed.fit", ActivityFileFormat::Fit, utc("2026-11-20T23:59:30Z"));
  timed.activity.summary.timer_s = 1800.4;  // 30.00667 min
  timed.activity.summary.elapsed_s = 2000;
  timed.activity.summary.distance_m = 10012.6;
  timed.activity.summary.avg_heart_rate_bpm = 147.6;
  timed.activity.summary.max_heart_rate_bpm = 171;
  timed.activity.summary.avg_cadence_spm = 168.5;
  auto untimed = recording("untimed.gpx", ActivityFileFormat::Gpx, utc("2026-11-21T00:10:00+02:00"));
  untimed.activity.summary.timer_s.reset();
  untimed.activity.summary.elapsed_s = 1000;  // 16.667 min
  untimed.activity.summary.distance_m = 4999.4;
  auto bare = recording("bare.gpx", ActivityFileFormat::Gpx, utc("2026-11-10T07:00:00Z"));
  bare.activity.summary = {};
  bare.activity.summary.start_time_s = utc("2026-11-10T07:00:00Z");
  bare.activity.summary.elapsed_s = 60;

  const auto imported = run_import({timed, untimed, bare});
  const auto& first = imported.files.at(0).activity;
  EXPECT_EQ(first.date, calendar_date(2026, 11, 20));  // the UTC date of the start
  EXPECT_DOUBLE_EQ(first.duration_min, 30.007);
  EXPECT_EQ(first.distance_km, 10.013);
  EXPECT_EQ(first.avg_hr, 148);
  EXPECT_EQ(first.note, "imported from timed.fit");
  ASSERT_TRUE(first.recording.has_value());
  EXPECT_EQ(first.recording->source, "timed.fit");
  EXPECT_EQ(first.recording->fingerprint, "fingerprint of timed.fit");
  EXPECT_EQ(first.recording->format, ActivityFileFormat::Fit);
  EXPECT_DOUBLE_EQ(first.recording->start_time_s, utc("2026-11-20T23:59:30Z"));
  EXPECT_EQ(first.recording->elapsed_s, 2000);
  EXPECT_EQ(first.recording->max_hr_bpm, 171);
  EXPECT_EQ(first.recording->avg_cadence_spm, 168.5);

  const auto& second = imported.files.at(1).activity;
  EXPECT_EQ(second.date, calendar_date(2026, 11, 20));  // 00:10 at +02:00 is 22:10 UTC the day before
  EXPECT_DOUBLE_EQ(second.duration_min, 16.667);
  EXPECT_EQ(second.distance_km, 4.999);
  EXPECT_FALSE(second.avg_hr.has_value());

  const auto& third = imported.files.at(2).activity;
  EXPECT_EQ(third.duration_min, 1);
  EXPECT_FALSE(third.distance_km.has_value());
  EXPECT_EQ(core::load_basis(third), core::LoadBasis::Unrated);
}

// Female, resting 50, max 190, average 148 over 60 min: x = 0.7, 60 × 0.7 × 0.86 × e^{1.169} = 116.262.
TEST_F(RecordingImportTest, StoresHeartRateLoadWhenTheRunnerHasHeartRates) {
  athlete = add_runner(50, 190);
  auto file = recording("run.fit", ActivityFileFormat::Fit, utc("2026-11-20T07:00:00Z"));
  file.activity.summary.timer_s = 3600;
  file.activity.summary.avg_heart_rate_bpm = 148;
  auto no_heart_rate = recording("other.fit", ActivityFileFormat::Fit, utc("2026-11-21T07:00:00Z"));
  const auto imported = run_import({file, no_heart_rate});
  ASSERT_TRUE(imported.heart_rates.has_value());
  EXPECT_EQ(imported.heart_rates->resting_bpm, 50);
  EXPECT_EQ(imported.heart_rates->max_bpm, 190);
  EXPECT_EQ(imported.heart_rates->max_source, analytics::MaximumHeartRateSource::Profile);
  const auto& activity = imported.files.at(0).activity;
  EXPECT_EQ(activity.recording->heart_rate_load, 116.262);
  EXPECT_EQ(core::load_basis(activity), core::LoadBasis::HeartRate);
  EXPECT_DOUBLE_EQ(core::session_load(activity), 116.262);
  EXPECT_EQ(stored().at(0).activity.recording->heart_rate_load, 116.262);
  EXPECT_FALSE(imported.files.at(1).activity.recording->heart_rate_load.has_value());
}

// Born 1991, imported in 2026: max 208 − 0.7 × 35 = 183.5; x = 98 / 133.5 = 0.73408;
// 60 × x × 0.86 × e^{1.67x} = 129.064.
TEST_F(RecordingImportTest, EstimatesTheMaximumFromBirthYear) {
  athlete = add_runner(50, std::nullopt, 1991);
  auto file = recording("run.fit", ActivityFileFormat::Fit, utc("2026-11-20T07:00:00Z"));
  file.activity.summary.timer_s = 3600;
  file.activity.summary.avg_heart_rate_bpm = 148;
  const auto imported = run_import({file});
  ASSERT_TRUE(imported.heart_rates.has_value());
  EXPECT_DOUBLE_EQ(imported.heart_rates->max_bpm, 183.5);
  EXPECT_EQ(imported.heart_rates->max_source, analytics::MaximumHeartRateSource::AgeEstimate);
  EXPECT_EQ(imported.files.at(0).activity.recording->heart_rate_load, 129.064);
}

TEST_F(RecordingImportTest, NoHeartRateLoadWithoutRestingHeartRate) {
  athlete = add_runner(std::nullopt, 190);
  auto file = recording("run.fit", ActivityFileFormat::Fit, utc("2026-11-20T07:00:00Z"));
  file.activity.summary.avg_heart_rate_bpm = 148;
  const auto imported = run_import({file});
  EXPECT_FALSE(imported.heart_rates.has_value());
  const auto& activity = imported.files.at(0).activity;
  EXPECT_FALSE(activity.recording->heart_rate_load.has_value());
  EXPECT_EQ(core::load_basis(activity), core::LoadBasis::Unrated);
  EXPECT_EQ(core::session_load(activity), 0);
  EXPECT_EQ(stored().size(), 1u);  // stored all the same, unrated
}

TEST_F(RecordingImportTest, UnknownAthleteIsNotFoundAndStoresNothing) {
  const auto imported = import_recordings(store, core::AthleteId{99},
                                          {recording("run.fit", ActivityFileFormat::Fit, utc("2026-11-20T07:00:00Z"))},
                                          {}, records(), kToday);
  ASSERT_FALSE(imported.has_value());
  EXPECT_EQ(imported.error().code, core::ErrorCode::NotFound);
  EXPECT_TRUE(stored().empty());
}

// What a file says that cannot be true (docs/input-checks.md): that file is refused and named, the
// others of the batch are stored.
struct RefusedRecording {
  const char* name;
  RecordingFile file;
  const char* problem;
};

RecordingFile changed(RecordingFile file, void (*change)(core::ActivitySummary&)) {
  change(file.activity.summary);
  return file;
}

class RefusedRecordingTest : public RecordingImportTest, public ::testing::WithParamInterface<RefusedRecording> {};

TEST_P(RefusedRecordingTest, IsRefusedAloneAndTheOthersAreStored) {
  const auto imported = run_import({recording("before.fit", ActivityFileFormat::Fit, utc("2026-11-02T07:00:00Z")),
                                    GetParam().file,
                                    recording("after.gpx", ActivityFileFormat::Gpx, utc("2026-11-04T07:00:00Z"))});
  ASSERT_EQ(imported.files.size(), 3u);
  EXPECT_EQ(imported.files[0].outcome, RecordingOutcome::Stored);
  EXPECT_EQ(imported.files[2].outcome, RecordingOutcome::Stored);
  const auto& refused = imported.files[1];
  EXPECT_EQ(refused.outcome, RecordingOutcome::Refused);
  EXPECT_EQ(refused.source, GetParam().file.source);
  EXPECT_FALSE(refused.activity_id.has_value());
  EXPECT_TRUE(refused.problem.starts_with(GetParam().problem)) << refused.problem;
  ASSERT_EQ(stored().size(), 2u);
  EXPECT_EQ(stored()[0].activity.recording->source, "before.fit");
  EXPECT_EQ(stored()[1].activity.recording->source, "after.gpx");
  EXPECT_EQ(recording_problem(GetParam().file.activity, records(), std::nullopt, kToday), refused.problem);
}

INSTANTIATE_TEST_SUITE_P(
    Table, RefusedRecordingTest,
    ::testing::Values(
        RefusedRecording{"gps_glitch",
                         changed(recording("glitch.gpx", ActivityFileFormat::Gpx, utc("2026-11-03T07:00:00Z")),
                                 [](core::ActivitySummary& summary) { summary.distance_m = 500'000; }),
                         "500 km in 30:00 is faster than anyone has run that far: the world records allow no less "
                         "than 30:27:55 (3:39 per km); check the distance and the duration"},
        RefusedRecording{"ten_k_in_twenty_minutes",
                         changed(recording("fast.fit", ActivityFileFormat::Fit, utc("2026-11-03T07:00:00Z")),
                                 [](core::ActivitySummary& summary) {
                                   summary.distance_m = 10'000;
                                   summary.timer_s = 1200;
                                 }),
                         "10 km in 20:00 is faster than anyone has run that far"},
        RefusedRecording{"zero_minutes",
                         changed(recording("empty.tcx", ActivityFileFormat::Tcx, utc("2026-11-03T07:00:00Z")),
                                 [](core::ActivitySummary& summary) {
                                   summary.timer_s = 0;
                                   summary.elapsed_s = 0;
                                 }),
                         "the duration must be more than 0 minutes"},
        RefusedRecording{"no_time_at_all",
                         changed(recording("untimed.gpx", ActivityFileFormat::Gpx, utc("2026-11-03T07:00:00Z")),
                                 [](core::ActivitySummary& summary) {
                                   summary.timer_s.reset();
                                   summary.elapsed_s.reset();
                                 }),
                         "the duration must be more than 0 minutes"},
        RefusedRecording{"starts_after_today",
                         recording("clock.fit", ActivityFileFormat::Fit, utc("2026-11-24T07:00:00Z")),
                         "the date 2026-11-24 is after today (2026-11-23): only what has happened can be logged"},
        RefusedRecording{"no_start_time",
                         changed(recording("undated.fit", ActivityFileFormat::Fit, 0),
                                 [](core::ActivitySummary& summary) { summary.start_time_s.reset(); }),
                         "the recording has no start time"}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

TEST_F(RecordingImportTest, OnlyRunsAreHeldToTheRunningRecords) {
  auto ride = recording("ride.fit", ActivityFileFormat::Fit, utc("2026-11-03T07:00:00Z"));
  ride.activity.summary.sport = "cycling";
  ride.activity.summary.distance_m = 40'000;  // 40 km in 30 minutes: a fast ride, an impossible run
  EXPECT_EQ(run_import({ride}).files.at(0).outcome, RecordingOutcome::Stored);

  auto as_run = recording("ride-as-run.fit", ActivityFileFormat::Fit, utc("2026-11-04T07:00:00Z"));
  as_run.activity.summary.sport = "cycling";
  as_run.activity.summary.distance_m = 40'000;
  ImportOptions options;
  options.sport = core::Sport::Run;  // --sport run: the runner says it was a run
  const auto imported = run_import({as_run}, options);
  EXPECT_EQ(imported.files.at(0).outcome, RecordingOutcome::Refused);
  EXPECT_EQ(stored().size(), 1u);
}


// Files handed over as bytes, as an HTTP upload gives them: the real decoders read them through the
// port, a file that is no activity is listed as unreadable with its name, and the same bytes a
// second time are the same file.
TEST_F(RecordingImportTest, FilesAsBytesAreDecodedThroughThePort) {
  const importers::ActivityFileDecoder reader;
  const std::string gpx = testing::read_example("easy_run.gpx");
  const std::vector<ActivityFileBytes> files{
      {"easy_run.gpx", std::vector<std::uint8_t>(gpx.begin(), gpx.end())},
      {"notes.txt", std::vector<std::uint8_t>{'n', 'o', 't', ' ', 'a', 'n', ' ', 'a', 'c', 't', 'i', 'v', 'i', 't', 'y'}},
  };
  const auto first = import_activity_files(store, athlete, reader, files, {}, records(), kToday);
  ASSERT_TRUE(first.has_value()) << first.error().describe();
  ASSERT_EQ(first->stored.files.size(), 1u);
  EXPECT_EQ(first->stored.files[0].source, "easy_run.gpx");
  EXPECT_EQ(first->stored.files[0].outcome, RecordingOutcome::Stored);
  ASSERT_EQ(first->unreadable.size(), 1u);
  EXPECT_EQ(first->unreadable[0].source, "notes.txt");
  ASSERT_FALSE(first->unreadable[0].decoded.has_value());
  EXPECT_EQ(first->unreadable[0].decoded.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(first->unreadable[0].decoded.error().source, "notes.txt");

  const auto again = import_activity_files(store, athlete, reader, {files[0]}, {}, records(), kToday);
  ASSERT_TRUE(again.has_value());
  ASSERT_EQ(again->stored.files.size(), 1u);
  EXPECT_EQ(again->stored.files[0].outcome, RecordingOutcome::SameFile);
  EXPECT_TRUE(again->unreadable.empty());
}

}  // namespace
}  // namespace stride::service
