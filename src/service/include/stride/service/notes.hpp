#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "stride/core/accounts.hpp"
#include "stride/core/notes.hpp"
#include "stride/core/store.hpp"

// Notes between a runner and their coach (docs/notes.md): a thread per runner and one per planned
// session, read and written by the athlete's owner and its coaches. Every use case authorizes the
// caller through AccessPolicy: someone who may not see the athlete gets NotFound, as for every
// athlete resource, whether the athlete exists or not.
namespace stride::service {

// The longest note, in characters (UTF-8 code points), after trimming.
inline constexpr std::size_t kMaximumNoteLength = 2000;

// One thread (or all of an athlete's notes) as one reader sees it.
struct NoteThread {
  std::vector<core::Note> notes;  // oldest first
  std::int64_t unread = 0;        // how many of `notes` are unread by the reader (core::is_unread)
};

// Stores a note by `author` about `athlete`, at `now`: `text` without surrounding white space, 1 to
// kMaximumNoteLength characters, line breaks allowed but no other control or bidirectional-formatting
// character (else InvalidInput naming the field `text`); `session`, when given, must name a day of
// the plan in effect on that date with a session at that place (else InvalidInput naming `session`).
// NotFound unless the author may see the athlete; Forbidden is never returned (owner and coaches may
// write). Changes the athlete's revision. Returns the stored note.
[[nodiscard]] core::Result<core::Note> write_note(core::Store& store, const core::Account& author,
                                                  core::AthleteId athlete,
                                                  const std::optional<core::SessionReference>& session,
                                                  std::string_view text, core::Instant now);

// The athlete's notes in `scope`, with the number of them unread by `reader`. NotFound unless the
// reader may see the athlete. Reading marks nothing read.
[[nodiscard]] core::Result<NoteThread> read_notes(core::Store& store, const core::Account& reader,
                                                  core::AthleteId athlete, const core::NoteScope& scope);

// Marks the athlete's notes up to and including `through` read by `reader` (a mark never moves
// back). NotFound unless the reader may see the athlete; InvalidInput naming `through` when it is
// not one of the athlete's notes.
[[nodiscard]] core::Status mark_notes_read(core::Store& store, const core::Account& reader, core::AthleteId athlete,
                                           core::NoteId through);

// For every athlete `reader` sees, the number of its notes unread by `reader`, by athlete id
// (athletes without unread notes are left out). One store query.
[[nodiscard]] core::Result<std::map<std::int64_t, std::int64_t>> unread_note_counts(core::Store& store,
                                                                                   const core::Account& reader);

// The checked text of a note (see write_note): trimmed, or InvalidInput naming `text`.
[[nodiscard]] core::Result<std::string> checked_note_text(std::string_view text);

}  // namespace stride::service
