#include <fmt/format.h>

#include <chrono>

#include "commands.hpp"
#include "file_input.hpp"
#include "stride/json/input_decoders.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/report/plan_html.hpp"
#include "stride/report/plan_ics.hpp"
#include "stride/service/plan.hpp"
#include "text_output.hpp"

namespace stride::cli {
namespace {

// Today's date in UTC: the plan's default start. The one place the CLI reads the clock.
core::Date today() {
  return core::Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

class PlanCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--athlete", m_athlete_path, "athlete file (contract §3.1)")->required();
    app.add_option("--runs", m_runs_path, "running calendar file (contract §3.2)")->required();
    app.add_option("--assessment", m_assessment_path,
                   "movement assessment file (contract §3.3): its findings shape warm-ups, cool-downs and the "
                   "length of the stabilization phase");
    app.add_option("--start", m_start, "first day of the plan, YYYY-MM-DD (default: today)");
    app.add_option("--weeks", m_weeks, "length of the plan in weeks when the athlete has no race date (default 12)");
    app.add_option("--table", m_table, "compensation table: nasm_cpt_6th (default) or nasm_cpt_7th");
    add_format_option(app, m_format, {"text", "json", "ics", "html"});
  }

  core::Result<std::string> execute(const service::Catalog& catalog) override {
    service::PlanRequest request;
    STRIDE_TRY(auto athlete_text, read_input_file(m_athlete_path));
    STRIDE_TRY(request.athlete, json::decode_athlete(athlete_text, m_athlete_path));
    request.athlete_source = m_athlete_path;
    STRIDE_TRY(auto runs_text, read_input_file(m_runs_path));
    STRIDE_TRY(request.calendar, json::decode_running_calendar(runs_text, m_runs_path));
    request.calendar_source = m_runs_path;
    if (!m_assessment_path.empty()) {
      STRIDE_TRY(auto assessment_text, read_input_file(m_assessment_path));
      STRIDE_TRY(request.assessment, json::decode_assessment(assessment_text, m_assessment_path));
    }
    if (m_start.empty()) {
      request.start = today();
    } else if (auto start = core::parse_iso_date(m_start)) {
      request.start = *start;
    } else {
      return std::unexpected(
          core::invalid_input("--start", "", fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", m_start)));
    }
    request.weeks = m_weeks;
    if (!m_table.empty()) request.table_id = m_table;
    STRIDE_TRY(auto plan, service::plan(catalog, request));
    if (m_format == "json") return json::encode_plan(plan, catalog);
    if (m_format == "ics") return report::render_plan_ics(plan, catalog.library);
    if (m_format == "html") return report::render_plan_html(plan, catalog.library);
    return render_plan_text(plan, catalog);
  }

 private:
  std::string m_athlete_path;
  std::string m_runs_path;
  std::string m_assessment_path;
  std::string m_start;
  std::optional<int> m_weeks;
  std::string m_table;
  std::string m_format = "text";
};

}  // namespace

std::unique_ptr<Command> make_plan_command() { return std::make_unique<PlanCommand>(); }

}  // namespace stride::cli
