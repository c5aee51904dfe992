#include "stride/data_files/catalog_loader.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "stride/data_files/data_decoders.hpp"
#include "stride/documents/document_reader.hpp"

namespace stride::data_files {

using documents::Field;
using documents::parse_document;
namespace {

using core::Result;

core::Error as_corrupt(core::Error error) {
  error.code = core::ErrorCode::Corrupt;
  return error;
}

const DataFile* find_file(const std::vector<DataFile>& files, std::string_view path) {
  auto found = std::find_if(files.begin(), files.end(), [&](const DataFile& f) { return f.path == path; });
  return found == files.end() ? nullptr : &*found;
}

Result<const DataFile*> require_file(const std::vector<DataFile>& files, std::string_view path) {
  if (const auto* file = find_file(files, path)) return file;
  return std::unexpected(core::make_error(core::ErrorCode::Corrupt, "data file is missing", std::string(path)));
}

bool in_folder(const DataFile& file, std::string_view folder) {
  return file.path.starts_with(folder) && file.path.ends_with(".json") &&
         file.path.find('/', folder.size()) == std::string::npos && !file.path.ends_with("schema.json");
}

struct RoutineRulesFile {
  planning::CorrectiveRules rules;
  analytics::ImbalanceRules imbalance;
  std::string default_table;
};

Result<RoutineRulesFile> decode_rules(const DataFile& file) {
  STRIDE_TRY(auto document, parse_document(file.text, file.path));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "version", "sources", "default_table", "default_budget_minutes", "imbalance_balance_difference_pct",
                                     "smr_hold_s", "stretch_hold_s", "stretch_hold_minimum_s", "activation", "integrate",
                                     "balance_hold_s", "rest_between_sets_s", "switch_sides_s", "setup_s",
                                     "key_muscles"}));
  STRIDE_TRY(auto schema, root.required("schema"));
  STRIDE_TRY(auto schema_name, schema.string());
  if (schema_name != "stride.corrective_routine_rules.v1") {
    return std::unexpected(schema.error("expected \"stride.corrective_routine_rules.v1\""));
  }
  RoutineRulesFile result;
  auto& rules = result.rules;
  auto integer = [&](const Field& parent, std::string_view key, int& target, int maximum) -> core::Status {
    STRIDE_TRY(auto field, parent.required(key));
    STRIDE_TRY(target, field.integer(0, maximum));
    return {};
  };
  STRIDE_TRY(auto table, root.required("default_table"));
  STRIDE_TRY(result.default_table, table.text(60));
  STRIDE_TRY_STATUS(integer(root, "default_budget_minutes", rules.default_budget_minutes, 60));
  STRIDE_TRY_STATUS(integer(root, "smr_hold_s", rules.smr_hold_seconds, 300));
  STRIDE_TRY_STATUS(integer(root, "stretch_hold_s", rules.stretch_hold_seconds, 300));
  STRIDE_TRY_STATUS(integer(root, "stretch_hold_minimum_s", rules.stretch_hold_minimum_seconds, 300));
  if (rules.stretch_hold_minimum_seconds > rules.stretch_hold_seconds) {
    return std::unexpected(root.error("stretch_hold_minimum_s must not exceed stretch_hold_s"));
  }
  STRIDE_TRY_STATUS(integer(root, "balance_hold_s", rules.balance_hold_seconds, 300));
  STRIDE_TRY_STATUS(integer(root, "rest_between_sets_s", rules.rest_between_sets_seconds, 300));
  STRIDE_TRY_STATUS(integer(root, "switch_sides_s", rules.switch_sides_seconds, 60));
  STRIDE_TRY_STATUS(integer(root, "setup_s", rules.setup_seconds, 120));
  STRIDE_TRY(auto gap, root.required("imbalance_balance_difference_pct"));
  STRIDE_TRY(result.imbalance.balance_difference_percent, gap.number(0, 100));
  STRIDE_TRY(auto activation, root.required("activation"));
  STRIDE_TRY_STATUS(activation.allow_only({"sets", "reps", "tempo", "max_level"}));
  STRIDE_TRY_STATUS(integer(activation, "sets", rules.activation_sets, 5));
  STRIDE_TRY_STATUS(integer(activation, "reps", rules.activation_reps, 30));
  STRIDE_TRY_STATUS(integer(activation, "max_level", rules.activation_max_level, 5));
  STRIDE_TRY(auto activation_tempo, activation.required("tempo"));
  STRIDE_TRY(rules.activation_tempo, activation_tempo.text(20));
  if (!planning::tempo_seconds_per_rep(rules.activation_tempo)) {
    return std::unexpected(activation_tempo.error("expected a tempo of dash-separated seconds, e.g. \"4-2-1\""));
  }
  STRIDE_TRY(auto integrate, root.required("integrate"));
  STRIDE_TRY_STATUS(integrate.allow_only({"sets", "reps", "tempo"}));
  STRIDE_TRY_STATUS(integer(integrate, "sets", rules.integrate_sets, 5));
  STRIDE_TRY_STATUS(integer(integrate, "reps", rules.integrate_reps, 30));
  STRIDE_TRY(auto integrate_tempo, integrate.required("tempo"));
  STRIDE_TRY(rules.integrate_tempo, integrate_tempo.text(20));
  if (!planning::tempo_seconds_per_rep(rules.integrate_tempo)) {
    return std::unexpected(integrate_tempo.error("expected a tempo of dash-separated seconds, e.g. \"2-0-2\""));
  }
  STRIDE_TRY(auto key_muscles, root.required("key_muscles"));
  STRIDE_TRY_STATUS(key_muscles.allow_only({"activate", "release"}));
  auto key_lists = [&](std::string_view key,
                       std::map<core::Compensation, std::vector<std::string>>& target) -> core::Status {
    STRIDE_TRY(auto field, key_muscles.required(key));
    STRIDE_TRY(auto members, field.members());
    target.clear();
    for (const auto& [name, list] : members) {
      const auto compensation = core::parse_enum<core::Compensation>(name);
      if (!compensation) {
        return std::unexpected(list.error(fmt::format("\"{}\" is not a compensation ({})", name,
                                                      core::enum_choices<core::Compensation>())));
      }
      STRIDE_TRY(target[*compensation], list.strings(10));
      if (target[*compensation].empty()) return std::unexpected(list.error("expected at least one muscle"));
    }
    return {};
  };
  STRIDE_TRY_STATUS(key_lists("activate", rules.key_activate));
  STRIDE_TRY_STATUS(key_lists("release", rules.key_release));
  if (rules.activation_sets < 1 || rules.integrate_sets < 1 || rules.default_budget_minutes < 1) {
    return std::unexpected(root.error("sets and the default budget must be at least 1"));
  }
  return result;
}

