#include <fmt/format.h>

#include "commands.hpp"
#include "file_input.hpp"
#include "store_options.hpp"
#include "stride/core/display_text.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/service/athletes.hpp"

namespace stride::cli {
namespace {

std::string goal_words(const core::Athlete& athlete) {
  std::string words(core::enum_name(athlete.goal.event));
  if (athlete.goal.race_date) words += " on " + core::format_iso_date(*athlete.goal.race_date);
  return words;
}

std::string render_list(const std::vector<core::AthleteRecord>& records) {
  if (records.empty()) return "No runners stored yet. Add one with `stride athlete add --file ATHLETE.json`.\n";
  std::string text = fmt::format("{:>4}  {:<24}  {}\n", "id", "name", "goal");
  for (const auto& record : records) {
    text += fmt::format("{:>4}  {:<24}  {}\n", record.id.value, core::neutralised(record.athlete.name),
                        goal_words(record.athlete));
  }
  return text;
}

std::string render_overview(const service::AthleteOverview& overview) {
  const auto& athlete = overview.record.athlete;
  std::string text = fmt::format("Runner {}: {}\n", overview.record.id.value, core::neutralised(athlete.name));
  text += fmt::format("  goal: {}\n", goal_words(athlete));
  text += fmt::format("  running: {} years, {} km a week\n", athlete.running.experience.value(),
                      athlete.running.weekly_distance.value());
  text += fmt::format("  strength experience: {}; {} sessions of {} min a week\n",
                      core::enum_name(athlete.strength_experience), athlete.availability.strength_sessions_per_week,
                      athlete.availability.session_minutes.count());
  for (const auto& injury : athlete.injuries) {
    text += fmt::format("  injury: {} ({}, {})\n", core::enum_name(injury.region), core::enum_name(injury.side),
                        core::enum_name(injury.status));
  }
  const auto& heart_rate = athlete.heart_rate;
  if (heart_rate.resting_bpm || heart_rate.max_bpm) {
    text += fmt::format("  heart rate: resting {}, maximum {}\n",
                        heart_rate.resting_bpm ? fmt::format("{} bpm", *heart_rate.resting_bpm) : "not given",
                        heart_rate.max_bpm ? fmt::format("{} bpm", *heart_rate.max_bpm) : "not given");
  } else {
    text += "  heart rate: not given (for heart-rate load, add \"heart_rate\": {\"resting_bpm\": N, \"max_bpm\": N} "
            "to the athlete file and `stride athlete update`)\n";
  }
  if (athlete.postpartum) {
    text += fmt::format("  postpartum: {} weeks since the birth; pelvic-floor symptoms: {}; cleared for impact: {}\n",
                        athlete.postpartum->weeks_since_birth, athlete.postpartum->pelvic_floor_symptoms ? "yes" : "no",
                        athlete.postpartum->cleared_for_impact ? "yes" : "no");
  }
  if (overview.latest_assessment) {
    text += fmt::format("  assessments: {}, latest {} ({} compensations seen)\n", overview.assessments,
                        core::format_iso_date(overview.latest_assessment->date),
                        overview.latest_assessment->assessment.observations.size());
  } else {
    text += "  assessments: none (`stride assess --assessment FILE --save --athlete-id ID`)\n";
  }
  if (overview.plan) {
    // The plan ends on the goal race; the recovery after it is shown apart.
    text += fmt::format("  plan: {} from {} to {}{}", overview.plan->value, core::format_iso_date(*overview.plan_start),
                        overview.race ? "the race on " : "", core::format_iso_date(*overview.plan_end));
    if (overview.recovery_end) {
      text += fmt::format("; recovery after the race to {}", core::format_iso_date(*overview.recovery_end));
    }
    text += "\n";
  } else {
    text += "  plan: none (`stride plan --athlete-id ID --runs RUNS.json`)\n";
  }
  text += fmt::format("  log: {} activit{} ({} strength set{}), {} pain report{}", overview.activities,
                      overview.activities == 1 ? "y" : "ies", overview.strength_sets,
                      overview.strength_sets == 1 ? "" : "s", overview.pain_reports, overview.pain_reports == 1 ? "" : "s");
  if (overview.last_logged) text += fmt::format(", last on {}", core::format_iso_date(*overview.last_logged));
  text += "\n";
  return text;
}

class AthleteCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    m_add = app.add_subcommand("add", "store a runner from an athlete file (contract §3.1) and print the new id");
    m_add->add_option("--file", m_file, "athlete file (contract §3.1)")->required();
    m_add_options.configure(*m_add, StoreOptions::AthleteOption::Absent);
    m_list = app.add_subcommand("list", "every stored runner with their id and goal");
    m_list_options.configure(*m_list, StoreOptions::AthleteOption::Absent);
    m_show = app.add_subcommand("show", "a stored runner's profile, assessments, plan and log");
    m_show_options.configure(*m_show);
    m_update = app.add_subcommand("update", "replace a stored runner's profile with an athlete file (contract §3.1)");
    m_update->add_option("--file", m_update_file, "athlete file (contract §3.1)")->required();
    m_update_options.configure(*m_update);
  }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& /*catalog*/) override {
    if (m_add->parsed()) {
      STRIDE_TRY(const auto text, read_input_file(m_file));
      STRIDE_TRY(const auto athlete, documents::decode_athlete(text, m_file));
      STRIDE_TRY(auto store, m_add_options.open(*m_environment));
      STRIDE_TRY(const auto id, service::add_athlete(*store, athlete));
      return fmt::format("Added runner {}: {}. Next: `stride assess --save --athlete-id {} --assessment FILE` or "
                         "`stride plan --athlete-id {} --runs FILE`.\n",
                         id.value, core::neutralised(athlete.name), id.value, id.value);
    }
    if (m_update->parsed()) {
      STRIDE_TRY(const auto text, read_input_file(m_update_file));
      STRIDE_TRY(const auto athlete, documents::decode_athlete(text, m_update_file));
      STRIDE_TRY(auto store, m_update_options.open(*m_environment));
      STRIDE_TRY_STATUS(service::update_athlete(*store, m_update_options.athlete_id(), athlete));
      return fmt::format("Updated runner {}: {}. Plans already stored keep the profile they were made with; "
                         "`stride plan --athlete-id {}` re-plans with this one.\n",
                         m_update_options.athlete, core::neutralised(athlete.name), m_update_options.athlete);
    }
    if (m_list->parsed()) {
      STRIDE_TRY(auto store, m_list_options.open(*m_environment));
      STRIDE_TRY(const auto records, service::list_athletes(*store));
      return render_list(records);
    }
    STRIDE_TRY(auto store, m_show_options.open(*m_environment));
    STRIDE_TRY(const auto overview, service::athlete_overview(*store, m_show_options.athlete_id()));
    return render_overview(overview);
  }

 private:
  const Environment* m_environment = nullptr;
  CLI::App* m_add = nullptr;
  CLI::App* m_list = nullptr;
  CLI::App* m_show = nullptr;
  CLI::App* m_update = nullptr;
  std::string m_file;
  std::string m_update_file;
  StoreOptions m_update_options;
  StoreOptions m_add_options;
  StoreOptions m_list_options;
  StoreOptions m_show_options;
};

}  // namespace

std::unique_ptr<Command> make_athlete_command() { return std::make_unique<AthleteCommand>(); }

}  // namespace stride::cli
