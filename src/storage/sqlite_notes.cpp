// SqliteStore: notes between runners and coaches (table notes) and each account's read mark per
// athlete (table note_read_marks). The foreign keys delete notes and marks with their athlete, marks
// with their account, and keep a deleted author's notes without the author's id.

#include <algorithm>

#include "account_validation.hpp"
#include "note_validation.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

constexpr const char* kNoteColumns =
    "id, athlete_id, author_account_id, author_name, written_at, session_date, session_index, text";

// Reads the columns of kNoteColumns, in order.
core::Result<core::Note> read_note_row(SQLite::Statement& row, const std::string& path) {
  core::Note note;
  note.id = core::NoteId{row.getColumn(0).getInt64()};
  note.athlete = core::AthleteId{row.getColumn(1).getInt64()};
  if (!row.getColumn(2).isNull()) note.author = core::AccountId{row.getColumn(2).getInt64()};
  note.author_name = row.getColumn(3).getString();
  note.written = detail::read_stored_instant(row.getColumn(4).getInt64());
  if (!row.getColumn(5).isNull()) {
    STRIDE_TRY(const core::Date date, detail::read_stored_date(row.getColumn(5).getString(), path));
    note.session = core::SessionReference{date, row.getColumn(6).getInt()};
  }
  note.text = row.getColumn(7).getString();
  return note;
}

}  // namespace

core::Result<core::Note> SqliteStore::add_note(const core::NewNote& note, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_new_note(note));
  return detail::guarded(m_path, "adding a note", [&]() -> core::Result<core::Note> {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(note.athlete));
    auto author = m_statements->lend("SELECT display_name FROM accounts WHERE id = ?");
    author->bind(1, note.author.value);
    if (!author->executeStep()) return std::unexpected(detail::unknown_account(note.author));
    std::string author_name = author->getColumn(0).getString();
    author->reset();
    auto insert = m_statements->lend(
        "INSERT INTO notes (athlete_id, author_account_id, author_name, written_at, session_date, session_index, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    insert->bind(1, note.athlete.value);
    insert->bind(2, note.author.value);
    insert->bind(3, author_name);
    insert->bind(4, detail::stored_instant(now));
    if (note.session) {
      insert->bind(5, detail::stored_date(note.session->date));
      insert->bind(6, note.session->index);
    } else {
      insert->bind(5);
      insert->bind(6);
    }
    insert->bind(7, note.text);
    insert->executeStep();
    const core::NoteId id{insert->getColumn(0).getInt64()};
    insert->reset();
    // The author's mark moves to the new note when no note of others is unread for the author.
    auto mark = m_statements->lend(
        "INSERT INTO note_read_marks (account_id, athlete_id, through_note_id) "
        "SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM notes n WHERE n.athlete_id = ?2 AND n.id > "
        "  coalesce((SELECT through_note_id FROM note_read_marks WHERE account_id = ?1 AND athlete_id = ?2), 0) "
        "  AND n.author_account_id IS NOT ?1) "
        "ON CONFLICT (account_id, athlete_id) DO UPDATE SET "
        "through_note_id = max(through_note_id, excluded.through_note_id)");
    mark->bind(1, note.author.value);
    mark->bind(2, note.athlete.value);
    mark->bind(3, id.value);
    mark->exec();
    mark_changed(note.athlete);
    transaction.commit();
    return core::Note{id, note.athlete, note.author, std::move(author_name), now, note.session, note.text};
  });
}

core::Result<std::vector<core::Note>> SqliteStore::notes(core::AthleteId athlete, const core::NoteScope& scope) {
  return detail::guarded(m_path, "reading notes", [&]() -> core::Result<std::vector<core::Note>> {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    const std::string columns = kNoteColumns;
    auto query = [&]() {
      switch (scope.kind) {
        case core::NoteScope::Kind::RunnerThread:
          return m_statements->lend("SELECT " + columns +
                                    " FROM notes WHERE athlete_id = ? AND session_date IS NULL ORDER BY id");
        case core::NoteScope::Kind::OneSession:
          return m_statements->lend("SELECT " + columns +
                                    " FROM notes WHERE athlete_id = ? AND session_date = ? AND session_index = ? "
                                    "ORDER BY id");
        case core::NoteScope::Kind::Everything: break;
      }
      return m_statements->lend("SELECT " + columns + " FROM notes WHERE athlete_id = ? ORDER BY id");
    }();
    query->bind(1, athlete.value);
    if (scope.kind == core::NoteScope::Kind::OneSession) {
      query->bind(2, detail::stored_date(scope.session.date));
      query->bind(3, scope.session.index);
    }
    std::vector<core::Note> found;
    while (query->executeStep()) {
      STRIDE_TRY(auto note, read_note_row(*query, m_path));
      found.push_back(std::move(note));
    }
    return found;
  });
}

