#include <fmt/format.h>

#include "commands.hpp"
#include "file_input.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/json/output_encoders.hpp"
#include "store_options.hpp"
#include "stride/service/assess.hpp"
#include "stride/service/athletes.hpp"
#include "stride/service/input_checks.hpp"
#include "text_output.hpp"

namespace stride::cli {
namespace {

class AssessCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--assessment", m_assessment_path, "movement assessment file (contract §3.3)")->required();
    app.add_option("--athlete", m_athlete_path,
                   "athlete file (contract §3.1): its equipment, injuries and name shape the routine");
    app.add_option("--table", m_table,
                   "compensation table: nasm_cpt_6th (default) or nasm_cpt_7th; see docs/assessment.md");
    app.add_option("--minutes", m_minutes, "time budget for the corrective routine, 5 to 60 minutes (default 15)");
    add_format_option(app, m_format, {"text", "json"});
    m_store.configure(app, StoreOptions::AthleteOption::Optional);
    app.add_flag("--save", m_save, "store the assessment for the runner of --athlete-id (their profile is then used "
                                   "when --athlete is not given)");
  }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& access) override {
    STRIDE_TRY(const auto* loaded, access.full());
    const service::Catalog& catalog = *loaded;
    service::AssessRequest request;
    STRIDE_TRY(auto assessment_text, read_input_file(m_assessment_path));
    STRIDE_TRY(request.assessment, documents::decode_assessment(assessment_text, m_assessment_path));
    STRIDE_TRY_STATUS(service::check_assessment_date(request.assessment, m_environment->clock->today(), m_assessment_path));
    if (!m_athlete_path.empty()) {
      STRIDE_TRY(auto athlete_text, read_input_file(m_athlete_path));
      STRIDE_TRY(request.athlete, documents::decode_athlete(athlete_text, m_athlete_path));
    }
    if (m_save != m_store.has_athlete()) {
      return std::unexpected(core::invalid_input(m_save ? "--save" : "--athlete-id", "",
                                                 "--save and --athlete-id go together: the assessment is stored "
                                                 "for that runner"));
    }
    std::unique_ptr<core::Store> store;
    if (m_save) {
      STRIDE_TRY(store, m_store.open(*m_environment));
      STRIDE_TRY(const auto stored, store->find_athlete(m_store.athlete_id()));
      if (!request.athlete) request.athlete = stored.athlete;
    }
    if (!m_table.empty()) request.table_id = m_table;
    if (m_minutes) {
      if (*m_minutes < 5 || *m_minutes > 60) {
        return std::unexpected(
            core::invalid_input("--minutes", "", fmt::format("{} is outside the allowed range 5 to 60", *m_minutes)));
      }
      request.budget = core::Minutes(*m_minutes);
    }
    STRIDE_TRY(auto report, service::assess(catalog, request));
    std::string saved;
    if (m_save) {
      STRIDE_TRY(const auto id, service::save_assessment(*store, m_store.athlete_id(), request.assessment,
                                                         m_environment->clock->today()));
      saved = fmt::format("\nSaved as assessment {} of runner {}; `stride plan --athlete-id {}` uses it.\n", id.value,
                          m_store.athlete, m_store.athlete);
    }
    if (m_format == "json") return json::encode_assessment_report(report, catalog);
    return render_assessment_text(report, catalog) + saved;
  }

 private:
  std::string m_assessment_path;
  std::string m_athlete_path;
  std::string m_table;
  std::optional<int> m_minutes;
  std::string m_format = "text";
  StoreOptions m_store;
  bool m_save = false;
  const Environment* m_environment = nullptr;
};

}  // namespace

std::unique_ptr<Command> make_assess_command() { return std::make_unique<AssessCommand>(); }

}  // namespace stride::cli
