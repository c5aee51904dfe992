#pragma once

// The schema names of Stride's own stored documents (private to stride::documents).
namespace stride::documents {

inline constexpr const char* kStoredPlanSchema = "stride.stored_plan.v1";
inline constexpr const char* kStoredPlanDaySchema = "stride.stored_plan_day.v1";

}  // namespace stride::documents
