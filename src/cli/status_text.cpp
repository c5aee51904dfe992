#include <fmt/format.h>

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
  if (!activity.sets.empty()) words += fmt::format(", {} sets", activity.sets.size());
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
          text += wrap(fmt::format("- {}: {}", exercise != nullptr ? exercise->name : item.exercise,
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

std::string load_section(const service::StatusReport& report) {
  if (!report.load) return "\nLOAD\n  Nothing logged yet: `stride log run|strength|pain` or `stride log import FILE`.\n";
  const auto& load = *report.load;
  std::string text = "\nLOAD (session RPE × minutes, arbitrary units)\n";
  text += fmt::format("  today {:.0f} · acute (7-day EWMA) {:.1f} · chronic (28-day EWMA) {:.1f}\n", load.load,
                      load.acute_ewma, load.chronic_ewma);
  if (load.acwr_ewma) {
    text += fmt::format("  ACWR {:.2f} ({})", *load.acwr_ewma, analytics::acwr_zone(*load.acwr_ewma));
    if (load.acwr_rolling) text += fmt::format(", rolling {:.2f}", *load.acwr_rolling);
    text += "\n";
  }
  text += fmt::format("  fitness (CTL) {:.1f} · fatigue (ATL) {:.1f} · form (TSB) {:.1f}\n", load.ctl, load.atl, load.tsb);
  if (report.load_week) {
    const auto& week = *report.load_week;
    text += fmt::format("  this week: {:.1f} km of running", week.run_distance_km);
    if (week.distance_change_pct) text += fmt::format(" ({:+.0f} % on last week)", *week.distance_change_pct);
    text += fmt::format(", load {:.0f}", week.load);
    if (week.monotony) text += fmt::format(", monotony {:.2f}", *week.monotony);
    text += "\n";
  }
  text += wrap(
      "ACWR is shown for its trend only: its value as an injury predictor is contested, and Stride never stops "
      "training on it alone.",
      "  ");
  return text;
}

std::string flags_section(const service::StatusReport& report) {
  std::string text;
  if (!report.flags.empty()) {
    text += fmt::format("\nFLAGS (last {} days)\n", service::kStatusRecentDays);
    for (const auto& flag : report.flags) {
      text += wrap(fmt::format("! {} {} ({}): {}", core::format_iso_date(flag.date), flag.code,
                               core::enum_name(flag.severity), flag.message),
                   "      ", "  ");
      text += wrap("evidence: " + flag.evidence, "      ", "      ");
    }
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
  if (!report.advice.empty()) {
    text += "\nWHAT TO DO\n";
    for (const auto& advice : report.advice) text += wrap("- " + advice, "    ", "  ");
  }
  text += "\nStride is not a medical device: pain that persists or worsens needs a physiotherapist or doctor.\n";
  return text;
}

}  // namespace stride::cli
