#include <gtest/gtest.h>

#include <fmt/format.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ical_checks.hpp"
#include "sample_plan.hpp"
#include "stride/core/date.hpp"
#include "stride/report/plan_ics.hpp"

namespace stride::report {
namespace {

using testing::sample_library;
using testing::sample_plan;

using Component = testing::IcalComponent;

Component parse(const std::string& text) { return testing::parse_ical(text); }
std::vector<icalcomponent*> events_of(icalcomponent* calendar) { return testing::ical_events(calendar); }
int error_count(icalcomponent* component) { return testing::ical_error_count(component); }

// The physical lines of an iCalendar text, split at CRLF; fails the test on a bare CR or LF.
std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find("\r\n", start);
    if (end == std::string::npos) {
      ADD_FAILURE() << "the text does not end with CRLF";
      break;
    }
    lines.push_back(text.substr(start, end - start));
    EXPECT_EQ(lines.back().find_first_of("\r\n"), std::string::npos) << "bare CR or LF in: " << lines.back();
    start = end + 2;
  }
  return lines;
}

// True when `text` is a sequence of whole UTF-8 characters (a cut sequence at either end fails).
bool is_whole_utf8(std::string_view text) {
  std::size_t index = 0;
  while (index < text.size()) {
    const auto lead = static_cast<unsigned char>(text[index]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    if (length == 0 || index + length > text.size()) return false;
    for (std::size_t next = 1; next < length; ++next) {
      if ((static_cast<unsigned char>(text[index + next]) & 0xC0U) != 0x80U) return false;
    }
    index += length;
  }
  return true;
}

std::string ical_date_text(icaltimetype time) {
  return fmt::format("{:04}-{:02}-{:02}", time.year, time.month, time.day);
}

TEST(PlanIcs, ParsesAsOneCalendarThatMeetsTheStandardsRestrictions) {
  const std::string text = render_plan_ics(sample_plan(), sample_library());
  Component calendar = parse(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(error_count(calendar.get()), 0) << icalcomponent_as_ical_string(calendar.get());
  // Returns 1 when every RFC 5545/5546 restriction is met (METHOD:PUBLISH requires an ORGANIZER).
  EXPECT_EQ(icalrestriction_check(calendar.get()), 1);
  EXPECT_EQ(error_count(calendar.get()), 0) << icalcomponent_as_ical_string(calendar.get());
  EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
}

TEST(PlanIcs, StartsWithTheCalendarHeader) {
  const std::string text = render_plan_ics(sample_plan(), sample_library());
  EXPECT_TRUE(
      text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stride//Stride plan//EN\r\n"
                       "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Stride plan for Zoë O'Neil\r\n"))
      << text.substr(0, 300);
  EXPECT_TRUE(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
}

TEST(PlanIcs, HasOneAllDayEventPerSessionWithItsSummaryDateAndUid) {
  const auto plan = sample_plan();
  Component calendar = parse(render_plan_ics(plan, sample_library()));
  ASSERT_NE(calendar, nullptr);
  const auto events = events_of(calendar.get());
  const auto sessions = testing::sample_sessions(plan);
  ASSERT_EQ(sessions.size(), 4u);  // three in the plan, one in the after-race week
  ASSERT_EQ(events.size(), sessions.size());
  for (std::size_t index = 0; index < events.size(); ++index) {
    const auto& [date, session] = sessions[index];
    SCOPED_TRACE(session->id);
    EXPECT_EQ(std::string(icalcomponent_get_uid(events[index])), event_uid(session->id, "Zoë O'Neil", std::nullopt));
    EXPECT_EQ(
        std::string(icalcomponent_get_summary(events[index])),
        fmt::format("{} · {} · {} min", session->title, core::enum_name(session->intensity), session->minutes.count()));
    const icaltimetype start = icalcomponent_get_dtstart(events[index]);
    EXPECT_EQ(start.is_date, 1);
    EXPECT_EQ(ical_date_text(start), core::format_iso_date(date));
    const icaltimetype end = icalcomponent_get_dtend(events[index]);
    EXPECT_EQ(end.is_date, 1);
    EXPECT_EQ(ical_date_text(end), core::format_iso_date(core::add_days(date, 1)));
    const icaltimetype stamp = icalcomponent_get_dtstamp(events[index]);
    EXPECT_EQ(ical_date_text(stamp), "2026-11-23");  // the plan's start, never the clock
    EXPECT_EQ(stamp.hour + stamp.minute + stamp.second, 0);
  }
  EXPECT_EQ(std::string(icalcomponent_get_summary(events[1])), "Mobility, hips; core · light · 20 min");
}

TEST(PlanIcs, DescriptionReadsBackAsTheSessionInWords) {
  Component calendar = parse(render_plan_ics(sample_plan(), sample_library()));
  ASSERT_NE(calendar, nullptr);
  const auto events = events_of(calendar.get());
  ASSERT_FALSE(events.empty());
  const std::string expected =
      std::string(
          "Heavy, slow squats build force; your tendons adapt too.\nKeep two reps in reserve.\n"
          "\nWarm-up (1 round)\n"
          "- Dead bug: 2 × 10 each side, tempo 4-2-1, left side first; rest 30 s\n"
          "  Wakes up the deep core, so the squat has a stable base.\n"
          "\nMain work (3 rounds)\n"
          "- Barbell back squat: 3 × 5, RPE 7.5 (~78 % 1RM); paired with Box jump; rest 2 min 30 s\n"
          "  Contrast pair: heavy squat first, then jumps.\n"
          "- Box jump: 3 × 5 contacts; paired with Barbell back squat; rest 1 min 30 s\n  ") +
      testing::kLongWhy +
      "\n- Rear-foot-elevated split squat: 3 × 8 each side, left side first, +1 set on the left; "
      "rest 1 min\n"
      "  Your left side is weaker: it goes first & gets an extra set.\n"
      "\nCool-down (1 round)\n"
      "- Calf roll on the foam roller: 60 s each side\n"
      "  Eases the calves after jumping.\n"
      "- Wall calf stretch: 2 × 30 s each side\n"
      "\nRun that day: Easy run, 8 km";
  EXPECT_EQ(std::string(icalcomponent_get_description(events[0])), expected);
}

TEST(PlanIcs, NamesAnExerciseTheLibraryLacksByItsId) {
  Component calendar = parse(render_plan_ics(sample_plan(), sample_library()));
  ASSERT_NE(calendar, nullptr);
  const std::string description = icalcomponent_get_description(events_of(calendar.get()).at(1));
  EXPECT_NE(description.find(std::string("- ") + testing::kUnknownExercise + ": 2 × 20 s each side"), std::string::npos)
      << description;
  EXPECT_NE(description.find("\n\nHip mobility (2 rounds)\n"), std::string::npos) << description;
}

TEST(PlanIcs, EveryPhysicalLineIsAtMost75OctetsOfWholeCharactersAndEndsWithCrlf) {
  const std::string text = render_plan_ics(sample_plan(), sample_library());
  const auto lines = physical_lines(text);
  int continuations = 0;
  for (const auto& line : lines) {
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_TRUE(is_whole_utf8(line)) << line;
    continuations += line.starts_with(' ') ? 1 : 0;
  }
  EXPECT_GT(continuations, 10);  // the descriptions are long: folding really happened
}

TEST(PlanIcs, FoldsWithoutSplittingMultiByteCharacters) {
  auto plan = sample_plan();
  std::string title;
  for (int count = 0; count < 120; ++count) title += count % 3 == 0 ? "€" : "ë";  // three- and two-octet characters
  plan.days[2].sessions[0].title = title;
  const std::string text = render_plan_ics(plan, sample_library());
  for (const auto& line : physical_lines(text)) EXPECT_TRUE(is_whole_utf8(line)) << line;
  Component calendar = parse(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_summary(events_of(calendar.get()).at(0))), title + " · heavy · 48 min");
}

TEST(PlanIcs, EscapesBackslashesSemicolonsCommasAndLineBreaks) {
  auto plan = sample_plan();
  plan.days[2].sessions[0].title = R"(Back\slash; semi, comma)";
  plan.days[2].sessions[0].why = "One\r\ntwo\nthree;\\four,";
  plan.days[2].sessions[0].blocks.clear();
  plan.days[2].run.reset();
  const std::string text = render_plan_ics(plan, sample_library());
  EXPECT_NE(text.find("SUMMARY:Back\\\\slash\\; semi\\, comma · heavy · 48 min\r\n"), std::string::npos);
  EXPECT_NE(text.find("DESCRIPTION:One\\ntwo\\nthree\\;\\\\four\\,\r\n"), std::string::npos);
  Component calendar = parse(text);
  ASSERT_NE(calendar, nullptr);
  const auto events = events_of(calendar.get());
  EXPECT_EQ(std::string(icalcomponent_get_summary(events.at(0))), "Back\\slash; semi, comma · heavy · 48 min");
  EXPECT_EQ(std::string(icalcomponent_get_description(events.at(0))), "One\ntwo\nthree;\\four,");
}

TEST(PlanIcs, CategoriesNameTheKindAndThePhase) {
  const std::string text = render_plan_ics(sample_plan(), sample_library());
  EXPECT_NE(text.find("CATEGORIES:strength,strength\r\nTRANSP:TRANSPARENT\r\n"), std::string::npos);
  EXPECT_NE(text.find("CATEGORIES:mobility,strength\r\n"), std::string::npos);
  EXPECT_NE(text.find("CATEGORIES:strength,power\r\n"), std::string::npos);
  EXPECT_NE(text.find("CATEGORIES:recovery,recovery\r\n"), std::string::npos);
}

TEST(PlanIcs, IsByteIdenticalAcrossCalls) {
  const auto plan = sample_plan();
  const std::string first = render_plan_ics(plan, sample_library());
  EXPECT_EQ(render_plan_ics(plan, sample_library()), first);
  EXPECT_EQ(render_plan_ics(sample_plan(), sample_library()), first);
}

TEST(PlanIcs, AnAthleteWithoutANameStillGetsAUid) {
  auto plan = sample_plan();
  plan.athlete = "";
  const std::string text = render_plan_ics(plan, sample_library());
  // FNV-1a 64 of no id, a zero byte and the empty name: (14695981039346656037 ^ 0) × 1099511628211 mod 2^64.
  EXPECT_NE(text.find("UID:2026-11-25-a-af63bd4c8601b7df@stride.invalid\r\n"), std::string::npos);
}

TEST(EventUid, IsTheSessionTheStoredRunnerAndAHashOfTheWholeName) {
  EXPECT_EQ(event_uid("2026-11-25-a", "Ana", core::AthleteId{7}).substr(0, 16), "2026-11-25-a-r7-");
  EXPECT_TRUE(event_uid("2026-11-25-a", "Ana", std::nullopt).ends_with("@stride.invalid"));
  EXPECT_EQ(event_uid("2026-11-25-a", "Ana", std::nullopt).size(), std::string("2026-11-25-a-").size() + 16 + 15);
  EXPECT_EQ(event_uid("2026-11-25-a", "Ana", std::nullopt), event_uid("2026-11-25-a", "Ana", std::nullopt));
}

// Two Chinese names once gave the same UID ("--", the ASCII slug of any two-character name), so one
// runner's events overwrote another's in a coach's calendar.
TEST(EventUid, DiffersForNamesInAnyScript) {
  const std::vector<std::string> names{"张伟", "王芳", "李雷", "ليلى", "דנה", "Zoë", "Zoe\xCC\x88", "Zoe", "🏃", "🏃🏽"};
  std::set<std::string> uids;
  for (const auto& name : names) uids.insert(event_uid("2026-11-25-a", name, std::nullopt));
  EXPECT_EQ(uids.size(), names.size());
  // The same name for two stored runners: their ids tell them apart.
  EXPECT_NE(event_uid("2026-11-25-a", "张伟", core::AthleteId{1}), event_uid("2026-11-25-a", "张伟", core::AthleteId{2}));
}

TEST(PlanIcs, StoredRunnersUidsCarryTheirId) {
  IcsOptions options;
  options.athlete = core::AthleteId{12};
  const std::string text = render_plan_ics(sample_plan(), sample_library(), options);
  EXPECT_NE(text.find("UID:" + event_uid("2026-11-25-a", "Zoë O'Neil", core::AthleteId{12}) + "\r\n"),
            std::string::npos);
  EXPECT_NE(text.find("UID:2026-11-25-a-r12-"), std::string::npos);
}

TEST(PlanIcs, NeutralisesAStoredNameInTheCalendarName) {
  const std::string text = render_plan_ics(testing::sample_plan_with_unsafe_name(), sample_library());
  EXPECT_NE(text.find(std::string("X-WR-CALNAME:Stride plan for ") + testing::kUnsafeNameShown + "\r\n"),
            std::string::npos);
  EXPECT_EQ(text.find("\xE2\x80\xAE"), std::string::npos);
}

}  // namespace
}  // namespace stride::report
