// The catalog archive: read_catalog gives back what write_catalog wrote, for the shipped catalog and
// for rules that differ from every default; fields() names every field of every record; damaged
// bytes give a Corrupt error, never a crash.
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "archive_codec.hpp"
#include "catalog_fields.hpp"
#include "stride/archive/catalog_archive.hpp"
#include "test_catalog.hpp"

namespace stride::archive {
namespace {

using testing::shipped_catalog;

TEST(CatalogArchive, GivesBackTheShippedCatalog) {
  const auto& catalog = shipped_catalog();
  const std::string bytes = write_catalog(catalog);
  const auto read = read_catalog(bytes);
  ASSERT_TRUE(read) << read.error().describe();
  EXPECT_TRUE(*read == catalog);
  EXPECT_EQ(write_catalog(*read), bytes) << "the same catalog gives the same bytes";
}

TEST(CatalogArchive, WorldRecordsAloneAreTheCatalogs) {
  const auto records = read_world_records(write_catalog(shipped_catalog()));
  ASSERT_TRUE(records) << records.error().describe();
  EXPECT_TRUE(*records == shipped_catalog().world_records);
}

// Gives every field that fields() names another value: whole numbers grow by one, numbers by a
// quarter, texts get one more letter, flags flip, enumerators move to the next one, an absent
// optional value appears, and lists and maps keep their entries, each changed.
struct ChangeEveryField {
  void operator()(int& value) { ++value; }
  void operator()(double& value) { value += 0.25; }
  void operator()(bool& value) { value = !value; }
  void operator()(std::string& value) { value += "x"; }
  template <class Enum>
    requires std::is_enum_v<Enum>
  void operator()(Enum& value) {
    value = static_cast<Enum>((static_cast<std::size_t>(value) + 1) % core::EnumNames<Enum>::names.size());
  }
  template <class Value>
  void operator()(std::optional<Value>& value) {
    if (!value) value.emplace();
    (*this)(*value);
  }
  template <class Value>
  void operator()(std::vector<Value>& values) {
    for (auto& value : values) (*this)(value);
  }
  template <class Key, class Value, class Compare>
  void operator()(std::map<Key, Value, Compare>& values) {
    for (auto& [key, value] : values) (*this)(value);
  }
  template <class Record>
    requires HasFields<Record, ChangeEveryField>
  void operator()(Record& record) {
    fields(record, *this);
  }
};

TEST(CatalogArchive, GivesBackRulesThatDifferFromEveryDefault) {
  service::Catalog catalog = shipped_catalog();
  ChangeEveryField change;
  change(catalog.corrective_rules);
  change(catalog.imbalance_rules);
  change(catalog.plan_rules);
  ASSERT_FALSE(catalog.plan_rules == planning::PlanRules{});
  ASSERT_FALSE(catalog.plan_rules == shipped_catalog().plan_rules);
  const auto read = read_catalog(write_catalog(catalog));
  ASSERT_TRUE(read) << read.error().describe();
  EXPECT_TRUE(read->corrective_rules == catalog.corrective_rules);
  EXPECT_TRUE(read->imbalance_rules == catalog.imbalance_rules);
  EXPECT_TRUE(read->plan_rules == catalog.plan_rules);
}

// Follows the fields that fields() names through the record's memory: each must start where the
// one before it ended, after alignment padding, and the last must end where the record does. A
// field left out of fields(), or named out of its declaration order, leaves a gap or goes back.
template <class Record>
::testing::AssertionResult names_every_field(const Record& record) {
  const auto align = [](std::size_t offset, std::size_t alignment) { return (offset + alignment - 1) / alignment * alignment; };
  const auto* start = reinterpret_cast<const std::byte*>(&record);
  std::size_t end = 0;
  std::size_t index = 0;
  std::string problems;
  auto visit = [&](const auto& field) {
    const auto offset = static_cast<std::size_t>(reinterpret_cast<const std::byte*>(&field) - start);
    const std::size_t expected = align(end, alignof(std::remove_cvref_t<decltype(field)>));
    if (offset != expected) {
      problems += "field " + std::to_string(index) + " (from 0) starts at byte " + std::to_string(offset) + ", not " +
                  std::to_string(expected) + ": a field before it is left out or out of order; ";
    }
    end = offset + sizeof(field);
    ++index;
  };
  fields(record, visit);
  if (align(end, alignof(Record)) != sizeof(Record)) {
    problems += "the last named field ends at byte " + std::to_string(end) + " of " + std::to_string(sizeof(Record));
  }
  if (problems.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << problems;
}

TEST(ArchiveFields, NameEveryFieldInDeclarationOrder) {
  EXPECT_TRUE(names_every_field(core::Exercise{}));
  EXPECT_TRUE(names_every_field(core::MuscleVocabulary::Group{}));
  EXPECT_TRUE(names_every_field(core::MuscleImbalance{}));
  EXPECT_TRUE(names_every_field(core::CompensationRule{}));
  EXPECT_TRUE(names_every_field(core::CompensationWording{}));
  EXPECT_TRUE(names_every_field(core::CompensationTable::Header{}));
  EXPECT_TRUE(names_every_field(analytics::WorldRecord{}));
  EXPECT_TRUE(names_every_field(analytics::ImbalanceRules{}));
  EXPECT_TRUE(names_every_field(planning::CorrectiveRules{}));
  EXPECT_TRUE(names_every_field(planning::DoseStep{}));
  EXPECT_TRUE(names_every_field(planning::PhaseDose{}));
  EXPECT_TRUE(names_every_field(planning::ContactRange{}));
  EXPECT_TRUE(names_every_field(planning::RaceRecovery{}));
  EXPECT_TRUE(names_every_field(planning::PlanRules::JumpImpactWeeks{}));
  EXPECT_TRUE(names_every_field(planning::PlanRules{}));
  EXPECT_TRUE(names_every_field(core::GarminExercise{}));
}

void expect_damaged(const core::Result<service::Catalog>& read, const std::string& problem) {
  ASSERT_FALSE(read) << "damaged bytes were read as a catalog";
  EXPECT_EQ(read.error().code, core::ErrorCode::Corrupt);
  EXPECT_NE(read.error().describe().find(problem), std::string::npos) << read.error().describe();
}

TEST(CatalogArchive, RefusesBytesOfAnotherFormat) {
  std::string bytes = write_catalog(shipped_catalog());
  bytes[bytes.find(".v2") + 2] = '0';
  expect_damaged(read_catalog(bytes), "the compiled catalog is damaged: it is no stride.catalog_archive.v2");
  expect_damaged(read_catalog(""), "it is no stride.catalog_archive.v2");
  EXPECT_FALSE(read_world_records(bytes));
}

TEST(CatalogArchive, RefusesBytesAfterTheCatalog) {
  expect_damaged(read_catalog(write_catalog(shipped_catalog()) + '\0'), "bytes follow the catalog");
}

TEST(CatalogArchive, RefusesEveryTruncation) {
  const std::string bytes = write_catalog(shipped_catalog());
  for (std::size_t length = 0; length < bytes.size(); length += 997) {
    const auto read = read_catalog(std::string_view(bytes).substr(0, length));
    ASSERT_FALSE(read) << "a catalog from the first " << length << " bytes";
    EXPECT_EQ(read.error().code, core::ErrorCode::Corrupt);
  }
  EXPECT_FALSE(read_catalog(std::string_view(bytes).substr(0, bytes.size() - 1)));
}

// Changed bytes either still read as a catalog that create() accepts or give an error; the
// sanitizer builds make sure that nothing reads outside the bytes.
TEST(CatalogArchive, ReadsChangedBytesWithoutTrouble) {
  const std::string original = write_catalog(shipped_catalog());
  for (std::size_t at = 0; at < original.size(); at += 2003) {
    for (const char replacement : {'\0', '\x7f', '\xff'}) {
      std::string bytes = original;
      bytes[at] = replacement;
      const auto read = read_catalog(bytes);
      if (!read) {
        EXPECT_EQ(read.error().code, core::ErrorCode::Corrupt);
      }
    }
  }
}

}  // namespace
}  // namespace stride::archive
