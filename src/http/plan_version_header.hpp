#pragma once

#include <optional>
#include <string>

#include "stride/core/store.hpp"
#include "stride/http/message.hpp"

// The plan's version on the wire (private to stride::http): reads of the current plan carry it as
// `ETag: "plan-N"` (N the stored plan's id), and a write that changes the plan may send it back as
// `If-Match` so that it is refused with 409 when the plan changed meanwhile (docs/http.md, "Versions").
namespace stride::http {

// The entity tag of a stored plan: "plan-12" with its quotes.
[[nodiscard]] std::string plan_entity_tag(core::PlanId plan);

// The plan an If-Match header asks to be current: nullopt when there is no If-Match or it is "*";
// InvalidInput naming `If-Match` when it is not one entity tag of a plan.
[[nodiscard]] core::Result<std::optional<core::PlanId>> expected_plan(const Request& request);

// A write refused because the plan changed: 409 with the error document, the current plan's tag in
// `ETag` and {"current": {"plan_id": N | null}} beside the error, so the client reads it again.
[[nodiscard]] Response plan_conflict_response(const core::Error& error, const std::optional<core::PlanId>& current);

// The answer to a plan write that failed with `error`: plan_conflict_response, with the athlete's
// latest plan read again, for a Conflict; error_response otherwise.
[[nodiscard]] Response plan_write_refused(core::Store& store, core::AthleteId athlete, const core::Error& error);

}  // namespace stride::http
