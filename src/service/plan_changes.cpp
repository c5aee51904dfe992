#include "stride/service/plan_changes.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "account_text.hpp"
#include "stride/service/plan_version.hpp"

namespace stride::service {
namespace {

planning::PlanChangeContext context_of(const Catalog& catalog, const core::Athlete& athlete,
                                       const core::RunningCalendar& calendar, core::Date today,
                                       const std::optional<analytics::AssessmentFindings>& findings) {
  return {athlete, calendar, catalog.library, catalog.plan_rules, catalog.corrective_rules, today,
          findings ? &*findings : nullptr};
}

// What the assessment the plan was built on found (the default compensation table's reading), if
// the plan names one that is still stored.
core::Result<std::optional<analytics::AssessmentFindings>> findings_of(const Catalog& catalog, core::Store& store,
                                                                       const core::PlanRecord& record) {
  if (!record.assessment) return std::nullopt;
  STRIDE_TRY(const auto assessments, store.assessments(record.athlete));
  for (const auto& stored : assessments) {
    if (stored.id == *record.assessment) {
      return analytics::analyse_assessment(stored.assessment, catalog.default_table(), catalog.imbalance_rules);
    }
  }
  return std::nullopt;
}

core::Result<core::PlanRecord> latest_plan_of(std::optional<core::PlanRecord> latest) {
  if (!latest) return std::unexpected(core::invalid_field("session", "this athlete has no plan yet: make one first"));
  return std::move(*latest);
}

// The words of a change for a re-plan's note: "swap of 2026-12-08".
std::string change_words(const core::PlanChange& change) {
  return fmt::format("{} of {}", core::enum_name(change.kind), core::format_iso_date(change.session.date));
}

}  // namespace

core::Result<MadePlanChange> change_plan(const Catalog& catalog, core::Store& store, const core::Account& author,
                                         core::AthleteId athlete, core::PlanChange change, core::Instant now,
                                         core::Date today, std::optional<core::PlanId> expected_plan) {
  change.reason = std::string(detail::trimmed(change.reason));
  if (change.reason.empty()) {
    return std::unexpected(core::invalid_field("reason", "required: say why, so the runner knows"));
  }
  STRIDE_TRY_STATUS(detail::check_name_text("reason", change.reason, kPlanChangeReasonMaximum));
  return core::in_one_unit<MadePlanChange>(store, [&]() -> core::Result<MadePlanChange> {
    STRIDE_TRY(const auto record, store.find_athlete(athlete));
    STRIDE_TRY(auto stored, store.latest_plan(athlete));
    STRIDE_TRY_STATUS(check_plan_version(plan_id_of(stored), expected_plan));
    STRIDE_TRY(const auto latest, latest_plan_of(std::move(stored)));
    if (const auto* session = planning::session_at(latest.plan, change.session)) {
      change.session_title = session->title;
      // A strength session of a day the runner already logged strength work on is done: it stays.
      if (session->kind == core::SessionKind::Strength && !(today < change.session.date)) {
        STRIDE_TRY(const auto log, store.training_log(athlete, change.session.date, change.session.date));
        const bool done = std::ranges::any_of(log.activities, [](const core::Activity& activity) {
          return activity.sport == core::Sport::Strength;
        });
        if (done) {
          return std::unexpected(core::invalid_field(
              "session", fmt::format("the runner logged strength work on {} already: the session is done",
                                     core::format_iso_date(change.session.date))));
        }
      }
    }
    auto plan = latest.plan;
    STRIDE_TRY(const auto findings, findings_of(catalog, store, latest));
    STRIDE_TRY_STATUS(planning::apply_plan_change(plan, change, author.display_name,
                                                  context_of(catalog, record.athlete, latest.calendar, today, findings)));
    MadePlanChange made;
    STRIDE_TRY(made.record.id, store.add_plan_change(athlete, change, author.id, author.display_name, now));
    STRIDE_TRY(made.plan, store.add_plan(athlete, today, latest.calendar, latest.assessment, plan));
    made.record.change = std::move(change);
    made.record.author = author.id;
    made.record.author_name = author.display_name;
    made.record.made = now;
    return made;
  });
}

core::Result<std::vector<planning::SwapOption>> plan_swap_options(const Catalog& catalog, core::Store& store,
                                                                  core::AthleteId athlete, core::SessionPlace place,
                                                                  std::string_view exercise, core::Date today) {
  STRIDE_TRY(const auto record, store.find_athlete(athlete));
  STRIDE_TRY(auto stored, store.latest_plan(athlete));
  STRIDE_TRY(const auto latest, latest_plan_of(std::move(stored)));
  STRIDE_TRY(const auto findings, findings_of(catalog, store, latest));
  return planning::swap_options(latest.plan, place, exercise,
                                context_of(catalog, record.athlete, latest.calendar, today, findings));
}

core::Result<ReappliedChanges> reapply_plan_changes(const Catalog& catalog, core::Store& store, core::AthleteId athlete,
                                                    const core::Athlete& athlete_document,
                                                    const core::RunningCalendar& calendar,
                                                    const std::optional<core::Assessment>& assessment, core::Plan& plan,
                                                    core::Date start, core::Date today) {
  STRIDE_TRY(const auto records, store.plan_changes(athlete));
  ReappliedChanges result;
  std::optional<analytics::AssessmentFindings> findings;
  if (assessment) findings = analytics::analyse_assessment(*assessment, catalog.default_table(), catalog.imbalance_rules);
  const auto context = context_of(catalog, athlete_document, calendar, today, findings);
  for (const auto& record : records) {
    if (record.conflict || record.change.session.date < start) continue;
    auto made = planning::apply_plan_change(plan, record.change, record.author_name, context);
    if (made) continue;
    const std::string conflict = made.error().field.empty()
                                     ? made.error().message
                                     : fmt::format("{}: {}", made.error().field, made.error().message);
    STRIDE_TRY_STATUS(store.set_plan_change_conflict(athlete, record.id, conflict));
    result.notes.push_back(fmt::format("{}'s {} no longer fits the new plan and was not made again ({})",
                                       record.author_name, change_words(record.change), conflict));
  }
  return result;
}

}  // namespace stride::service
