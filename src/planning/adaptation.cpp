#include "stride/planning/adaptation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "adaptation_steps.hpp"

namespace stride::planning {

using core::Date;

namespace {

std::string capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

struct RegionPain {
  int highest = 0;
  Date highest_date;
  bool rising = false;
  int reports = 0;
  core::Side side = core::Side::Both;
};

std::map<core::InjuryRegion, RegionPain> recent_pain(const core::TrainingLog& log, Date start,
                                                     const AdaptationRules& rules) {
  const Date window_start = core::add_days(start, -rules.pain_window_days);
  std::map<core::InjuryRegion, RegionPain> regions;
  std::map<core::InjuryRegion, int> previous_score;
  for (const auto& report : log.pain) {
    if (report.date >= start) continue;
    const auto previous = previous_score.find(report.region);
    const bool rising = report.when == core::PainTiming::NextMorning && previous != previous_score.end() &&
                        report.score > previous->second;
    previous_score[report.region] = report.score;
    if (report.date < window_start) continue;
    auto& pain = regions[report.region];
    ++pain.reports;
    pain.rising = pain.rising || rising;
    if (report.score >= pain.highest) {
      pain.highest = report.score;
      pain.highest_date = report.date;
      pain.side = report.side;
    }
  }
  return regions;
}

}  // namespace

PainAdjustment adjust_for_pain(const core::Athlete& athlete, const core::TrainingLog& log, Date start,
                               const AdaptationRules& rules) {
  PainAdjustment adjustment{athlete, {}, {}};
  for (const auto& [region, pain] : recent_pain(log, start, rules)) {
    const std::string name = core::injury_region_words(region);
    if (pain.highest < rules.pain_regress_score && !pain.rising) {
      if (pain.highest > 0) {
        adjustment.notes.push_back(fmt::format(
            "{} pain up to {}/10 in the last {} days: within the acceptable band of the pain-monitoring model, so "
            "training goes on; log it again if it changes.",
            capitalized(name), pain.highest, rules.pain_window_days));
      }
      continue;
    }
    auto& injuries = adjustment.athlete.injuries;
    const auto existing = std::find_if(injuries.begin(), injuries.end(),
                                       [&](const core::Injury& injury) { return injury.region == region; });
    if (existing != injuries.end()) {
      existing->status = core::InjuryStatus::Current;
    } else {
      injuries.push_back(core::Injury{region, pain.side, core::InjuryStatus::Current, pain.highest_date});
    }
    const std::string reason =
        pain.rising ? "next-morning pain rising"
                    : fmt::format("pain {}/10 on {}", pain.highest, core::format_iso_date(pain.highest_date));
    adjustment.notes.push_back(fmt::format(
        "{} ({}): until it settles, exercises that load the {} are regressed or left out and impact work there "
        "is paused.",
        capitalized(name), reason, name));
    adjustment.warnings.push_back(fmt::format(
        "Your {} hurts ({}). Reduce the load that provokes it; if the pain persists beyond a week or two, or "
        "gets worse, see a physiotherapist or doctor. Stride does not diagnose.",
        name, reason));
  }
  return adjustment;
}

std::optional<MissedWeek> find_missed_week(const TrainingHistory& history, Date start) {
  const Date last_monday = core::add_days(core::monday_of(start), -7);
  const Date last_sunday = core::add_days(last_monday, 6);
  MissedWeek missed{last_monday, 0};
  for (const auto& day : history.planned_days) {
    if (day.date < last_monday || day.date > last_sunday) continue;
    missed.planned_sessions += static_cast<int>(std::ranges::count_if(
        day.sessions, [](const core::PlannedSession& session) { return session.kind == core::SessionKind::Strength; }));
  }
  if (missed.planned_sessions == 0) return std::nullopt;
  const bool trained = std::ranges::any_of(history.log.activities, [&](const core::Activity& activity) {
    return activity.sport == core::Sport::Strength && activity.date >= last_monday && activity.date <= last_sunday;
  });
  if (trained) return std::nullopt;
  return missed;
}

std::vector<std::string> recent_load_flags(const TrainingHistory& history, Date start, const AdaptationRules& rules) {
  static const std::set<std::string, std::less<>> kLoadCodes{"single_run_spike", "weekly_distance_jump",
                                                             "monotony_high", "acwr_high"};
  const Date window_start = core::add_days(start, -rules.load_flag_window_days);
  std::vector<std::string> reasons;
  for (const auto& flag : history.load_flags) {
    if (flag.date < window_start || flag.date >= start || !kLoadCodes.contains(flag.code())) continue;
    reasons.push_back(fmt::format("{} on {} ({})", flag.code(), core::format_iso_date(flag.date), flag.evidence()));
  }
  return reasons;
}

std::string load_flags_note(const std::vector<std::string>& reasons) {
  std::string joined;
  for (const auto& reason : reasons) joined += (joined.empty() ? "" : "; ") + reason;
  return fmt::format(
      "High recent load ({}): this week's strength, power and plyometric items have one set fewer; the effort "
      "stays the same, and the weeks after grow from this lighter week.",
      joined);
}

std::string missed_week_note(const MissedWeek& missed) {
  return fmt::format(
      "No strength session was logged in the week of {} ({} planned), so the plan does not move on past it: the "
      "loading week after it repeats its dose step and its jumps (a deload, the taper or a new phase stays as "
      "planned).",
      core::format_iso_date(missed.monday), missed.planned_sessions);
}

void keep_from(core::Plan& plan, Date start) {
  if (start <= plan.start) return;
  std::erase_if(plan.days, [&](const core::PlanDay& day) { return day.date < start; });
  std::erase_if(plan.weeks, [&](const core::PlanWeek& week) {
    return core::add_days(core::monday_of(week.start), 6) < start;
  });
  if (!plan.weeks.empty() && plan.weeks.front().start < start) {
    auto& first = plan.weeks.front();
    first.start = start;
    // The week now holds only the strength sessions from `start` on.
    const Date week_end = core::add_days(core::monday_of(start), 6);
    first.strength_sessions = 0;
    for (const auto& day : plan.days) {
      if (day.date > week_end) break;
      first.strength_sessions += static_cast<int>(std::ranges::count_if(
          day.sessions, [](const core::PlannedSession& session) { return session.kind == core::SessionKind::Strength; }));
    }
  }
  std::erase_if(plan.phases, [&](const core::PhaseSpan& phase) { return phase.end < start; });
  if (!plan.phases.empty() && plan.phases.front().start < start) plan.phases.front().start = start;
  plan.start = start;
}

std::vector<std::string> adapt_plan(core::Plan& plan, const TrainingHistory& history,
                                    const core::ExerciseLibrary& library) {
  std::vector<std::string> notes;
  for (auto& note : set_load_targets(plan, history, library)) notes.push_back(std::move(note));
  plan.notes.insert(plan.notes.end(), notes.begin(), notes.end());
  return notes;
}

}  // namespace stride::planning
