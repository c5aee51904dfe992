// The routes of notes between a runner and their coach (docs/http.md#notes, docs/notes.md): read a
// thread, write a note, mark notes read. The owner and the athlete's coaches may call them; the
// service layer authorizes (404 for anyone else).

#include <charconv>
#include <limits>

#include "api_handlers.hpp"
#include "log_json.hpp"
#include "query_parameters.hpp"
#include "stride/service/notes.hpp"

namespace stride::http {
namespace {

// "YYYY-MM-DD/N" (N from 0, at most three digits) as a session reference, or nullopt.
std::optional<core::SessionReference> session_of_text(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto date = core::parse_iso_date(text.substr(0, slash));
  const std::string_view digits = text.substr(slash + 1);
  if (!date || digits.empty() || digits.size() > 3) return std::nullopt;
  int index = 0;
  const auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
  if (problem != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return core::SessionReference{*date, index};
}

// The scope of GET /notes: `?thread=runner` (the notes about no session), `?session=YYYY-MM-DD/N`
// (one session's thread) or neither (every note). InvalidInput naming the parameter otherwise.
core::Result<core::NoteScope> scope_of(const Request& request) {
  STRIDE_TRY(const auto parameters, parse_query(request.query));
  const auto thread = query_value(parameters, "thread");
  const auto session = query_value(parameters, "session");
  if (thread && session) return std::unexpected(core::invalid_field("thread", "give either thread or session, not both"));
  if (thread) {
    if (*thread != "runner") return std::unexpected(core::invalid_field("thread", "must be \"runner\""));
    return core::NoteScope::runner_thread();
  }
  if (session) {
    const auto reference = session_of_text(*session);
    if (!reference) {
      return std::unexpected(core::invalid_field("session", "must be a date and a place from 0: YYYY-MM-DD/N"));
    }
    return core::NoteScope::of_session(*reference);
  }
  return core::NoteScope::everything();
}

// {"text", "session"?: {"date", "index"} | null} of POST /notes; the text is checked by the service.
struct NoteBody {
  std::string text;
  std::optional<core::SessionReference> session;
};

core::Result<NoteBody> note_body(const Request& request) {
  STRIDE_TRY(const auto document, body_document(request));
  const auto root = documents::Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"text", "session"}));
  NoteBody body;
  STRIDE_TRY(const auto text, root.required("text"));
  STRIDE_TRY(body.text, text.string());
  STRIDE_TRY(const auto session, root.optional("session"));
  if (session) {
    STRIDE_TRY_STATUS(session->allow_only({"date", "index"}));
    STRIDE_TRY(const auto date, session->required("date"));
    STRIDE_TRY(const auto index, session->required("index"));
    STRIDE_TRY(const core::Date day, date.date());
    STRIDE_TRY(const int place, index.integer(0, 999));
    body.session = core::SessionReference{day, place};
  }
  return body;
}

// GET /api/v1/athletes/{id}/notes[?thread=runner | ?session=YYYY-MM-DD/N]: {"notes": [...], "unread"},
// oldest first; `unread` counts the listed notes the caller has not read. Reading marks nothing.
Response list_notes(Call& call) {
  // Authorized before the query is read, so a caller who may not see the athlete learns nothing.
  const auto athlete = authorized_athlete(call, service::AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto scope = scope_of(call.request);
  if (!scope) return error_response(scope.error());
  const auto thread = service::read_notes(call.store, call.account(), *athlete, *scope);
  if (!thread) return error_response(thread.error());
  Json list = Json::array();
  for (const auto& note : thread->notes) list.push_back(note_json(note, call.account().id));
  return json_answer(Json{{"notes", std::move(list)}, {"unread", thread->unread}});
}

// POST /api/v1/athletes/{id}/notes {"text", "session"?}: 201 the note.
Response post_note(Call& call) {
  const auto athlete = authorized_athlete(call, service::AthleteAction::WriteNote);
  if (!athlete) return error_response(athlete.error());
  const auto body = note_body(call.request);
  if (!body) return error_response(body.error());
  const auto note = service::write_note(call.store, call.account(), *athlete, body->session, body->text, call.now());
  if (!note) return error_response(note.error());
  return json_answer(note_json(*note, call.account().id), 201);
}

// POST /api/v1/athletes/{id}/notes/read {"through": NOTE_ID}: 204; the caller has read the athlete's
// notes up to and including that one.
Response mark_read(Call& call) {
  const auto athlete = authorized_athlete(call, service::AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto through = [&]() -> core::Result<core::NoteId> {
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"through"}));
    STRIDE_TRY(const auto field, root.required("through"));
    STRIDE_TRY(const int id, field.integer(1, std::numeric_limits<int>::max()));
    return core::NoteId{id};
  }();
  if (!through) return error_response(through.error());
  if (auto marked = service::mark_notes_read(call.store, call.account(), *athlete, *through); !marked) {
    return error_response(marked.error());
  }
  return no_content();
}

}  // namespace

void add_note_routes(Router& router, const ApiContext& context) {
  router.add("GET", "/api/v1/athletes/{id}/notes", api_handler(context, Access::SignedIn, list_notes));
  router.add("POST", "/api/v1/athletes/{id}/notes", api_handler(context, Access::SignedIn, post_note), Body::JsonDocument);
  router.add("POST", "/api/v1/athletes/{id}/notes/read", api_handler(context, Access::SignedIn, mark_read), Body::JsonDocument);
}

}  // namespace stride::http
