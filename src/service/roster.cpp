#include "stride/service/roster.hpp"

#include <algorithm>

#include "stride/service/status.hpp"

namespace stride::service {
namespace {

// The days of [from, to] whose plan in effect holds a strength session.
core::Result<std::vector<core::Date>> planned_strength_days(core::Store& store, core::AthleteId athlete,
                                                            core::Date from, core::Date to) {
  STRIDE_TRY(const auto days, store.effective_days(athlete, from, to));
  std::vector<core::Date> planned;
  for (const auto& effective : days) {
    const bool strength = std::ranges::any_of(effective.day.sessions, &core::PlannedSession::is_strength_to_do);
    if (strength) planned.push_back(effective.day.date);
  }
  return planned;
}

// The strength sessions of the status's week, and those done: on a day up to today, as many as
// the strength activities logged that day (at most the day's planned number).
void count_week_sessions(const StatusReport& report, RosterEntry& entry) {
  for (const auto& day : report.week) {
    const auto planned = std::ranges::count_if(day.planned_sessions, &core::PlannedSession::is_strength_to_do);
    const auto logged = std::ranges::count_if(day.done, [](const core::Activity& activity) {
      return activity.sport == core::Sport::Strength;
    });
    entry.week_sessions_planned += static_cast<int>(planned);
    if (!(report.today < day.date)) entry.week_sessions_done += static_cast<int>(std::min(planned, logged));
  }
}

// True when a report of the window is above the acceptable score, or higher than the report before
// it for the same region and side (the pain-monitoring model: pain should stay acceptable and not rise).
bool pain_rising(std::span<const analytics::PainStep> pain, core::Date today, const RosterRules& rules) {
  const core::Date first = core::add_days(today, -(rules.pain_window_days - 1));
  return std::ranges::any_of(pain, [&](const analytics::PainStep& step) {
    if (step.report.date < first || today < step.report.date) return false;
    return step.report.score > rules.acceptable_pain_maximum ||
           (step.previous && step.report.score > step.previous->score);
  });
}

}  // namespace

std::vector<AttentionReason> attention_reasons(const RosterEntry& entry, std::span<const analytics::PainStep> pain,
                                               core::Date today, const RosterRules& rules) {
  std::vector<AttentionReason> reasons;
  if (entry.worst_flag == analytics::FlagSeverity::Warning) reasons.push_back(AttentionReason::WarningFlag);
  if (pain_rising(pain, today, rules)) reasons.push_back(AttentionReason::RisingPain);
  if (entry.compliance_7d && *entry.compliance_7d < rules.missed_sessions_below) {
    reasons.push_back(AttentionReason::MissedSessions);
  }
  if (!entry.last_activity || core::add_days(*entry.last_activity, rules.quiet_days) < today) {
    reasons.push_back(AttentionReason::NoRecentActivity);
  }
  return reasons;
}

std::optional<double> strength_compliance(const std::vector<core::Date>& planned,
                                          const std::vector<core::Date>& logged) {
  if (planned.empty()) return std::nullopt;
  const auto done = std::ranges::count_if(planned, [&](core::Date date) {
    return std::ranges::find(logged, date) != logged.end();
  });
  return static_cast<double>(done) / static_cast<double>(planned.size());
}

core::Result<RosterEntry> roster_entry(const Catalog& catalog, core::Store& store, const core::VisibleAthlete& athlete,
                                       core::Date today) {
  RosterEntry entry;
  entry.athlete = athlete;
  STRIDE_TRY(const auto log, store.training_log(athlete.id, std::nullopt, today));
  STRIDE_TRY(const StatusReport report, status_of_log(catalog, store, athlete.id, log, today));
  if (report.plan) {
    if (report.plan->race && !(report.plan->race->date < today)) entry.next_race = report.plan->race;
    if (report.plan->week) entry.phase = report.plan->week->phase;
  }
  for (const auto& flag : report.flags) {
    const std::string code(flag.code());
    if (std::ranges::find(entry.flags, code) == entry.flags.end()) entry.flags.push_back(code);
    if (!entry.worst_flag || *entry.worst_flag < flag.severity()) entry.worst_flag = flag.severity();
  }
  count_week_sessions(report, entry);
  for (const auto& week : report.recent_weeks) entry.weekly_load.push_back(week.load);
  if (!report.pain.empty()) {
    entry.latest_pain = *std::ranges::max_element(report.pain, {}, [](const core::PainReport& pain) { return pain.date; });
  }
  const core::Date yesterday = core::add_days(today, -1);
  const core::Date first = core::add_days(today, -28);
  if (!log.activities.empty()) entry.last_activity = log.activities.back().date;
  std::vector<core::Date> logged;
  for (const auto& activity : log.activities) {
    if (activity.sport == core::Sport::Strength && !(activity.date < first)) logged.push_back(activity.date);
  }
  STRIDE_TRY(const auto planned_28, planned_strength_days(store, athlete.id, first, yesterday));
  std::vector<core::Date> planned_7;
  const core::Date week_start = core::add_days(today, -7);
  std::ranges::copy_if(planned_28, std::back_inserter(planned_7), [&](core::Date date) { return !(date < week_start); });
  entry.compliance_7d = strength_compliance(planned_7, logged);
  entry.compliance_28d = strength_compliance(planned_28, logged);
  entry.attention = attention_reasons(entry, analytics::pain_history(log, today), today, catalog.roster_rules);
  return entry;
}

core::Result<std::vector<core::VisibleAthlete>> roster_athletes(core::Store& store, const core::Account& coach) {
  if (coach.role != core::AccountRole::Coach) {
    return std::unexpected(core::make_error(core::ErrorCode::Forbidden, "only a coach account has a roster"));
  }
  return store.visible_athletes(coach.id);
}

core::Result<std::vector<RosterEntry>> roster(const Catalog& catalog, core::Store& store, const core::Account& coach,
                                              core::Date today) {
  STRIDE_TRY(const auto athletes, roster_athletes(store, coach));
  std::vector<RosterEntry> entries;
  for (const auto& athlete : athletes) {
    STRIDE_TRY(auto entry, roster_entry(catalog, store, athlete, today));
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace stride::service