core::Result<core::NoteId> SqliteStore::notes_read_through(core::AccountId account, core::AthleteId athlete) {
  return detail::guarded(m_path, "reading a read mark", [&]() -> core::Result<core::NoteId> {
    auto query =
        m_statements->lend("SELECT through_note_id FROM note_read_marks WHERE account_id = ? AND athlete_id = ?");
    query->bind(1, account.value);
    query->bind(2, athlete.value);
    if (!query->executeStep()) return core::NoteId{0};
    return core::NoteId{query->getColumn(0).getInt64()};
  });
}

core::Result<std::vector<core::NoteReadMark>> SqliteStore::note_read_marks(core::AccountId account) {
  return detail::guarded(m_path, "reading read marks", [&]() -> core::Result<std::vector<core::NoteReadMark>> {
    auto query = m_statements->lend(
        "SELECT athlete_id, through_note_id FROM note_read_marks WHERE account_id = ? ORDER BY athlete_id");
    query->bind(1, account.value);
    std::vector<core::NoteReadMark> marks;
    while (query->executeStep()) {
      marks.push_back({core::AthleteId{query->getColumn(0).getInt64()}, core::NoteId{query->getColumn(1).getInt64()}});
    }
    return marks;
  });
}

core::Status SqliteStore::mark_notes_read(core::AccountId account, core::AthleteId athlete, core::NoteId through) {
  return detail::guarded(m_path, "marking notes read", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    STRIDE_TRY_STATUS(require_account(account));
    auto note = m_statements->lend("SELECT 1 FROM notes WHERE id = ? AND athlete_id = ?");
    note->bind(1, through.value);
    note->bind(2, athlete.value);
    const bool theirs = note->executeStep();
    note->reset();
    if (!theirs) return std::unexpected(detail::unknown_note(athlete, through));
    auto upsert = m_statements->lend(
        "INSERT INTO note_read_marks (account_id, athlete_id, through_note_id) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (account_id, athlete_id) DO UPDATE SET "
        "through_note_id = max(through_note_id, excluded.through_note_id)");
    upsert->bind(1, account.value);
    upsert->bind(2, athlete.value);
    upsert->bind(3, through.value);
    upsert->exec();
    transaction.commit();
    return {};
  });
}

// One query for all the athletes the account sees (as visible_athletes, but from the indexes of
// coach grants, owners and creators alone, never the athlete rows), each athlete's notes counted
// from its read mark on through the covering index notes_by_athlete.
core::Result<std::vector<core::UnreadNotes>> SqliteStore::unread_note_counts(core::AccountId account) {
  return detail::guarded(m_path, "counting unread notes", [&]() -> core::Result<std::vector<core::UnreadNotes>> {
    auto query = m_statements->lend(
        "WITH visible (athlete_id) AS ("
        "  SELECT athlete_id FROM coach_grants WHERE coach_account_id = ?1"
        "  UNION SELECT id FROM athletes WHERE owner_account_id = ?1"
        "  UNION SELECT id FROM athletes WHERE created_by_account_id = ?1) "
        "SELECT v.athlete_id, count(*) FROM visible v "
        "LEFT JOIN note_read_marks m ON m.account_id = ?1 AND m.athlete_id = v.athlete_id "
        "JOIN notes n ON n.athlete_id = v.athlete_id AND n.id > coalesce(m.through_note_id, 0) "
        "WHERE n.author_account_id IS NOT ?1 "
        "GROUP BY v.athlete_id ORDER BY v.athlete_id");
    query->bind(1, account.value);
    std::vector<core::UnreadNotes> counts;
    while (query->executeStep()) {
      counts.push_back({core::AthleteId{query->getColumn(0).getInt64()}, query->getColumn(1).getInt64()});
    }
    return counts;
  });
}

}  // namespace stride::storage
