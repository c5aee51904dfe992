#include "stride/report/plan_ics.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "stride/core/display_text.hpp"
#include "stride/report/dose.hpp"
#include "wording.hpp"

namespace stride::report {
namespace {

constexpr std::size_t kMaximumLineOctets = 75;
constexpr std::string_view kLineEnd = "\r\n";

bool is_continuation_byte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U; }

// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line break (LF or
// CRLF) written as \n, and other control characters (tab aside) dropped, since TEXT cannot hold them.
std::string escape_text(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char character = text[index];
    switch (character) {
      case '\\': escaped += "\\\\"; break;
      case ';': escaped += "\\;"; break;
      case ',': escaped += "\\,"; break;
      case '\n': escaped += "\\n"; break;
      case '\r':
        if (index + 1 < text.size() && text[index + 1] == '\n') break;
        escaped += "\\n";
        break;
      default:
        if ((static_cast<unsigned char>(character) < 0x20U && character != '\t') || character == '\x7F') break;
        escaped += character;
    }
  }
  return escaped;
}

// Appends one content line, folded (RFC 5545 §3.1): no physical line is longer than 75 octets,
// a continuation starts with one space, and a break never falls inside a UTF-8 sequence.
void append_line(std::string& out, std::string_view line) {
  std::size_t budget = kMaximumLineOctets;
  while (line.size() > budget) {
    std::size_t cut = budget;
    while (cut > 0 && is_continuation_byte(line[cut])) --cut;
    if (cut == 0) cut = budget;  // not UTF-8: cut where the budget ends rather than loop
    out.append(line.substr(0, cut));
    out.append(kLineEnd);
    out.push_back(' ');
    line.remove_prefix(cut);
    budget = kMaximumLineOctets - 1;
  }
  out.append(line);
  out.append(kLineEnd);
}

// FNV-1a, 64 bits (Fowler, Noll and Vo): a stable hash of bytes, the same on every machine.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 14695981039346656037ULL) {
  for (const char byte : bytes) {
    hash ^= static_cast<unsigned char>(byte);
    hash *= 1099511628211ULL;
  }
  return hash;
}

// YYYYMMDD, the form of an iCalendar DATE.
std::string ical_date(core::Date date) {
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()));
}

std::string item_line(const core::Prescription& item, const core::ExerciseLibrary& library) {
  std::string line = fmt::format("- {}: {}", detail::exercise_name(library, item.exercise), describe_dose(item));
  if (item.pair_with) line += fmt::format("; paired with {}", detail::exercise_name(library, *item.pair_with));
  if (const std::string rest = detail::rest_words(item.rest_seconds); !rest.empty()) {
    line += fmt::format("; rest {}", rest);
  }
  return line;
}

// The DESCRIPTION text, before escaping: the reason, each block with its items and their
// reasons, and the day's run when there is one.
std::string session_description(const core::PlannedSession& session, const std::optional<core::PlannedRun>& run,
                                const core::ExerciseLibrary& library) {
  std::string text = session.why;
  for (const auto& change : session.changes) {
    text += fmt::format("\n\nChanged by {}: {} ({})", change.by, change.what, change.why);
  }
  for (const auto& block : session.blocks) {
    text += fmt::format("\n\n{} ({})", detail::block_title(block.name), detail::rounds_words(block.rounds));
    for (const auto& item : block.items) {
      // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) on `"literal" + string`.
      text += '\n';
      text += item_line(item, library);
      if (!item.why.empty()) {
        text += "\n  ";
        text += item.why;
      }
    }
  }
  if (detail::is_running_day(run)) text += fmt::format("\n\nRun that day: {}", detail::run_words(*run));
  return text;
}

void append_event(std::string& out, const core::Plan& plan, const core::PlanDay& day,
                  const core::PlannedSession& session, const core::ExerciseLibrary& library,
                  const IcsOptions& options) {
  append_line(out, "BEGIN:VEVENT");
  append_line(out, fmt::format("UID:{}", event_uid(session.id, plan.athlete, options.athlete)));
  append_line(out, fmt::format("DTSTAMP:{}T000000Z", ical_date(plan.start)));
  append_line(out, fmt::format("DTSTART;VALUE=DATE:{}", ical_date(day.date)));
  append_line(out, fmt::format("DTEND;VALUE=DATE:{}", ical_date(core::add_days(day.date, 1))));
  // METHOD:PUBLISH requires an organizer (RFC 5546 §3.2.1); the .invalid domain never resolves.
  append_line(out, "ORGANIZER;CN=Stride:mailto:plans@stride.invalid");
  append_line(out, fmt::format("SUMMARY:{}",
                               escape_text(fmt::format("{} · {} · {} min", session.title,
                                                       core::enum_name(session.intensity), session.minutes.count()))));
  append_line(out, fmt::format("DESCRIPTION:{}", escape_text(session_description(session, day.run, library))));
  append_line(out, fmt::format("CATEGORIES:{},{}", core::enum_name(session.kind), core::enum_name(session.phase)));
  append_line(out, "TRANSP:TRANSPARENT");
  append_line(out, "END:VEVENT");
}

void append_days(std::string& out, const core::Plan& plan, const std::vector<core::PlanDay>& days,
                 const core::ExerciseLibrary& library, const IcsOptions& options) {
  for (const auto& day : days) {
    for (const auto& session : day.sessions) {
      if (!session.skipped) append_event(out, plan, day, session, library, options);  // not to be done
    }
  }
}

}  // namespace

std::string event_uid(std::string_view session_id, std::string_view athlete_name,
                      std::optional<core::AthleteId> athlete) {
  const std::string stored = athlete ? fmt::format("r{}-", athlete->value) : std::string();
  // The id and the name are hashed apart, so no id and name can be read as another pair.
  const std::uint64_t hash = fnv1a(athlete_name, fnv1a(std::string_view("\0", 1), fnv1a(stored)));
  return fmt::format("{}-{}{:016x}@stride.invalid", escape_text(session_id), stored, hash);
}

std::string render_plan_ics(const core::Plan& plan, const core::ExerciseLibrary& library, const IcsOptions& options) {
  std::string out;
  append_line(out, "BEGIN:VCALENDAR");
  append_line(out, "VERSION:2.0");
  append_line(out, "PRODID:-//Stride//Stride plan//EN");
  append_line(out, "CALSCALE:GREGORIAN");
  append_line(out, "METHOD:PUBLISH");
  append_line(out, fmt::format("X-WR-CALNAME:{}",
                               escape_text(fmt::format("Stride plan for {}", core::neutralised(plan.athlete)))));
  append_days(out, plan, plan.days, library, options);
  if (plan.after_race) append_days(out, plan, plan.after_race->days, library, options);
  append_line(out, "END:VCALENDAR");
  return out;
}

}  // namespace stride::report
