#include "stride/report/handout.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "stride/report/dose.hpp"

namespace stride::report {
namespace {

using core::Date;

constexpr std::string_view kDeloadSuffix = " (deload)";

std::string base_title(std::string title) {
  if (title.ends_with(kDeloadSuffix)) title.resize(title.size() - kDeloadSuffix.size());
  return title;
}

bool within(Date date, Date start, Date end) { return date >= start && date <= end; }

// The 1-based number of the plan week holding `date`.
int week_number(const core::Plan& plan, Date date) {
  int number = 0;
  for (std::size_t index = 0; index < plan.weeks.size(); ++index) {
    if (plan.weeks[index].start <= date) number = static_cast<int>(index) + 1;
  }
  return std::max(number, 1);
}

bool is_deload_week(const core::Plan& plan, Date date) {
  const int number = week_number(plan, date);
  return number <= static_cast<int>(plan.weeks.size()) && plan.weeks[static_cast<std::size_t>(number - 1)].deload;
}

// What a later session's item changes in the grid: its volume and effort (sides and tempo stay).
bool same_dose(const core::Prescription& a, const core::Prescription& b) {
  return volume_words(a) == volume_words(b) && effort_words(a) == effort_words(b);
}

struct SessionAt {
  Date date;
  const core::PlannedSession* session;
};

std::vector<SessionAt> sessions_between(const core::Plan& plan, Date start, Date end) {
  std::vector<SessionAt> found;
  for (const auto& day : plan.days) {
    if (!within(day.date, start, end)) continue;
    for (const auto& session : day.sessions) found.push_back({day.date, &session});
  }
  return found;
}

// The templates of one phase: one per title, from its first session in a loading week (or its
// first session when every one falls in a deload), with each exercise's later doses.
void add_templates(const core::Plan& plan, const core::PhaseSpan& phase, std::vector<SessionTemplate>& templates,
                   std::set<std::string>& mentioned, std::set<std::string>& reasons,
                   std::set<std::string>& light_titles) {
  const auto sessions = sessions_between(plan, phase.start, phase.end);
  std::vector<std::string> titles;
  for (const auto& at : sessions) {
    const auto title = base_title(at.session->title);
    if (std::ranges::find(titles, title) == titles.end()) titles.push_back(title);
  }
  for (const auto& title : titles) {
    std::vector<SessionAt> same;
    for (const auto& at : sessions) {
      if (base_title(at.session->title) == title) same.push_back(at);
    }
    const bool strength = same.front().session->kind == core::SessionKind::Strength;
    // A light session reads the same in every phase: it is shown once.
    if (!strength && !light_titles.insert(title).second) continue;
    const auto first_loading = std::ranges::find_if(same, [&](const SessionAt& at) { return !is_deload_week(plan, at.date); });
    const auto& chosen = first_loading != same.end() ? *first_loading : same.front();
    SessionTemplate entry;
    entry.phase = phase.name;
    entry.title = title;
    entry.kind = chosen.session->kind;
    entry.intensity = chosen.session->intensity;
    entry.minutes = static_cast<int>(chosen.session->minutes.count());
    entry.sessions = static_cast<int>(same.size());
    if (reasons.insert(chosen.session->why).second) entry.why = chosen.session->why;
    std::map<std::string, std::size_t> row_of;
    for (const auto& block : chosen.session->blocks) {
      for (const auto& item : block.items) {
        TemplateRow row;
        row.block = block.name;
        row.item = item;
        row.says_why = mentioned.insert(item.exercise).second && reasons.insert(item.why).second;
        row_of.emplace(block.name + "/" + item.exercise, entry.rows.size());
        entry.rows.push_back(std::move(row));
      }
    }
    // Later loading sessions: a changed dose of a main exercise, or an exercise that joins (placed
    // after its block's last row) and takes another's place.
    std::map<std::string, int> last_seen;  // main rows: the last week a loading session held them
    const int first_week = week_number(plan, chosen.date);
    for (const auto& [key, index] : row_of) {
      if (entry.rows[index].block == "main") last_seen[key] = first_week;
    }
    int final_week = first_week;
    for (const auto& at : same) {
      if (at.session == chosen.session || at.date < chosen.date || is_deload_week(plan, at.date)) continue;
      const int week = week_number(plan, at.date);
      final_week = std::max(final_week, week);
      for (const auto& block : at.session->blocks) {
        if (block.name != "main") continue;
        for (const auto& item : block.items) {
          const std::string key = block.name + "/" + item.exercise;
          last_seen[key] = week;
          const auto found = row_of.find(key);
          if (found == row_of.end()) {
            TemplateRow row;
            row.block = block.name;
            row.item = item;
            row.from_week = week;
            row.says_why = mentioned.insert(item.exercise).second && reasons.insert(item.why).second;
            std::size_t at_index = entry.rows.size();
            for (std::size_t index = 0; index < entry.rows.size(); ++index) {
              if (entry.rows[index].block == block.name) at_index = index + 1;
            }
            entry.rows.insert(entry.rows.begin() + static_cast<std::ptrdiff_t>(at_index), std::move(row));
            for (auto& [other, index] : row_of) {
              if (index >= at_index) ++index;
            }
            row_of.emplace(key, at_index);
            continue;
          }
          auto& row = entry.rows[found->second];
          const auto& last = row.changes.empty() ? row.item : row.changes.back().item;
          if (same_dose(last, item)) continue;
          if (!row.changes.empty() && row.changes.back().week_number == week) continue;
          row.changes.push_back({week, item});
        }
      }
    }
    for (const auto& [key, week] : last_seen) {
      if (week < final_week) entry.rows[row_of.at(key)].until_week = week;
    }
    templates.push_back(std::move(entry));
  }
}

std::string session_label(const core::PlannedSession& session) {
  return fmt::format("{} · {} min", session.title, session.minutes.count());
}

HandoutRace race_at(const core::Plan& plan, Date date, bool goal, std::optional<double> distance) {
  HandoutRace race;
  race.date = date;
  race.goal = goal;
  race.distance_km = distance;
  const Date eve = core::add_days(date, -1);
  std::optional<Date> first_not_light;
  for (const auto& day : plan.days) {
    for (const auto& session : day.sessions) {
      if (day.date < date && session.intensity == core::Intensity::Heavy) race.last_heavy_before = day.date;
      if (day.date == eve && race.day_before.empty()) {
        race.day_before_session_date = eve;
        race.day_before = session_label(session);
      }
      if (day.date <= date) continue;
      if (session.kind == core::SessionKind::Strength && !race.first_strength_after) race.first_strength_after = day.date;
      if (session.intensity != core::Intensity::Light && !first_not_light) first_not_light = day.date;
    }
  }
  if (goal && plan.after_race) {
    race.light_until = plan.after_race->end;
  } else if (first_not_light) {
    race.light_until = core::add_days(*first_not_light, -1);
  }
  return race;
}

}  // namespace

std::string row_weeks_words(const TemplateRow& row) {
  if (row.from_week && row.until_week) {
    return *row.from_week == *row.until_week ? fmt::format("week {}", *row.from_week)
                                             : fmt::format("weeks {}-{}", *row.from_week, *row.until_week);
  }
  if (row.from_week) return fmt::format("from week {}", *row.from_week);
  if (row.until_week) return fmt::format("until week {}", *row.until_week);
  return {};
}

std::string changes_words(const std::vector<DoseChange>& changes) {
  std::string words;
  for (const auto& change : changes) {
    std::string dose = volume_words(change.item);
    if (const auto effort = effort_words(change.item); !effort.empty()) dose += " " + effort;
    words += fmt::format("{}week {}: {}", words.empty() ? "" : "; ", change.week_number, dose);
  }
  return words;
}

Handout build_handout(const core::Plan& plan) {
  Handout handout;
  for (const auto& phase : plan.phases) {
    HandoutPhase row;
    row.phase = phase.name;
    row.start = phase.start;
    row.end = phase.end;
    for (const auto& week : plan.weeks) {
      const Date week_end = core::add_days(core::monday_of(week.start), 6);
      if (week_end < phase.start || week.start > phase.end || week.phase != phase.name) continue;
      ++row.weeks;
      row.sessions_per_week = std::max(row.sessions_per_week, week.strength_sessions);
      row.deload_weeks += week.deload ? 1 : 0;
    }
    handout.phases.push_back(row);
  }
  std::set<std::string> mentioned;
  std::set<std::string> reasons;
  std::set<std::string> light_titles;
  for (const auto& phase : plan.phases) add_templates(plan, phase, handout.templates, mentioned, reasons, light_titles);
  for (const auto& day : plan.days) {
    if (!day.run || day.run->type != core::RunType::Race) continue;
    const bool goal = plan.race && plan.race->date == day.date;
    handout.races.push_back(race_at(plan, day.date, goal,
                                    day.run->distance ? std::optional(day.run->distance->value()) : std::nullopt));
  }
  for (std::size_t index = 0; index < plan.weeks.size(); ++index) {
    const auto& week = plan.weeks[index];
    CalendarWeek entry;
    entry.number = static_cast<int>(index) + 1;
    entry.start = week.start;
    entry.phase = week.phase;
    entry.deload = week.deload;
    entry.focus = week.focus;
    const Date week_end = core::add_days(core::monday_of(week.start), 6);
    for (const auto& day : plan.days) {
      if (!within(day.date, week.start, week_end)) continue;
      CalendarDay shown{day.date, {}};
      if (day.run && day.run->type == core::RunType::Race) {
        const bool goal = plan.race && plan.race->date == day.date;
        std::string race = goal ? "GOAL RACE" : "race";
        if (day.run->distance) race += fmt::format(" {:g} km", day.run->distance->value());
        shown.entries.push_back(std::move(race));
      }
      for (const auto& session : day.sessions) shown.entries.push_back(session_label(session));
      if (!shown.entries.empty()) entry.days.push_back(std::move(shown));
    }
    handout.calendar.push_back(std::move(entry));
  }
  return handout;
}

}  // namespace stride::report
