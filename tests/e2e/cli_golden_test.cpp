// Runs the real `stride` binary on every case under tests/golden/cli/<case>/: `cmd` holds the
// arguments (separated by spaces, paths relative to the repository root), and `exit_code`,
// `stdout` and `stderr` the expected results, compared byte for byte. Set
// STRIDE_UPDATE_GOLDEN=1 to rewrite the expectations after a deliberate change, then review the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = STRIDE_SOURCE_DIR;
const fs::path kCases = kSourceDir / "tests" / "golden" / "cli";

std::string read(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream stream(path, std::ios::binary);
  stream << text;
}

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

ProcessResult run_stride(const std::string& arguments, const std::string& tag) {
  const fs::path scratch = fs::temp_directory_path() / ("stride-golden-" + std::to_string(::getpid()) + "-" + tag);
  // A home of its own, so a case without --db never reads or writes the user's default database.
  const fs::path home = scratch.string() + ".home";
  fs::create_directories(home);
  const std::string command = "cd '" + kSourceDir.string() + "' && HOME='" + home.string() + "' XDG_DATA_HOME='" +
                              (home / "data").string() + "' '" STRIDE_BINARY "' " + arguments + " >'" +
                              scratch.string() + ".out' 2>'" + scratch.string() + ".err' </dev/null";
  const int status = std::system(command.c_str());
  fs::remove_all(home);
  ProcessResult run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = read(scratch.string() + ".out");
  run.err = read(scratch.string() + ".err");
  fs::remove(scratch.string() + ".out");
  fs::remove(scratch.string() + ".err");
  return run;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class CliGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(CliGolden, MatchesExpectedOutputAndIsDeterministic) {
  const fs::path dir = kCases / GetParam();
  std::string arguments = read(dir / "cmd");
  while (!arguments.empty() && (arguments.back() == '\n' || arguments.back() == ' ')) arguments.pop_back();
  const ProcessResult run = run_stride(arguments, GetParam());
  if (std::getenv("STRIDE_UPDATE_GOLDEN") != nullptr) {
    write(dir / "exit_code", std::to_string(run.exit_code) + "\n");
    write(dir / "stdout", run.out);
    write(dir / "stderr", run.err);
    GTEST_SKIP() << "expectations rewritten";
  }
  ASSERT_TRUE(fs::exists(dir / "exit_code")) << "no expectations yet: run with STRIDE_UPDATE_GOLDEN=1";
  EXPECT_EQ(std::to_string(run.exit_code) + "\n", read(dir / "exit_code"));
  EXPECT_EQ(run.out, read(dir / "stdout"));
  EXPECT_EQ(run.err, read(dir / "stderr"));

  // Contract §1: no crash; nothing on stdout with exit 2 (except from `stride import`, which still
  // shows the files it could read, §4.5), and stderr says what is wrong.
  EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 2) << "exit " << run.exit_code;
  if (run.exit_code == 2) {
    if (!arguments.starts_with("import ")) {
      EXPECT_TRUE(run.out.empty());
    }
    EXPECT_FALSE(run.err.empty());
  }
  const ProcessResult again = run_stride(arguments, GetParam() + "-again");
  EXPECT_EQ(again.out, run.out) << "output must be byte-identical across runs";
}

INSTANTIATE_TEST_SUITE_P(Cases, CliGolden, ::testing::ValuesIn(case_names()),
                         [](const auto& parameter_info) { return parameter_info.param; });

// Every bad input file under tests/golden/bad/ must have a case, and its error must name the file.
TEST(CliGoldenCoverage, EveryBadInputFileHasACaseNamingTheFile) {
  for (const auto& entry : fs::directory_iterator(kSourceDir / "tests" / "golden" / "bad")) {
    const std::string name = entry.path().stem().string();
    const fs::path dir = kCases / ("bad_" + name);
    ASSERT_TRUE(fs::exists(dir / "cmd")) << name;
    if (!fs::exists(dir / "stderr")) continue;
    EXPECT_NE(read(dir / "stderr").find(entry.path().filename().string()), std::string::npos) << name;
    EXPECT_EQ(read(dir / "exit_code"), "2\n") << name;
  }
}

}  // namespace

