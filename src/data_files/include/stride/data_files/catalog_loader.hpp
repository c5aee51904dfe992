#pragma once

#include <string>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/service/catalog.hpp"

namespace stride::data_files {

// One file of the data tree: its path relative to the repository (e.g. "data/muscles.json").
struct DataFile {
  std::string path;
  std::string text;
};

// Decodes and validates the whole data tree: data/muscles.json, data/exercises/*.json,
// data/assessment/compensation_wording.json, data/assessment/tables/*.json,
// data/rules/corrective_routine.json, data/rules/plan.json and data/rules/world_records.json.
// Fails with Corrupt naming the file and entry of the first problem: data ships with the program,
// so a broken entry is a bug, never skipped.
[[nodiscard]] core::Result<service::Catalog> load_catalog(const std::vector<DataFile>& files);

// Only the world-record table of `files` (data/rules/world_records.json), validated as load_catalog
// validates it: for the commands that check runs against the records and need nothing else.
[[nodiscard]] core::Result<analytics::WorldRecordTable> load_world_records(const std::vector<DataFile>& files);

}  // namespace stride::data_files
