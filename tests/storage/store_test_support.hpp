#pragma once

// Helpers of the storage tests: a temporary directory per test, the example and golden input
// files decoded through stride::json, real plans from the planner, and small hand-built plans.

#include <gtest/gtest.h>
#include <stdlib.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "stride/core/store.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/service/plan.hpp"
#include "test_catalog.hpp"

namespace stride::testing {

// A fresh directory under the system's temporary directory, removed with everything in it when
// the object goes away.
class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "stride-storage-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      ADD_FAILURE() << "cannot create a temporary directory";
      std::abort();
    }
    m_path = pattern;
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  ~TemporaryDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }

  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
  [[nodiscard]] std::string file(const std::string& name) const { return (m_path / name).string(); }

 private:
  std::filesystem::path m_path;
};

inline std::string read_source_file(const std::string& relative) {
  std::ifstream file(std::string(STRIDE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  if (!file) ADD_FAILURE() << "cannot read " << relative;
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

template <class T>
T expect_value(core::Result<T> result, const std::string& what) {
  if (!result) {
    ADD_FAILURE() << what << ": " << result.error().describe();
    std::abort();
  }
  return std::move(*result);
}

inline core::Athlete load_athlete(const std::string& relative) {
  return expect_value(documents::decode_athlete(read_source_file(relative), relative), relative);
}

inline core::Assessment load_assessment(const std::string& relative) {
  return expect_value(documents::decode_assessment(read_source_file(relative), relative), relative);
}

inline core::RunningCalendar load_calendar(const std::string& relative) {
  return expect_value(documents::decode_running_calendar(read_source_file(relative), relative), relative);
}

// Every athlete file the tests decode: the example and the golden inputs.
inline std::vector<std::string> athlete_files() {
  return {"examples/athlete.json", "tests/golden/inputs/athlete_bodyweight.json",
          "tests/golden/inputs/athlete_general_track.json", "tests/golden/inputs/athlete_high_mileage_trail.json",
          "tests/golden/inputs/athlete_injured.json", "tests/golden/inputs/athlete_postpartum.json"};
}

inline core::Date day_of(int year, unsigned month, unsigned day) {
  return core::Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

// The example runner's real plan (examples/: athlete, runs, assessment) from `start` to her race.
inline core::Plan example_plan(core::Date start) {
  service::PlanRequest request;
  request.athlete = load_athlete("examples/athlete.json");
  request.athlete_source = "athlete.json";
  request.calendar = load_calendar("examples/runs.json");
  request.calendar_source = "runs.json";
  request.assessment = load_assessment("examples/assessment.json");
  request.start = start;
  return expect_value(service::plan(shipped_catalog(), request), "the example plan");
}

// A plan of `length` days from `start`, each day with one session titled `label` and the date,
// so the tests can tell plans apart.
inline core::Plan small_plan(const std::string& label, core::Date start, int length) {
  core::Plan plan;
  plan.athlete = "Ana";
  plan.start = start;
  plan.end = core::add_days(start, length - 1);
  plan.phases = {{core::PhaseName::Stabilization, plan.start, plan.end}};
  plan.weeks = {{.start = start, .phase = core::PhaseName::Stabilization, .deload = false, .strength_sessions = length,
                 .week_in_phase = 1, .focus = "Stability"}};
  for (int offset = 0; offset < length; ++offset) {
    core::PlannedSession session;
    session.id = label + "-" + std::to_string(offset);
    session.title = label + " " + core::format_iso_date(core::add_days(start, offset));
    session.minutes = core::Minutes(20 + offset);
    core::Prescription item;
    item.exercise = "dead_bug";
    item.reps = 10;
    item.load_kg = 12.5 + 0.1 * offset;
    session.blocks.push_back({.name = "main", .rounds = 1, .items = {item}});
    plan.days.push_back({.date = core::add_days(start, offset), .run = std::nullopt, .sessions = {session}});
  }
  return plan;
}

}  // namespace stride::testing
