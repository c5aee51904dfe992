#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "stride/core/accounts.hpp"
#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/id.hpp"

// A change a coach (or the runner) makes to a stored plan after the planner built it, kept so that
// later re-plans make it again (docs/plan-changes.md).
namespace stride::core {

enum class PlanChangeKind {
  Swap,  // an exercise of a session for another
  Move,  // a session to another day
  Skip,  // a session left out
  Add,   // a copy of a session on another day
  Dose,  // an item's sets, reps, hold, foot contacts or load
};

template <>
struct EnumNames<PlanChangeKind> {
  static constexpr std::array<std::string_view, 5> names{"swap", "move", "skip", "add", "dose"};
};

// A session of a plan: the one at place `index` (from 0) of the day `date`.
struct SessionPlace {
  Date date;
  int index = 0;

  friend bool operator==(const SessionPlace&, const SessionPlace&) = default;
};

// The new dose of one item; what is not set stays as planned.
struct DoseChange {
  std::optional<int> sets;
  std::optional<int> reps;
  std::optional<int> hold_seconds;
  std::optional<int> contacts;
  std::optional<double> load_kg;

  friend bool operator==(const DoseChange&, const DoseChange&) = default;
};

struct PlanChange {
  PlanChangeKind kind = PlanChangeKind::Swap;
  SessionPlace session;         // the session changed; for Add, the session copied
  std::string session_title;    // that session's title when the change was made
  std::optional<Date> to;       // Move and Add: the day the session goes to
  std::string exercise;         // Swap and Dose: the item's exercise id
  std::string replacement;      // Swap: the exercise id it becomes
  DoseChange dose;              // Dose
  std::string reason;           // why, in the words of who made it

  friend bool operator==(const PlanChange&, const PlanChange&) = default;
};

// A change as kept: who made it and when, and, once a re-plan could not make it again, why not.
struct PlanChangeRecord {
  PlanChangeId id;
  PlanChange change;
  AccountId author;
  std::string author_name;
  Instant made{};
  std::optional<std::string> conflict;

  friend bool operator==(const PlanChangeRecord&, const PlanChangeRecord&) = default;
};

}  // namespace stride::core
