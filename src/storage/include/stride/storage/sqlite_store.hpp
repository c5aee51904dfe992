#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "stride/core/store.hpp"

namespace SQLite {
class Database;
}

namespace stride::storage {

namespace detail {
class DecodedPlans;
class StatementCache;
}

struct SqliteOptions {
  // How long a write waits for another process's write to finish before failing with Busy.
  std::chrono::milliseconds busy_timeout{5000};
};

// The store in one SQLite file (schema and durability: docs/storage.md). Several processes may
// use the same file at once: readers never wait, writers take turns, and a writer that waits
// longer than the busy timeout gets ErrorCode::Busy ("the database is busy ...; retry"). Each
// method is one transaction. Nothing throws out of this class. Not thread-safe: use one instance
// from one thread at a time (open one per thread or process).
class SqliteStore final : public core::Store {
 public:
  // Opens the database file at `path`, creating it when absent (its directory must exist), with
  // WAL journaling, foreign keys on, synchronous=FULL and the busy timeout, and brings its schema
  // up to date. Fails, naming the path, with InvalidInput for a file that is not a Stride
  // database or was written by a newer Stride, Busy when another process holds it past the
  // timeout, Io when the file cannot be opened or written, Corrupt when it is damaged.
  [[nodiscard]] static core::Result<std::unique_ptr<SqliteStore>> open(const std::string& path);
  [[nodiscard]] static core::Result<std::unique_ptr<SqliteStore>> open(const std::string& path,
                                                                       const SqliteOptions& options);

  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;
  ~SqliteStore() override;

  [[nodiscard]] const std::string& path() const { return m_path; }

  [[nodiscard]] core::Result<core::AthleteId> add_athlete(const core::Athlete& athlete) override;
  [[nodiscard]] core::Status update_athlete(core::AthleteId id, const core::Athlete& athlete) override;
  [[nodiscard]] core::Result<core::AthleteRecord> find_athlete(core::AthleteId id) override;
  [[nodiscard]] core::Result<std::vector<core::AthleteRecord>> list_athletes() override;
  [[nodiscard]] core::Status delete_athlete(core::AthleteId id) override;
  [[nodiscard]] core::Result<std::int64_t> athlete_revision(core::AthleteId id) override;
  [[nodiscard]] core::Status set_running_calendar(core::AthleteId athlete,
                                                  const core::RunningCalendar& calendar) override;
  [[nodiscard]] core::Result<std::optional<core::RunningCalendar>> running_calendar(core::AthleteId athlete) override;

  [[nodiscard]] core::Result<core::PlanChangeId> add_plan_change(core::AthleteId athlete, const core::PlanChange& change,
                                                                 core::AccountId author, std::string_view author_name,
                                                                 core::Instant made) override;
  [[nodiscard]] core::Result<std::vector<core::PlanChangeRecord>> plan_changes(core::AthleteId athlete) override;
  [[nodiscard]] core::Status set_plan_change_conflict(core::AthleteId athlete, core::PlanChangeId change,
                                                      std::string_view conflict) override;
  [[nodiscard]] core::Result<std::vector<core::ActivityRecord>> activity_records(core::AthleteId athlete,
                                                                               std::optional<core::Date> from,
                                                                               std::optional<core::Date> to) override;
  [[nodiscard]] core::Result<std::optional<core::ActivityRecord>> activity_with_client_id(
      core::AthleteId athlete, std::string_view client_id) override;
  [[nodiscard]] core::Result<std::optional<core::PainReport>> pain_report_with_client_id(
      core::AthleteId athlete, std::string_view client_id) override;

  [[nodiscard]] core::Result<core::AssessmentId> add_assessment(core::AthleteId athlete, core::Date date,
                                                                const core::Assessment& assessment) override;
  [[nodiscard]] core::Result<std::vector<core::AssessmentRecord>> assessments(core::AthleteId athlete) override;

