#include <fmt/format.h>

#include "commands.hpp"
#include "file_input.hpp"
#include "stride/json/input_decoders.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/service/assess.hpp"
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
  }

  core::Result<std::string> execute(const service::Catalog& catalog) override {
    service::AssessRequest request;
    STRIDE_TRY(auto assessment_text, read_input_file(m_assessment_path));
    STRIDE_TRY(request.assessment, json::decode_assessment(assessment_text, m_assessment_path));
    if (!m_athlete_path.empty()) {
      STRIDE_TRY(auto athlete_text, read_input_file(m_athlete_path));
      STRIDE_TRY(request.athlete, json::decode_athlete(athlete_text, m_athlete_path));
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
    if (m_format == "json") return json::encode_assessment_report(report, catalog);
    return render_assessment_text(report, catalog);
  }

 private:
  std::string m_assessment_path;
  std::string m_athlete_path;
  std::string m_table;
  std::optional<int> m_minutes;
  std::string m_format = "text";
};

}  // namespace

std::unique_ptr<Command> make_assess_command() { return std::make_unique<AssessCommand>(); }

}  // namespace stride::cli
