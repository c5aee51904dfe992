// The catalog compiler, run as the build runs it: the shipped data gives the source the build
// compiled, and broken data fails with the loader's message naming the file and the entry.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "embedded_data.hpp"

namespace stride::app {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

// A scratch copy of the data tree, with `find` replaced by `replace` in the file `broken_path`.
class DataCopy {
 public:
  DataCopy(const std::string& tag, const std::string& broken_path = {}, const std::string& find = {},
           const std::string& replace = {})
      : m_root(fs::temp_directory_path() / ("stride-compiler-" + std::to_string(::getpid()) + "-" + tag)) {
    fs::remove_all(m_root);
    for (const auto& file : embedded_data_files()) {
      std::string text = file.text;
      if (file.path == broken_path) {
        const auto at = text.find(find);
        EXPECT_NE(at, std::string::npos) << find;
        if (at != std::string::npos) text.replace(at, find.size(), replace);
      }
      fs::create_directories((m_root / file.path).parent_path());
      std::ofstream(m_root / file.path, std::ios::binary) << text;
    }
  }
  ~DataCopy() { fs::remove_all(m_root); }

  // Runs the compiler on the copy, writing `output`; its exit code, with stderr in `errors`.
  int compile(const fs::path& output, std::string& errors) const {
    std::string command = "'" STRIDE_CATALOG_COMPILER "' '" + output.string() + "' '" + m_root.string() + "'";
    for (const auto& file : embedded_data_files()) command += " " + file.path;
    command += " 2>'" + (m_root / "errors.txt").string() + "'";
    const int status = std::system(command.c_str());
    errors = read(m_root / "errors.txt");
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  [[nodiscard]] const fs::path& root() const { return m_root; }

 private:
  fs::path m_root;
};

TEST(CatalogCompiler, WritesTheSourceTheBuildCompiledAndLeavesItAloneWhenUnchanged) {
  const DataCopy data("shipped");
  const fs::path output = data.root() / "embedded_catalog.cpp";
  std::string errors;
  ASSERT_EQ(data.compile(output, errors), 0) << errors;
  EXPECT_EQ(errors, "");
  EXPECT_EQ(read(output), read(STRIDE_EMBEDDED_CATALOG_SOURCE));
  const auto written = fs::last_write_time(output);
  fs::last_write_time(output, written - std::chrono::hours(1));
  ASSERT_EQ(data.compile(output, errors), 0) << errors;
  EXPECT_EQ(fs::last_write_time(output), written - std::chrono::hours(1)) << "an unchanged catalog was rewritten";
}

TEST(CatalogCompiler, BrokenDataFailsNamingTheFileAndTheEntry) {
  const DataCopy data("broken", "data/exercises/core.json", "\"level\": 1", "\"level\": 7");
  const fs::path output = data.root() / "embedded_catalog.cpp";
  std::string errors;
  EXPECT_EQ(data.compile(output, errors), 1);
  EXPECT_NE(errors.find("stride_catalog_compiler: the shipped data is invalid: data/exercises/core.json: $.exercises["),
            std::string::npos)
      << errors;
  EXPECT_NE(errors.find("].level: 7 is outside the allowed range 1 to 5"), std::string::npos) << errors;
  EXPECT_FALSE(fs::exists(output));
}

}  // namespace
}  // namespace stride::app