  [[nodiscard]] core::Result<core::PlanId> add_plan(core::AthleteId athlete, core::Date created_on,
                                                    const core::RunningCalendar& calendar,
                                                    std::optional<core::AssessmentId> assessment,
                                                    const core::Plan& plan) override;
  [[nodiscard]] core::Result<std::optional<core::PlanRecord>> latest_plan(core::AthleteId athlete) override;
  [[nodiscard]] core::Result<std::optional<core::PlanOutlineRecord>> latest_plan_outline(
      core::AthleteId athlete) override;
  [[nodiscard]] core::Result<std::vector<core::EffectiveDay>> effective_days(core::AthleteId athlete, core::Date from,
                                                                             core::Date to) override;

  [[nodiscard]] core::Result<std::vector<core::ActivityId>> add_log_entries(core::AthleteId athlete,
                                                                            const core::TrainingLog& entries) override;
  [[nodiscard]] core::Result<core::TrainingLog> training_log(core::AthleteId athlete, std::optional<core::Date> from,
                                                             std::optional<core::Date> to) override;
  [[nodiscard]] core::Result<std::vector<core::ActivityRecord>> recorded_activities(core::AthleteId athlete,
                                                                                  std::string_view fingerprint,
                                                                                  double from_s, double to_s) override;
  [[nodiscard]] core::Status rate_activity(core::AthleteId athlete, core::ActivityId activity, double rpe) override;

  [[nodiscard]] core::Result<core::AccountId> add_account(const core::NewAccount& account, core::Instant now) override;
  [[nodiscard]] core::Result<std::optional<core::AccountCredentials>> find_account_by_email(
      std::string_view email) override;
  [[nodiscard]] core::Result<core::Account> find_account(core::AccountId id) override;
  [[nodiscard]] core::Status delete_account(core::AccountId id) override;

  [[nodiscard]] core::Result<core::SessionId> add_session(core::AccountId account, std::string_view token_digest,
                                                          core::Instant now) override;
  [[nodiscard]] core::Result<std::optional<core::SessionRecord>> find_live_session(std::string_view token_digest,
                                                                                 core::Instant now) override;
  [[nodiscard]] core::Status touch_session(core::SessionId session, core::Instant now) override;
  [[nodiscard]] core::Status revoke_session(std::string_view token_digest) override;
  [[nodiscard]] core::Result<std::size_t> delete_idle_sessions(core::Instant now) override;

  [[nodiscard]] core::Result<core::TokenId> add_token(core::AccountId account, std::string_view name,
                                                      std::string_view token_digest, core::Instant now) override;
  [[nodiscard]] core::Result<std::vector<core::TokenRecord>> tokens(core::AccountId account) override;
  [[nodiscard]] core::Status delete_token(core::AccountId account, core::TokenId token) override;
  [[nodiscard]] core::Result<std::optional<core::TokenRecord>> use_token(std::string_view token_digest,
                                                                       core::Instant now) override;

  [[nodiscard]] core::Result<core::InvitationId> add_invitation(core::AccountId coach, std::string_view code_digest,
                                                                core::Instant now, core::Instant expires) override;
  [[nodiscard]] core::Result<std::optional<core::InvitationRecord>> find_invitation(
      std::string_view code_digest) override;
  [[nodiscard]] core::Status mark_invitation_accepted(core::InvitationId invitation, core::AccountId runner,
                                                      core::AthleteId athlete, core::Instant now) override;

  [[nodiscard]] core::Result<core::AthleteId> add_owned_athlete(const core::Athlete& athlete,
                                                                core::AccountId owner) override;
  [[nodiscard]] core::Result<core::AthleteRelation> athlete_relation(core::AthleteId athlete,
                                                                     core::AccountId account) override;
  [[nodiscard]] core::Result<std::vector<core::VisibleAthlete>> visible_athletes(core::AccountId account) override;
  [[nodiscard]] core::Status add_coach_grant(core::AthleteId athlete, core::AccountId coach, core::Instant now) override;
  [[nodiscard]] core::Status revoke_coach_grant(core::AthleteId athlete, core::AccountId coach) override;
  [[nodiscard]] core::Result<std::vector<core::AccountId>> coaches(core::AthleteId athlete) override;

  [[nodiscard]] core::Status set_handover(core::AthleteId athlete, core::AccountId coach, std::string_view code_digest,
                                         core::Instant now, core::Instant expires) override;
  [[nodiscard]] core::Result<std::optional<core::HandoverRecord>> find_handover(
      std::string_view code_digest) override;
  [[nodiscard]] core::Status complete_handover(core::AthleteId athlete, core::AccountId runner,
                                              core::Instant now) override;

