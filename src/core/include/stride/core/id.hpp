#pragma once

#include <compare>
#include <cstdint>

namespace stride::core {

// A row identifier of one kind of stored thing; ids of different kinds do not mix.
template <class Tag>
struct Id {
  std::int64_t value = 0;
  friend auto operator<=>(const Id&, const Id&) = default;
};

using AthleteId = Id<struct AthleteTag>;
using AssessmentId = Id<struct AssessmentTag>;
using PlanId = Id<struct PlanTag>;
using ActivityId = Id<struct ActivityTag>;
using PainReportId = Id<struct PainReportTag>;
using PlanChangeId = Id<struct PlanChangeTag>;

using AccountId = Id<struct AccountTag>;
using SessionId = Id<struct SessionTag>;
using TokenId = Id<struct TokenTag>;
using InvitationId = Id<struct InvitationTag>;
using NoteId = Id<struct NoteTag>;

}  // namespace stride::core
