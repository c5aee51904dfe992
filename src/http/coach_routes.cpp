// The routes between coaches and runners (api.md §4): invitations, revoking a coach, the roster.

#include <fmt/format.h>

#include <map>
#include <utility>
#include <vector>

#include "answer_cache.hpp"
#include "api_handlers.hpp"
#include "log_json.hpp"
#include "stride/service/coaching.hpp"
#include "stride/service/notes.hpp"
#include "stride/service/roster.hpp"

namespace stride::http {
namespace {

// POST /api/v1/invitations (coach): 201 {"code", "expires"}.
Response create_invitation(Call& call) {
  const auto created = service::create_invitation(call.store, call.context.secrets, call.account(), call.now());
  if (!created) return error_response(created.error());
  return json_answer(Json{{"code", created->code}, {"expires", instant_text(created->expires)}}, 201);
}

// POST /api/v1/invitations/{code}/accept {"athlete_id"} (runner): 200 {"athlete_id", "coach":
// {"id", "display_name"}}.
Response accept_invitation(Call& call) {
  auto athlete = [&]() -> core::Result<core::AthleteId> {
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"athlete_id"}));
    STRIDE_TRY(const auto field, root.required("athlete_id"));
    STRIDE_TRY(const int id, field.integer(1, std::numeric_limits<int>::max()));
    return core::AthleteId{id};
  }();
  if (!athlete) return error_response(athlete.error());
  const auto code = call.parameters.find("code");
  const auto coach = service::accept_invitation(call.store, call.context.secrets, call.account(), code->second,
                                                *athlete, call.now());
  if (!coach) return error_response(coach.error());
  const auto account = call.store.find_account(*coach);
  if (!account) return error_response(account.error());
  return json_answer(Json{{"athlete_id", athlete->value},
                          {"coach", Json{{"id", account->id.value}, {"display_name", account->display_name}}}});
}

// GET /api/v1/athletes/{id}/coaches (owner): {"coaches": [{"account_id", "display_name"}]} by
// account id, the coaches the owner may revoke.
Response list_coaches(Call& call) {
  const auto athlete = authorized_athlete(call, service::AthleteAction::ManageCoaches);
  if (!athlete) return error_response(athlete.error());
  const auto coaches = service::coaches_of(call.store, *athlete);
  if (!coaches) return error_response(coaches.error());
  Json list = Json::array();
  for (const auto& coach : *coaches) {
    list.push_back(Json{{"account_id", coach.id.value}, {"display_name", coach.display_name}});
  }
  return json_answer(Json{{"coaches", std::move(list)}});
}

// DELETE /api/v1/athletes/{id}/coaches/{account_id} (owner): 204.
Response revoke_coach(Call& call) {
  const auto athlete = path_id<core::AthleteId>(call.parameters, "id");
  if (!athlete) return error_response(athlete.error());
  const auto coach = path_id<core::AccountId>(call.parameters, "account_id");
  if (!coach) return error_response(coach.error());
  if (auto status = service::revoke_coach(call.store, call.account(), *athlete, *coach); !status) {
    return error_response(status.error());
  }
  return no_content();
}

