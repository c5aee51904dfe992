#include "stride/cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "stride/service/error_responses.hpp"

namespace stride::cli {

const std::vector<CommandEntry>& command_table() {
  static const std::vector<CommandEntry> table{
      {"exercises", "list the exercise library, optionally by pattern or equipment", &make_exercises_command},
      {"assess", "movement assessment findings and the corrective routine", &make_assess_command},
      {"plan", "the periodized strength and mobility plan, laid on the running calendar", &make_plan_command},
      {"load", "training-load metrics and risk flags of a training log", &make_load_command},
      {"athlete", "add, list, show and update stored runners", &make_athlete_command},
      {"log", "log a run, a strength session or pain, rate an activity, or import a training log or activity files",
       &make_log_command},
      {"export-workout", "one strength session of the plan as a FIT workout file for a Garmin watch",
       &make_export_workout_command},
      {"import", "decode activity files (Garmin FIT, GPX, TCX) without storing them", &make_import_command},
      {"status", "today's session, this week against what was done, load, flags and predictions", &make_status_command},
      {"serve", "the web application and its HTTP API, until Ctrl-C", &make_serve_command},
      {"migrate", "bring the database's schema up to this program's version and say which it is", &make_migrate_command},
      {"backup", "everything in the database as one portable JSON file", &make_backup_command},
      {"restore", "a backup file into a new, empty database", &make_restore_command},
      {"copy", "everything in one database into another, new one (e.g. SQLite into PostgreSQL)", &make_copy_command},
  };
  return table;
}

void add_format_option(CLI::App& app, std::string& target, const std::vector<std::string>& choices) {
  std::string list;
  for (const auto& choice : choices) list += fmt::format("{}{}", list.empty() ? "" : "|", choice);
  app.add_option("--format", target, fmt::format("output format: {} (default {})", list, choices.front()))
      ->check(CLI::IsMember(choices));
}

namespace {

bool is_command(std::string_view word) {
  const auto& table = command_table();
  return std::any_of(table.begin(), table.end(), [&](const CommandEntry& entry) { return word == entry.name; });
}

std::string command_names() {
  std::string known;
  for (const auto& entry : command_table()) known += fmt::format("{}{}", known.empty() ? "" : ", ", entry.name);
  return known;
}

// The arguments with options written before the command (`stride --db X plan ...`) moved after the
// command's own words, where CLI11 reads them as the command's options: to the end, or before a
// `--` that ends the options. `moved_to` names the command when something was moved. `--help`,
// `-h` and `--version` before the command keep their meaning for the whole program.
std::vector<std::string> options_after_command(std::vector<std::string> arguments, std::string& moved_to) {
  if (arguments.empty() || !arguments.front().starts_with('-')) return arguments;
  const auto command = std::find_if(arguments.begin(), arguments.end(), [](const std::string& word) {
    return is_command(word);
  });
  const bool program_wide = std::any_of(arguments.begin(), command, [](const std::string& word) {
    return word == "--help" || word == "-h" || word == "--version";
  });
  if (command == arguments.end() || program_wide) return arguments;
  moved_to = *command;
  std::vector<std::string> leading(arguments.begin(), command);
  std::vector<std::string> reordered(command, arguments.end());
  const auto end_of_options = std::find(reordered.begin(), reordered.end(), "--");
  reordered.insert(end_of_options, leading.begin(), leading.end());
  return reordered;
}

}  // namespace

core::Result<const service::Catalog*> CatalogAccess::full() {
  if (m_failure) return std::unexpected(*m_failure);
  if (!m_catalog) {
    auto loaded = m_environment->load_catalog();
    if (!loaded) {
      m_failure = loaded.error();
      return std::unexpected(std::move(loaded.error()));
    }
    m_catalog = std::move(*loaded);
  }
  return &*m_catalog;
}

core::Result<const analytics::WorldRecordTable*> CatalogAccess::world_records() {
  if (m_failure) return std::unexpected(*m_failure);
  if (m_catalog || !m_environment->load_world_records) {
    STRIDE_TRY(const auto* catalog, full());
    return &catalog->world_records;
  }
  if (!m_world_records) {
    auto loaded = m_environment->load_world_records();
    if (!loaded) {
      m_failure = loaded.error();
      return std::unexpected(std::move(loaded.error()));
    }
    m_world_records = std::move(*loaded);
  }
  return &*m_world_records;
}

int run(int argc, const char* const* argv, const Environment& environment, std::ostream& out, std::ostream& err) {
  CLI::App app{"Stride: strength, mobility and injury-prevention coaching for runners.", "stride"};
  app.set_version_flag("--version", std::string("stride ") + STRIDE_VERSION);
  app.require_subcommand(1);
  app.footer("Exit codes: 0 success, 1 internal error, 2 invalid input, 3 the database is busy (retry). Run 'stride COMMAND --help' for a command's options.");

  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> commands;
  for (const auto& entry : command_table()) {
    CLI::App* sub = app.add_subcommand(entry.name, entry.summary);
    auto command = entry.make();
    command->configure(*sub);
    command->attach(environment);
    commands.emplace_back(sub, std::move(command));
  }

  std::string moved_to;
  const auto arguments =
      options_after_command(std::vector<std::string>(argv + std::min(argc, 1), argv + argc), moved_to);
  if (!arguments.empty() && !arguments.front().starts_with('-') && !is_command(arguments.front())) {
    err << "stride: unknown command \"" << arguments.front() << "\"; expected one of " << command_names() << "\n"
        << "Run 'stride --help' for usage.\n";
    return 2;
  }
  std::vector<const char*> words{argc > 0 ? argv[0] : "stride"};
  for (const auto& argument : arguments) words.push_back(argument.c_str());

  try {
    app.parse(static_cast<int>(words.size()), words.data());
  } catch (const CLI::ParseError& error) {
    std::ostringstream help_out;
    std::ostringstream help_err;
    const int code = app.exit(error, help_out, help_err);
    if (code == 0) {
      out << help_out.str();
      return 0;
    }
    err << "stride: " << error.what() << "\n";
    if (!moved_to.empty()) {
      err << "Options given before the command are read as options of `stride " << moved_to << "`; run 'stride "
          << moved_to << " --help' for them.\n";
    } else if (!arguments.empty() && arguments.front().starts_with('-') && arguments.front() != "--help" &&
               arguments.front() != "-h" && arguments.front() != "--version") {
      err << "Options go with a command, as in `stride plan --db FILE ...`; the commands are " << command_names()
          << ".\n";
    }
    err << "Run 'stride --help' for usage.\n";
    return 2;
  }

  for (auto& [sub, command] : commands) {
    if (!sub->parsed()) continue;
    CatalogAccess catalog(environment);
    command->set_message_stream(err);
    auto output = command->execute(catalog);
    if (const auto& failure = catalog.load_failure()) {
      err << "stride: internal error: the shipped data is invalid: " << failure->describe() << "\n";
      return 1;
    }
    if (!output) {
      err << "stride: " << service::spelled_for_command_line(output.error()).describe() << "\n";
      return service::response_for(output.error().code).exit_code;
    }
    out << *output;
    out.flush();
    return command->exit_code_after_output();
  }
  return 2;
}

}  // namespace stride::cli
