// PostgresStore: notes between runners and coaches (table notes) and each account's read mark per
// athlete (table note_read_marks). The foreign keys delete notes and marks with their athlete, marks
// with their account, and keep a deleted author's notes without the author's id.

#include "account_validation.hpp"
#include "note_validation.hpp"
#include "postgres_support.hpp"
#include "store_validation.hpp"
#include "stride/storage/postgres_store.hpp"

namespace stride::storage {

using detail::Access;
using detail::execute;
using detail::in_transaction;

namespace {

constexpr const char* kNoteColumns =
    "id, athlete_id, author_account_id, author_name, written_at, session_date, session_index, text";

// Reads the columns of kNoteColumns, in order.
core::Result<core::Note> read_note_row(const pqxx::row& row, std::string_view label) {
  core::Note note;
  note.id = core::NoteId{row[0].as<std::int64_t>()};
  note.athlete = core::AthleteId{row[1].as<std::int64_t>()};
  if (!row[2].is_null()) note.author = core::AccountId{row[2].as<std::int64_t>()};
  note.author_name = row[3].as<std::string>();
  note.written = detail::read_stored_instant(row[4].as<std::int64_t>());
  if (!row[5].is_null()) {
    STRIDE_TRY(const core::Date date, detail::read_date(row[5], label));
    note.session = core::SessionReference{date, row[6].as<int>()};
  }
  note.text = row[7].as<std::string>();
  return note;
}

}  // namespace

core::Result<core::Note> PostgresStore::add_note(const core::NewNote& note, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_new_note(note));
  auto& session = *m_session;
  return in_transaction(session, "adding a note", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::Note> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, note.athlete.value));
    const auto author =
        execute(session, transaction, "SELECT display_name FROM accounts WHERE id = $1", note.author.value);
    if (author.empty()) return std::unexpected(detail::unknown_account(note.author));
    std::string author_name = author[0][0].as<std::string>();
    std::optional<core::Date> session_date;
    std::optional<int> session_index;
    if (note.session) {
      session_date = note.session->date;
      session_index = note.session->index;
    }
    const auto rows = execute(session, transaction,
                              "INSERT INTO notes (athlete_id, author_account_id, author_name, written_at, session_date, "
                              "session_index, text) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                              note.athlete.value, note.author.value, author_name, detail::stored_instant(now),
                              session_date, session_index, note.text);
    const core::NoteId id{rows[0][0].as<std::int64_t>()};
    // The author's mark moves to the new note when no note of others is unread for the author.
    (void)execute(session, transaction,
                  "INSERT INTO note_read_marks (account_id, athlete_id, through_note_id) "
                  "SELECT $1::bigint, $2::bigint, $3::bigint WHERE NOT EXISTS (SELECT 1 FROM notes n "
                  "WHERE n.athlete_id = $2::bigint AND n.id > coalesce((SELECT through_note_id FROM note_read_marks "
                  "WHERE account_id = $1::bigint AND athlete_id = $2::bigint), 0) "
                  "AND n.author_account_id IS DISTINCT FROM $1::bigint) "
                  "ON CONFLICT (account_id, athlete_id) DO UPDATE SET "
                  "through_note_id = GREATEST(note_read_marks.through_note_id, excluded.through_note_id)",
                  note.author.value, note.athlete.value, id.value);
    detail::mark_changed(session, transaction, note.athlete.value);
    return core::Note{id, note.athlete, note.author, std::move(author_name), now, note.session, note.text};
  });
}

