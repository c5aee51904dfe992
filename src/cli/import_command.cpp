#include <algorithm>
#include <span>

#include <fmt/format.h>

#include "activity_file_input.hpp"
#include "commands.hpp"
#include "import_text.hpp"
#include "stride/json/import_encoder.hpp"
#include "stride/service/recordings.hpp"

namespace stride::cli {
namespace {

// `stride import FILE...` (contract §4.5): decodes each file and prints what it holds; stores
// nothing. Files that cannot be read are listed (and reported on stderr) while the others are
// still shown; the exit code is then 2. A file whose summary cannot be true (docs/input-checks.md)
// is shown with a warning saying so; it does not change the exit code.
class ImportCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("files", m_paths, "FIT, GPX or TCX files")->required();
    add_format_option(app, m_format, {"text", "json"});
    app.add_flag("--progress", m_progress, "report each file on stderr as it is decoded");
  }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& catalog) override {
    STRIDE_TRY(const auto* world_records, catalog.world_records());
    auto files = decode_activity_files(m_paths, progress_style(m_progress), messages());
    for (auto& file : files) {
      // Shown all the same: this command stores nothing, and what the file holds helps find the glitch.
      auto& decoded = file.decoded;
      if (!decoded) continue;
      const auto problem =
          service::recording_problem(*decoded, *world_records, std::nullopt, m_environment->clock->today());
      if (problem) {
        decoded->warnings.push_back(
            fmt::format("this cannot be true, so `stride log import-files` will not store it: {}", *problem));
      }
    }
    std::string text;
    for (const auto& file : files) {
      if (!file.decoded) {
        m_failed = true;
        messages() << fmt::format("stride: {}: {}\n", file.source, json::error_message_without_source(file.decoded.error()));
      } else if (m_format == "text") {
        text += recorded_activity_text(file.source, *file.decoded);
      }
    }
    if (m_format == "json") {
      // The whole catalog is loaded only when a file holds strength sets, whose exercises it names.
      const bool has_sets = std::ranges::any_of(
          files, [](const service::DecodedActivityFile& file) { return file.decoded && !file.decoded->sets.empty(); });
      std::span<const core::GarminExercise> garmin_exercises;
      if (has_sets) {
        STRIDE_TRY(const auto* full, catalog.full());
        garmin_exercises = full->garmin_exercises;
      }
      return json::encode_activity_import(files, garmin_exercises);
    }
    return text;
  }

  [[nodiscard]] int exit_code_after_output() const override { return m_failed ? 2 : 0; }

 private:
  const Environment* m_environment = nullptr;
  std::vector<std::string> m_paths;
  std::string m_format = "text";
  bool m_progress = false;
  bool m_failed = false;
};

}  // namespace

std::unique_ptr<Command> make_import_command() { return std::make_unique<ImportCommand>(); }

}  // namespace stride::cli
