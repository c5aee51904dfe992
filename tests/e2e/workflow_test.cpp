// Runs scripted sessions of the real `stride` binary against a fresh database: each case under
// tests/golden/workflows/<case>/ has a `script` (one command per line, arguments separated by
// spaces, `$DB` standing for the case's database file, an optional leading `@YYYY-MM-DD` setting
// the day through STRIDE_TODAY; lines starting with '#' are comments) and a
// `transcript` with, for every command, "$ stride ARGS", its stdout and stderr, and "[exit N]".
// Set STRIDE_UPDATE_GOLDEN=1 to rewrite the transcripts, then review the diff. Each script also runs
// against a PostgreSQL schema of its own in the test cluster (--db postgresql://...), and must give
// the same transcript.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include "postgres_test_support.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = STRIDE_SOURCE_DIR;
const fs::path kCases = kSourceDir / "tests" / "golden" / "workflows";

std::string read(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// Runs every command of `script` against `database` (a file or a postgresql:// URL), writing each
// command's output under `folder`; returns the transcript.
std::string run_script(const std::string& script, const std::string& database, const fs::path& folder) {
  const fs::path scratch = folder / "output";
  std::string transcript;
  std::istringstream lines(script);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string today;
    std::string rest = line;
    if (line[0] == '@') {  // "@YYYY-MM-DD ARGS": the command runs on that day
      today = line.substr(1, line.find(' ') - 1);
      rest = line.substr(line.find(' ') + 1);
    }
    const std::string arguments = replace_all(rest, "$DB", "'" + database + "'");
    const std::string command = "cd '" + kSourceDir.string() + "' && HOME=/nonexistent XDG_DATA_HOME= STRIDE_TODAY='" +
                                today + "' '" STRIDE_BINARY "' " + arguments + " >'" + scratch.string() + ".out' 2>'" + scratch.string() +
                                ".err' </dev/null";
    const int status = std::system(command.c_str());
    const int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    transcript += "$ stride " + line + "\n" + read(scratch.string() + ".out") + read(scratch.string() + ".err") +
                  "[exit " + std::to_string(exit_code) + "]\n\n";
  }
  return transcript;
}

// Runs every command of `script` against the database file `database`; returns the transcript.
std::string run_script(const std::string& script, const fs::path& database) {
  return run_script(script, database.string(), database.parent_path());
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  if (!fs::exists(kCases)) return names;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

fs::path fresh_folder(const std::string& tag) {
  const fs::path folder = fs::temp_directory_path() / ("stride-workflow-" + std::to_string(::getpid()) + "-" + tag);
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

class Workflow : public ::testing::TestWithParam<std::string> {};

TEST_P(Workflow, TranscriptMatchesAndIsDeterministic) {
  const fs::path dir = kCases / GetParam();
  const std::string script = read(dir / "script");
  const fs::path first = fresh_folder(GetParam() + "-1");
  const std::string transcript = run_script(script, first / "stride.db");
  if (std::getenv("STRIDE_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(dir / "transcript", std::ios::binary) << transcript;
    fs::remove_all(first);
    GTEST_SKIP() << "transcript rewritten";
  }
  EXPECT_EQ(transcript, read(dir / "transcript"));
  EXPECT_EQ(transcript.find("[exit 1]"), std::string::npos) << "an internal error";
  const fs::path second = fresh_folder(GetParam() + "-2");
  EXPECT_EQ(run_script(script, second / "stride.db"), transcript) << "the same script must give the same bytes";
  fs::remove_all(first);
  fs::remove_all(second);
}

INSTANTIATE_TEST_SUITE_P(Cases, Workflow, ::testing::ValuesIn(case_names()),
                         [](const auto& parameter_info) { return parameter_info.param; });

class WorkflowOnPostgresql : public ::testing::TestWithParam<std::string> {};

TEST_P(WorkflowOnPostgresql, TranscriptMatchesTheSqliteOne) {
  if (const auto reason = stride::testing::postgres_unavailable()) GTEST_SKIP() << *reason;
  const fs::path dir = kCases / GetParam();
  const stride::testing::PostgresSchema schema;
  const fs::path folder = fresh_folder(GetParam() + "-postgresql");
  const std::string transcript = run_script(read(dir / "script"), schema.url(), folder);
  EXPECT_EQ(transcript, read(dir / "transcript"));
  fs::remove_all(folder);
}

INSTANTIATE_TEST_SUITE_P(Cases, WorkflowOnPostgresql, ::testing::ValuesIn(case_names()),
                         [](const auto& parameter_info) { return parameter_info.param; });

}  // namespace
