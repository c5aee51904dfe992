#include "stride/report/plan_html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <set>

#include "html_parts.hpp"
#include "stride/core/display_text.hpp"
#include "html_style.hpp"
#include "wording.hpp"

namespace stride::report {
namespace {

using detail::escape_html;

std::string phase_title(core::PhaseName phase) { return detail::capitalised(detail::spaced(core::enum_name(phase))); }

int inclusive_days(core::Date start, core::Date end) { return core::days_between(start, end) + 1; }

void append_header(std::string& out, const core::Plan& plan) {
  fmt::format_to(std::back_inserter(out), "<header class=\"plan-header\">\n<h1>{}</h1>\n",
                 escape_html(fmt::format("Stride plan for {}", core::neutralised(plan.athlete))));
  const int days = inclusive_days(plan.start, plan.end);
  fmt::format_to(std::back_inserter(out), "<p class=\"dates\">{} to {} &#183; {} day{}</p>\n",
                 escape_html(detail::long_date(plan.start)), escape_html(detail::long_date(plan.end)), days,
                 days == 1 ? "" : "s");
  if (plan.race) {
    fmt::format_to(std::back_inserter(out), "<p class=\"race\">Goal race: <strong>{}</strong> on {}</p>\n",
                   escape_html(detail::event_words(plan.race->event)), escape_html(detail::long_date(plan.race->date)));
  } else {
    out += "<p class=\"race\">A general plan, with no goal race</p>\n";
  }
  out += "</header>\n";
}

// The index of the week holding `date`: the last week starting on or before it (the first week
// for a date before every week).
std::size_t week_index(const core::Plan& plan, core::Date date) {
  std::size_t found = 0;
  for (std::size_t index = 0; index < plan.weeks.size(); ++index) {
    if (plan.weeks[index].start <= date) found = index;
  }
  return found;
}

void append_days(std::string& out, const std::vector<const core::PlanDay*>& days,
                 const core::ExerciseLibrary& library, std::set<std::string>& said) {
  if (days.empty()) out += "<p class=\"empty\">No sessions or runs.</p>\n";
  for (const auto* day : days) detail::append_day(out, *day, library, said);
}

void append_weeks(std::string& out, const core::Plan& plan, const core::ExerciseLibrary& library,
                  std::set<std::string>& said) {
  if (plan.weeks.empty()) {
    std::vector<const core::PlanDay*> days;
    for (const auto& day : plan.days) {
      if (detail::has_content(day)) days.push_back(&day);
    }
    out += "<section class=\"week\" aria-labelledby=\"days\">\n<h2 id=\"days\">Day by day</h2>\n";
    append_days(out, days, library, said);
    out += "</section>\n";
    return;
  }
  for (std::size_t index = 0; index < plan.weeks.size(); ++index) {
    const auto& week = plan.weeks[index];
    std::vector<const core::PlanDay*> days;
    for (const auto& day : plan.days) {
      if (detail::has_content(day) && week_index(plan, day.date) == index) days.push_back(&day);
    }
    fmt::format_to(std::back_inserter(out),
                   "<section class=\"week\" aria-labelledby=\"week-{0}\">\n<h2 id=\"week-{0}\">Week {0} "
                   "<span class=\"sub\">&#183; from {1} &#183; {2}{3}</span></h2>\n",
                   index + 1, escape_html(detail::long_date(week.start)), phase_title(week.phase),
                   week.deload ? " &#183; deload week" : "");
    if (!week.focus.empty()) {
      fmt::format_to(std::back_inserter(out), "<p class=\"week-focus\">{}</p>\n", escape_html(week.focus));
    }
    append_days(out, days, library, said);
    out += "</section>\n";
  }
}

void append_after_race(std::string& out, const core::Plan& plan, const core::ExerciseLibrary& library,
                       std::set<std::string>& said) {
  if (!plan.after_race) return;
  const auto& after = *plan.after_race;
  std::vector<const core::PlanDay*> days;
  for (const auto& day : after.days) {
    if (detail::has_content(day)) days.push_back(&day);
  }
  fmt::format_to(
      std::back_inserter(out),
      "<section class=\"week after-race\" aria-labelledby=\"after-race\">\n"
      "<h2 id=\"after-race\">After the race <span class=\"sub\">&#183; recovery, {} &#8211; {}</span></h2>\n",
      escape_html(detail::short_date(after.start)), escape_html(detail::short_date(after.end)));
  append_days(out, days, library, said);
  out += "</section>\n";
}

void append_list(std::string& out, std::string_view css_class, std::string_view title,
                 const std::vector<std::string>& entries) {
  if (entries.empty()) return;
  fmt::format_to(std::back_inserter(out),
                 "<section class=\"{0}\" aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n<ul>\n", css_class, title);
  for (const auto& entry : entries) fmt::format_to(std::back_inserter(out), "<li>{}</li>\n", escape_html(entry));
  out += "</ul>\n</section>\n";
}

}  // namespace

std::string render_plan_html(const core::Plan& plan, const core::ExerciseLibrary& library, PlanDetail detail) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  fmt::format_to(std::back_inserter(out),
                 "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<div class=\"page\">\n",
                 escape_html(fmt::format("Stride plan for {}", core::neutralised(plan.athlete))),
                 detail::plan_stylesheet());
  append_header(out, plan);
  out += "<main>\n";
  append_list(out, "warnings", "Warnings", plan.warnings);
  detail::append_handout(out, build_handout(plan), plan, library);
  if (detail == PlanDetail::Full) {
    out += "<div class=\"day-by-day\">\n";
    std::set<std::string> said;
    append_weeks(out, plan, library, said);
    append_after_race(out, plan, library, said);
    out += "</div>\n";
  }
  append_list(out, "notes", "Notes", plan.notes);
  out +=
      "</main>\n<footer>Made with Stride. A training plan, not medical advice: pain that lasts or gets worse "
      "is a reason to stop and see a clinician.</footer>\n</div>\n</body>\n</html>\n";
  return out;
}

}  // namespace stride::report
