#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stride/analytics/load_flag.hpp"
#include "stride/analytics/pain_monitoring.hpp"
#include "stride/core/accounts.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/store.hpp"
#include "stride/service/catalog.hpp"
#include "stride/service/roster_rules.hpp"

// A coach's view of the athletes it sees (api.md §4, GET /api/v1/roster).
namespace stride::service {

// Why a coach should look at a runner now, most pressing first. The thresholds are the catalog's
// RosterRules (data/rules/roster.json).
enum class AttentionReason {
  WarningFlag,       // a load or pain flag of severity warning in the last 14 days
  RisingPain,        // a pain report of the last pain_window_days above acceptable_pain_maximum, or
                     // higher than the report before it for the same region and side
  MissedSessions,    // under missed_sessions_below of the last 7 days' planned strength sessions logged
  NoRecentActivity,  // nothing logged in the last quiet_days days (or ever)
};

struct RosterEntry {
  core::VisibleAthlete athlete;
  std::optional<core::RaceTarget> next_race;  // the plan's goal race, when it is today or later
  std::optional<core::PhaseName> phase;       // the phase of today's plan week
  // The share of planned strength sessions with a logged strength activity on their day, over the 7
  // and the 28 days before today (today is not over yet); nullopt when none were planned.
  std::optional<double> compliance_7d;
  std::optional<double> compliance_28d;
  std::vector<std::string> flags;            // the codes of the last 14 days' load flags, each once, in order
  std::optional<core::Date> last_activity;  // the latest logged activity on or before today
  std::optional<analytics::FlagSeverity> worst_flag;  // the highest severity among the flags
  // Strength sessions of today's week (Monday to Sunday) in the plan, and those of them on days up
  // to today with a strength activity logged.
  int week_sessions_planned = 0;
  int week_sessions_done = 0;
  std::optional<core::PainReport> latest_pain;  // the latest report of the last 14 days
  // The session-RPE load of each of the last weeks up to today's, oldest first (kStatusTrendWeeks,
  // fewer when the log is younger; today's week so far).
  std::vector<double> weekly_load;
  std::vector<AttentionReason> attention;       // empty when nothing asks for the coach
};

// The roster of `coach` on `today`, by athlete id: every athlete it sees. Forbidden unless `coach`
// is a coach account.
[[nodiscard]] core::Result<std::vector<RosterEntry>> roster(const Catalog& catalog, core::Store& store,
                                                            const core::Account& coach, core::Date today);

// roster() in two steps, for a front end that keeps entries: the athletes `coach` sees (Forbidden
// unless a coach account), and one athlete's entry on `today`, which depends only on the athlete's
// stored data (its revision) and `today`, besides `athlete.owner`.
[[nodiscard]] core::Result<std::vector<core::VisibleAthlete>> roster_athletes(core::Store& store,
                                                                             const core::Account& coach);
[[nodiscard]] core::Result<RosterEntry> roster_entry(const Catalog& catalog, core::Store& store,
                                                     const core::VisibleAthlete& athlete, core::Date today);

// Why `entry` asks for the coach on `today` under `rules`, most pressing first: WarningFlag from
// entry.worst_flag, RisingPain from `pain` (analytics::pain_history of the athlete's log; reports
// after `today` are not read), MissedSessions from entry.compliance_7d and NoRecentActivity from
// entry.last_activity. Pure.
[[nodiscard]] std::vector<AttentionReason> attention_reasons(const RosterEntry& entry,
                                                             std::span<const analytics::PainStep> pain,
                                                             core::Date today, const RosterRules& rules);

// The share of `planned` days (each with a strength session) on which `logged` holds a strength
// activity, or nullopt when `planned` is empty.
[[nodiscard]] std::optional<double> strength_compliance(const std::vector<core::Date>& planned,
                                                        const std::vector<core::Date>& logged);

}  // namespace stride::service

namespace stride::core {
template <>
struct EnumNames<service::AttentionReason> {
  static constexpr std::array<std::string_view, 4> names{"warning_flag", "rising_pain", "missed_sessions",
                                                         "no_recent_activity"};
};
}  // namespace stride::core