  [[nodiscard]] core::Status set_calendar_feed(core::AthleteId athlete, core::AccountId account,
                                               std::string_view secret_digest, core::Instant now) override;
  [[nodiscard]] core::Result<std::optional<core::CalendarFeedRecord>> calendar_feed(core::AthleteId athlete) override;
  [[nodiscard]] core::Result<std::optional<core::CalendarFeedRecord>> find_calendar_feed(
      std::string_view secret_digest) override;
  [[nodiscard]] core::Status delete_calendar_feed(core::AthleteId athlete) override;

  [[nodiscard]] core::Status record_sign_in_failure(std::string_view key, core::Instant at,
                                                    core::Instant forget_before) override;
  [[nodiscard]] core::Result<std::vector<core::Instant>> sign_in_failures(std::string_view key,
                                                                          core::Instant since) override;

  [[nodiscard]] core::Result<core::Note> add_note(const core::NewNote& note, core::Instant now) override;
  [[nodiscard]] core::Result<std::vector<core::Note>> notes(core::AthleteId athlete,
                                                            const core::NoteScope& scope) override;
  [[nodiscard]] core::Result<core::NoteId> notes_read_through(core::AccountId account,
                                                              core::AthleteId athlete) override;
  [[nodiscard]] core::Result<std::vector<core::NoteReadMark>> note_read_marks(core::AccountId account) override;
  [[nodiscard]] core::Status mark_notes_read(core::AccountId account, core::AthleteId athlete,
                                             core::NoteId through) override;
  [[nodiscard]] core::Result<std::vector<core::UnreadNotes>> unread_note_counts(core::AccountId account) override;

  [[nodiscard]] core::Status in_one_unit(const std::function<core::Status()>& work) override;
  [[nodiscard]] core::Result<SchemaVersions> schema_versions() override;
  [[nodiscard]] core::Result<core::StoreDump> dump() override;
  [[nodiscard]] core::Status load(const core::StoreDump& dump) override;

 private:
  SqliteStore(std::unique_ptr<SQLite::Database> database, std::string path);

  // The newest plan row of `athlete` as a `Record` (core::PlanRecord or core::PlanOutlineRecord),
  // its plan made by `plan_of(document text, source)`.
  template <class Record, class PlanOf>
  [[nodiscard]] core::Result<std::optional<Record>> read_latest_plan(core::AthleteId athlete, PlanOf plan_of);

  // NotFound unless the athlete exists; call inside a transaction. May throw SQLite::Exception.
  [[nodiscard]] core::Status require_athlete(core::AthleteId id);
  // Gives the athlete a new revision (core::AthleteRepository::athlete_revision); call inside the
  // write transaction that changes its data. May throw SQLite::Exception.
  void mark_changed(core::AthleteId id);
  // NotFound unless the account exists; call inside a transaction. May throw SQLite::Exception.
  [[nodiscard]] core::Status require_account(core::AccountId id);
  // True when a row of `table` has this digest in `column`. May throw SQLite::Exception.
  [[nodiscard]] bool digest_stored(const char* table, const char* column, std::string_view digest);
  // The athlete's activities with dates in [first, last] (ISO text), with their sets and recordings,
  // by date, then id; call inside a transaction. May throw SQLite::Exception.
  [[nodiscard]] core::Result<std::vector<core::ActivityRecord>> read_activities(core::AthleteId athlete,
                                                                              const std::string& first,
                                                                              const std::string& last);
  // Conflict when an entry's client id is stored for the athlete or given twice; call inside a
  // write transaction. May throw SQLite::Exception.
  [[nodiscard]] core::Status check_new_client_ids(core::AthleteId athlete, const core::TrainingLog& entries);

  std::unique_ptr<SQLite::Database> m_database;
  std::string m_path;
  std::unique_ptr<detail::DecodedPlans> m_decoded_plans;  // the plans this connection read last
  std::unique_ptr<detail::StatementCache> m_statements;   // last, so destroyed before the connection
};

}  // namespace stride::storage
