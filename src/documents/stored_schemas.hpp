#pragma once

#include <string>
#include <string_view>

#include "stride/core/error.hpp"

// The schema names of Stride's own stored documents, and the envelope that carries a contract input
// file in storage (private to stride::documents).
namespace stride::documents {

inline constexpr const char* kStoredPlanSchema = "stride.stored_plan.v1";
inline constexpr const char* kStoredPlanDaySchema = "stride.stored_plan_day.v1";
inline constexpr const char* kStoredPlanChangeSchema = "stride.stored_plan_change.v1";
inline constexpr const char* kStoredAthleteSchema = "stride.stored_athlete.v1";
inline constexpr const char* kStoredAssessmentSchema = "stride.stored_assessment.v1";
inline constexpr const char* kStoredRunningCalendarSchema = "stride.stored_running_calendar.v1";

// `{"schema": SCHEMA, MEMBER: INNER}`, where `inner` is a JSON document (an encoder's output).
[[nodiscard]] std::string wrap_stored_document(std::string_view schema, std::string_view member,
                                               std::string_view inner);

// The text of MEMBER in an envelope written by wrap_stored_document with `schema`. Fails with
// Corrupt naming `source` when the text is not JSON, names another schema (or none), or lacks the
// member.
[[nodiscard]] core::Result<std::string> unwrap_stored_document(std::string_view text, std::string_view schema,
                                                               std::string_view member, const std::string& source);

// A decoder's error on the inner document of an envelope, as Corrupt naming `source` (a stored row
// that no longer reads is damage, not bad input).
[[nodiscard]] core::Error stored_document_damaged(std::string_view schema, const core::Error& error,
                                                  const std::string& source);

}  // namespace stride::documents
