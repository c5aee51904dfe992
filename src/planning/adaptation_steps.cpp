#include "adaptation_steps.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace stride::planning {

using core::Date;

namespace {

bool is_loading_role(core::Role role) {
  return role == core::Role::Strength || role == core::Role::Power || role == core::Role::Plyometric;
}

bool same_measure(const core::Prescription& a, const core::Prescription& b) {
  return a.reps.has_value() == b.reps.has_value() && a.hold_seconds.has_value() == b.hold_seconds.has_value() &&
         a.contacts.has_value() == b.contacts.has_value();
}

Date first_week_end(const core::Plan& plan) { return core::add_days(core::monday_of(plan.start), 6); }

void recount_minutes(core::PlannedSession& session) {
  long seconds = 0;
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) seconds += item.duration.count();
  }
  session.minutes = core::Minutes{(seconds + 59) / 60};
}

}  // namespace

std::optional<std::string> repeat_missed_week(core::Plan& plan, const TrainingHistory& history) {
  const Date this_monday = core::monday_of(plan.start);
  const Date last_monday = core::add_days(this_monday, -7);
  const Date last_sunday = core::add_days(this_monday, -1);
  std::map<std::string, core::Prescription> missed_doses;
  int planned = 0;
  for (const auto& day : history.planned_days) {
    if (day.date < last_monday || day.date > last_sunday) continue;
    for (const auto& session : day.sessions) {
      if (session.kind != core::SessionKind::Strength) continue;
      ++planned;
      for (const auto& block : session.blocks) {
        for (const auto& item : block.items) missed_doses.emplace(item.exercise, item);
      }
    }
  }
  if (planned == 0) return std::nullopt;
  const bool trained = std::any_of(history.log.activities.begin(), history.log.activities.end(), [&](const auto& a) {
    return a.sport == core::Sport::Strength && a.date >= last_monday && a.date <= last_sunday;
  });
  if (trained) return std::nullopt;

  int held_back = 0;
  for_each_strength_session(plan, plan.start, first_week_end(plan), [&](core::PlannedSession& session) {
    for (auto& block : session.blocks) {
      for (auto& item : block.items) {
        const auto missed = missed_doses.find(item.exercise);
        if (missed == missed_doses.end() || !same_measure(item, missed->second)) continue;
        const auto& dose = missed->second;
        if (item.sets == dose.sets && item.reps == dose.reps && item.hold_seconds == dose.hold_seconds &&
            item.contacts == dose.contacts && item.pct_1rm == dose.pct_1rm && item.rpe == dose.rpe) {
          continue;
        }
        const double seconds_per_set = item.sets > 0 ? static_cast<double>(item.duration.count()) / item.sets : 0;
        item.sets = dose.sets;
        item.reps = dose.reps;
        item.hold_seconds = dose.hold_seconds;
        item.contacts = dose.contacts;
        item.pct_1rm = dose.pct_1rm;
        item.rpe = dose.rpe;
        item.tempo = dose.tempo;
        item.duration = core::Seconds{static_cast<long>(seconds_per_set * item.sets)};
        item.why += " Repeats last week's dose, which was missed.";
        ++held_back;
      }
    }
    recount_minutes(session);
  });
  return fmt::format(
      "No strength session was logged in the week of {} ({} planned), so this week repeats that week's doses "
      "instead of moving on ({} prescriptions held back).",
      core::format_iso_date(last_monday), planned, held_back);
}

std::optional<std::string> trim_after_load_flags(core::Plan& plan, const TrainingHistory& history,
                                                 const AdaptationRules& rules) {
  static const std::set<std::string> kLoadCodes{"single_run_spike", "weekly_distance_jump", "monotony_high",
                                                "acwr_high"};
  const Date window_start = core::add_days(plan.start, -rules.load_flag_window_days);
  std::vector<std::string> reasons;
  for (const auto& flag : history.load_flags) {
    if (flag.date < window_start || flag.date >= plan.start || !kLoadCodes.contains(flag.code)) continue;
    reasons.push_back(fmt::format("{} on {} ({})", flag.code, core::format_iso_date(flag.date), flag.evidence));
  }
  if (reasons.empty()) return std::nullopt;
  int trimmed = 0;
  for_each_strength_session(plan, plan.start, first_week_end(plan), [&](core::PlannedSession& session) {
    for (auto& block : session.blocks) {
      for (auto& item : block.items) {
        if (!is_loading_role(item.role) || item.sets <= 1) continue;
        item.duration -= item.duration / item.sets;
        item.sets -= 1;
        item.why += " One set fewer this week: recent training load was high.";
        ++trimmed;
      }
    }
    recount_minutes(session);
  });
  std::string joined;
  for (const auto& reason : reasons) joined += (joined.empty() ? "" : "; ") + reason;
  return fmt::format(
      "High recent load ({}): this week's strength volume is one set lower on {} prescriptions; the intensity "
      "stays the same.",
      joined, trimmed);
}

}  // namespace stride::planning
