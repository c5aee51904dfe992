#include <fmt/format.h>

#include <array>

#include "plan_handout_text.hpp"
#include "stride/report/dose.hpp"
#include "stride/report/handout.hpp"
#include "text_format.hpp"

namespace stride::cli {
namespace {

using core::Date;

std::string_view weekday_short(Date date) {
  static constexpr std::array<std::string_view, 7> names{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return names[static_cast<std::size_t>(core::weekday_of(date))];
}

std::string_view month_short(Date date) {
  static constexpr std::array<std::string_view, 12> names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return names[static_cast<unsigned>(date.month()) - 1];
}

// "Sun 17 Jan 2027".
std::string day_words(Date date) {
  return fmt::format("{} {} {} {}", weekday_short(date), static_cast<unsigned>(date.day()), month_short(date),
                     static_cast<int>(date.year()));
}

// "17 Jan".
std::string short_day(Date date) { return fmt::format("{} {}", static_cast<unsigned>(date.day()), month_short(date)); }

std::string block_words(std::string_view name) {
  if (name == "warm_up") return "warm-up";
  if (name == "main") return "main";
  if (name == "cool_down") return "cool-down";
  return spaced(name);
}

std::string exercise_name(const service::Catalog& catalog, const std::string& id) {
  const auto* exercise = catalog.library.find(id);
  return exercise != nullptr ? exercise->name : id;
}

// "3 × 8 each side · tempo 3-1-1 · rest 90 s · RPE 7 (~75 % 1RM) · left side first".
std::string grid_line(const core::Prescription& item) {
  std::string line = report::volume_words(item);
  if (item.tempo) line += fmt::format(" · tempo {}", *item.tempo);
  if (item.rest_seconds > 0) line += fmt::format(" · rest {} s", item.rest_seconds);
  if (const auto effort = report::effort_words(item); !effort.empty()) line += " · " + effort;
  if (const auto sides = report::side_words(item); !sides.empty()) line += " · " + sides;
  return line;
}

std::string season_text(const report::Handout& handout, const core::Plan& plan) {
  std::string text = "\nTHE SEASON\n";
  text += fmt::format("  {:<14} {:<17} {:>5}  {:>13}  {:>7}\n", "phase", "dates", "weeks", "sessions/week", "deloads");
  for (const auto& phase : handout.phases) {
    text += fmt::format("  {:<14} {:<17} {:>5}  {:>13}  {:>7}\n", spaced(core::enum_name(phase.phase)),
                        fmt::format("{} – {}", short_day(phase.start), short_day(phase.end)), phase.weeks,
                        phase.sessions_per_week, phase.deload_weeks);
  }
  if (plan.after_race) {
    text += fmt::format("  then light recovery after the race, {} to {}\n", short_day(plan.after_race->start),
                        short_day(plan.after_race->end));
  }
  return text;
}

std::string templates_text(const report::Handout& handout, const service::Catalog& catalog) {
  std::string text = "\nTHE SESSIONS (each phase's sessions; later weeks change only the doses shown)\n";
  for (const auto& entry : handout.templates) {
    text += fmt::format("\n  {} · {} · {} min · {} · {} session{}\n", upper(core::enum_name(entry.phase)),
                        entry.title, entry.minutes, core::enum_name(entry.intensity), entry.sessions,
                        entry.sessions == 1 ? "" : "s");
    if (!entry.why.empty()) text += wrap(entry.why, "    ");
    std::string block;
    for (const auto& row : entry.rows) {
      if (row.block != block) {
        block = row.block;
        text += fmt::format("    {}\n", block_words(block));
      }
      const auto weeks = report::row_weeks_words(row);
      const std::string joins = weeks.empty() ? "" : fmt::format(" ({})", weeks);
      std::string line = fmt::format("- {}{}: {}", exercise_name(catalog, row.item.exercise), joins, grid_line(row.item));
      if (row.item.pair_with) line += fmt::format(" · paired with {}", exercise_name(catalog, *row.item.pair_with));
      text += wrap(line, "          ", "      ");
      if (!row.changes.empty()) text += wrap("then " + report::changes_words(row.changes), "          ", "        ");
      if (row.says_why && !row.item.why.empty()) text += wrap("Why: " + row.item.why, "          ", "        ");
    }
  }
  return text;
}

std::string races_text(const report::Handout& handout) {
  if (handout.races.empty()) return {};
  std::string text = "\nAROUND THE RACES\n";
  for (const auto& race : handout.races) {
    std::string line = fmt::format("{} · {}{}: ", day_words(race.date), race.goal ? "goal race" : "race",
                                   race.distance_km ? fmt::format(" {:g} km", *race.distance_km) : "");
    std::vector<std::string> parts;
    if (race.last_heavy_before) {
      parts.push_back(fmt::format("last heavy session {} ({} days before)", short_day(*race.last_heavy_before),
                                  core::days_between(*race.last_heavy_before, race.date)));
    }
    parts.push_back(race.day_before.empty() ? "nothing the day before"
                                            : fmt::format("the day before only {}", race.day_before));
    if (race.light_until) parts.push_back(fmt::format("light sessions only until {}", short_day(*race.light_until)));
    if (race.first_strength_after) {
      parts.push_back(fmt::format("strength again from {}", short_day(*race.first_strength_after)));
    }
    for (std::size_t index = 0; index < parts.size(); ++index) line += (index == 0 ? "" : "; ") + parts[index];
    text += wrap(line + ".", "    ", "  ");
  }
  return text;
}

std::string calendar_text(const report::Handout& handout) {
  std::string text = "\nWEEK BY WEEK\n";
  for (const auto& week : handout.calendar) {
    std::string line = fmt::format("{:>2}  {:<6}  {}{}: ", week.number, short_day(week.start),
                                   spaced(core::enum_name(week.phase)), week.deload ? " (deload)" : "");
    if (week.days.empty()) line += "no sessions";
    for (std::size_t index = 0; index < week.days.size(); ++index) {
      const auto& day = week.days[index];
      std::string entries;
      for (const auto& entry : day.entries) entries += (entries.empty() ? "" : ", ") + entry;
      line += fmt::format("{}{} {}", index == 0 ? "" : " | ", weekday_short(day.date), entries);
    }
    text += wrap(line, "                ", "  ");
  }
  return text;
}

}  // namespace

std::string render_handout_text(const core::Plan& plan, const service::Catalog& catalog) {
  const auto handout = report::build_handout(plan);
  return season_text(handout, plan) + templates_text(handout, catalog) + races_text(handout) + calendar_text(handout);
}

}  // namespace stride::cli
