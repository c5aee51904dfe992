#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stride/core/error.hpp"
#include "stride/http/message.hpp"

// Versions of the documents a runner and a coach can both change, on the wire (private to
// stride::http; docs/http.md "Versions of the plan, the profile and the running calendar"): the profile and the running calendar are tagged by their
// content, `ETag: "athlete-<hash>"`, `"calendar-<hash>"`, and a PUT may send the tag back as If-Match.
namespace stride::http {

// The entity tag of a document of `kind` whose encoding is `encoded`: "kind-<16 hex digits>" with
// its quotes (FNV-1a of the bytes: a change of any byte changes it, the same bytes give the same
// tag in every process and build).
[[nodiscard]] std::string content_entity_tag(std::string_view kind, std::string_view encoded);

// The tag an If-Match header asks to be current: nullopt when there is no If-Match or it is "*";
// InvalidInput naming `If-Match` when it is not one strong entity tag of `kind`.
[[nodiscard]] core::Result<std::optional<std::string>> expected_tag(const Request& request, std::string_view kind);

// A write refused because the document changed: 409 with the error document, the current tag as
// ETag and {"current": {"version": tag | null}} beside the error (null: there is none now).
[[nodiscard]] Response version_conflict_response(const core::Error& error, const std::optional<std::string>& current_tag);

}  // namespace stride::http
