#include <fmt/format.h>

#include "commands.hpp"
#include "stride/json/output_encoders.hpp"
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
    service::ExerciseQuery query;
    if (!m_pattern.empty()) {
      auto pattern = core::parse_enum<core::Pattern>(m_pattern);
      if (!pattern) {
        return std::unexpected(core::invalid_input(
            "--pattern", "", fmt::format("unknown pattern \"{}\"; expected one of {}", m_pattern,
                                         core::enum_choices<core::Pattern>())));
      }
      query.pattern = *pattern;
    }
    if (!m_equipment.empty()) {
      std::set<core::Equipment> equipment;
      for (const auto& name : m_equipment) {
        if (name == "bodyweight" || name == "none") continue;
        auto item = core::parse_enum<core::Equipment>(name);
        if (!item) {
          return std::unexpected(core::invalid_input(
              "--equipment", "", fmt::format("unknown equipment \"{}\"; expected one of {}", name,
                                             core::enum_choices<core::Equipment>())));
        }
        equipment.insert(*item);
      }
      query.equipment = equipment;
    }
    const auto exercises = service::find_exercises(catalog, query);
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
