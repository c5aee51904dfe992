#include "stride/core/notes.hpp"

namespace stride::core {

bool NoteScope::holds(const Note& note) const {
  switch (kind) {
    case Kind::Everything: return true;
    case Kind::RunnerThread: return !note.session;
    case Kind::OneSession: return note.session == session;
  }
  return false;
}

bool is_unread(const Note& note, AccountId reader, NoteId read_through) {
  return note.author != reader && read_through < note.id;
}

}  // namespace stride::core
