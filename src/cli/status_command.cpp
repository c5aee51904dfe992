#include <fmt/format.h>

#include "commands.hpp"
#include "store_options.hpp"
#include "stride/json/status_encoder.hpp"
#include "stride/service/status.hpp"
#include "text_output.hpp"

namespace stride::cli {
namespace {

class StatusCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    m_options.configure(app);
    app.add_option("--date", m_date, "the day to report on, YYYY-MM-DD (default: today)");
    add_format_option(app, m_format, {"text", "json"});
  }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& access) override {
    STRIDE_TRY(const auto* loaded, access.full());
    const service::Catalog& catalog = *loaded;
    STRIDE_TRY(const auto today, date_or_today(m_date, "--date", *m_environment));
    STRIDE_TRY(auto store, m_options.open(*m_environment));
    STRIDE_TRY(const auto report, service::status(catalog, *store, m_options.athlete_id(), today));
    if (m_format == "json") return json::encode_status(report);
    return render_status_text(report, catalog);
  }

 private:
  const Environment* m_environment = nullptr;
  StoreOptions m_options;
  std::string m_date;
  std::string m_format = "text";
};

}  // namespace

std::unique_ptr<Command> make_status_command() { return std::make_unique<StatusCommand>(); }

}  // namespace stride::cli
