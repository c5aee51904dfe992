#include "stride/service/notes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "account_text.hpp"
#include "stride/service/access_policy.hpp"

namespace stride::service {
namespace {

// NotFound unless `session` names a session of the plan in effect on its date, else InvalidInput
// naming `session`.
core::Status check_planned_session(core::Store& store, core::AthleteId athlete, const core::SessionReference& session) {
  STRIDE_TRY(const auto days, store.effective_days(athlete, session.date, session.date));
  const auto date = core::format_iso_date(session.date);
  if (days.empty()) {
    return std::unexpected(core::invalid_field("session", fmt::format("no plan of this athlete covers {}", date)));
  }
  const auto planned = days.front().day.sessions.size();
  if (session.index < 0 || static_cast<std::size_t>(session.index) >= planned) {
    return std::unexpected(core::invalid_field(
        "session", fmt::format("{} has {} planned session(s); there is none at place {} (counted from 0)", date,
                               planned, session.index)));
  }
  return {};
}

}  // namespace

core::Result<std::string> checked_note_text(std::string_view text) {
  std::string note;
  note.reserve(text.size());
  // Line breaks may be written "\r\n"; they are kept as "\n".
  for (std::size_t position = 0; position < text.size(); ++position) {
    if (text[position] == '\r' && position + 1 < text.size() && text[position + 1] == '\n') continue;
    note += text[position];
  }
  note = std::string(detail::trimmed(note));
  // Line breaks and tabs are allowed in a note; every other character is checked as in a name.
  std::string checked = note;
  std::ranges::replace(checked, '\n', ' ');
  std::ranges::replace(checked, '\t', ' ');
  STRIDE_TRY_STATUS(detail::check_name_text("text", checked, kMaximumNoteLength));
  return note;
}

core::Result<core::Note> write_note(core::Store& store, const core::Account& author, core::AthleteId athlete,
                                    const std::optional<core::SessionReference>& session, std::string_view text,
                                    core::Instant now) {
  STRIDE_TRY(std::string checked, checked_note_text(text));
  return core::in_one_unit<core::Note>(store, [&]() -> core::Result<core::Note> {
    STRIDE_TRY_STATUS(AccessPolicy(store).authorize(author, athlete, AthleteAction::WriteNote));
    if (session) STRIDE_TRY_STATUS(check_planned_session(store, athlete, *session));
    return store.add_note(core::NewNote{athlete, author.id, session, checked}, now);
  });
}

core::Result<NoteThread> read_notes(core::Store& store, const core::Account& reader, core::AthleteId athlete,
                                    const core::NoteScope& scope) {
  STRIDE_TRY_STATUS(AccessPolicy(store).authorize(reader, athlete, AthleteAction::Read));
  NoteThread thread;
  STRIDE_TRY(thread.notes, store.notes(athlete, scope));
  STRIDE_TRY(const core::NoteId mark, store.notes_read_through(reader.id, athlete));
  thread.unread = std::ranges::count_if(thread.notes,
                                        [&](const core::Note& note) { return core::is_unread(note, reader.id, mark); });
  return thread;
}

core::Status mark_notes_read(core::Store& store, const core::Account& reader, core::AthleteId athlete,
                             core::NoteId through) {
  STRIDE_TRY_STATUS(AccessPolicy(store).authorize(reader, athlete, AthleteAction::Read));
  auto marked = store.mark_notes_read(reader.id, athlete, through);
  if (!marked && marked.error().code == core::ErrorCode::NotFound) {
    return std::unexpected(core::invalid_field(
        "through", fmt::format("the athlete has no note with the id {}", through.value)));
  }
  return marked;
}

core::Result<std::map<std::int64_t, std::int64_t>> unread_note_counts(core::Store& store,
                                                                      const core::Account& reader) {
  STRIDE_TRY(const auto counts, store.unread_note_counts(reader.id));
  std::map<std::int64_t, std::int64_t> by_athlete;
  for (const auto& unread : counts) by_athlete.emplace(unread.athlete.value, unread.count);
  return by_athlete;
}

}  // namespace stride::service
