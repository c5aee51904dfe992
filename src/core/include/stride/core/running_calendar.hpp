#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/units.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::core {

// One day's run (contract §3.2): a template day or a dated run.
struct PlannedRun {
  RunType type = RunType::Rest;
  std::optional<Kilometres> distance;
  std::optional<Minutes> duration;
  std::optional<std::string> note;

  friend bool operator==(const PlannedRun&, const PlannedRun&) = default;
};

// Workout, long run and race are the key runs: no heavy strength the day before them.
[[nodiscard]] constexpr bool is_key_run(RunType type) {
  return type == RunType::Workout || type == RunType::Long || type == RunType::Race;
}

// Easy, recovery, cross-training and rest days are where strength belongs.
[[nodiscard]] constexpr bool is_easy_or_rest(RunType type) { return !is_key_run(type); }

// The runner's week and the dated runs that override it.
struct RunningCalendar {
  std::array<PlannedRun, 7> weekly_template{};  // indexed by Weekday, Monday first
  std::map<Date, PlannedRun> dated_runs;

  // The run on `date`: the dated run when there is one, else the template day.
  [[nodiscard]] const PlannedRun& run_on(Date date) const;
  // The run on each of the `count` days from `first` on, as run_on gives them: pointers into this
  // calendar (valid while it lives and is not changed), found in one walk through the dated runs.
  [[nodiscard]] std::vector<const PlannedRun*> runs_from(Date first, int count) const;

  friend bool operator==(const RunningCalendar&, const RunningCalendar&) = default;
};

}  // namespace stride::core
