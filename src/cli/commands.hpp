#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/cli/cli.hpp"
#include "stride/service/catalog.hpp"

namespace stride::cli {

// The shipped data, loaded on first use and only as far as the command needs it: `stride import`
// never decodes the exercise library. A failure to load is kept, so that the CLI reports it as the
// internal error it is whatever the command does with it.
class CatalogAccess {
 public:
  explicit CatalogAccess(const Environment& environment) : m_environment(&environment) {}

  // The whole catalog, loaded once.
  [[nodiscard]] core::Result<const service::Catalog*> full();
  // The world-record table, from the whole catalog when it is loaded already, else on its own.
  [[nodiscard]] core::Result<const analytics::WorldRecordTable*> world_records();
  // The error of a failed load, if one failed.
  [[nodiscard]] const std::optional<core::Error>& load_failure() const { return m_failure; }

 private:
  const Environment* m_environment;
  std::optional<service::Catalog> m_catalog;
  std::optional<analytics::WorldRecordTable> m_world_records;
  std::optional<core::Error> m_failure;
};

// One subcommand: declares its options on a CLI11 app, then runs, taking from the catalog what it
// needs, and returns the text for stdout (written only when the whole command succeeds).
class Command {
 public:
  virtual ~Command() = default;
  virtual void configure(CLI::App& app) = 0;
  // Hands the command the store and the clock; commands that need neither ignore it.
  virtual void attach(const Environment& /*environment*/) {}
  [[nodiscard]] virtual core::Result<std::string> execute(CatalogAccess& catalog) = 0;
  // Where progress and per-item problems go while the command runs (stderr); set before execute.
  void set_message_stream(std::ostream& messages) { m_messages = &messages; }
  // After a successful execute: the exit code to return once its output is written. Commands that
  // report some inputs as failed while still doing the rest (`stride import`) return 2 here.
  [[nodiscard]] virtual int exit_code_after_output() const { return 0; }

 protected:
  [[nodiscard]] std::ostream& messages() const { return *m_messages; }

 private:
  std::ostream* m_messages = nullptr;
};

// A row of the command table: `stride <name>` with its one-line summary.
struct CommandEntry {
  const char* name;
  const char* summary;
  std::unique_ptr<Command> (*make)();
};

// The command table; `--help` is generated from it.
[[nodiscard]] const std::vector<CommandEntry>& command_table();

std::unique_ptr<Command> make_exercises_command();
std::unique_ptr<Command> make_assess_command();
std::unique_ptr<Command> make_plan_command();
std::unique_ptr<Command> make_load_command();
std::unique_ptr<Command> make_athlete_command();
std::unique_ptr<Command> make_log_command();
std::unique_ptr<Command> make_status_command();
std::unique_ptr<Command> make_import_command();
std::unique_ptr<Command> make_serve_command();
std::unique_ptr<Command> make_migrate_command();
std::unique_ptr<Command> make_backup_command();
std::unique_ptr<Command> make_restore_command();
std::unique_ptr<Command> make_copy_command();
std::unique_ptr<Command> make_export_workout_command();

// Adds `--format` accepting `choices` (the first is the default) bound to `target`.
void add_format_option(CLI::App& app, std::string& target, const std::vector<std::string>& choices);

}  // namespace stride::cli
