#include "stride/service/plan.hpp"

#include <fmt/format.h>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/planning/plan_builder.hpp"

namespace stride::service {

core::Result<core::Plan> plan(const Catalog& catalog, const PlanRequest& request) {
  const auto& rules = catalog.plan_rules;
  const core::CompensationTable* table = &catalog.default_table();
  if (request.table_id) {
    table = catalog.table(*request.table_id);
    if (table == nullptr) {
      return std::unexpected(core::invalid_field("table", fmt::format("unknown table \"{}\"", *request.table_id)));
    }
  }
  planning::PlanInputs inputs;
  inputs.athlete = request.athlete;
  inputs.calendar = request.calendar;
  inputs.start = request.start;
  inputs.missed_week = request.missed_week;
  inputs.lighter_week = request.lighter_week;
  inputs.continuation = request.continuation;
  if (const auto race = request.athlete.goal.race_date) {
    if (request.weeks) {
      return std::unexpected(core::invalid_field(
          "weeks",
          fmt::format("applies only without a race date: this plan runs to the race on {}; give no number of weeks",
                      core::format_iso_date(*race))));
    }
    const int days = core::days_between(request.start, *race);
    if (days < 0) {
      return std::unexpected(core::invalid_input(
          request.athlete_source, "$.goal.race_date",
          fmt::format("{} is before the plan start {}", core::format_iso_date(*race), core::format_iso_date(request.start))));
    }
    if (days >= 7 * rules.plan_weeks_maximum) {
      return std::unexpected(core::invalid_input(
          request.athlete_source, "$.goal.race_date",
          fmt::format("{} is more than {} weeks after the plan start {}; plan a nearer goal first",
                      core::format_iso_date(*race), rules.plan_weeks_maximum, core::format_iso_date(request.start))));
    }
  } else {
    inputs.weeks = request.weeks.value_or(12);
    if (inputs.weeks < 1 || inputs.weeks > rules.plan_weeks_maximum) {
      return std::unexpected(core::invalid_field(
          "weeks", fmt::format("{} is outside the allowed range 1 to {}", inputs.weeks, rules.plan_weeks_maximum)));
    }
  }
  if (request.assessment) {
    inputs.findings = analytics::analyse_assessment(*request.assessment, *table, catalog.imbalance_rules);
  }
  const planning::PlanningData data{catalog.library, *table, catalog.muscles, catalog.corrective_rules, rules};
  auto result = planning::build_plan(inputs, data);
  return result;
}

}  // namespace stride::service
