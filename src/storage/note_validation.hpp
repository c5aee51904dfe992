#pragma once

#include "stride/core/error.hpp"
#include "stride/core/notes.hpp"

// The checks and errors of the note port that both stores share, so MemoryStore and SqliteStore
// accept and refuse the same notes with the same errors (private to stride::storage).
namespace stride::storage::detail {

// InvalidInput for an empty text, a session without a valid date or with a negative index.
[[nodiscard]] core::Status check_new_note(const core::NewNote& note);

// NotFound: `through` is not one of the athlete's notes.
[[nodiscard]] core::Error unknown_note(core::AthleteId athlete, core::NoteId through);

}  // namespace stride::storage::detail
