#pragma once

#include <functional>

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>
#include <span>
#include <vector>

#include "stride/core/account_store.hpp"
#include "stride/core/assessment.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/date.hpp"
#include "stride/core/error.hpp"
#include "stride/core/id.hpp"
#include "stride/core/notes.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/plan_change.hpp"
#include "stride/core/running_calendar.hpp"
#include "stride/core/store_dump.hpp"
#include "stride/core/training_log.hpp"

namespace stride::core {

struct AthleteRecord {
  AthleteId id;
  Athlete athlete;
  friend bool operator==(const AthleteRecord&, const AthleteRecord&) = default;
};

struct AssessmentRecord {
  AssessmentId id;
  AthleteId athlete;
  Date date;  // the assessment's own date, or the day it was saved when it has none
  Assessment assessment;
  friend bool operator==(const AssessmentRecord&, const AssessmentRecord&) = default;
};

// A plan as made: the running calendar and assessment it was built from, and the plan itself.
struct PlanRecord {
  PlanId id;
  AthleteId athlete;
  Date created_on;
  RunningCalendar calendar;
  std::optional<AssessmentId> assessment;
  Plan plan;
  friend bool operator==(const PlanRecord&, const PlanRecord&) = default;
};

// A stored plan's record with the plan's outline in place of the whole plan.
struct PlanOutlineRecord {
  PlanId id;
  AthleteId athlete;
  Date created_on;
  RunningCalendar calendar;
  std::optional<AssessmentId> assessment;
  PlanOutline plan;
  friend bool operator==(const PlanOutlineRecord&, const PlanOutlineRecord&) = default;
};

// One day of the plan in effect: the day of the newest plan whose span (recovery week included)
// holds the date.
struct EffectiveDay {
  PlanId plan;
  PlanDay day;
  friend bool operator==(const EffectiveDay&, const EffectiveDay&) = default;
};

struct ActivityRecord {
  ActivityId id;
  Activity activity;
  friend bool operator==(const ActivityRecord&, const ActivityRecord&) = default;
};

// The storage port. Every method is atomic: it either commits all it writes or nothing, and a
// process killed at any point leaves every earlier commit intact. Errors: NotFound for an unknown
// athlete, Busy when another writer holds the store past the wait limit (retry), Io or Corrupt
// when the storage itself fails.
class AthleteRepository {
 public:
  virtual ~AthleteRepository() = default;
  [[nodiscard]] virtual Result<AthleteId> add_athlete(const Athlete& athlete) = 0;
  [[nodiscard]] virtual Status update_athlete(AthleteId id, const Athlete& athlete) = 0;
  [[nodiscard]] virtual Result<AthleteRecord> find_athlete(AthleteId id) = 0;
  // Every athlete, by id.
  [[nodiscard]] virtual Result<std::vector<AthleteRecord>> list_athletes() = 0;
  // Deletes the athlete and everything stored about it: assessments, plans, running calendar,
  // activities, pain reports, plan changes, coach grants, its calendar feed, its notes and their read
  // marks. NotFound for an unknown athlete.
  [[nodiscard]] virtual Status delete_athlete(AthleteId id) = 0;
  // A number that changes with every write of anything stored about the athlete (the athlete
  // document, running calendar, assessments, plans, log entries and their ratings, notes) and is never
  // given twice to one athlete id, not even to a new athlete that reuses the id of a deleted one.
  // A result worked out from the stored data after reading revision R is current for as long as
  // the revision is still R. NotFound for an unknown athlete.
  [[nodiscard]] virtual Result<std::int64_t> athlete_revision(AthleteId id) = 0;
};

class AssessmentRepository {
 public:
  virtual ~AssessmentRepository() = default;
  [[nodiscard]] virtual Result<AssessmentId> add_assessment(AthleteId athlete, Date date,
                                                            const Assessment& assessment) = 0;
  // The athlete's assessments, oldest first (by date, then id).
  [[nodiscard]] virtual Result<std::vector<AssessmentRecord>> assessments(AthleteId athlete) = 0;
};

class PlanRepository {
 public:
  virtual ~PlanRepository() = default;
  // Stores a new plan. Older plans are kept whole: a newer plan only takes precedence on the
  // days it covers, so the past (days before the new plan's start) is never rewritten.
  [[nodiscard]] virtual Result<PlanId> add_plan(AthleteId athlete, Date created_on, const RunningCalendar& calendar,
                                                std::optional<AssessmentId> assessment, const Plan& plan) = 0;
  // The athlete's newest plan, if any.
  [[nodiscard]] virtual Result<std::optional<PlanRecord>> latest_plan(AthleteId athlete) = 0;
  // The same plan's record with the plan's outline (core::outline_of of latest_plan's plan),
  // read without decoding its days: for readers that need no day.
  [[nodiscard]] virtual Result<std::optional<PlanOutlineRecord>> latest_plan_outline(AthleteId athlete) = 0;
  // For each date in [from, to] that some plan covers, the day in effect (see EffectiveDay),
  // in date order.
  [[nodiscard]] virtual Result<std::vector<EffectiveDay>> effective_days(AthleteId athlete, Date from, Date to) = 0;
  // Replaces the athlete's running calendar, the one a new plan is built on (NotFound for an
  // unknown athlete).
  [[nodiscard]] virtual Status set_running_calendar(AthleteId athlete, const RunningCalendar& calendar) = 0;
  // The athlete's running calendar as last set, or nullopt when none was.
  [[nodiscard]] virtual Result<std::optional<RunningCalendar>> running_calendar(AthleteId athlete) = 0;
};

// The changes people made to an athlete's plans (plan_change.hpp). Each write changes the
// athlete's revision.
class PlanChangeRepository {
 public:
  virtual ~PlanChangeRepository() = default;
  // Keeps `change` by `author` (shown as `author_name`), made at `made`, without a conflict.
  [[nodiscard]] virtual Result<PlanChangeId> add_plan_change(AthleteId athlete, const PlanChange& change,
                                                             AccountId author, std::string_view author_name,
                                                             Instant made) = 0;
  // The athlete's changes, oldest first (by id).
  [[nodiscard]] virtual Result<std::vector<PlanChangeRecord>> plan_changes(AthleteId athlete) = 0;
  // Records why a re-plan could not make the change again (NotFound unless it is the athlete's).
  [[nodiscard]] virtual Status set_plan_change_conflict(AthleteId athlete, PlanChangeId change,
                                                        std::string_view conflict) = 0;
};

class TrainingLogRepository {
 public:
  virtual ~TrainingLogRepository() = default;
  // Stores every activity and pain report of `entries` in one transaction; returns the new
  // activity ids in order.
  [[nodiscard]] virtual Result<std::vector<ActivityId>> add_log_entries(AthleteId athlete,
                                                                        const TrainingLog& entries) = 0;
  // The athlete's log with dates in [from, to] (either bound may be open), activities and pain
  // reports each ordered by date, then by the order they were logged.
  [[nodiscard]] virtual Result<TrainingLog> training_log(AthleteId athlete, std::optional<Date> from,
                                                         std::optional<Date> to) = 0;
  // The athlete's imported activities whose recording starts within [from_s, to_s] (UTC seconds),
  // or whose recording has the fingerprint `fingerprint`, ordered by start time, then id.
  [[nodiscard]] virtual Result<std::vector<ActivityRecord>> recorded_activities(AthleteId athlete,
                                                                              std::string_view fingerprint,
                                                                              double from_s, double to_s) = 0;
  // The athlete's activities with dates in [from, to] (either bound may be open) with their ids,
  // ordered by date, then id.
  [[nodiscard]] virtual Result<std::vector<ActivityRecord>> activity_records(AthleteId athlete,
                                                                           std::optional<Date> from,
                                                                           std::optional<Date> to) = 0;
  // The athlete's activity, or pain report, stored with this client id (Activity::client_id), if any.
  [[nodiscard]] virtual Result<std::optional<ActivityRecord>> activity_with_client_id(AthleteId athlete,
                                                                                    std::string_view client_id) = 0;
  [[nodiscard]] virtual Result<std::optional<PainReport>> pain_report_with_client_id(AthleteId athlete,
                                                                                   std::string_view client_id) = 0;
  // Sets the session RPE of one of the athlete's activities (NotFound when it is not theirs).
  [[nodiscard]] virtual Status rate_activity(AthleteId athlete, ActivityId activity, double rpe) = 0;
};

// Everything Stride keeps about its runners, the accounts that may see them (account_store.hpp)
// and the notes between them (notes.hpp).
class Store : public AthleteRepository,
              public AssessmentRepository,
              public PlanRepository,
              public PlanChangeRepository,
              public TrainingLogRepository,
              public AccountRepository,
              public SessionRepository,
              public TokenRepository,
              public InvitationRepository,
              public HandoverRepository,
              public AthleteAccessRepository,
              public CalendarFeedRepository,
              public SignInFailureRepository,
              public NoteRepository {
 public:
  // Runs `work`, which reads and writes through this store, as one unit: its writes commit together
  // when it succeeds and none of them when it fails, and no other writer's commit falls between its
  // reads and its writes (a read-then-write use case such as a re-plan cannot interleave with
  // another). The methods `work` calls keep their own guarantees inside the unit.
  [[nodiscard]] virtual Status in_one_unit(const std::function<Status()>& work) = 0;

  // The schema version the database records, and the latest this program knows (the in-memory
  // store: both the latest). Asks the database, so it also tells whether it can be reached:
  // storage errors (Io, Busy) pass through.
  struct SchemaVersions {
    int recorded = 0;
    int known = 0;
  };
  [[nodiscard]] virtual Result<SchemaVersions> schema_versions() = 0;

  // Everything the database holds (store_dump.hpp), read in one transaction. Unsupported for a
  // store that keeps no tables (the in-memory store).
  [[nodiscard]] virtual Result<StoreDump> dump() = 0;
  // Writes `dump` into this store, which must hold nothing yet (Conflict naming a table that has
  // rows), in one transaction: all of it or nothing. InvalidInput naming the table and column when
  // the dump is of another schema version or does not fit this schema; the store's own constraints
  // refuse what could not have been stored.
  [[nodiscard]] virtual Status load(const StoreDump& dump) = 0;
};

// in_one_unit for work that returns a value: the value when the unit commits, else its error.
template <class T, class Work>
[[nodiscard]] Result<T> in_one_unit(Store& store, Work&& work) {
  std::optional<T> value;
  auto status = store.in_one_unit([&]() -> Status {
    auto result = work();
    if (!result) return std::unexpected(std::move(result.error()));
    value = std::move(*result);
    return {};
  });
  if (!status) return std::unexpected(std::move(status.error()));
  return std::move(*value);
}

}  // namespace stride::core