Json optional_number(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

// One roster entry as api.md and docs/http.md spell it; id, name and owner from `athlete`, the
// caller's view of it.
Json roster_item(const service::RosterEntry& entry, const core::VisibleAthlete& athlete) {
  Json item{{"id", athlete.id.value}, {"name", athlete.name}, {"owner", athlete.owner}};
  item["next_race"] = entry.next_race ? Json{{"date", core::format_iso_date(entry.next_race->date)},
                                             {"event", std::string(core::enum_name(entry.next_race->event))}}
                                      : Json(nullptr);
  item["phase"] = entry.phase ? Json(std::string(core::enum_name(*entry.phase))) : Json(nullptr);
  item["compliance_7d"] = optional_number(entry.compliance_7d);
  item["compliance_28d"] = optional_number(entry.compliance_28d);
  item["flags"] = entry.flags;
  item["last_activity"] = entry.last_activity ? Json(core::format_iso_date(*entry.last_activity)) : Json(nullptr);
  item["worst_flag"] = entry.worst_flag ? Json(std::string(core::enum_name(*entry.worst_flag))) : Json(nullptr);
  item["week_sessions"] = Json{{"planned", entry.week_sessions_planned}, {"done", entry.week_sessions_done}};
  item["latest_pain"] = entry.latest_pain ? pain_json(*entry.latest_pain) : Json(nullptr);
  item["weekly_load"] = entry.weekly_load;
  Json attention = Json::array();
  for (const auto reason : entry.attention) attention.push_back(std::string(core::enum_name(reason)));
  item["attention"] = std::move(attention);
  return item;
}

// What the roster keeps of each athlete's entry, for all coaches: an entry is counted as this
// many bytes (its texts are short).
constexpr std::size_t kRosterEntryBytes = 1024;
constexpr std::size_t kKeptRosterBytes = 8 * 1024 * 1024;

// A coach's unread-note counts by athlete id, kept with what they were counted from: the revision of
// each athlete on the roster (a new note changes it) and the coach's read marks. They hold while
// both are unchanged, and are counted again otherwise.
struct KeptUnreadCounts {
  std::vector<std::pair<std::int64_t, std::int64_t>> revisions;  // (athlete id, revision), roster order
  std::vector<core::NoteReadMark> marks;
  std::map<std::int64_t, std::int64_t> counts;

  [[nodiscard]] std::size_t bytes() const { return 64 + 16 * revisions.size() + 16 * marks.size() + 48 * counts.size(); }
};
constexpr std::size_t kKeptUnreadBytes = 4 * 1024 * 1024;

// The coach's unread-note counts by athlete id: kept ones when nothing they were counted from has
// changed (one read of the coach's marks), else one store query (service::unread_note_counts).
core::Result<std::map<std::int64_t, std::int64_t>> unread_counts(
    Call& call, std::vector<std::pair<std::int64_t, std::int64_t>> revisions, KeptByRevision<KeptUnreadCounts>& kept) {
  STRIDE_TRY(auto marks, call.store.note_read_marks(call.account().id));
  std::string key = fmt::format("unread {}", call.account().id.value);
  if (const auto found = kept.find(key, 0); found && found->revisions == revisions && found->marks == marks) {
    return found->counts;
  }
  // Counted after the revisions and marks were read: a note or mark that lands in between makes the
  // next roster count again.
  STRIDE_TRY(auto counts, service::unread_note_counts(call.store, call.account()));
  auto fresh = std::make_shared<const KeptUnreadCounts>(KeptUnreadCounts{std::move(revisions), std::move(marks), counts});
  const std::size_t bytes = fresh->bytes();
  kept.keep(std::move(key), 0, std::move(fresh), bytes);
  return counts;
}

// GET /api/v1/roster (coach): {"athletes": [{"id", "name", "owner", "next_race", "phase",
// "compliance_7d", "compliance_28d", "flags", "last_activity", "worst_flag", "week_sessions":
// {"planned", "done"}, "latest_pain", "attention", "unread_notes"}]}. Each athlete's entry is kept
// per revision and day (KeptByRevision), so a coach's roster works out again only the runners whose
// data changed since. The unread-note counts depend on the coach's read marks too, which no
// revision follows, so they are kept apart, per coach, with the marks they were counted at
// (unread_counts): never stale, and counted again only after a note or a mark.
Response roster(Call& call, KeptByRevision<service::RosterEntry>& kept, KeptByRevision<KeptUnreadCounts>& kept_unread) {
  const core::Date today = call.context.clock.today();
  const auto athletes = service::roster_athletes(call.store, call.account());
  if (!athletes) return error_response(athletes.error());
  std::vector<std::pair<std::int64_t, std::int64_t>> revisions;
  revisions.reserve(athletes->size());
  for (const auto& athlete : *athletes) {
    const auto revision = call.store.athlete_revision(athlete.id);
    if (!revision) return error_response(revision.error());
    revisions.emplace_back(athlete.id.value, *revision);
  }
  const auto unread = unread_counts(call, revisions, kept_unread);
  if (!unread) return error_response(unread.error());
  Json list = Json::array();
  for (std::size_t position = 0; position < athletes->size(); ++position) {
    const auto& athlete = (*athletes)[position];
    const std::int64_t revision = revisions[position].second;
    std::string key = fmt::format("{} {}", athlete.id.value, core::format_iso_date(today));
    auto entry = kept.find(key, revision);
    if (!entry) {
      auto fresh = service::roster_entry(call.context.catalog, call.store, athlete, today);
      if (!fresh) return error_response(fresh.error());
      entry = std::make_shared<const service::RosterEntry>(std::move(*fresh));
      kept.keep(std::move(key), revision, entry, kRosterEntryBytes);
    }
    Json item = roster_item(*entry, athlete);
    const auto count = unread->find(athlete.id.value);
    item["unread_notes"] = count == unread->end() ? 0 : count->second;
    list.push_back(std::move(item));
  }
  return json_answer(Json{{"athletes", std::move(list)}});
}

}  // namespace

void add_coach_routes(Router& router, const ApiContext& context) {
  // No body, or any JSON body (`{}`), which is not read.
  router.add("POST", "/api/v1/invitations", api_handler(context, Access::SignedIn, create_invitation), Body::JsonDocument);
  router.add("POST", "/api/v1/invitations/{code}/accept", api_handler(context, Access::SignedIn, accept_invitation),
             Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}/coaches", api_handler(context, Access::SignedIn, list_coaches));
  router.add("DELETE", "/api/v1/athletes/{id}/coaches/{account_id}", api_handler(context, Access::SignedIn, revoke_coach));
  auto kept_entries = std::make_shared<KeptByRevision<service::RosterEntry>>(kKeptRosterBytes);
  auto kept_unread = std::make_shared<KeptByRevision<KeptUnreadCounts>>(kKeptUnreadBytes);
  router.add("GET", "/api/v1/roster", api_handler(context, Access::SignedIn, [kept_entries, kept_unread](Call& call) {
               return roster(call, *kept_entries, *kept_unread);
             }));
}

}  // namespace stride::http
