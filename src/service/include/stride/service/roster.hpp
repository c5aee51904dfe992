#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/core/accounts.hpp"
#include "stride/core/store.hpp"
#include "stride/service/catalog.hpp"

// A coach's view of the athletes it sees (api.md §4, GET /api/v1/roster).
namespace stride::service {

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
};

// The roster of `coach` on `today`, by athlete id: every athlete it sees. Forbidden unless `coach`
// is a coach account.
[[nodiscard]] core::Result<std::vector<RosterEntry>> roster(const Catalog& catalog, core::Store& store,
                                                            const core::Account& coach, core::Date today);

// The share of `planned` days (each with a strength session) on which `logged` holds a strength
// activity, or nullopt when `planned` is empty.
[[nodiscard]] std::optional<double> strength_compliance(const std::vector<core::Date>& planned,
                                                        const std::vector<core::Date>& logged);

}  // namespace stride::service
