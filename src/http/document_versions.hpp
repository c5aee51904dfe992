#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stride/core/store.hpp"
#include "stride/http/message.hpp"

// Versions of the documents a runner and a coach can both change, on the wire (private to
// stride::http; docs/http.md "Versions of the plan, the profile and the running calendar"): reads
// carry a version as ETag and a write may send it back as If-Match, refused with 409 and the current
// version when the document changed meanwhile. The plan's version is the stored plan's id,
// `"plan-N"`; the profile and the running calendar are tagged by their content, `"athlete-<hash>"`,
// `"calendar-<hash>"`.
namespace stride::http {

// The entity tag of a document of `kind` whose encoding is `encoded`: "kind-<16 hex digits>" with
// its quotes (FNV-1a of the bytes: a change of any byte changes it, the same bytes give the same
// tag in every process and build).
[[nodiscard]] std::string content_entity_tag(std::string_view kind, std::string_view encoded);

// The entity tag of a stored plan: "plan-12" with its quotes.
[[nodiscard]] std::string plan_entity_tag(core::PlanId plan);

// The content tag an If-Match header asks to be current: nullopt when there is no If-Match or it
// is "*"; InvalidInput naming `If-Match` when it is not one strong entity tag of `kind`.
[[nodiscard]] core::Result<std::optional<std::string>> expected_tag(const Request& request, std::string_view kind);

// The plan an If-Match header asks to be current, as expected_tag for plan tags.
[[nodiscard]] core::Result<std::optional<core::PlanId>> expected_plan(const Request& request);

// A write refused because the document changed: 409 with the error document, the current tag as
// ETag and {"current": {"version": tag | null}} beside the error (null: there is none now).
[[nodiscard]] Response version_conflict_response(const core::Error& error, const std::optional<std::string>& current_tag);

// The answer to a plan write that failed with `error`: for a Conflict, 409 with the athlete's latest
// plan read again, its tag as ETag and {"current": {"plan_id": N | null}} beside the error;
// error_response otherwise.
[[nodiscard]] Response plan_write_refused(core::Store& store, core::AthleteId athlete, const core::Error& error);

}  // namespace stride::http
