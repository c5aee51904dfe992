#include <fmt/format.h>

#include <iterator>
#include <set>

#include "html_parts.hpp"
#include "stride/report/dose.hpp"
#include "wording.hpp"

namespace stride::report::detail {
namespace {

void append_item(std::string& out, const core::Prescription& item, const core::ExerciseLibrary& library,
                 std::set<std::string>& said) {
  const std::string rest = rest_words(item.rest_seconds);
  fmt::format_to(std::back_inserter(out), "<tr><td><span class=\"exercise\">{}</span>",
                 escape_html(exercise_name(library, item.exercise)));
  if (!item.why.empty() && said.insert(item.why).second) {
    fmt::format_to(std::back_inserter(out), "<small class=\"item-why\">{}</small>", escape_html(item.why));
  }
  fmt::format_to(std::back_inserter(out), "</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                 escape_html(describe_dose(item)), rest.empty() ? "&#8211;" : escape_html(rest),
                 item.pair_with ? escape_html(exercise_name(library, *item.pair_with)) : "&#8211;");
}

void append_block(std::string& out, const core::Block& block, const core::ExerciseLibrary& library,
                  std::set<std::string>& said) {
  fmt::format_to(std::back_inserter(out), "<table>\n<caption>{} &#183; {}</caption>\n",
                 escape_html(block_title(block.name)), escape_html(rounds_words(block.rounds)));
  out +=
      "<thead><tr><th scope=\"col\">Exercise</th><th scope=\"col\">Dose</th>"
      "<th scope=\"col\">Rest</th><th scope=\"col\">Paired with</th></tr></thead>\n<tbody>\n";
  for (const auto& item : block.items) append_item(out, item, library, said);
  out += "</tbody>\n</table>\n";
}

void append_session(std::string& out, const core::PlannedSession& session, const core::ExerciseLibrary& library,
                    std::set<std::string>& said) {
  fmt::format_to(std::back_inserter(out), "<section class=\"session kind-{}\">\n<header><h4>{}</h4>",
                 core::enum_name(session.kind), escape_html(session.title));
  fmt::format_to(std::back_inserter(out),
                 "<p class=\"meta\"><span class=\"tag\">{}</span><span class=\"tag\">{}</span>"
                 "<span class=\"tag\">{} min</span></p></header>\n",
                 core::enum_name(session.kind), core::enum_name(session.intensity), session.minutes.count());
  if (!session.why.empty() && said.insert(session.why).second) {
    fmt::format_to(std::back_inserter(out), "<p class=\"why\">{}</p>\n", escape_html(session.why));
  }
  for (const auto& block : session.blocks) append_block(out, block, library, said);
  out += "</section>\n";
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char character : text) {
    switch (character) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&#39;"; break;
      default: escaped += character;
    }
  }
  return escaped;
}

bool has_content(const core::PlanDay& day) { return !day.sessions.empty() || is_running_day(day.run); }

void append_day(std::string& out, const core::PlanDay& day, const core::ExerciseLibrary& library,
                std::set<std::string>& said) {
  fmt::format_to(std::back_inserter(out), "<article class=\"day\">\n<div class=\"day-head\">\n<h3>{}</h3>\n",
                 escape_html(long_date(day.date)));
  const std::string run = day.run ? run_words(*day.run) : "Rest from running";
  const bool race = day.run && day.run->type == core::RunType::Race;
  fmt::format_to(std::back_inserter(out), "<p class=\"run{}\"><span class=\"label\">Run</span>{}</p>\n</div>\n",
                 race ? " race" : "", escape_html(run));
  for (const auto& session : day.sessions) append_session(out, session, library, said);
  out += "</article>\n";
}

}  // namespace stride::report::detail