namespace {

// The sample runners of ../shared/personas, when that folder is beside the repository: every one
// with an assessment gets a routine, and a one-sided fault puts that side first.
TEST(SharedPersonas, EveryAssessmentGivesARoutine) {
  const fs::path personas = kSourceDir.parent_path() / "shared" / "personas";
  if (!fs::exists(personas)) GTEST_SKIP() << "../shared/personas is not present";
  std::size_t assessed = 0;
  for (const auto& entry : fs::directory_iterator(personas)) {
    if (!fs::exists(entry.path() / "assessment.json")) continue;
    ++assessed;
    const std::string arguments = "assess --format json --assessment '" + (entry.path() / "assessment.json").string() +
                                  "' --athlete '" + (entry.path() / "athlete.json").string() + "'";
    const ProcessResult run = run_stride(arguments, entry.path().filename().string());
    EXPECT_EQ(run.exit_code, 0) << entry.path() << run.err;
    EXPECT_NE(run.out.find("\"schema\": \"stride.assessment.v1\""), std::string::npos);
    EXPECT_NE(run.out.find("\"name\": \"activate\""), std::string::npos) << entry.path();
    EXPECT_NE(run.out.find("\"name\": \"integrate\""), std::string::npos) << entry.path();
    if (run.out.find("\"side\": \"left\"") != std::string::npos && run.out.find("\"side\": \"right\"") == std::string::npos) {
      EXPECT_NE(run.out.find("\"side_first\": \"left\""), std::string::npos) << entry.path();
    }
  }
  EXPECT_GT(assessed, 0u);
}

}  // namespace

namespace {

// Every sample runner of ../shared/personas gets a plan (contract §4.3) from the README's start
// date: JSON with the plan schema, at least one strength session, a taper before a goal race,
// and the same bytes on a second run.
TEST(SharedPersonas, EveryPersonaGetsAPlan) {
  const fs::path personas = kSourceDir.parent_path() / "shared" / "personas";
  if (!fs::exists(personas)) GTEST_SKIP() << "../shared/personas is not present";
  std::size_t planned = 0;
  for (const auto& entry : fs::directory_iterator(personas)) {
    if (!fs::exists(entry.path() / "athlete.json")) continue;
    ++planned;
    std::string arguments = "plan --format json --start 2026-11-23 --athlete '" +
                            (entry.path() / "athlete.json").string() + "' --runs '" +
                            (entry.path() / "runs.json").string() + "'";
    if (fs::exists(entry.path() / "assessment.json")) {
      arguments += " --assessment '" + (entry.path() / "assessment.json").string() + "'";
    }
    const ProcessResult run = run_stride(arguments, entry.path().filename().string());
    EXPECT_EQ(run.exit_code, 0) << entry.path() << run.err;
    EXPECT_NE(run.out.find("\"schema\": \"stride.plan.v1\""), std::string::npos) << entry.path();
    EXPECT_NE(run.out.find("\"kind\": \"strength\""), std::string::npos) << entry.path();
    if (run.out.find("\"race\": null") == std::string::npos) {
      EXPECT_NE(run.out.find("\"name\": \"taper\""), std::string::npos) << entry.path();
    }
    EXPECT_EQ(run_stride(arguments, entry.path().filename().string()).out, run.out) << entry.path();
  }
  EXPECT_GT(planned, 0u);
}

}  // namespace

namespace {

// Real strength recordings in ../shared/activity-files, when it holds any (a FIT file whose name says
// "strength"; see its MANIFEST.md): `stride import --format json` lists each one's sets, and every
// set names its Garmin numbers. The repository's own strength recording is the golden case
// import_strength_recording_json.
TEST(SharedActivityFiles, StrengthRecordingsShowTheirSetsInTheImportJson) {
  const fs::path folder = kSourceDir.parent_path() / "shared" / "activity-files";
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    std::string name = entry.path().filename().string();
    std::ranges::transform(name, name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name.find("strength") != std::string::npos && name.ends_with(".fit")) files.push_back(entry.path());
  }
  if (files.empty()) GTEST_SKIP() << "no strength FIT file in " << folder.string();
  for (const auto& path : files) {
    const ProcessResult run = run_stride("import --format json '" + path.string() + "'", path.filename().string());
    EXPECT_EQ(run.exit_code, 0) << path << run.err;
    EXPECT_EQ(run.out.find("\"sets\": []"), std::string::npos) << path << ": no sets listed";
    EXPECT_NE(run.out.find("\"garmin_category\": "), std::string::npos) << path;
  }
}

}  // namespace
