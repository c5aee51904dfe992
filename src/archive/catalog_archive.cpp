#include "stride/archive/catalog_archive.hpp"

#include <fmt/format.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "archive_codec.hpp"
#include "catalog_fields.hpp"

namespace stride::archive {
namespace {

using core::Result;

// The first bytes of every archive. The number changes whenever the encoding or the order of the
// parts changes, so that bytes of another layout are refused rather than misread.
constexpr std::string_view kFormatMark = "stride.catalog_archive.v2";
// Where the world records came from, for the errors of WorldRecordTable::create().
constexpr std::string_view kWorldRecordsSource = "data/rules/world_records.json";

core::Error damaged(std::string_view what) {
  return core::make_error(core::ErrorCode::Corrupt, fmt::format("the compiled catalog is damaged: {}", what),
                          "compiled catalog");
}

// Reads the format mark and the world-record table, the first part of every archive.
Result<analytics::WorldRecordTable> read_mark_and_world_records(ArchiveReader& read) {
  std::string mark;
  read(mark);
  if (read.failed() || mark != kFormatMark) return std::unexpected(damaged(fmt::format("it is no {}", kFormatMark)));
  std::vector<analytics::WorldRecord> records;
  int version = 0;
  read(records);
  read(version);
  if (read.failed()) return std::unexpected(damaged("the world records end early"));
  return analytics::WorldRecordTable::create(std::move(records), version, std::string(kWorldRecordsSource));
}

Result<core::MuscleVocabulary> read_muscles(ArchiveReader& read) {
  std::vector<core::MuscleVocabulary::Group> groups;
  std::vector<std::string> ungrouped;
  std::map<std::string, std::string> plain_names;
  read(groups);
  read(ungrouped);
  read(plain_names);
  if (read.failed()) return std::unexpected(damaged("the muscle vocabulary ends early"));
  return core::MuscleVocabulary::create(std::move(groups), std::move(ungrouped), std::move(plain_names));
}

Result<core::ExerciseLibrary> read_library(ArchiveReader& read, const core::MuscleVocabulary& muscles) {
  std::vector<core::Exercise> exercises;
  read(exercises);
  if (read.failed()) return std::unexpected(damaged("the exercise library ends early"));
  return core::ExerciseLibrary::create(std::move(exercises), muscles);
}

Result<std::vector<core::CompensationTable>> read_tables(ArchiveReader& read, const core::MuscleVocabulary& muscles,
                                                         const core::ExerciseLibrary& library) {
  std::vector<core::CompensationTable> tables;
  for (std::size_t left = read.count(); left > 0; --left) {
    core::CompensationTable::Header header;
    std::vector<core::CompensationRule> rules;
    std::vector<core::CompensationWording> wording;
    read(header);
    read(rules);
    read(wording);
    if (read.failed()) return std::unexpected(damaged("a compensation table ends early"));
    STRIDE_TRY(auto table, core::CompensationTable::create(std::move(header), std::move(rules), std::move(wording),
                                                           muscles, library));
    tables.push_back(std::move(table));
  }
  if (tables.empty()) return std::unexpected(damaged("it holds no compensation table"));
  return tables;
}

}  // namespace

std::string write_catalog(const service::Catalog& catalog) {
  ArchiveWriter write;
  write(std::string(kFormatMark));
  write(catalog.world_records.records());
  write(catalog.world_records.version());
  write(catalog.muscles.groups());
  write(catalog.muscles.ungrouped());
  write(catalog.muscles.plain_names());
  write(catalog.library.all());
  write.count(catalog.tables.size());
  for (const auto& table : catalog.tables) {
    write(table.header());
    write(table.rules());
    write(table.wording_rows());
  }
  write(catalog.corrective_rules);
  write(catalog.imbalance_rules);
  write(catalog.plan_rules);
  write(catalog.garmin_exercises);
  write(catalog.roster_rules);
  return write.take_bytes();
}

Result<service::Catalog> read_catalog(std::string_view bytes) {
  ArchiveReader read(bytes);
  STRIDE_TRY(auto world_records, read_mark_and_world_records(read));
  STRIDE_TRY(auto muscles, read_muscles(read));
  STRIDE_TRY(auto library, read_library(read, muscles));
  STRIDE_TRY(auto tables, read_tables(read, muscles, library));
  planning::CorrectiveRules corrective_rules;
  analytics::ImbalanceRules imbalance_rules;
  planning::PlanRules plan_rules;
  read(corrective_rules);
  read(imbalance_rules);
  read(plan_rules);
  if (read.failed()) return std::unexpected(damaged("the rules end early"));
  std::vector<core::GarminExercise> garmin_exercises;
  read(garmin_exercises);
  if (read.failed()) return std::unexpected(damaged("the Garmin exercise numbers end early"));
  service::RosterRules roster_rules;
  read(roster_rules);
  if (read.failed()) return std::unexpected(damaged("the roster's rules end early"));
  if (!read.at_end()) return std::unexpected(damaged("bytes follow the catalog"));
  return service::Catalog{std::move(muscles),         std::move(library),   std::move(tables),
                          std::move(corrective_rules), imbalance_rules,      std::move(plan_rules),
                          std::move(world_records),    std::move(garmin_exercises), roster_rules};
}

Result<analytics::WorldRecordTable> read_world_records(std::string_view bytes) {
  ArchiveReader read(bytes);
  return read_mark_and_world_records(read);
}

}  // namespace stride::archive
