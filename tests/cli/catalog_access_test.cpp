// The command line loads only the parts of the shipped catalog a command uses, and reports a
// catalog that fails to load as an internal error.
#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "embedded_data.hpp"
#include "stopped_clock.hpp"
#include "stride/cli/cli.hpp"
#include "stride/data_files/catalog_loader.hpp"

namespace stride::cli {
namespace {


struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

struct CountingEnvironment {
  int full_loads = 0;
  int world_record_loads = 0;
  bool broken_catalog = false;

  Outcome run(std::vector<const char*> arguments) {
    Environment environment;
    environment.load_catalog = [this]() -> core::Result<service::Catalog> {
      ++full_loads;
      if (broken_catalog) {
        return std::unexpected(core::make_error(core::ErrorCode::Corrupt, "planted defect", "data/muscles.json", "$"));
      }
      return data_files::load_catalog(app::embedded_data_files());
    };
    environment.load_world_records = [this] {
      ++world_record_loads;
      return data_files::load_world_records(app::embedded_data_files());
    };
    environment.open_store = [](const std::string&) -> core::Result<std::unique_ptr<core::Store>> {
      return std::unexpected(core::make_error(core::ErrorCode::Unsupported, "no store in this test", "", ""));
    };
    environment.clock = std::make_shared<testing::StoppedClock>();
    arguments.insert(arguments.begin(), "stride");
    std::ostringstream out;
    std::ostringstream err;
    Outcome outcome;
    outcome.exit_code = cli::run(static_cast<int>(arguments.size()), arguments.data(), environment, out, err);
    outcome.out = out.str();
    outcome.err = err.str();
    return outcome;
  }
};

TEST(CatalogAccess, ImportReadsOnlyTheWorldRecords) {
  CountingEnvironment environment;
  const auto outcome = environment.run({"import", STRIDE_EXAMPLES_DIR "/easy_run.gpx"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(environment.full_loads, 0);
  EXPECT_EQ(environment.world_record_loads, 1);
}

TEST(CatalogAccess, LoadReadsOnlyTheWorldRecords) {
  CountingEnvironment environment;
  const auto outcome = environment.run({"load", "--log", STRIDE_EXAMPLES_DIR "/log.json"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(environment.full_loads, 0);
  EXPECT_EQ(environment.world_record_loads, 1);
}

TEST(CatalogAccess, ExercisesLoadTheWholeCatalogOnce) {
  CountingEnvironment environment;
  const auto outcome = environment.run({"exercises", "--pattern", "squat"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(environment.full_loads, 1);
  EXPECT_EQ(environment.world_record_loads, 0);
}

TEST(CatalogAccess, ABrokenCatalogIsAnInternalErrorNamingTheProblem) {
  CountingEnvironment environment;
  environment.broken_catalog = true;
  const auto outcome = environment.run({"exercises"});
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_EQ(outcome.out, "");
  EXPECT_NE(outcome.err.find("stride: internal error: the shipped data is invalid:"), std::string::npos) << outcome.err;
  EXPECT_NE(outcome.err.find("planted defect"), std::string::npos) << outcome.err;
}

TEST(CatalogAccess, HelpAndVersionLoadNothing) {
  CountingEnvironment environment;
  environment.broken_catalog = true;
  EXPECT_EQ(environment.run({"--version"}).exit_code, 0);
  EXPECT_EQ(environment.run({"--help"}).exit_code, 0);
  EXPECT_EQ(environment.full_loads + environment.world_record_loads, 0);
}

}  // namespace
}  // namespace stride::cli
