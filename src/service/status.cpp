#include "stride/service/status.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "stride/core/athlete.hpp"
#include "wording.hpp"

namespace stride::service {

namespace {

DayState state_of(const StatusDay& day, core::Date today) {
  const bool planned = !day.planned_sessions.empty() || (day.planned_run && day.planned_run->type != core::RunType::Rest);
  if (!planned) return day.done.empty() ? DayState::Rest : DayState::Unplanned;
  if (day.date > today) return DayState::Planned;
  const auto done_sport = [&](core::Sport sport) {
    return std::any_of(day.done.begin(), day.done.end(), [&](const core::Activity& a) { return a.sport == sport; });
  };
  int expected = 0;
  int met = 0;
  if (day.planned_run && day.planned_run->type != core::RunType::Rest && day.planned_run->type != core::RunType::Cross) {
    ++expected;
    met += done_sport(core::Sport::Run) ? 1 : 0;
  }
  if (!day.planned_sessions.empty()) {
    ++expected;
    met += done_sport(core::Sport::Strength) ? 1 : 0;
  }
  if (expected == 0 || met == expected) return day.date == today && day.done.empty() ? DayState::Today : DayState::Done;
  if (day.date == today) return DayState::Today;
  return met > 0 ? DayState::Partly : DayState::Missed;
}

std::vector<StatusDay> week_days(const std::vector<core::EffectiveDay>& effective, const core::TrainingLog& log,
                                 core::Date monday, core::Date today) {
  std::vector<StatusDay> days;
  for (int offset = 0; offset < 7; ++offset) {
    StatusDay day;
    day.date = core::add_days(monday, offset);
    for (const auto& planned : effective) {
      if (planned.day.date != day.date) continue;
      day.planned_run = planned.day.run;
      day.planned_sessions = planned.day.sessions;
    }
    for (const auto& activity : log.activities) {
      if (activity.date == day.date) day.done.push_back(activity);
    }
    day.state = state_of(day, today);
    days.push_back(std::move(day));
  }
  return days;
}

bool has_flag(const StatusReport& report, std::initializer_list<std::string_view> codes) {
  return std::any_of(report.flags.begin(), report.flags.end(), [&](const analytics::LoadFlag& flag) {
    return std::find(codes.begin(), codes.end(), flag.code()) != codes.end();
  });
}

std::string timing_words(core::PainTiming when) {
  switch (when) {
    case core::PainTiming::During: return "during training";
    case core::PainTiming::After: return "after training";
    case core::PainTiming::NextMorning: return "the next morning";
  }
  return "";
}

bool same_place(const core::PainReport& left, const core::PainReport& right) {
  return left.region == right.region && left.side == right.side;
}

// One phrase for each region and side whose pain raised a flag in the recent window: its latest
// report, and whether that report is still rising or has come down.
std::vector<std::string> pain_phrases(const std::vector<analytics::PainStep>& history, core::Date from) {
  std::vector<std::string> phrases;
  for (std::size_t index = 0; index < history.size(); ++index) {
    const auto& latest = history[index];
    if (latest.report.date < from) continue;
    const auto later = std::find_if(history.begin() + static_cast<std::ptrdiff_t>(index) + 1, history.end(),
                                    [&](const analytics::PainStep& step) { return same_place(step.report, latest.report); });
    if (later != history.end()) continue;  // not the latest report of its place
    const analytics::PainStep* worst = nullptr;
    for (const auto& step : history) {
      if (step.report.date < from || !same_place(step.report, latest.report) || !step.asks_for_less_load()) continue;
      if (worst == nullptr || step.report.score >= worst->report.score) worst = &step;
    }
    if (worst == nullptr) continue;  // no flag for this place in the window
    const std::string place = core::with_side(core::injury_region_words(latest.report.region), latest.report.side);
    std::string phrase = fmt::format("{} {}/10 {} on {}", place, latest.report.score, timing_words(latest.report.when),
                                     core::format_iso_date(latest.report.date));
    if (latest.rising()) {
      phrase += fmt::format(", up from {}/10 on {}", latest.previous->score, core::format_iso_date(latest.previous->date));
    } else if (!latest.asks_for_less_load()) {
      phrase += fmt::format(", down from {}/10 on {}", worst->report.score, core::format_iso_date(worst->report.date));
    }
    phrases.push_back(phrase);
  }
  return phrases;
}

// The pain advice: where it hurts, the swaps or the monitoring rule, and the clinician prompt, once
// for every painful place together.
void add_pain_advice(StatusReport& report, const std::vector<analytics::PainStep>& history) {
  if (!has_flag(report, {"pain", "pain_rising"})) return;
  const auto phrases = pain_phrases(history, core::add_days(report.today, -(kStatusRecentDays - 1)));
  std::string text;
  for (const auto& phrase : phrases) text += (text.empty() ? "" : "; ") + phrase;
  text = detail::capitalized(text) + ". ";
  const planning::SwapRules rules;
  if (report.swaps) {
    text += fmt::format("Until {}, follow the swaps for your key runs and sessions; for everything else, let the pain "
                        "guide you: ",
                        core::format_iso_date(report.swaps->swaps.to));
  } else {
    text += "Let the pain guide you: ";
  }
  text += fmt::format(
      "during and after training it should stay at {}/10 or less and settle by the next morning, and morning pain "
      "should not grow from week to week (the pain-monitoring model, Silbernagel 2007).",
      rules.settled_score);
  auto action = AdviceAction::None;
  if (report.swaps && report.plan) {
    const bool plan_before_pain = std::any_of(
        report.swaps->because.begin(), report.swaps->because.end(),
        [&](const analytics::PainStep& step) { return report.plan->start < step.report.date; });
    if (plan_before_pain) {
      text += " A re-plan moves the strength sessions around it.";
      action = AdviceAction::Replan;
    }
  }
  text +=
      " Stride does not diagnose: see a physiotherapist or doctor if the pain persists beyond a week or two or keeps "
      "rising, and at once with swelling, night pain or a limp.";
  report.advice.push_back(Advice{AdviceTopic::Pain, text, {"pain", "pain_rising"}, action});
}

void add_advice(StatusReport& report, const std::vector<analytics::PainStep>& history) {
  add_pain_advice(report, history);
  if (has_flag(report, {"single_run_spike", "weekly_distance_jump"})) {
    report.advice.push_back(Advice{
        AdviceTopic::LoadRise,
        "Recent load rose quickly: keep the next runs easy and no longer than your longest run of the last 30 days; "
        "a re-plan trims next week's strength volume.",
        {"single_run_spike", "weekly_distance_jump"},
        AdviceAction::Replan});
  }
  // The latest monotony flag's advice, once however many weeks raised it.
  for (auto flag = report.flags.rbegin(); flag != report.flags.rend(); ++flag) {
    if (flag->code() != "monotony_high") continue;
    report.advice.push_back(
        Advice{AdviceTopic::Monotony, std::string(flag->message()), {"monotony_high"}, AdviceAction::None});
    break;
  }
  const bool missed = std::any_of(report.week.begin(), report.week.end(),
                                  [](const StatusDay& day) { return day.state == DayState::Missed; });
  if (missed) {
    report.advice.push_back(Advice{
        AdviceTopic::Missed,
        "Some planned work was missed this week. Do not double up; if the whole week goes, re-planning repeats it "
        "instead of moving on.",
        {},
        AdviceAction::None});
  }
}

// The swaps for the plan in effect from today, when recent pain asks for less load. What today's
// log already holds is not swapped: a run logged today leaves today's run alone, likewise a session.
core::Status add_swaps(StatusReport& report, const Catalog& catalog, core::Store& store,
                       const std::vector<analytics::PainStep>& history) {
  const core::Date today = report.today;
  auto because = analytics::pain_asking_for_less_load(history, core::add_days(today, -(kStatusPainDays - 1)), today);
  if (because.empty()) return {};
  planning::SwapTrigger trigger{today, 0, {}};
  for (const auto& step : because) {
    trigger.worst_score = std::max(trigger.worst_score, step.report.score);
    trigger.regions.insert(step.report.region);
  }
  const planning::SwapRules rules;
  STRIDE_TRY(const auto effective, store.effective_days(report.athlete.id, today, core::add_days(today, rules.days - 1)));
  std::vector<core::PlanDay> days;
  for (const auto& planned : effective) days.push_back(planned.day);
  for (const auto& day : report.week) {
    if (day.date != today) continue;
    const auto logged = [&](core::Sport sport) {
      return std::any_of(day.done.begin(), day.done.end(), [&](const core::Activity& a) { return a.sport == sport; });
    };
    for (auto& planned : days) {
      if (planned.date != today) continue;
      if (logged(core::Sport::Run)) planned.run.reset();
      if (logged(core::Sport::Strength)) planned.sessions.clear();
    }
  }
  report.swaps = StatusSwaps{std::move(because), planning::pain_swaps(days, trigger, catalog.library, rules)};
  return {};
}

// Recent activities without an RPE carry a heart-rate load or none: ask for ratings.
void add_rating_advice(StatusReport& report, const core::TrainingLog& log) {
  const core::Date recent = core::add_days(report.today, -(kStatusRecentDays - 1));
  int heart_rate = 0;
  int unrated = 0;
  for (const auto& activity : log.activities) {
    if (activity.date < recent) continue;
    const auto basis = core::load_basis(activity);
    if (basis == core::LoadBasis::HeartRate) ++heart_rate;
    if (basis == core::LoadBasis::Unrated) ++unrated;
  }
  if (unrated > 0) {
    report.advice.push_back(Advice{
        AdviceTopic::Ratings,
        fmt::format("{} recent imported activit{} no RPE and no heart-rate load, so the load figures miss {}: rate {} "
                    "with an RPE.",
                    unrated, unrated == 1 ? "y has" : "ies have", unrated == 1 ? "it" : "them",
                    unrated == 1 ? "it" : "them"),
        {},
        AdviceAction::RateActivities});
  }
  if (heart_rate > 0) {
    report.advice.push_back(Advice{
        AdviceTopic::Ratings,
        fmt::format("{} recent imported activit{} load from heart rate (Banister TRIMP), a different scale from RPE × "
                    "minutes; rating {} keeps the load figures consistent.",
                    heart_rate, heart_rate == 1 ? "y takes its" : "ies take their", heart_rate == 1 ? "it" : "them"),
        {},
        AdviceAction::RateActivities});
  }
}

}  // namespace

core::Result<StatusReport> status(const Catalog& catalog, core::Store& store, core::AthleteId athlete,
                                  core::Date today) {
  STRIDE_TRY(const auto log, store.training_log(athlete, std::nullopt, today));
  return status_of_log(catalog, store, athlete, log, today);
}

core::Result<StatusReport> status_of_log(const Catalog& catalog, core::Store& store, core::AthleteId athlete,
                                         const core::TrainingLog& log, core::Date today) {
  StatusReport report;
  STRIDE_TRY(report.athlete, store.find_athlete(athlete));
  report.today = today;
  const core::Date monday = core::monday_of(today);
  STRIDE_TRY(const auto effective, store.effective_days(athlete, monday, core::add_days(monday, 6)));
  report.week = week_days(effective, log, monday, today);

  STRIDE_TRY(const auto latest, store.latest_plan_outline(athlete));
  if (latest) {
    StatusPlan plan{latest->id, latest->plan.start, latest->plan.end, latest->plan.race, std::nullopt};
    for (const auto& week : latest->plan.weeks) {
      if (week.start <= today && today <= core::add_days(core::monday_of(week.start), 6)) plan.week = week;
    }
    report.plan = plan;
  }

  if (!log.activities.empty() || !log.pain.empty()) {
    const auto load = analytics::compute_load(log, today);
    if (!load.daily.empty()) report.load = load.daily.back();
    report.log_days = static_cast<int>(load.daily.size()) - 1;
    report.form = analytics::form_of(load.daily);
    if (!log.activities.empty()) report.week_comparison = analytics::compare_week_to_date(log, today);
    for (const auto& week : load.weeks) {
      if (week.start == monday) report.load_week = week;
    }
    const std::size_t trend = std::min(load.weeks.size(), static_cast<std::size_t>(kStatusTrendWeeks));
    report.recent_weeks.assign(load.weeks.end() - static_cast<std::ptrdiff_t>(trend), load.weeks.end());
    const core::Date recent = core::add_days(today, -(kStatusRecentDays - 1));
    for (const auto& flag : load.flags) {
      if (flag.date >= recent) report.flags.push_back(flag);
    }
    for (const auto& pain : log.pain) {
      if (pain.date >= recent) report.pain.push_back(pain);
    }
  }

  std::vector<analytics::RaceResult> races;
  for (const auto& activity : log.activities) {
    if (activity.race && activity.distance_km) {
      races.push_back(analytics::RaceResult{activity.date, *activity.distance_km, activity.duration_min});
    }
  }
  if (!races.empty()) {
    report.latest_race = races.back();
    report.predictions = analytics::predict_races(races);
  }
  report.running_dynamics = analytics::running_dynamics(log, report.athlete.athlete, today);
  const auto history = analytics::pain_history(log, today);
  STRIDE_TRY_STATUS(add_swaps(report, catalog, store, history));
  add_advice(report, history);
  add_rating_advice(report, log);
  return report;
}

}  // namespace stride::service
