// The catalog compiled into the program equals, part by part and then as a whole, the catalog that
// data_files::load_catalog makes of the data files, so the two can never drift apart.
#include <gtest/gtest.h>

#include "embedded_catalog.hpp"
#include "embedded_data.hpp"
#include "stride/archive/catalog_archive.hpp"
#include "stride/data_files/catalog_loader.hpp"

namespace stride::app {
namespace {

TEST(EmbeddedCatalog, EqualsTheCatalogOfTheDataFiles) {
  const auto loaded = data_files::load_catalog(embedded_data_files());
  ASSERT_TRUE(loaded) << loaded.error().describe();
  const auto compiled = archive::read_catalog(embedded_catalog_archive());
  ASSERT_TRUE(compiled) << compiled.error().describe();

  EXPECT_TRUE(compiled->muscles == loaded->muscles);
  const auto& exercises = compiled->library.all();
  ASSERT_EQ(exercises.size(), loaded->library.all().size());
  for (std::size_t index = 0; index < exercises.size(); ++index) {
    EXPECT_TRUE(exercises[index] == loaded->library.all()[index]) << "exercise " << exercises[index].id;
  }
  EXPECT_TRUE(compiled->library == loaded->library) << "the library's index";
  ASSERT_EQ(compiled->tables.size(), loaded->tables.size());
  for (std::size_t index = 0; index < compiled->tables.size(); ++index) {
    const auto& table = compiled->tables[index];
    const auto& expected = loaded->tables[index];
    EXPECT_TRUE(table.header() == expected.header()) << "table " << index;
    EXPECT_TRUE(table.rules() == expected.rules()) << "table " << table.header().id;
    EXPECT_TRUE(table.wording_rows() == expected.wording_rows()) << "table " << table.header().id;
  }
  EXPECT_TRUE(compiled->corrective_rules == loaded->corrective_rules);
  EXPECT_TRUE(compiled->imbalance_rules == loaded->imbalance_rules);
  EXPECT_TRUE(compiled->plan_rules == loaded->plan_rules);
  EXPECT_TRUE(compiled->world_records == loaded->world_records);
  EXPECT_TRUE(*compiled == *loaded);
}

TEST(EmbeddedCatalog, WorldRecordsAloneEqualThoseOfTheDataFiles) {
  const auto loaded = data_files::load_world_records(embedded_data_files());
  ASSERT_TRUE(loaded) << loaded.error().describe();
  const auto compiled = archive::read_world_records(embedded_catalog_archive());
  ASSERT_TRUE(compiled) << compiled.error().describe();
  EXPECT_TRUE(*compiled == *loaded);
}

}  // namespace
}  // namespace stride::app
