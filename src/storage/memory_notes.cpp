// MemoryStore: notes between runners and coaches, and each account's read mark per athlete.

#include <algorithm>
#include <utility>

#include "account_validation.hpp"
#include "note_validation.hpp"
#include "store_validation.hpp"
#include "stride/storage/memory_store.hpp"

namespace stride::storage {

core::Result<core::Note> MemoryStore::add_note(const core::NewNote& note, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_new_note(note));
  if (!knows(note.athlete)) return std::unexpected(detail::unknown_athlete(note.athlete));
  if (!knows(note.author)) return std::unexpected(detail::unknown_account(note.author));
  auto& state = m_account_state;
  const auto& author = state.accounts[static_cast<std::size_t>(note.author.value - 1)].credentials.account;
  core::Note stored{core::NoteId{++state.notes_made}, note.athlete, note.author, author.display_name, now,
                    note.session, note.text};
  const std::pair key{note.author.value, note.athlete.value};
  const auto found = state.read_marks.find(key);
  const core::NoteId mark = found == state.read_marks.end() ? core::NoteId{0} : found->second;
  const bool all_read = std::ranges::none_of(state.notes, [&](const core::Note& earlier) {
    return earlier.athlete == note.athlete && core::is_unread(earlier, note.author, mark);
  });
  if (all_read) state.read_marks[key] = stored.id;  // a mark is stored only when set, as in SQLite
  state.notes.push_back(stored);
  mark_changed(note.athlete);
  return stored;
}

core::Result<std::vector<core::Note>> MemoryStore::notes(core::AthleteId athlete, const core::NoteScope& scope) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  std::vector<core::Note> found;
  for (const auto& note : m_account_state.notes) {
    if (note.athlete == athlete && scope.holds(note)) found.push_back(note);
  }
  return found;
}

core::Result<core::NoteId> MemoryStore::notes_read_through(core::AccountId account, core::AthleteId athlete) {
  const auto found = m_account_state.read_marks.find({account.value, athlete.value});
  return found == m_account_state.read_marks.end() ? core::NoteId{0} : found->second;
}

core::Result<std::vector<core::NoteReadMark>> MemoryStore::note_read_marks(core::AccountId account) {
  std::vector<core::NoteReadMark> marks;
  for (const auto& [key, through] : m_account_state.read_marks) {
    if (key.first == account.value) marks.push_back({core::AthleteId{key.second}, through});
  }
  return marks;  // the map orders by (account, athlete), so by athlete id
}

core::Status MemoryStore::mark_notes_read(core::AccountId account, core::AthleteId athlete, core::NoteId through) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  if (!knows(account)) return std::unexpected(detail::unknown_account(account));
  auto& state = m_account_state;
  const bool theirs = std::ranges::any_of(
      state.notes, [&](const core::Note& note) { return note.id == through && note.athlete == athlete; });
  if (!theirs) return std::unexpected(detail::unknown_note(athlete, through));
  auto& mark = state.read_marks[{account.value, athlete.value}];
  mark = std::max(mark, through);
  return {};
}

core::Result<std::vector<core::UnreadNotes>> MemoryStore::unread_note_counts(core::AccountId account) {
  STRIDE_TRY(const auto visible, visible_athletes(account));
  std::vector<core::UnreadNotes> counts;
  for (const auto& athlete : visible) {
    STRIDE_TRY(const core::NoteId mark, notes_read_through(account, athlete.id));
    const auto count = std::ranges::count_if(m_account_state.notes, [&](const core::Note& note) {
      return note.athlete == athlete.id && core::is_unread(note, account, mark);
    });
    if (count > 0) counts.push_back({athlete.id, static_cast<std::int64_t>(count)});
  }
  return counts;
}

}  // namespace stride::storage
