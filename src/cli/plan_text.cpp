#include <fmt/format.h>

#include <set>

#include "plan_handout_text.hpp"
#include "stride/core/display_text.hpp"
#include "stride/report/dose.hpp"
#include "text_format.hpp"
#include "text_output.hpp"

namespace stride::cli {
namespace {

std::string block_title(std::string_view name) {
  if (name == "warm_up") return "Warm-up";
  if (name == "main") return "Main work";
  if (name == "core") return "Core";
  if (name == "cool_down") return "Cool-down";
  std::string title = spaced(name);
  if (!title.empty()) title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

std::string weekday_title(core::Date date) {
  static constexpr std::array<std::string_view, 7> names{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return std::string(names[static_cast<std::size_t>(core::weekday_of(date))]);
}


// Sessions with each item; an exercise's cues are printed the first time it appears, and a reason
// (a session's or an item's) the first time its words appear.
std::string render_days(const std::vector<core::PlanDay>& days, const service::Catalog& catalog,
                        std::set<std::string>& explained, std::set<std::string>& said) {
  std::string text;
  for (const auto& day : days) {
    if (day.sessions.empty()) continue;
    text += fmt::format("\n  {} {} · run: {}\n", weekday_title(day.date), core::format_iso_date(day.date),
                        planned_run_text(day.run));
    for (const auto& session : day.sessions) {
      text += fmt::format("    {} · {} · {} · {} min  [{}]\n", session.title, core::enum_name(session.kind),
                          core::enum_name(session.intensity), session.minutes.count(), session.id);
      if (said.insert(session.why).second) text += wrap(fmt::format("Why: {}", session.why), "      ");
      if (session.skipped) text += "      Skipped: not to be done.\n";
      for (const auto& change : session.changes) {
        text += wrap(fmt::format("Changed by {}: {} ({})", change.by, change.what, change.why), "      ");
      }
      for (const auto& block : session.blocks) {
        text += fmt::format("      {}\n", block_title(block.name));
        for (const auto& item : block.items) {
          const auto* exercise = catalog.library.find(item.exercise);
          const std::string name = exercise != nullptr ? exercise->name : item.exercise.str();
          std::string line = fmt::format("- {}: {}", name, report::describe_dose(item));
          if (item.rest_seconds > 0) line += fmt::format(", rest {} s", item.rest_seconds);
          if (item.pair_with) {
            const auto* partner = catalog.library.find(*item.pair_with);
            line += fmt::format(", paired with {}", partner != nullptr ? partner->name : item.pair_with->str());
          }
          text += wrap(line, "          ", "        ");
          if (said.insert(item.why).second) text += wrap(fmt::format("Why: {}", item.why), "          ");
          if (explained.insert(item.exercise).second) {
            if (exercise != nullptr && !exercise->cues.empty()) {
              std::string cues;
              for (const auto& cue : exercise->cues) cues += fmt::format("{}{}", cues.empty() ? "" : "; ", cue);
              text += wrap(fmt::format("Cues: {}", cues), "          ");
            }
          }
        }
      }
    }
  }
  return text;
}

}  // namespace

std::string planned_run_text(const std::optional<core::PlannedRun>& run) {
  if (!run) return "rest";
  std::string text = spaced(core::enum_name(run->type));
  if (run->distance) text += fmt::format(" {:g} km", run->distance->value());
  if (run->duration) text += fmt::format(" {} min", run->duration->count());
  if (run->note) text += fmt::format(" ({})", *run->note);
  return text;
}

std::string render_plan_text(const core::Plan& plan, const service::Catalog& catalog, PlanDetail detail) {
  std::string text = fmt::format("STRENGTH AND MOBILITY PLAN for {}\n", core::neutralised(plan.athlete));
  text += fmt::format("{} to {}", core::format_iso_date(plan.start), core::format_iso_date(plan.end));
  if (plan.race) {
    text += fmt::format(", goal: {} on {}", spaced(core::enum_name(plan.race->event)),
                        core::format_iso_date(plan.race->date));
  }
  text += "\n";
  if (!plan.warnings.empty()) {
    text += "\nWARNINGS\n";
    for (const auto& warning : plan.warnings) text += wrap(warning, "    ", "  ! ");
  }
  if (detail != PlanDetail::Summary) text += render_handout_text(plan, catalog);
  if (detail == PlanDetail::Summary) text += "\nSEASON\n";
  for (const auto& phase : plan.phases) {
    if (detail != PlanDetail::Summary) break;
    const int days = core::days_between(phase.start, phase.end) + 1;
    text += fmt::format("  {:<14} {} to {}  ({} day{})\n", core::enum_name(phase.name),
                        core::format_iso_date(phase.start), core::format_iso_date(phase.end), days,
                        days == 1 ? "" : "s");
  }
  if (detail == PlanDetail::Summary) text += "\nWEEKS\n";
  for (const auto& week : plan.weeks) {
    if (detail != PlanDetail::Summary) break;
    text += fmt::format("  {}  {:<14} {:<7} {} strength  {}\n", core::format_iso_date(week.start),
                        core::enum_name(week.phase), week.deload ? "deload" : "", week.strength_sessions, week.focus);
  }
  std::set<std::string> explained;
  std::set<std::string> said;
  if (detail == PlanDetail::Full) text += "\nDAY BY DAY\n";
  for (const auto& week : plan.weeks) {
    if (detail != PlanDetail::Full) break;
    const core::Date week_end = core::add_days(core::monday_of(week.start), 6);
    std::vector<core::PlanDay> days;
    for (const auto& day : plan.days) {
      if (core::days_between(week.start, day.date) >= 0 && core::days_between(day.date, week_end) >= 0) {
        days.push_back(day);
      }
    }
    text += fmt::format("\nWEEK OF {} · {}\n", core::format_iso_date(week.start), week.focus);
    text += render_days(days, catalog, explained, said);
  }
  if (plan.after_race && detail == PlanDetail::Full) {
    text += fmt::format("\nAFTER THE RACE · recovery {} to {}\n", core::format_iso_date(plan.after_race->start),
                        core::format_iso_date(plan.after_race->end));
    text += render_days(plan.after_race->days, catalog, explained, said);
  }
  if (!plan.notes.empty()) {
    text += "\nNOTES\n";
    for (const auto& note : plan.notes) text += wrap(note, "    ", "  - ");
  }
  return text;
}

}  // namespace stride::cli