core::Result<std::vector<core::Note>> PostgresStore::notes(core::AthleteId athlete, const core::NoteScope& scope) {
  auto& session = *m_session;
  return in_transaction(session, "reading notes", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::Note>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const pqxx::result rows = [&]() {
      switch (scope.kind) {
        case core::NoteScope::Kind::RunnerThread:
          return execute(session, transaction,
                         std::string("SELECT ") + kNoteColumns + " FROM notes WHERE athlete_id = $1 AND session_date IS NULL "
                         "ORDER BY id",
                         athlete.value);
        case core::NoteScope::Kind::OneSession:
          return execute(session, transaction,
                         std::string("SELECT ") + kNoteColumns + " FROM notes WHERE athlete_id = $1 AND session_date = $2 AND "
                         "session_index = $3 ORDER BY id",
                         athlete.value, scope.session.date, scope.session.index);
        case core::NoteScope::Kind::Everything: break;
      }
      return execute(session, transaction,
                     std::string("SELECT ") + kNoteColumns + " FROM notes WHERE athlete_id = $1 ORDER BY id", athlete.value);
    }();
    std::vector<core::Note> found;
    found.reserve(rows.size());
    for (const auto& row : rows) {
      STRIDE_TRY(auto read, read_note_row(row, session.label()));
      found.push_back(std::move(read));
    }
    return found;
  });
}

core::Result<core::NoteId> PostgresStore::notes_read_through(core::AccountId account, core::AthleteId athlete) {
  auto& session = *m_session;
  return in_transaction(session, "reading a read mark", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::NoteId> {
    const auto rows = execute(session, transaction,
                              "SELECT through_note_id FROM note_read_marks WHERE account_id = $1 AND athlete_id = $2",
                              account.value, athlete.value);
    if (rows.empty()) return core::NoteId{0};
    return core::NoteId{rows[0][0].as<std::int64_t>()};
  });
}

core::Result<std::vector<core::NoteReadMark>> PostgresStore::note_read_marks(core::AccountId account) {
  auto& session = *m_session;
  return in_transaction(session, "reading read marks", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::NoteReadMark>> {
    std::vector<core::NoteReadMark> marks;
    for (const auto& row : execute(session, transaction,
                                   "SELECT athlete_id, through_note_id FROM note_read_marks WHERE account_id = $1 "
                                   "ORDER BY athlete_id",
                                   account.value)) {
      marks.push_back({core::AthleteId{row[0].as<std::int64_t>()}, core::NoteId{row[1].as<std::int64_t>()}});
    }
    return marks;
  });
}

core::Status PostgresStore::mark_notes_read(core::AccountId account, core::AthleteId athlete, core::NoteId through) {
  auto& session = *m_session;
  return in_transaction(session, "marking notes read", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, account.value));
    if (execute(session, transaction, "SELECT 1 FROM notes WHERE id = $1 AND athlete_id = $2", through.value,
                athlete.value)
            .empty()) {
      return std::unexpected(detail::unknown_note(athlete, through));
    }
    (void)execute(session, transaction,
                  "INSERT INTO note_read_marks (account_id, athlete_id, through_note_id) VALUES ($1, $2, $3) "
                  "ON CONFLICT (account_id, athlete_id) DO UPDATE SET "
                  "through_note_id = GREATEST(note_read_marks.through_note_id, excluded.through_note_id)",
                  account.value, athlete.value, through.value);
    return {};
  });
}

core::Result<std::vector<core::UnreadNotes>> PostgresStore::unread_note_counts(core::AccountId account) {
  auto& session = *m_session;
  return in_transaction(session, "counting unread notes", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::UnreadNotes>> {
    std::vector<core::UnreadNotes> counts;
    for (const auto& row :
         execute(session, transaction,
                 "WITH visible (athlete_id) AS ("
                 "  SELECT athlete_id FROM coach_grants WHERE coach_account_id = $1"
                 "  UNION SELECT id FROM athletes WHERE owner_account_id = $1"
                 "  UNION SELECT id FROM athletes WHERE created_by_account_id = $1) "
                 "SELECT v.athlete_id, count(*) FROM visible v "
                 "LEFT JOIN note_read_marks m ON m.account_id = $1 AND m.athlete_id = v.athlete_id "
                 "JOIN notes n ON n.athlete_id = v.athlete_id AND n.id > coalesce(m.through_note_id, 0) "
                 "WHERE n.author_account_id IS DISTINCT FROM $1 "
                 "GROUP BY v.athlete_id ORDER BY v.athlete_id",
                 account.value)) {
      counts.push_back({core::AthleteId{row[0].as<std::int64_t>()}, row[1].as<std::int64_t>()});
    }
    return counts;
  });
}

}  // namespace stride::storage
