#pragma once

#include <string>
#include <vector>

#include "stride/core/error.hpp"

// The fastest a person has run each distance: the men's outright world records of
// data/rules/world_records.json, used to refuse a logged or imported run that no one could have
// run (docs/input-checks.md). Pure and immutable after creation; safe to share between threads.
namespace stride::analytics {

// One record: the event's name as people say it ("10,000 m", "marathon"), its distance, its time
// and who ran it where and when (for the docs and messages).
struct WorldRecord {
  std::string event;
  double distance_m = 0;
  double time_s = 0;
  std::string holder;

  friend bool operator==(const WorldRecord&, const WorldRecord&) = default;
};

class WorldRecordTable {
 public:
  // Validates the records (ordered by distance). Fails with Corrupt naming `source` and the
  // record when: there are fewer than two; an event name is empty or repeats; a distance or time
  // is not a positive finite number; the distances do not grow strictly; or a longer record is
  // not strictly slower on average than the shorter one before it (so the table's speed falls
  // with distance and every interpolated time grows with it).
  [[nodiscard]] static core::Result<WorldRecordTable> create(std::vector<WorldRecord> records, int version,
                                                              const std::string& source);

  // The fastest time the records allow over `distance_m` metres, in seconds. Between two records
  // the time is interpolated linearly in log(distance)–log(time), which is Riegel's power law with
  // the exponent of those two records; below the shortest record the shortest record's average
  // speed holds, and beyond the longest the longest record's average speed. 0 for a distance
  // that is not positive.
  [[nodiscard]] double fastest_time_s(double distance_m) const;

  [[nodiscard]] const std::vector<WorldRecord>& records() const { return m_records; }
  [[nodiscard]] int version() const { return m_version; }

  friend bool operator==(const WorldRecordTable&, const WorldRecordTable&) = default;

 private:
  WorldRecordTable(std::vector<WorldRecord> records, int version)
      : m_records(std::move(records)), m_version(version) {}

  std::vector<WorldRecord> m_records;
  int m_version = 0;
};

}  // namespace stride::analytics
