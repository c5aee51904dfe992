#pragma once

#include <nlohmann/json.hpp>

#include "stride/core/store.hpp"

// Log entries and notes as the API answers them (private to stride::http; docs/http.md).
namespace stride::http {

using Json = nlohmann::ordered_json;  // as api_handlers.hpp

// {"id", "date", "sport", "duration_min", "distance_km", "rpe", "avg_hr", "race", "note", "sets",
// "client_id", "recording"}: the contract §3.4 activity with its id; absent values are null, `sets`
// is [] but for strength, `recording` is null or {"source", "format", "start_time", "elapsed_s",
// "heart_rate_load"} for an imported activity.
[[nodiscard]] Json activity_json(const core::ActivityRecord& record);

// {"date", "region", "side", "score", "when", "client_id"}: the contract §3.4 pain entry.
[[nodiscard]] Json pain_json(const core::PainReport& report);

// {"id", "author": {"id" | null, "display_name"}, "written", "session": {"date", "index"} | null,
// "text", "mine"}: a note (docs/http.md#notes); `mine` when `reader` wrote it.
[[nodiscard]] Json note_json(const core::Note& note, core::AccountId reader);

// {"id", "kind", "session": {"date", "index"}, "session_title", "reason", "author": {"id" | null,
// "display_name"}, "made", "conflict", "to"?, "exercise"?, "replacement"?, "dose"?}: a change to the
// plan as kept (docs/http.md#plan-changes).
[[nodiscard]] Json plan_change_json(const core::PlanChangeRecord& record);

}  // namespace stride::http
