#include <fmt/format.h>

#include <chrono>

#include "commands.hpp"
#include "file_input.hpp"
#include "plan_files.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/report/plan_html.hpp"
#include "stride/report/plan_ics.hpp"
#include "store_options.hpp"
#include "stride/service/athlete_plan.hpp"
#include "stride/service/input_checks.hpp"
#include "stride/service/plan.hpp"
#include "text_output.hpp"

namespace stride::cli {
namespace {

class PlanCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--athlete", m_files.athlete_path, "athlete file (contract §3.1); not with --athlete-id");
    app.add_option("--runs", m_files.runs_path,
                   "running calendar file (contract §3.2); with --athlete-id, default: the calendar of the runner's "
                   "latest stored plan");
    app.add_option("--assessment", m_files.assessment_path,
                   "movement assessment file (contract §3.3): its findings shape warm-ups, cool-downs and the "
                   "length of the stabilization phase");
    app.add_option("--start", m_files.start, "first day of the plan, YYYY-MM-DD (default: today)");
    app.add_option("--weeks", m_files.weeks, "length of the plan in weeks when the athlete has no race date (default 12)");
    app.add_option("--table", m_files.table, "compensation table: nasm_cpt_6th (default) or nasm_cpt_7th");
    add_format_option(app, m_format, {"text", "json", "ics", "html", "summary"});
    app.add_option("--detail", m_detail,
                   "text and html: handout (default: the season, each phase's sessions with their doses, the races "
                   "and the week-by-week calendar) or full (the same, then every day's sessions)")
        ->check(CLI::IsMember({"handout", "full"}));
    m_store.configure(app, StoreOptions::AthleteOption::Optional);
    app.get_option("--athlete-id")
        ->description("plan a stored runner: their profile, latest assessment and log adapt the plan, which is stored")
        ->excludes("--athlete");
  }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& access) override {
    STRIDE_TRY(const auto* loaded, access.full());
    const service::Catalog& catalog = *loaded;
    if (m_store.has_athlete()) return execute_stored(catalog);
    STRIDE_TRY(const service::PlanRequest request, m_files.request(*m_environment));
    STRIDE_TRY(auto plan, service::plan(catalog, request));
    return render(plan, catalog);
  }

 private:
  core::Result<std::string> execute_stored(const service::Catalog& catalog) {
    service::AthletePlanRequest request;
    request.athlete = m_store.athlete_id();
    if (!m_files.runs_path.empty()) {
      STRIDE_TRY(request.calendar, decode_input_file(m_files.runs_path, documents::decode_running_calendar));
      request.calendar_source = m_files.runs_path;
    }
    if (!m_files.assessment_path.empty()) {
      STRIDE_TRY(request.assessment, assessment_file());
    }
    request.today = m_environment->clock->today();
    STRIDE_TRY(request.start, date_or_today(m_files.start, "--start", *m_environment));
    request.weeks = m_files.weeks;
    if (!m_files.table.empty()) request.table_id = m_files.table;
    STRIDE_TRY(auto store, m_store.open(*m_environment));
    STRIDE_TRY(auto result, service::plan_for_athlete(catalog, *store, request));
    if (m_format != "text" && m_format != "summary") return render(result.plan, catalog);
    std::string text = fmt::format("Plan {} stored for runner {}.", result.id.value, m_store.athlete);
    if (!result.adaptations.empty()) text += " Adapted to the log: see the notes at the end.";
    STRIDE_TRY(const auto rendered, render(result.plan, catalog));
    return text + "\n\n" + rendered;
  }

  // The --assessment file, refused when it is dated after today.
  core::Result<core::Assessment> assessment_file() const {
    STRIDE_TRY(auto assessment, decode_input_file(m_files.assessment_path, documents::decode_assessment));
    STRIDE_TRY_STATUS(service::check_assessment_date(assessment, m_environment->clock->today(), m_files.assessment_path));
    return assessment;
  }

  core::Result<std::string> render(const core::Plan& plan, const service::Catalog& catalog) const {
    if (m_format == "json") return json::encode_plan(plan, catalog);
    if (m_format == "ics") {
      report::IcsOptions options;
      if (m_store.has_athlete()) options.athlete = m_store.athlete_id();
      return report::render_plan_ics(plan, catalog.library, options);
    }
    if (m_format == "html") {
      return report::render_plan_html(plan, catalog.library,
                                      m_detail == "full" ? report::PlanDetail::Full : report::PlanDetail::Handout);
    }
    if (m_format == "summary") return render_plan_text(plan, catalog, PlanDetail::Summary);
    return render_plan_text(plan, catalog, m_detail == "full" ? PlanDetail::Full : PlanDetail::Handout);
  }

  PlanFiles m_files;
  std::string m_format = "text";
  std::string m_detail = "handout";
  StoreOptions m_store;
  const Environment* m_environment = nullptr;
};

}  // namespace

std::unique_ptr<Command> make_plan_command() { return std::make_unique<PlanCommand>(); }

}  // namespace stride::cli
