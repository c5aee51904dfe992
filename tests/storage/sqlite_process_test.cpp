// Durability and concurrency of SqliteStore across processes: a writer killed at random moments
// loses nothing it reported as committed, and several writers at once all get their entries in.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <random>

#include "sqlite_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

using testing::day_of;

// What a child reports through its pipe after each commit returns.
struct Committed {
  std::int64_t activity_id;
  std::int32_t sets;
};

// A strength session of `sets` sets whose note records the count, so a reader can tell a whole
// activity from a torn one; every third entry also carries a pain report.
core::TrainingLog entry(int index, int sets) {
  core::Activity activity{.date = core::add_days(day_of(2026, 1, 1), index % 300), .sport = core::Sport::Strength,
                          .duration_min = 30, .distance_km = {}, .rpe = 6, .avg_hr = {}, .race = false,
                          .note = "sets=" + std::to_string(sets), .sets = {}, .recording = {}};
  for (int set = 0; set < sets; ++set) {
    activity.sets.push_back({.exercise = "goblet_squat", .side = core::Side::None, .reps = 10, .load_kg = 20.5,
                             .rpe = 7});
  }
  core::TrainingLog log{.activities = {activity}, .pain = {}};
  if (index % 3 == 0) log.pain.push_back({activity.date, core::InjuryRegion::Knee, core::Side::Left, 2,
                                          core::PainTiming::After});
  return log;
}

// Reads exactly `size` bytes unless the pipe closes first; returns the bytes read.
std::size_t read_fully(int descriptor, void* buffer, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t got = read(descriptor, static_cast<char*>(buffer) + done, size - done);
    if (got <= 0) break;
    done += static_cast<std::size_t>(got);
  }
  return done;
}

// The child's side of the crash test: commit entries for ever, reporting each commit.
[[noreturn]] void write_until_killed(const std::string& path, core::AthleteId athlete, int descriptor, int seed) {
  auto store = SqliteStore::open(path);
  if (!store) _exit(2);
  for (int index = seed;; ++index) {
    const int sets = 1 + index % 8;
    auto ids = (*store)->add_log_entries(athlete, entry(index, sets));
    if (!ids) {
      if (ids.error().code == core::ErrorCode::Busy) continue;
      _exit(3);
    }
    const Committed committed{ids->front().value, sets};
    if (write(descriptor, &committed, sizeof committed) != static_cast<ssize_t>(sizeof committed)) _exit(4);
  }
}

TEST(SqliteProcessTest, AWriterKilledAtRandomMomentsLosesNoCommittedEntry) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("stride.db");
  core::AthleteId athlete;
  {
    auto store = testing::expect_value(SqliteStore::open(path), "open");
    athlete = *store->add_athlete(testing::load_athlete("examples/athlete.json"));
  }
  std::mt19937 draw(20261122);
  std::map<std::int64_t, std::int32_t> reported;
  constexpr int kRounds = 6;
  for (int round = 0; round < kRounds; ++round) {
    int channel[2];
    ASSERT_EQ(pipe(channel), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(channel[0]);
      write_until_killed(path, athlete, channel[1], round * 1000);
    }
    close(channel[1]);
    // Let it commit a random number of entries, then kill it a random moment later.
    const auto before_kill = static_cast<std::uint32_t>(1 + draw() % 40);
    Committed committed{};
    for (std::uint32_t count = 0; count < before_kill; ++count) {
      ASSERT_EQ(read_fully(channel[0], &committed, sizeof committed), sizeof committed) << "the writer stopped early";
      reported[committed.activity_id] = committed.sets;
    }
    usleep(static_cast<useconds_t>(draw() % 5000));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer exited by itself with " << WEXITSTATUS(status);
    while (read_fully(channel[0], &committed, sizeof committed) == sizeof committed) {
      reported[committed.activity_id] = committed.sets;
    }
    close(channel[0]);

    auto reopened = SqliteStore::open(path);
    ASSERT_TRUE(reopened) << reopened.error().describe();
    testing::RawDatabase raw(path);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(raw.text("PRAGMA foreign_key_check"), "");
    for (const auto& [id, sets] : reported) {
      const std::string activity = std::to_string(id);
      ASSERT_EQ(raw.text("SELECT note FROM activities WHERE id = " + activity), "sets=" + std::to_string(sets))
          << "round " << round << ": committed activity " << id << " is missing";
      ASSERT_EQ(raw.number("SELECT count(*) FROM strength_sets WHERE activity_id = " + activity), sets)
          << "round " << round << ": activity " << id << " lost sets";
    }
    // Whole entries only, including one committed just before the kill and never reported.
    EXPECT_EQ(raw.number("SELECT count(*) FROM activities a WHERE a.note <> 'sets=' || "
                         "(SELECT count(*) FROM strength_sets s WHERE s.activity_id = a.id)"),
              0);
    EXPECT_GE(raw.number("SELECT count(*) FROM activities"), static_cast<std::int64_t>(reported.size()));
  }
  auto store = testing::expect_value(SqliteStore::open(path), "open");
  EXPECT_GE((*store->training_log(athlete, std::nullopt, std::nullopt)).activities.size(), reported.size());
}

