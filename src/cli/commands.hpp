#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/cli/cli.hpp"
#include "stride/service/catalog.hpp"

namespace stride::cli {

// One subcommand: declares its options on a CLI11 app, then runs against the catalog and
// returns the text for stdout (written only when the whole command succeeds).
class Command {
 public:
  virtual ~Command() = default;
  virtual void configure(CLI::App& app) = 0;
  // Hands the command the store and the clock; commands that need neither ignore it.
  virtual void attach(const Environment& /*environment*/) {}
  [[nodiscard]] virtual core::Result<std::string> execute(const service::Catalog& catalog) = 0;
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

// Adds `--format` accepting `choices` (the first is the default) bound to `target`.
void add_format_option(CLI::App& app, std::string& target, const std::vector<std::string>& choices);

}  // namespace stride::cli
