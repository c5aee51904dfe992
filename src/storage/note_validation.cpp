#include "note_validation.hpp"

#include <fmt/format.h>

namespace stride::storage::detail {

core::Status check_new_note(const core::NewNote& note) {
  if (note.text.empty()) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput, "cannot store a note without text"));
  }
  if (note.session && (!note.session->date.ok() || note.session->index < 0)) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput,
                                            "cannot store a note about a session without a date or with a negative place"));
  }
  return {};
}

core::Error unknown_note(core::AthleteId athlete, core::NoteId through) {
  return core::make_error(core::ErrorCode::NotFound,
                          fmt::format("no note has the id {} for the athlete {}", through.value, athlete.value));
}

}  // namespace stride::storage::detail
