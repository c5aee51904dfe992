#include "stride/service/assess.hpp"

#include <fmt/format.h>

namespace stride::service {

core::Result<AssessReport> assess(const Catalog& catalog, const AssessRequest& request) {
  const core::CompensationTable* table = &catalog.default_table();
  if (request.table_id) {
    table = catalog.table(*request.table_id);
    if (table == nullptr) {
      std::string known;
      for (const auto& t : catalog.tables) known += fmt::format("{}{}", known.empty() ? "" : ", ", t.header().id);
      return std::unexpected(core::invalid_field(
          "table", fmt::format("unknown table \"{}\"; expected one of {}", *request.table_id, known)));
    }
  }
  AssessReport report;
  report.table = table;
  report.date = request.assessment.date;
  report.findings = analytics::analyse_assessment(request.assessment, *table, catalog.imbalance_rules);

  planning::RoutineOptions options;
  options.budget = request.budget.value_or(core::Minutes(catalog.corrective_rules.default_budget_minutes));
  if (request.athlete) {
    report.athlete_name = request.athlete->name;
    options.equipment = request.athlete->equipment;
    options.avoid_regions = request.athlete->active_injury_regions();
  } else {
    options.equipment = kEquipmentWithoutAthlete;
    report.notes.push_back(
        "No athlete profile was given, so the routine assumes bodyweight and a foam roller only; with one it uses "
        "your own equipment and leaves out what loads an injury.");
  }
  if (request.athlete) {
    for (const auto& injury : request.athlete->injuries) {
      if (injury.status == core::InjuryStatus::Past) continue;
      report.notes.push_back(fmt::format(
          "You listed a {} {} injury ({} side), so exercises that load it are left out. Stride does not diagnose or "
          "treat injuries: if pain persists, gets worse, or changes how you move, see a physiotherapist or doctor.",
          core::enum_name(injury.status), core::enum_name(injury.region), core::enum_name(injury.side)));
    }
  }
  report.routine = planning::build_corrective_routine(report.findings, *table, catalog.library, catalog.muscles,
                                                      catalog.corrective_rules, options);
  if (!report.findings.findings.empty()) {
    report.notes.push_back(
        "A movement screen guides which exercises suit you; it does not predict injury (meta-analysis of 30 studies, "
        "Sports Med Open 2022;8:38). Re-test every 4 to 6 weeks.");
  }
  report.notes.insert(report.notes.end(), report.routine.notes.begin(), report.routine.notes.end());
  return report;
}

}  // namespace stride::service
