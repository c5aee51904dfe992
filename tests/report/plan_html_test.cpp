#include <gtest/gtest.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "sample_plan.hpp"
#include "stride/report/plan_html.hpp"

namespace stride::report {
namespace {

using testing::sample_library;
using testing::sample_plan;

// Elements that have no closing tag.
const std::set<std::string, std::less<>> kVoidElements{"meta", "br", "hr", "img", "link", "input", "col", "wbr"};

bool is_name_character(char character) {
  return std::isalnum(static_cast<unsigned char>(character)) != 0 || character == '-';
}

// Checks that the page is well formed as far as the renderer's own markup goes: every tag it
// opens is closed, in order; every '<' starts a tag, a closing tag or the doctype; every '&'
// starts a character reference; attribute values are double-quoted. The stylesheet is skipped.
// Returns the problems found (none when the page is well formed).
std::vector<std::string> markup_problems(std::string_view page) {
  std::vector<std::string> problems;
  std::vector<std::string> open;
  std::size_t index = 0;
  while (index < page.size()) {
    const char character = page[index];
    if (character == '&') {
      std::size_t end = index + 1;
      if (end < page.size() && page[end] == '#') ++end;
      while (end < page.size() && std::isalnum(static_cast<unsigned char>(page[end])) != 0) ++end;
      if (end == index + 1 || end >= page.size() || page[end] != ';') {
        problems.push_back("bare & at " + std::to_string(index));
      }
      index = end;
      continue;
    }
    if (character == '>') problems.push_back("bare > at " + std::to_string(index));
    if (character != '<') {
      ++index;
      continue;
    }
    const std::size_t close = page.find('>', index);
    if (close == std::string_view::npos) {
      problems.push_back("unterminated tag at " + std::to_string(index));
      break;
    }
    const std::string_view tag = page.substr(index + 1, close - index - 1);
    index = close + 1;
    if (tag.starts_with("!DOCTYPE")) continue;
    const bool closing = tag.starts_with('/');
    const std::string_view rest = closing ? tag.substr(1) : tag;
    std::size_t name_end = 0;
    while (name_end < rest.size() && is_name_character(rest[name_end])) ++name_end;
    const std::string name(rest.substr(0, name_end));
    if (name.empty() || std::isalpha(static_cast<unsigned char>(name.front())) == 0) {
      problems.push_back("not a tag: <" + std::string(tag) + ">");
      continue;
    }
    const std::string_view attributes = rest.substr(name_end);
    if (std::count(attributes.begin(), attributes.end(), '"') % 2 != 0 ||
        attributes.find('\'') != std::string_view::npos) {
      problems.push_back("attribute quoting in <" + std::string(tag) + ">");
    }
    if (closing) {
      if (open.empty() || open.back() != name) {
        problems.push_back("</" + name + "> closes <" + (open.empty() ? std::string("nothing") : open.back()) + ">");
      } else {
        open.pop_back();
      }
    } else if (!kVoidElements.contains(name)) {
      open.push_back(name);
      if (name == "style") {  // CSS is not markup: jump to its end tag
        index = page.find("</style>", index);
        if (index == std::string_view::npos) problems.push_back("unterminated <style>");
      }
    }
  }
  for (const auto& name : open) problems.push_back("<" + name + "> is never closed");
  return problems;
}

std::size_t count_of(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

// `text` as the page escapes it.
std::string escape_for_test(std::string_view text) {
  std::string escaped;
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

std::string lower(std::string text) {
  std::ranges::transform(text, text.begin(), [](char character) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
  });
  return text;
}

TEST(MarkupChecker, CatchesWhatItIsThereToCatch) {
  EXPECT_TRUE(markup_problems("<p>a &amp; b<br></p>").empty());
  EXPECT_FALSE(markup_problems("<p><strong>a</p></strong>").empty());
  EXPECT_FALSE(markup_problems("<p>a & b</p>").empty());
  EXPECT_FALSE(markup_problems("<p>a < b</p>").empty());
  EXPECT_FALSE(markup_problems("<section><p>a</p>").empty());
}

TEST(PlanHtml, IsWellFormed) {
  for (auto detail : {PlanDetail::Handout, PlanDetail::Full}) {
    const std::string page = render_plan_html(sample_plan(), sample_library(), detail);
    EXPECT_TRUE(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
    const auto problems = markup_problems(page);
    EXPECT_TRUE(problems.empty()) << fmt::format("{}", fmt::join(problems, "\n"));
  }
}

TEST(PlanHtml, EscapesTheRunnersText) {
  const std::string page = render_plan_html(sample_plan(), sample_library(), PlanDetail::Full);
  EXPECT_NE(page.find("<h1>Stride plan for Zoë O&#39;Neil</h1>"), std::string::npos);
  EXPECT_NE(page.find("&lt;City&gt; Half &amp; 10K, go!"), std::string::npos);
  EXPECT_EQ(page.find("<City>"), std::string::npos);
  EXPECT_NE(page.find("Short &amp; easy: hips &lt; 5 min, then core."), std::string::npos);
  EXPECT_NE(page.find("Sharpen &amp; freshen up &lt;before&gt; the race."), std::string::npos);
  EXPECT_NE(page.find("stop if pain &gt; 3/10 &amp; see a clinician."), std::string::npos);
  EXPECT_NE(page.find("Zoë&#39;s calendar: &quot;long run&quot; is Saturday."), std::string::npos);
}

// A name stored before names were checked shows neutralised: no control or bidirectional-formatting
// character reaches the page (docs/input-checks.md).
TEST(PlanHtml, NeutralisesAStoredNamesControlAndDirectionCharacters) {
  const std::string page = render_plan_html(testing::sample_plan_with_unsafe_name(), sample_library());
  EXPECT_NE(page.find(std::string("<h1>Stride plan for ") + testing::kUnsafeNameShown + "</h1>"), std::string::npos);
  EXPECT_EQ(page.find("\xE2\x80\xAE"), std::string::npos);
  EXPECT_EQ(page.find('\x1B'), std::string::npos);
}

TEST(PlanHtml, ShowsEverySessionAndEveryExercise) {
  const auto plan = sample_plan();
  const std::string page = render_plan_html(plan, sample_library(), PlanDetail::Full);
  for (const auto& [date, session] : testing::sample_sessions(plan)) {
    EXPECT_NE(page.find(fmt::format("<h4>{}</h4>", session->title)), std::string::npos) << session->title;
    for (const auto& block : session->blocks) {
      for (const auto& item : block.items) {
        const auto* exercise = sample_library().find(item.exercise);
        const std::string name = exercise != nullptr ? exercise->name : item.exercise.str();
        EXPECT_NE(page.find(fmt::format("<span class=\"exercise\">{}</span>", name)), std::string::npos) << name;
      }
    }
  }
  EXPECT_NE(page.find(testing::kUnknownExercise), std::string::npos);
}

TEST(PlanHtml, WritesDosesBlocksAndPairsInWords) {
  const std::string page = render_plan_html(sample_plan(), sample_library(), PlanDetail::Full);
  for (const char* caption : {"Warm-up &#183; 1 round", "Main work &#183; 3 rounds", "Cool-down &#183; 1 round",
                              "Hip mobility &#183; 2 rounds"}) {
    EXPECT_NE(page.find(fmt::format("<caption>{}</caption>", caption)), std::string::npos) << caption;
  }
  EXPECT_NE(page.find("<td>3 × 5, RPE 7.5 (~78 % 1RM)</td><td>2 min 30 s</td><td>Box jump</td>"), std::string::npos);
  EXPECT_NE(page.find("<td>3 × 8 each side, left side first, +1 set on the left</td>"), std::string::npos);
  EXPECT_NE(
      page.find("<small class=\"item-why\">Your left side is weaker: it goes first &amp; gets an extra set.</small>"),
      std::string::npos);
}

TEST(PlanHtml, ShowsOnlyDaysWithASessionOrARunUnderTheirWeek) {
  const std::string page = render_plan_html(sample_plan(), sample_library(), PlanDetail::Full);
  EXPECT_EQ(page.find("Monday 23 November 2026</h3>"), std::string::npos);  // no run, no session
  EXPECT_EQ(page.find("Friday 4 December 2026</h3>"), std::string::npos);   // a rest day, no session
  EXPECT_NE(page.find("<h3>Friday 27 November 2026</h3>\n<p class=\"run\"><span class=\"label\">Run</span>"
                      "Rest from running</p>"),
            std::string::npos);
  EXPECT_NE(page.find("Easy run, 8 km"), std::string::npos);
  const auto week_one = page.find("<h2 id=\"week-1\">");
  const auto strength = page.find("<h4>Strength A</h4>");
  const auto week_two = page.find("<h2 id=\"week-2\">");
  const auto power = page.find("<h4>Power B</h4>");
  const auto after_race = page.find("<h2 id=\"after-race\">");
  const auto recovery = page.find("<h4>Recovery flow</h4>");
  const auto notes = page.find("<h2 id=\"notes\">");
  const auto warnings = page.find("<h2 id=\"warnings\">");
  const auto season = page.find("<h2 id=\"season\">");
  ASSERT_NE(warnings, std::string::npos);
  EXPECT_LT(warnings, season);  // the warnings come first, then the hand-out, then the days
  EXPECT_LT(season, week_one);
  EXPECT_LT(week_one, strength);
  EXPECT_LT(strength, week_two);
  EXPECT_LT(week_two, power);
  EXPECT_LT(power, after_race);
  EXPECT_LT(after_race, recovery);
  EXPECT_LT(recovery, notes);
  EXPECT_NE(page.find("deload week"), std::string::npos);
}

TEST(PlanHtml, DrawsPhasesInProportionToTheirDays) {
  const std::string page = render_plan_html(sample_plan(), sample_library());
  EXPECT_NE(page.find("<li class=\"phase-strength\" style=\"flex-grow: 7\">Strength</li>\n"
                      "<li class=\"phase-power\" style=\"flex-grow: 3\">Power</li>\n"
                      "<li class=\"phase-taper\" style=\"flex-grow: 4\">Taper</li>\n"),
            std::string::npos);
}

TEST(PlanHtml, NamesTheRaceOrSaysItIsAGeneralPlan) {
  auto plan = sample_plan();
  EXPECT_NE(render_plan_html(plan, sample_library())
                .find("Goal race: <strong>half marathon</strong> on Sunday 6 December 2026"),
            std::string::npos);
  plan.race.reset();
  EXPECT_NE(render_plan_html(plan, sample_library()).find("general plan"), std::string::npos);
}

TEST(PlanHtml, IsSelfContainedAndAccessible) {
  const std::string page = render_plan_html(sample_plan(), sample_library(), PlanDetail::Full);
  const std::string lowered = lower(page);
  for (const char* outside : {"<script", "http://", "https://", "@import", "url(", "<link", "<img", "src="}) {
    EXPECT_EQ(lowered.find(outside), std::string::npos) << outside;
  }
  EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(page.find("@media print"), std::string::npos);
  EXPECT_EQ(count_of(page, "<th>"), 0u);  // every header cell says what it heads
  EXPECT_EQ(count_of(page, "<th "), count_of(page, "<th scope=\"col\"") + count_of(page, "<th scope=\"row\"") +
                                        count_of(page, "<th colspan=\"5\" scope=\"rowgroup\""));
  EXPECT_EQ(count_of(page, "<h1>"), 1u);
}

TEST(PlanHtml, IsByteIdenticalAcrossCalls) {
  const auto plan = sample_plan();
  const std::string first = render_plan_html(plan, sample_library());
  EXPECT_EQ(render_plan_html(plan, sample_library()), first);
  EXPECT_EQ(render_plan_html(sample_plan(), sample_library()), first);
}

TEST(PlanHtml, AnEmptyPlanIsStillAWellFormedPage) {
  core::Plan plan;
  plan.athlete = "Ana";
  plan.start = testing::sample_date(2026, 11, 23);
  plan.end = plan.start;
  for (auto detail : {PlanDetail::Handout, PlanDetail::Full}) {
    const std::string page = render_plan_html(plan, sample_library(), detail);
    EXPECT_TRUE(markup_problems(page).empty());
    EXPECT_NE(page.find(detail == PlanDetail::Full ? "No sessions or runs." : "No sessions."), std::string::npos);
  }
}

// The hand-out: the season table, one template per phase and title with its dose grid, the
// races, and the calendar; a reason is given once, at the first row of its exercise.
TEST(PlanHtml, LeadsWithTheHandout) {
  const auto plan = sample_plan();
  const std::string page = render_plan_html(plan, sample_library());
  EXPECT_EQ(page.find("<h2 id=\"week-1\">"), std::string::npos);  // no day-by-day listing by default
  const auto season = page.find("<h2 id=\"season\">The season</h2>");
  const auto sessions = page.find("<h2 id=\"sessions\">The sessions</h2>");
  const auto races = page.find("<h2 id=\"races\">Around the races</h2>");
  const auto calendar = page.find("<h2 id=\"calendar\">Week by week</h2>");
  ASSERT_NE(season, std::string::npos);
  EXPECT_LT(season, sessions);
  EXPECT_LT(sessions, races);
  EXPECT_LT(races, calendar);
  EXPECT_NE(page.find("<h3>Strength A <span class=\"sub\">&#183; Strength</span></h3>"), std::string::npos);
  EXPECT_NE(page.find("<td data-label=\"Dose\">3 × 5</td><td class=\"none\" data-label=\"Tempo\">&#8211;</td>"
                      "<td data-label=\"Rest\">2 min 30 s</td><td data-label=\"Effort\">RPE 7.5 (~78 % 1RM)</td>"),
            std::string::npos);
  for (const auto& [date, session] : testing::sample_sessions(plan)) {
    for (const auto& block : session->blocks) {
      for (const auto& item : block.items) {
        if (item.why.empty()) continue;
        EXPECT_LE(count_of(page, ">" + escape_for_test(item.why) + "<"), 1u) << item.why;
      }
    }
  }
}

}  // namespace
}  // namespace stride::report