// What a concurrent writer reports when it is done.
struct WriterTally {
  std::int32_t committed;
  std::int32_t busy;
};

TEST(SqliteProcessTest, ConcurrentWritersAllCommitEveryEntry) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("stride.db");  // created by the writers themselves
  constexpr int kWriters = 3;
  constexpr int kEntriesPerWriter = 150;
  int start[2];
  ASSERT_EQ(pipe(start), 0);
  std::vector<std::pair<pid_t, int>> writers;
  for (int writer = 0; writer < kWriters; ++writer) {
    int channel[2];
    ASSERT_EQ(pipe(channel), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(channel[0]);
      close(start[1]);
      char go = 0;
      if (read(start[0], &go, 1) < 0) _exit(2);  // returns at end of file: all start together
      auto store = SqliteStore::open(path);
      if (!store) {
        std::fprintf(stderr, "writer %d: %s\n", writer, store.error().describe().c_str());
        _exit(3);
      }
      core::Athlete athlete = testing::load_athlete("examples/athlete.json");
      athlete.name = "Writer " + std::to_string(writer);
      WriterTally tally{0, 0};
      auto id = (*store)->add_athlete(athlete);
      while (!id && id.error().code == core::ErrorCode::Busy) {
        ++tally.busy;
        id = (*store)->add_athlete(athlete);
      }
      if (!id) _exit(4);
      while (tally.committed < kEntriesPerWriter) {
        auto written = (*store)->add_log_entries(*id, entry(tally.committed, 3));
        if (written) {
          ++tally.committed;
        } else if (written.error().code == core::ErrorCode::Busy) {
          ++tally.busy;
        } else {
          _exit(5);
        }
      }
      _exit(write(channel[1], &tally, sizeof tally) == static_cast<ssize_t>(sizeof tally) ? 0 : 6);
    }
    close(channel[1]);
    writers.emplace_back(child, channel[0]);
  }
  close(start[0]);
  close(start[1]);

  int busy = 0;
  for (const auto& [child, channel] : writers) {
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "a writer failed";
    WriterTally tally{};
    ASSERT_EQ(read_fully(channel, &tally, sizeof tally), sizeof tally);
    close(channel);
    EXPECT_EQ(tally.committed, kEntriesPerWriter);
    busy += tally.busy;
  }
  RecordProperty("busy_retries", busy);
  testing::RawDatabase raw(path);
  EXPECT_EQ(raw.number("SELECT count(*) FROM athletes"), kWriters);
  EXPECT_EQ(raw.number("SELECT count(*) FROM activities"), kWriters * kEntriesPerWriter);
  EXPECT_EQ(raw.number("SELECT count(*) FROM strength_sets"), 3 * kWriters * kEntriesPerWriter);
  EXPECT_EQ(raw.number("SELECT count(*) FROM schema_migrations WHERE version = 1"), 1);
  EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
  auto store = testing::expect_value(SqliteStore::open(path), "open");
  for (const auto& record : testing::expect_value(store->list_athletes(), "list_athletes")) {
    auto log = store->training_log(record.id, std::nullopt, std::nullopt);
    ASSERT_TRUE(log) << log.error().describe();
    EXPECT_EQ(log->activities.size(), static_cast<std::size_t>(kEntriesPerWriter));
  }
}

}  // namespace
}  // namespace stride::storage
