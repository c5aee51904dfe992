#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/accounts.hpp"
#include "stride/core/date.hpp"
#include "stride/core/error.hpp"
#include "stride/core/id.hpp"

// Notes between a runner and their coach (docs/notes.md): a thread per runner and one per planned
// session, each note written by an account about one athlete, and each account's read mark.
namespace stride::core {

// One session of a plan as the web API names it: the plan day's date and the session's place
// among that day's sessions, from 0 (as GET .../plans/current/sessions/{date}/{index}.fit).
struct SessionReference {
  Date date{};
  int index = 0;
  friend bool operator==(const SessionReference&, const SessionReference&) = default;
};

// A stored note. `author` is nullopt once the author's account is deleted; `author_name` is the
// author's display name when the note was written, kept after that.
struct Note {
  NoteId id;
  AthleteId athlete;
  std::optional<AccountId> author;
  std::string author_name;
  Instant written;
  std::optional<SessionReference> session;  // nullopt: the runner's own thread
  std::string text;
  friend bool operator==(const Note&, const Note&) = default;
};

// A note about to be stored.
struct NewNote {
  AthleteId athlete;
  AccountId author;
  std::optional<SessionReference> session;
  std::string text;
};

// Which of an athlete's notes to read: all of them, the runner's thread (the notes about no
// session), or the thread of one session.
struct NoteScope {
  enum class Kind { Everything, RunnerThread, OneSession };
  Kind kind = Kind::Everything;
  SessionReference session;  // read only for OneSession

  [[nodiscard]] static NoteScope everything() { return {}; }
  [[nodiscard]] static NoteScope runner_thread() { return {Kind::RunnerThread, {}}; }
  [[nodiscard]] static NoteScope of_session(SessionReference session) { return {Kind::OneSession, session}; }
  // True when `note` belongs to this scope.
  [[nodiscard]] bool holds(const Note& note) const;
};

// How many of one athlete's notes an account has not read.
struct UnreadNotes {
  AthleteId athlete;
  std::int64_t count = 0;
  friend bool operator==(const UnreadNotes&, const UnreadNotes&) = default;
};

// An account's read mark of one athlete's notes (NoteRepository::mark_notes_read).
struct NoteReadMark {
  AthleteId athlete;
  NoteId through;
  friend bool operator==(const NoteReadMark&, const NoteReadMark&) = default;
};

// True when `note` counts as unread for `reader` whose read mark is `read_through`: someone else
// wrote it (or an account since deleted), and its id is above the mark.
[[nodiscard]] bool is_unread(const Note& note, AccountId reader, NoteId read_through);

// The storage port of notes. Like every port of core::Store, each method is atomic and may fail
// with Busy (retry), Io or Corrupt when the storage itself fails. Note ids grow with every note
// stored, across all athletes, and are never given twice.
class NoteRepository {
 public:
  virtual ~NoteRepository() = default;
  // Stores `note`, written at `now`, with the author's display name of this moment, and changes the
  // athlete's revision. When the author had no unread note of the athlete (is_unread), its read mark
  // moves to the new note: one's own note is never unread, so no count changes, and the counts of
  // unread_note_counts need not pass over the author's own notes again. NotFound for an unknown
  // athlete or author account; InvalidInput for an empty text or a negative session index. It checks
  // nothing else (the service layer checks the text's length and that the session is planned).
  // Returns the note as stored.
  [[nodiscard]] virtual Result<Note> add_note(const NewNote& note, Instant now) = 0;
  // The athlete's notes in `scope`, oldest first (by id). NotFound for an unknown athlete.
  [[nodiscard]] virtual Result<std::vector<Note>> notes(AthleteId athlete, const NoteScope& scope) = 0;
  // The newest note id `account` has marked read among `athlete`'s notes; NoteId{0} when none (also
  // for an unknown account or athlete).
  [[nodiscard]] virtual Result<NoteId> notes_read_through(AccountId account, AthleteId athlete) = 0;
  // Every read mark of `account`, by athlete id (none for an unknown account).
  [[nodiscard]] virtual Result<std::vector<NoteReadMark>> note_read_marks(AccountId account) = 0;
  // Records that `account` has read `athlete`'s notes up to and including `through`; a mark never
  // moves back (marking an older note keeps the newer mark). NotFound for an unknown account or
  // athlete, or when `through` is not one of the athlete's notes. Does not change the revision.
  [[nodiscard]] virtual Status mark_notes_read(AccountId account, AthleteId athlete, NoteId through) = 0;
  // For each athlete `account` owns, created or coaches (AthleteAccessRepository::visible_athletes)
  // that has notes unread by it (is_unread), their number; by athlete id, athletes without unread
  // notes left out.
  [[nodiscard]] virtual Result<std::vector<UnreadNotes>> unread_note_counts(AccountId account) = 0;
};

}  // namespace stride::core
