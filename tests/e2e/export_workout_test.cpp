// `stride export-workout` writes the golden FIT workout of tests/golden/workouts/ byte for byte,
// twice over (no clock in the file). Set STRIDE_UPDATE_GOLDEN=1 to rewrite the golden file after a
// deliberate change, then check the new file (docs/formats/fit-workout.md says how).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const fs::path kRepositoryRoot = STRIDE_SOURCE_DIR;

std::string whole_file(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return bytes.str();
}

// Runs the export of the example plan's first session into `output`; returns the exit status.
int export_example(const fs::path& output) {
  const std::string command = "cd '" + kRepositoryRoot.string() + "' && '" STRIDE_BINARY
                              "' export-workout --athlete examples/athlete.json --runs examples/runs.json "
                              "--start 2026-11-23 --date 2026-11-25 --output '" +
                              output.string() + "' >/dev/null 2>&1 </dev/null";
  return std::system(command.c_str());
}

TEST(ExportWorkout, WritesTheGoldenFileAndTheSameBytesEachTime) {
  const fs::path scratch = fs::temp_directory_path() / ("stride-export-workout-" + std::to_string(::getpid()));
  fs::create_directories(scratch);
  ASSERT_EQ(export_example(scratch / "first.fit"), 0);
  ASSERT_EQ(export_example(scratch / "second.fit"), 0);
  const std::string first = whole_file(scratch / "first.fit");
  const std::string second = whole_file(scratch / "second.fit");
  fs::remove_all(scratch);
  EXPECT_EQ(first, second) << "the same plan and session gave different files";
  const fs::path golden = kRepositoryRoot / "tests" / "golden" / "workouts" / "stability_a_2026-11-25.fit";
  if (std::getenv("STRIDE_UPDATE_GOLDEN") != nullptr) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << first;
    GTEST_SKIP() << "golden workout rewritten";
  }
  ASSERT_TRUE(fs::exists(golden)) << "no golden workout yet: run with STRIDE_UPDATE_GOLDEN=1";
  EXPECT_EQ(first, whole_file(golden)) << "the workout file differs from " << golden;
}

}  // namespace
