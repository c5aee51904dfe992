#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "html_parts.hpp"
#include "stride/report/dose.hpp"
#include "wording.hpp"

namespace stride::report::detail {
namespace {

std::string phase_title(core::PhaseName phase) { return capitalised(spaced(core::enum_name(phase))); }

// The phases as a bar whose segments grow in proportion to their days (the table after it says it
// all in words, so assistive technology skips the bar).
void append_timeline(std::string& out, const core::Plan& plan) {
  if (plan.phases.empty()) return;
  out += "<ol class=\"timeline\" aria-hidden=\"true\">\n";
  for (const auto& phase : plan.phases) {
    fmt::format_to(std::back_inserter(out), "<li class=\"phase-{}\" style=\"flex-grow: {}\">{}</li>\n",
                   core::enum_name(phase.name), std::max(1, core::days_between(phase.start, phase.end) + 1),
                   phase_title(phase.name));
  }
  out += "</ol>\n";
}

void append_season(std::string& out, const Handout& handout, const core::Plan& plan) {
  out += "<section aria-labelledby=\"season\">\n<h2 id=\"season\">The season</h2>\n";
  append_timeline(out, plan);
  out +=
      "<table class=\"grid season\">\n"
      "<thead><tr><th scope=\"col\">Phase</th><th scope=\"col\">Dates</th><th scope=\"col\">Weeks</th>"
      "<th scope=\"col\">Sessions a week</th><th scope=\"col\">Deload weeks</th></tr></thead>\n<tbody>\n";
  for (const auto& phase : handout.phases) {
    fmt::format_to(std::back_inserter(out),
                   "<tr><th scope=\"row\"><span class=\"swatch phase-{}\"></span>{}</th><td data-label=\"Dates\">{} "
                   "&#8211; {}</td><td data-label=\"Weeks\">{}</td><td data-label=\"Sessions a week\">{}</td>"
                   "<td data-label=\"Deload weeks\">{}</td></tr>\n",
                   core::enum_name(phase.phase), phase_title(phase.phase), escape_html(short_date(phase.start)),
                   escape_html(short_date(phase.end)), phase.weeks, phase.sessions_per_week, phase.deload_weeks);
  }
  out += "</tbody>\n</table>\n";
  if (plan.after_race) {
    fmt::format_to(std::back_inserter(out),
                   "<p class=\"after-season\">Then light recovery after the race, {} &#8211; {}.</p>\n",
                   escape_html(short_date(plan.after_race->start)), escape_html(short_date(plan.after_race->end)));
  }
  out += "</section>\n";
}

void append_row(std::string& out, const TemplateRow& row, const core::ExerciseLibrary& library) {
  fmt::format_to(std::back_inserter(out), "<tr><td class=\"exercise-cell\"><span class=\"exercise\">{}</span>",
                 escape_html(exercise_name(library, row.item.exercise)));
  if (const auto weeks = row_weeks_words(row); !weeks.empty()) {
    fmt::format_to(std::back_inserter(out), " <span class=\"sub\">{}</span>", escape_html(weeks));
  }
  std::string notes = side_words(row.item);
  if (row.item.pair_with) {
    notes += fmt::format("{}paired with {}", notes.empty() ? "" : "; ", exercise_name(library, *row.item.pair_with));
  }
  if (!notes.empty()) fmt::format_to(std::back_inserter(out), "<small class=\"item-note\">{}</small>", escape_html(notes));
  const std::string effort = effort_words(row.item);
  const std::string rest = rest_words(row.item.rest_seconds);
  fmt::format_to(std::back_inserter(out), "</td><td data-label=\"Dose\">{}", escape_html(volume_words(row.item)));
  // An empty cell shows a dash in the grid; at phone width it is left out.
  const auto cell = [&](std::string_view label, const std::string& value) {
    if (value.empty()) {
      fmt::format_to(std::back_inserter(out), "<td class=\"none\" data-label=\"{}\">&#8211;</td>", label);
    } else {
      fmt::format_to(std::back_inserter(out), "<td data-label=\"{}\">{}</td>", label, escape_html(value));
    }
  };
  out += "</td>";
  cell("Tempo", row.item.tempo.value_or(""));
  cell("Rest", rest);
  cell("Effort", effort);
  out += "</tr>\n";
  if (!row.changes.empty()) {
    fmt::format_to(std::back_inserter(out), "<tr class=\"then-row\"><td colspan=\"5\">then {}</td></tr>\n",
                   escape_html(changes_words(row.changes)));
  }
  if (row.says_why && !row.item.why.empty()) {
    fmt::format_to(std::back_inserter(out), "<tr class=\"why-row\"><td colspan=\"5\">{}</td></tr>\n",
                   escape_html(row.item.why));
  }
}

// A row shown in full: the first of its exercise, a main or core lift, or one whose dose moves on.
bool shown_in_full(const TemplateRow& row) {
  return row.says_why || row.block == "main" || row.block == "core" || !row.changes.empty() || row.from_week;
}

// The other rows of a block on one line: "Leg swing 1 × 10 each side · Dead bug 2 × 10".
void append_compact(std::string& out, const std::vector<const TemplateRow*>& rows, const core::ExerciseLibrary& library) {
  if (rows.empty()) return;
  std::string line;
  for (const auto* row : rows) {
    line += fmt::format("{}{} {}", line.empty() ? "" : " · ", exercise_name(library, row->item.exercise),
                        volume_words(row->item));
  }
  fmt::format_to(std::back_inserter(out), "<tr class=\"compact\"><td colspan=\"5\">{}</td></tr>\n",
                 escape_html(line));
}

void append_template(std::string& out, const SessionTemplate& entry, const core::ExerciseLibrary& library) {
  fmt::format_to(std::back_inserter(out),
                 "<section class=\"template kind-{}\">\n<header><h3>{} <span class=\"sub\">&#183; {}</span></h3>"
                 "<p class=\"meta\"><span class=\"tag\">{} min</span><span class=\"tag\">{}</span>"
                 "<span class=\"tag\">{} session{}</span></p></header>\n",
                 core::enum_name(entry.kind), escape_html(entry.title), phase_title(entry.phase), entry.minutes,
                 core::enum_name(entry.intensity), entry.sessions, entry.sessions == 1 ? "" : "s");
  if (!entry.why.empty()) fmt::format_to(std::back_inserter(out), "<p class=\"why\">{}</p>\n", escape_html(entry.why));
  out +=
      "<table class=\"grid dose\">\n<thead><tr><th scope=\"col\">Exercise</th><th scope=\"col\">Dose</th>"
      "<th scope=\"col\">Tempo</th><th scope=\"col\">Rest</th><th scope=\"col\">Effort</th></tr></thead>\n";
  std::string block;
  std::vector<const TemplateRow*> compact;
  for (const auto& row : entry.rows) {
    if (row.block != block) {
      append_compact(out, compact, library);
      compact.clear();
      if (!block.empty()) out += "</tbody>\n";
      block = row.block;
      fmt::format_to(std::back_inserter(out), "<tbody><tr class=\"block\"><th colspan=\"5\" scope=\"rowgroup\">{}</th></tr>\n",
                     escape_html(block_title(block)));
    }
    if (shown_in_full(row)) {
      append_row(out, row, library);
    } else {
      compact.push_back(&row);
    }
  }
  append_compact(out, compact, library);
  if (!block.empty()) out += "</tbody>\n";
  out += "</table>\n</section>\n";
}

void append_races(std::string& out, const Handout& handout) {
  if (handout.races.empty()) return;
  out += "<section aria-labelledby=\"races\">\n<h2 id=\"races\">Around the races</h2>\n<ul class=\"races\">\n";
  for (const auto& race : handout.races) {
    std::string facts;
    const auto add = [&](const std::string& fact) { facts += (facts.empty() ? "" : "; ") + fact; };
    if (race.last_heavy_before) {
      add(fmt::format("last heavy session {} ({} days before)", short_date(*race.last_heavy_before),
                      core::days_between(*race.last_heavy_before, race.date)));
    }
    add(race.day_before.empty() ? "nothing the day before" : "the day before only " + race.day_before);
    if (race.light_until) add(fmt::format("light sessions only until {}", short_date(*race.light_until)));
    if (race.first_strength_after) add(fmt::format("strength again from {}", short_date(*race.first_strength_after)));
    fmt::format_to(std::back_inserter(out), "<li><strong>{} &#183; {}{}</strong>: {}.</li>\n",
                   escape_html(long_date(race.date)), race.goal ? "goal race" : "race",
                   race.distance_km ? fmt::format(" {:g} km", *race.distance_km) : "", escape_html(facts));
  }
  out += "</ul>\n</section>\n";
}

void append_calendar(std::string& out, const Handout& handout) {
  out +=
      "<section aria-labelledby=\"calendar\">\n<h2 id=\"calendar\">Week by week</h2>\n<table class=\"grid calendar\">\n"
      "<thead><tr><th scope=\"col\">Week</th><th scope=\"col\">Starts</th><th scope=\"col\">Phase</th>"
      "<th scope=\"col\">Sessions and races</th></tr></thead>\n<tbody>\n";
  for (const auto& week : handout.calendar) {
    std::string days;
    for (const auto& day : week.days) {
      std::string entries;
      for (const auto& entry : day.entries) entries += (entries.empty() ? "" : ", ") + entry;
      fmt::format_to(std::back_inserter(days), "<span class=\"calendar-day\"><strong>{}</strong> {}</span>",
                     weekday_word(core::weekday_of(day.date)).substr(0, 3), escape_html(entries));
    }
    fmt::format_to(std::back_inserter(out),
                   "<tr{}><th scope=\"row\">{}</th><td data-label=\"Starts\">{}</td><td data-label=\"Phase\">{}{}</td>"
                   "<td data-label=\"Sessions\">{}</td></tr>\n",
                   week.deload ? " class=\"deload\"" : "", week.number, escape_html(short_date(week.start)),
                   phase_title(week.phase), week.deload ? " (deload)" : "",
                   days.empty() ? "<span class=\"empty\">no sessions</span>" : days);
  }
  out += "</tbody>\n</table>\n</section>\n";
}

}  // namespace

void append_handout(std::string& out, const Handout& handout, const core::Plan& plan,
                    const core::ExerciseLibrary& library) {
  append_season(out, handout, plan);
  out += "<section aria-labelledby=\"sessions\">\n<h2 id=\"sessions\">The sessions</h2>\n"
         "<p class=\"lead\">Each phase's sessions as their first week holds them; later weeks change only the doses "
         "shown after &#8220;then&#8221;.</p>\n";
  for (const auto& entry : handout.templates) append_template(out, entry, library);
  if (handout.templates.empty()) out += "<p class=\"empty\">No sessions.</p>\n";
  out += "</section>\n";
  append_races(out, handout);
  append_calendar(out, handout);
}

}  // namespace stride::report::detail
