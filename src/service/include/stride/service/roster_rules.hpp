#pragma once

// When a coach's roster says a runner needs attention (docs/rules-data.md "The roster's rules",
// data/rules/roster.json). Plain values: the in-code defaults equal the shipped file, which a test
// checks, and the catalog carries the file's values.
namespace stride::service {

struct RosterRules {
  int version = 1;
  // NoRecentActivity: nothing logged in more than this many days before today (or ever).
  int quiet_days = 10;
  // MissedSessions: the share of the last 7 days' planned strength sessions logged is below this.
  double missed_sessions_below = 0.5;
  // RisingPain looks at the pain reports of this many days up to today, today included.
  int pain_window_days = 14;
  // RisingPain: a report above this score (0 to 10) is above what the pain-monitoring model accepts
  // (Silbernagel et al. 2007: up to 5/10 during activity is acceptable).
  int acceptable_pain_maximum = 5;

  friend bool operator==(const RosterRules&, const RosterRules&) = default;
};

}  // namespace stride::service
