#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "stride/core/display_text.hpp"
#include "stride/report/dose.hpp"
#include "text_format.hpp"
#include "text_output.hpp"

namespace stride::cli {
namespace {

std::string weekday_name(core::Date date) {
  static constexpr std::array<std::string_view, 7> names{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return std::string(names[static_cast<std::size_t>(core::weekday_of(date))]);
}

std::string clock_time(double minutes) {
  const long seconds = std::lround(minutes * 60);
  if (seconds >= 3600) return fmt::format("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

std::string state_words(service::DayState state) {
  switch (state) {
    case service::DayState::Rest: return "rest";
    case service::DayState::Planned: return "planned";
    case service::DayState::Today: return "today";
    case service::DayState::Done: return "done";
    case service::DayState::Partly: return "partly done";
    case service::DayState::Missed: return "missed";
    case service::DayState::Unplanned: return "done (unplanned)";
  }
  return "";
}

std::string activity_words(const core::Activity& activity) {
  std::string words(core::enum_name(activity.sport));
  if (activity.distance_km) words += fmt::format(" {:.1f} km", *activity.distance_km);
  words += fmt::format(" {:g} min", std::round(activity.duration_min));
  switch (core::load_basis(activity)) {
    case core::LoadBasis::SessionRpe: words += fmt::format(" RPE {:g}", *activity.rpe); break;
    case core::LoadBasis::HeartRate:
      words += fmt::format(" heart-rate load {:.0f} (TRIMP, no RPE)", *activity.recording->heart_rate_load);
      break;
    case core::LoadBasis::Unrated: words += " no RPE"; break;
  }
  if (activity.race) words += " (race)";
  if (!activity.sets.empty()) words += fmt::format(", {} set{}", activity.sets.size(), activity.sets.size() == 1 ? "" : "s");
  return words;
}

std::string today_section(const service::StatusReport& report, const service::Catalog& catalog) {
  std::string text = "\nTODAY\n";
  for (const auto& day : report.week) {
    if (day.date != report.today) continue;
    text += fmt::format("  run: {}\n", planned_run_text(day.planned_run));
    if (day.planned_sessions.empty()) text += "  No strength or mobility session planned today.\n";
    for (const auto& session : day.planned_sessions) {
      text += fmt::format("  {} · {} · {} · {} min\n", session.title, core::enum_name(session.kind),
                          core::enum_name(session.intensity), session.minutes.count());
      for (const auto& block : session.blocks) {
        for (const auto& item : block.items) {
          const auto* exercise = catalog.library.find(item.exercise);
          text += wrap(fmt::format("- {}: {}", exercise != nullptr ? exercise->name : item.exercise.str(),
                                   report::describe_dose(item)),
                       "      ", "    ");
        }
      }
    }
    for (const auto& activity : day.done) text += fmt::format("  logged: {}\n", activity_words(activity));
  }
  return text;
}

std::string week_section(const service::StatusReport& report) {
  std::string text = "\nTHIS WEEK\n";
  for (const auto& day : report.week) {
    std::string planned = planned_run_text(day.planned_run);
    for (const auto& session : day.planned_sessions) planned += " + " + session.title;
    std::string done;
    for (const auto& activity : day.done) done += (done.empty() ? "" : "; ") + activity_words(activity);
    text += fmt::format("  {} {}  {:<12} {}\n", weekday_name(day.date), core::format_iso_date(day.date),
                        state_words(day.state), planned);
    if (!done.empty()) text += wrap("logged: " + done, "                               ", "                           ");
  }
  return text;
}

// "Mon–Wed", or "Mon" for a single day.
std::string weekday_span(const analytics::DaySpan& span) {
  if (span.from == span.to) return weekday_name(span.from);
  return weekday_name(span.from) + "–" + weekday_name(span.to);
}

// "2026-11-16 to 2026-11-18", or one date.
std::string date_span(const analytics::DaySpan& span) {
  if (span.from == span.to) return core::format_iso_date(span.from);
  return core::format_iso_date(span.from) + " to " + core::format_iso_date(span.to);
}

// "+10 %", "-4 %", "0 %" (never "-0 %").
std::string signed_percent(double percent) {
  const double whole = std::round(percent);
  return whole == 0 ? "0 %" : fmt::format("{:+.0f} %", whole);
}

std::string change_text(const std::optional<double>& percent, std::string_view what) {
  return percent ? fmt::format("{} {}", signed_percent(*percent), what) : std::string();
}

// This week's days so far against the same weekdays of last week, saying which days they are.
std::string comparison_text(const service::StatusReport& report) {
  if (!report.week_comparison) return {};
  const auto& comparison = *report.week_comparison;
  const auto& whole = comparison.last_whole_week;
  if (!comparison.this_week) {
    return wrap(fmt::format("this week: nothing logged yet today, the first day of the week, so nothing to compare; "
                            "last week (Mon–Sun, {}): {:.1f} km of running, load {:.0f}",
                            date_span(whole), whole.run_distance_km, whole.load),
                "    ", "  ");
  }
  const auto& now = *comparison.this_week;
  const auto& before = *comparison.last_week;
  std::string text = fmt::format("this week {}{}: {:.1f} km of running, load {:.0f}", weekday_span(now),
                                 comparison.today_counted ? "" : " (today counts once something is logged for it)",
                                 now.run_distance_km, now.load);
  if (report.load_week && report.load_week->monotony) text += fmt::format(", monotony {:.2f}", *report.load_week->monotony);
  text += fmt::format("; last week {} ({}): ", weekday_span(before), date_span(before));
  if (before.run_distance_km == 0 && before.load == 0) {
    text += "nothing logged";
  } else {
    text += fmt::format("{:.1f} km, load {:.0f}", before.run_distance_km, before.load);
    std::string changes = change_text(comparison.distance_change_pct, "distance");
    const std::string load_change = change_text(comparison.load_change_pct, "load");
    if (!load_change.empty()) changes += (changes.empty() ? "" : ", ") + load_change;
    if (!changes.empty()) text += " (" + changes + ")";
  }
  return wrap(text, "    ", "  ");
}

std::string_view form_meaning(analytics::FormBand band) {
  switch (band) {
    case analytics::FormBand::VeryFresh: return "rested for so long that fitness is starting to fade";
    case analytics::FormBand::Fresh: return "rested, ready for a race or a hard session";
    case analytics::FormBand::Neutral: return "neither rested nor tired";
    case analytics::FormBand::Tired: return "the usual fatigue of productive training";
    case analytics::FormBand::VeryTired:
      return "more fatigue than your last six weeks of training explain; ease off if it lasts";
  }
  return "";
}

// Form as a share of fitness, its band in plain words, and the scale.
std::string form_text(const service::StatusReport& report) {
  if (!report.form) {
    return "  form as a share of fitness: not yet; it needs a week of logged training\n";
  }
  const auto& form = *report.form;
  std::string text = wrap(fmt::format("form {} of fitness: {}, {}", signed_percent(form.percent),
                                      spaced(core::enum_name(form.band)), form_meaning(form.band)),
                          "    ", "  ");
  text += wrap(fmt::format("scale: above {:+g} % very fresh · {:+g} to {:+g} % fresh · {:+g} to {:+g} % neutral · "
                           "{:+g} to {:+g} % tired · below {:+g} % very tired",
                           analytics::kFormVeryFreshAbove, analytics::kFormFreshAbove, analytics::kFormVeryFreshAbove,
                           analytics::kFormTiredBelow, analytics::kFormFreshAbove, analytics::kFormVeryTiredBelow,
                           analytics::kFormTiredBelow, analytics::kFormVeryTiredBelow),
               "      ", "    ");
  if (form.short_log) {
    text += wrap(fmt::format("your log covers {} days before today: fitness and fatigue start from zero on its first "
                             "day, so the share is corrected as if you trained before it as you have since",
                             form.days),
                 "      ", "    ");
  }
  return text;
}

std::string load_section(const service::StatusReport& report) {
  if (!report.load) return "\nLOAD\n  Nothing logged yet: `stride log run|strength|pain` or `stride log import FILE`.\n";
  const auto& load = *report.load;
  std::string text = "\nLOAD (session RPE × minutes, arbitrary units)\n";
  text += fmt::format("  today {:.0f} · acute (7-day EWMA) {:.1f} · chronic (28-day EWMA) {:.1f}\n", load.load,
                      load.acute_ewma, load.chronic_ewma);
  // Judged from the same day of the log as the acwr_high flag.
  if (load.acwr_ewma && static_cast<std::size_t>(report.log_days) + 1 < analytics::kAcwrWarmUpDays) {
    // Both averages start on the log's first day, so early on the ratio compares the log with itself.
    text += wrap(fmt::format("ACWR {:.2f}: not meaningful yet; it compares the last week with the last four, and "
                             "your log covers {} day{} before today",
                             *load.acwr_ewma, report.log_days, report.log_days == 1 ? "" : "s"),
                 "  ", "  ");
  } else if (load.acwr_ewma) {
    text += fmt::format("  ACWR {:.2f} ({})", *load.acwr_ewma, analytics::acwr_zone(*load.acwr_ewma));
    if (load.acwr_rolling) text += fmt::format(", rolling {:.2f}", *load.acwr_rolling);
    text += "\n";
  }
  text += fmt::format("  fitness (CTL) {:.1f} · fatigue (ATL) {:.1f} · form (TSB) {:.1f}\n", load.ctl, load.atl, load.tsb);
  text += form_text(report);
  text += comparison_text(report);
  text += wrap(
      "ACWR is shown for its trend only: its value as an injury predictor is contested, and Stride never stops "
      "training on it alone.",
      "  ");
  return text;
}

bool answered(const service::StatusReport& report, std::string_view code) {
  return std::any_of(report.advice.begin(), report.advice.end(), [&](const service::Advice& advice) {
    return std::find(advice.answers.begin(), advice.answers.end(), code) != advice.answers.end();
  });
}

// Each flag's facts; its advice only when WHAT TO DO does not give it.
std::string flags_section(const service::StatusReport& report) {
  std::string text;
  if (!report.flags.empty()) {
    text += fmt::format("\nFLAGS (last {} days)\n", service::kStatusRecentDays);
    bool any_answered = false;
    for (const auto& flag : report.flags) {
      const std::string head = fmt::format("! {} {} ({}): ", core::format_iso_date(flag.date), flag.code(),
                                           core::enum_name(flag.severity()));
      if (answered(report, flag.code())) {
        any_answered = true;
        text += wrap(head + flag.evidence(), "      ", "  ");
      } else {
        text += wrap(head + std::string(flag.message()), "      ", "  ");
        text += wrap("evidence: " + flag.evidence(), "      ", "      ");
      }
    }
    if (any_answered) text += "  What to do about them is under WHAT TO DO.\n";
  }
  if (!report.pain.empty()) {
    text += fmt::format("\nPAIN (last {} days)\n", service::kStatusRecentDays);
    for (const auto& pain : report.pain) {
      text += fmt::format("  {} {} {} {}/10 {}\n", core::format_iso_date(pain.date), core::injury_region_words(pain.region),
                          core::enum_name(pain.side), pain.score, spaced(core::enum_name(pain.when)));
    }
  }
  return text;
}

std::string predictions_section(const service::StatusReport& report) {
  if (!report.latest_race) return {};
  const auto& race = *report.latest_race;
  std::string text = fmt::format("\nRACE PREDICTIONS (latest race: {:g} km in {} on {})\n", race.distance_km,
                                 clock_time(race.time_minutes), core::format_iso_date(race.date));
  for (const auto& prediction : report.predictions) {
    text += fmt::format("  {:<14} {:>8}  {}\n", prediction.label, clock_time(prediction.minutes), prediction.method);
  }
  // Each caveat sentence once, in order of first appearance.
  std::string caveats;
  std::set<std::string> said;
  for (const auto& prediction : report.predictions) {
    std::size_t begin = 0;
    while (begin < prediction.caveat.size()) {
      auto end = prediction.caveat.find(". ", begin);
      end = end == std::string::npos ? prediction.caveat.size() : end + 1;
      const std::string sentence = prediction.caveat.substr(begin, end - begin);
      if (said.insert(sentence).second) caveats += (caveats.empty() ? "" : " ") + sentence;
      begin = end + 1;
    }
  }
  if (!caveats.empty()) text += wrap(caveats, "  ");
  return text;
}

std::string reading_text(const analytics::DynamicsReading& reading) {
  switch (reading.measure) {
    case analytics::DynamicsMeasure::Cadence: return fmt::format("cadence {:.0f} spm", reading.value);
    case analytics::DynamicsMeasure::GroundContactTime: return fmt::format("ground contact {:.0f} ms", reading.value);
    case analytics::DynamicsMeasure::VerticalOscillation:
      return fmt::format("vertical oscillation {:.1f} cm", reading.value / 10.0);
    case analytics::DynamicsMeasure::VerticalRatio: return fmt::format("vertical ratio {:.1f} %", reading.value);
    case analytics::DynamicsMeasure::StepLength: return fmt::format("step length {:.2f} m", reading.value / 1000.0);
    case analytics::DynamicsMeasure::GroundContactBalance:
      return fmt::format("ground-contact balance {:.1f} % left / {:.1f} % right", reading.value, 100.0 - reading.value);
  }
  return {};
}

std::string band_text(analytics::PopulationBand band) {
  switch (band) {
    case analytics::PopulationBand::Top5: return "above the 95th percentile";
    case analytics::PopulationBand::From70To95: return "70th–95th percentile";
    case analytics::PopulationBand::From30To69: return "30th–69th percentile";
    case analytics::PopulationBand::From5To29: return "5th–29th percentile";
    case analytics::PopulationBand::Bottom5: return "below the 5th percentile";
    case analytics::PopulationBand::NotBanded: return "";
  }
  return "";
}

std::string dynamics_section(const service::StatusReport& report) {
  if (!report.running_dynamics) return {};
  const auto& dynamics = *report.running_dynamics;
  std::string text = fmt::format("\nRUNNING FORM ({} recorded run{}, {} to {})\n", dynamics.recorded_runs,
                                 dynamics.recorded_runs == 1 ? "" : "s", core::format_iso_date(dynamics.from),
                                 core::format_iso_date(dynamics.to));
  for (const auto& reading : dynamics.readings) {
    const std::string band = band_text(reading.band);
    const std::string words = reading_text(reading);
    text += band.empty() ? fmt::format("  {}\n", words) : fmt::format("  {:<44}among Garmin users: {}\n", words, band);
  }
  text += wrap("Percentiles say how common a value is among watch users, not whether it is good or bad for you; "
               "they depend on pace, height and terrain. Information, not a diagnosis.",
               "  ");
  if (const auto& cue = dynamics.cadence_cue) {
    text += wrap(fmt::format("Cadence cue: {} try {:.0f}–{:.0f} steps per minute (5–10 % above your own {:.0f}) at the "
                             "same easy pace, on part of an easy run, with a metronome; a higher step rate lowers the "
                             "load on the knee and hip at each step (Heiderscheit 2011).",
                             cue->for_injury ? "with your knee, hip or shin history," : "your cadence is on the low side:",
                             cue->low_spm, cue->high_spm, cue->own_spm),
                 "    ", "  ");
  }
  return text;
}

std::string day_words(core::Date date) { return weekday_name(date) + " " + core::format_iso_date(date); }

// The swaps of the next days, in date order, runs before sessions on a day.
std::string swaps_text(const service::StatusSwaps& status_swaps) {
  const auto& swaps = status_swaps.swaps;
  const planning::SwapRules rules;
  std::string text = fmt::format("    Swaps from {} to {}", day_words(swaps.from), day_words(swaps.to));
  if (swaps.level == planning::SwapLevel::Rest) text += fmt::format(" (pain of {}/10 or more)", rules.rest_score);
  text += ":\n";
  if (swaps.runs.empty() && swaps.sessions.empty()) {
    return text + "      nothing planned in these days needs changing.\n";
  }
  std::vector<std::pair<core::Date, std::string>> lines;
  for (const auto& run : swaps.runs) {
    lines.emplace_back(run.date, fmt::format("{}  {} → {}", day_words(run.date), planned_run_text(run.planned), run.instead));
  }
  for (const auto& session : swaps.sessions) {
    lines.emplace_back(session.date, fmt::format("{}  {}: {}", day_words(session.date), session.title, session.instead));
  }
  std::stable_sort(lines.begin(), lines.end(), [](const auto& left, const auto& right) { return left.first < right.first; });
  for (const auto& line : lines) text += wrap(line.second, "          ", "      ");
  return text;
}

// The command that carries out an advice's action, as a sentence after its text.
std::string command_for(service::AdviceAction action, core::AthleteId athlete) {
  switch (action) {
    case service::AdviceAction::None: return {};
    case service::AdviceAction::Replan: return fmt::format(" To re-plan: `stride plan --athlete-id {}`.", athlete.value);
    case service::AdviceAction::RateActivities:
      return fmt::format(" To rate one: `stride log rate --athlete-id {} --activity-id ID --rpe N`.", athlete.value);
  }
  return {};
}

std::string advice_section(const service::StatusReport& report) {
  if (report.advice.empty()) return {};
  std::string text = "\nWHAT TO DO\n";
  for (const auto& advice : report.advice) {
    text += wrap("- " + advice.text + command_for(advice.action, report.athlete.id), "    ", "  ");
    if (advice.topic == service::AdviceTopic::Pain && report.swaps) text += swaps_text(*report.swaps);
  }
  return text;
}

}  // namespace

std::string render_status_text(const service::StatusReport& report, const service::Catalog& catalog) {
  std::string text = fmt::format("Runner {}: {} · {} {}\n", report.athlete.id.value,
                                 core::neutralised(report.athlete.athlete.name),
                                 weekday_name(report.today), core::format_iso_date(report.today));
  if (report.plan) {
    text += fmt::format("Plan {}: {} to {}", report.plan->id.value, core::format_iso_date(report.plan->start),
                        core::format_iso_date(report.plan->end));
    if (report.plan->race) text += fmt::format(", race on {}", core::format_iso_date(report.plan->race->date));
    text += "\n";
    if (const auto& week = report.plan->week) {
      text += wrap(fmt::format("This week: {}, week {} of the phase{}. {}", core::enum_name(week->phase),
                               week->week_in_phase, week->deload ? " (deload)" : "", week->focus),
                   "  ", "");
    }
  } else {
    text += "No plan stored yet: `stride plan --athlete-id ID --runs RUNS.json`.\n";
  }
  text += today_section(report, catalog);
  text += week_section(report);
  text += load_section(report);
  text += flags_section(report);
  text += predictions_section(report);
  text += dynamics_section(report);
  text += advice_section(report);
  const bool pain_advice = std::any_of(report.advice.begin(), report.advice.end(), [](const service::Advice& advice) {
    return advice.topic == service::AdviceTopic::Pain;
  });
  // The pain advice already says when to see a clinician.
  text += pain_advice ? "\nStride is not a medical device.\n"
                      : "\nStride is not a medical device: pain that persists or worsens needs a physiotherapist or "
                        "doctor.\n";
  return text;
}

}  // namespace stride::cli