Result<service::Catalog> load(const std::vector<DataFile>& files) {
  STRIDE_TRY(const auto* muscles_file, require_file(files, "data/muscles.json"));
  STRIDE_TRY(auto muscles, decode_muscles(muscles_file->text, muscles_file->path));

  std::vector<core::Exercise> exercises;
  std::size_t exercise_files = 0;
  for (const auto& file : files) {
    if (!in_folder(file, "data/exercises/")) continue;
    ++exercise_files;
    STRIDE_TRY(auto entries, decode_exercise_file(file.text, file.path));
    exercises.insert(exercises.end(), std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
  }
  if (exercise_files == 0) {
    return std::unexpected(core::make_error(core::ErrorCode::Corrupt, "no exercise files", "data/exercises/"));
  }
  STRIDE_TRY(auto library, core::ExerciseLibrary::create(std::move(exercises), muscles));

  STRIDE_TRY(const auto* rules_file, require_file(files, "data/rules/corrective_routine.json"));
  STRIDE_TRY(auto rules, decode_rules(*rules_file));
  for (const auto* lists : {&rules.rules.key_activate, &rules.rules.key_release}) {
    for (const auto& [compensation, key] : *lists) {
      for (const auto& muscle : key) {
        if (!muscles.contains(muscle)) {
          return std::unexpected(core::make_error(
              core::ErrorCode::Corrupt, fmt::format("key muscle '{}' of {} is not in the muscle vocabulary", muscle,
                                                    core::enum_name(compensation)),
              rules_file->path));
        }
      }
    }
  }

  STRIDE_TRY(const auto* plan_file, require_file(files, "data/rules/plan.json"));
  STRIDE_TRY(auto plan, decode_plan_rules(plan_file->text, plan_file->path));
  for (const auto& reference : plan.exercises) {
    if (library.find(reference.id) == nullptr) {
      return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                              fmt::format("exercise '{}' is not in the library", reference.id),
                                              plan_file->path, reference.path));
    }
  }

  // A contrast partner is an explosive move (a plyometric or an explosive lift, never a landing
  // drill) of the heavy lift's pattern.
  for (const auto& [pattern, ids] : plan.rules.contrast_partners) {
    for (std::size_t index = 0; index < ids.size(); ++index) {
      const auto* partner = library.find(ids[index]);
      const bool explosive = partner->pattern == core::Pattern::Plyometric || partner->has_tag(core::ExerciseTag::Explosive);
      if (!explosive || partner->has_tag(core::ExerciseTag::Landing) ||
          (partner->pattern != core::Pattern::Plyometric && partner->pattern != pattern)) {
        return std::unexpected(core::make_error(
            core::ErrorCode::Corrupt,
            fmt::format("exercise '{}' is no explosive move of the {} pattern", ids[index], core::enum_name(pattern)),
            plan_file->path, fmt::format("$.exercise_preferences.contrast_partners.{}[{}]", core::enum_name(pattern), index)));
      }
    }
  }

  STRIDE_TRY(const auto* wording_file, require_file(files, "data/assessment/compensation_wording.json"));
  STRIDE_TRY(auto wording, decode_compensation_wording(wording_file->text, wording_file->path));

  std::vector<core::CompensationTable> tables;
  for (const auto& file : files) {
    if (!in_folder(file, "data/assessment/tables/")) continue;
    STRIDE_TRY(auto table, decode_compensation_table(file.text, file.path, wording, muscles, library));
    tables.push_back(std::move(table));
  }
  auto default_table = std::find_if(tables.begin(), tables.end(),
                                    [&](const auto& t) { return t.header().id == rules.default_table; });
  if (default_table == tables.end()) {
    return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                            fmt::format("default table \"{}\" is not in data/assessment/tables/",
                                                        rules.default_table),
                                            rules_file->path, "$.default_table"));
  }
  std::rotate(tables.begin(), default_table, default_table + 1);

  STRIDE_TRY(const auto* records_file, require_file(files, "data/rules/world_records.json"));
  STRIDE_TRY(auto records, decode_world_records(records_file->text, records_file->path));

  STRIDE_TRY(const auto* garmin_file, require_file(files, "data/garmin/exercises.json"));
  STRIDE_TRY(auto garmin_exercises, decode_garmin_exercises(garmin_file->text, garmin_file->path));
  for (std::size_t index = 0; index < garmin_exercises.size(); ++index) {
    if (library.find(garmin_exercises[index].exercise) == nullptr) {
      return std::unexpected(core::make_error(
          core::ErrorCode::Corrupt, fmt::format("exercise '{}' is not in the library", garmin_exercises[index].exercise),
          garmin_file->path, fmt::format("$.exercises[{}].exercise", index)));
    }
  }
  STRIDE_TRY(const auto* roster_file, require_file(files, "data/rules/roster.json"));
  STRIDE_TRY(auto roster_rules, decode_roster_rules(roster_file->text, roster_file->path));
  return service::Catalog{std::move(muscles),    std::move(library),   std::move(tables),
                          std::move(rules.rules), rules.imbalance,      std::move(plan.rules),
                          std::move(records),     std::move(garmin_exercises), roster_rules};
}

}  // namespace

Result<service::Catalog> load_catalog(const std::vector<DataFile>& files) {
  auto catalog = load(files);
  if (!catalog) return std::unexpected(as_corrupt(std::move(catalog.error())));
  return catalog;
}

Result<analytics::WorldRecordTable> load_world_records(const std::vector<DataFile>& files) {
  const auto records = [&]() -> Result<analytics::WorldRecordTable> {
    STRIDE_TRY(const auto* records_file, require_file(files, "data/rules/world_records.json"));
    return decode_world_records(records_file->text, records_file->path);
  }();
  if (!records) return std::unexpected(as_corrupt(records.error()));
  return records;
}

}  // namespace stride::data_files
