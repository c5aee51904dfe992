#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "commands.hpp"
#include "plan_files.hpp"
#include "file_input.hpp"
#include "store_options.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/importers/fit_workout.hpp"
#include "stride/service/input_checks.hpp"
#include "stride/service/plan.hpp"
#include "stride/service/watch_workout.hpp"

namespace stride::cli {
namespace {

// `stride export-workout`: one strength session of the plan as a FIT workout file for a watch
// (docs/cli.md, docs/formats/fit-workout.md). The plan is made from the same inputs as `stride
// plan`, or is the stored runner's plan in effect on --date.
class ExportWorkoutCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--athlete", m_files.athlete_path, "athlete file (contract §3.1); not with --athlete-id");
    app.add_option("--runs", m_files.runs_path, "running calendar file (contract §3.2)");
    app.add_option("--assessment", m_files.assessment_path, "movement assessment file (contract §3.3)");
    app.add_option("--start", m_files.start, "first day of the plan, YYYY-MM-DD (default: today)");
    app.add_option("--weeks", m_files.weeks, "length of the plan in weeks when the athlete has no race date (default 12)");
    app.add_option("--table", m_files.table, "compensation table: nasm_cpt_6th (default) or nasm_cpt_7th");
    app.add_option("--date", m_date, "the day of the session, YYYY-MM-DD (default: today)");
    app.add_option("--session", m_session,
                   "the session's place among the day's sessions, from 1 (default: the day's first strength session)");
    app.add_option("--output", m_output, "the FIT file to write")->required();
    m_store.configure(app, StoreOptions::AthleteOption::Optional);
    app.get_option("--athlete-id")
        ->description("a stored runner: the session comes from their plan in effect on --date")
        ->excludes("--athlete");
  }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& access) override {
    STRIDE_TRY(const auto* loaded, access.full());
    const service::Catalog& catalog = *loaded;
    service::WatchWorkoutRequest request;
    STRIDE_TRY(request.date, date_or_today(m_date, "--date", *m_environment));
    request.session_number = m_session;
    STRIDE_TRY(const auto workout, m_store.has_athlete() ? stored_workout(catalog, request)
                                                         : planned_workout(catalog, request));
    const std::vector<std::uint8_t> bytes = importers::encode_fit_workout(workout);
    STRIDE_TRY_STATUS(write_output(bytes));
    return fmt::format("Wrote \"{}\" of {} ({} steps, {} bytes) to {}\n", workout.name,
                       core::format_iso_date(workout.date), workout.steps.size(), bytes.size(), m_output);
  }

 private:
  core::Result<core::WatchWorkout> stored_workout(const service::Catalog& catalog,
                                                  const service::WatchWorkoutRequest& request) const {
    STRIDE_TRY(auto store, m_store.open(*m_environment));
    return service::stored_watch_workout(catalog, *store, m_store.athlete_id(), request);
  }

  core::Result<core::WatchWorkout> planned_workout(const service::Catalog& catalog,
                                                   const service::WatchWorkoutRequest& request) const {
    STRIDE_TRY(const service::PlanRequest plan_request, m_files.request(*m_environment));
    STRIDE_TRY(const auto plan, service::plan(catalog, plan_request));
    return service::watch_workout(catalog, plan, request);
  }

  // Writes the file whole; a path that cannot be written is the user's input error.
  core::Status write_output(const std::vector<std::uint8_t>& bytes) const {
    std::ofstream stream(m_output, std::ios::binary | std::ios::trunc);
    if (stream) stream.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!stream || !stream.flush()) {
      const int error_number = errno;
      return std::unexpected(core::invalid_input(
          m_output, "", fmt::format("cannot write the workout file: {}",
                                    error_number != 0 ? std::strerror(error_number) : "write failed")));
    }
    return {};
  }

  PlanFiles m_files;
  std::string m_date;
  std::optional<int> m_session;
  std::string m_output;
  StoreOptions m_store;
  const Environment* m_environment = nullptr;
};

}  // namespace

std::unique_ptr<Command> make_export_workout_command() { return std::make_unique<ExportWorkoutCommand>(); }

}  // namespace stride::cli
