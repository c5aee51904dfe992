#include "stride/planning/adaptation.hpp"

#include <fmt/format.h>

#include <algorithm>
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

void keep_from(core::Plan& plan, Date start) {
  if (start <= plan.start) return;
  std::erase_if(plan.days, [&](const core::PlanDay& day) { return day.date < start; });
  std::erase_if(plan.weeks, [&](const core::PlanWeek& week) {
    return core::add_days(core::monday_of(week.start), 6) < start;
  });
  if (!plan.weeks.empty() && plan.weeks.front().start < start) plan.weeks.front().start = start;
  std::erase_if(plan.phases, [&](const core::PhaseSpan& phase) { return phase.end < start; });
  if (!plan.phases.empty() && plan.phases.front().start < start) plan.phases.front().start = start;
  plan.start = start;
}

std::vector<std::string> adapt_plan(core::Plan& plan, const TrainingHistory& history,
                                    const core::ExerciseLibrary& library, const AdaptationRules& rules) {
  std::vector<std::string> notes;
  if (auto note = repeat_missed_week(plan, history)) notes.push_back(*note);
  if (auto note = trim_after_load_flags(plan, history, rules)) notes.push_back(*note);
  for (auto& note : set_load_targets(plan, history, library)) notes.push_back(std::move(note));
  plan.notes.insert(plan.notes.end(), notes.begin(), notes.end());
  return notes;
}

}  // namespace stride::planning
