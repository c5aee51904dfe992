#include <fmt/format.h>

#include "commands.hpp"
#include "file_input.hpp"
#include "load_text.hpp"
#include "stride/analytics/training_load.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/json/load_encoder.hpp"
#include "stride/service/training_log.hpp"

namespace stride::cli {
namespace {

// `stride load`: training-load metrics and risk flags of a training log (contract §4.4).
class LoadCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--log", m_log_path, "training log file (contract §3.4)")->required();
    app.add_option("--as-of", m_as_of, "last day of the series, YYYY-MM-DD (default: the latest logged date)");
    add_format_option(app, m_format, {"text", "json"});
  }

  core::Result<std::string> execute(CatalogAccess& catalog) override {
    STRIDE_TRY(const auto* world_records, catalog.world_records());
    STRIDE_TRY(auto log_text, read_input_file(m_log_path));
    STRIDE_TRY(const auto log, documents::decode_training_log(log_text, m_log_path));
    std::optional<core::Date> as_of;
    if (!m_as_of.empty()) {
      as_of = core::parse_iso_date(m_as_of);
      if (!as_of) {
        return std::unexpected(
            core::invalid_input("--as-of", "", fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", m_as_of)));
      }
      if (as_of->year() < std::chrono::year(1900) || as_of->year() > std::chrono::year(2199)) {
        return std::unexpected(core::invalid_input(
            "--as-of", "", fmt::format("{} is outside the supported range 1900-01-01 to 2199-12-31", m_as_of)));
      }
    }
    STRIDE_TRY(const auto report, service::load_of_log(*world_records, log, m_log_path, as_of));
    if (m_format == "json") return json::encode_load(report);
    return render_load_text(report);
  }

 private:
  std::string m_log_path;
  std::string m_as_of;
  std::string m_format = "text";
};

}  // namespace

std::unique_ptr<Command> make_load_command() { return std::make_unique<LoadCommand>(); }

}  // namespace stride::cli
