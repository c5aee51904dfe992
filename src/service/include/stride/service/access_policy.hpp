#pragma once

#include <optional>

#include "stride/core/accounts.hpp"
#include "stride/core/store.hpp"

// Who may do what with a stored athlete (api.md §4, docs/accounts.md): the one place that decides
// it, so every endpoint answers the same way.
namespace stride::service {

// What a request does to one athlete.
enum class AthleteAction {
  Read,                  // read anything of the athlete: document, plans, assessments, log, status, load
  WriteAthlete,          // replace the athlete document
  WritePlan,             // make and store a plan
  WriteAssessment,       // store an assessment
  WriteRunningCalendar,  // replace the running calendar
  WriteLog,              // log activities and pain, import activity files, rate activities
  Export,                // export everything stored about the athlete
  Delete,                // delete the athlete
  CalendarFeed,          // make or see the calendar-feed secret
  ManageCoaches,         // revoke a coach
  HandOver,              // make a code that hands the athlete over to a runner's own account
  WriteNote,             // write a note to the runner's or a session's thread (docs/notes.md)
};

// How far an account may go with one athlete.
enum class AthleteAccess {
  None,   // may not know the athlete exists
  Coach,  // holds a coach grant (from an accepted invitation or hand-over)
  Owner,  // owns the athlete
};

// True for the actions a coach may not even learn about (api.md §4: the calendar-feed secret; and
// handing an athlete over, which only its owner may), so a coach asking is told there is nothing
// (NotFound), as for an invisible resource, not Forbidden.
[[nodiscard]] bool hidden_from_coaches(AthleteAction action);

// The access a relation gives: Owner for the owner, Coach for a coach grant, else None. Having
// created the athlete gives nothing by itself: a coach who hands an athlete over keeps a coach grant,
// which the new owner may revoke.
[[nodiscard]] AthleteAccess access_for(const core::AthleteRelation& relation);

// The policy table: an owner may do everything; a coach may read and write the athlete document,
// plans, assessments, running calendar and notes, but not write log entries, export, delete, see the
// calendar feed, manage coaches or hand the athlete over; no access allows nothing.
[[nodiscard]] bool allows(AthleteAccess access, AthleteAction action);

class AccessPolicy {
 public:
  explicit AccessPolicy(core::Store& store) : m_store(store) {}

  // The caller's access to `athlete`; None for an athlete that does not exist.
  [[nodiscard]] core::Result<AthleteAccess> access(const core::Account& caller, core::AthleteId athlete);

  // Succeeds when `caller` may do `action` to `athlete`. Otherwise: Unauthenticated without a
  // caller; NotFound when the caller has no access or the athlete does not exist (the same error,
  // so nobody learns that another person's athlete exists), and for a coach asking an action
  // hidden_from_coaches; Forbidden when the caller may see the athlete but not do this (a coach
  // writing a runner's log).
  [[nodiscard]] core::Status authorize(const std::optional<core::Account>& caller, core::AthleteId athlete,
                                       AthleteAction action);

 private:
  core::Store& m_store;
};

}  // namespace stride::service
