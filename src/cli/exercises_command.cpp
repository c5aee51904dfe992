#include <fmt/format.h>

#include "commands.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/service/error_responses.hpp"
#include "stride/service/exercises.hpp"
#include "text_output.hpp"

namespace stride::cli {
namespace {

class ExercisesCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--pattern", m_pattern, fmt::format("only this movement pattern: {}", core::enum_choices<core::Pattern>()));
    app.add_option("--equipment", m_equipment,
                   fmt::format("only exercises doable with this equipment (bodyweight is always included): {}",
                               core::enum_choices<core::Equipment>()))
        ->expected(1, -1);
    add_format_option(app, m_format, {"text", "json"});
  }

  core::Result<std::string> execute(CatalogAccess& access) override {
    STRIDE_TRY(const auto* loaded, access.full());
    const service::Catalog& catalog = *loaded;
    auto query = service::exercise_query(m_pattern, m_equipment);
    if (!query) return std::unexpected(service::spelled_for_command_line(std::move(query.error())));
    const auto exercises = service::find_exercises(catalog, *query);
    if (m_format == "json") return json::encode_exercises(exercises);
    return render_exercises_text(exercises);
  }

 private:
  std::string m_pattern;
  std::vector<std::string> m_equipment;
  std::string m_format = "text";
};

}  // namespace

std::unique_ptr<Command> make_exercises_command() { return std::make_unique<ExercisesCommand>(); }

}  // namespace stride::cli
