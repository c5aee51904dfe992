#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "stride/core/store.hpp"

namespace stride::storage {

// The store kept in memory, for tests and tools that need no file. It accepts and refuses the same
// values as SqliteStore, returns the same errors (NotFound for unknown athletes, InvalidInput for
// values the SQLite schema would refuse) and the same orders, and numbers ids from 1 per kind.
// Every method is atomic: a failed call changes nothing. Nothing survives the object. Not
// thread-safe: use one instance from one thread at a time.
class MemoryStore final : public core::Store {
 public:
  [[nodiscard]] core::Result<core::AthleteId> add_athlete(const core::Athlete& athlete) override;
  [[nodiscard]] core::Status update_athlete(core::AthleteId id, const core::Athlete& athlete) override;
  [[nodiscard]] core::Result<core::AthleteRecord> find_athlete(core::AthleteId id) override;
  [[nodiscard]] core::Result<std::vector<core::AthleteRecord>> list_athletes() override;
  [[nodiscard]] core::Status delete_athlete(core::AthleteId id) override;
  [[nodiscard]] core::Result<std::int64_t> athlete_revision(core::AthleteId id) override;

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
  [[nodiscard]] core::Status set_running_calendar(core::AthleteId athlete,
                                                  const core::RunningCalendar& calendar) override;
  [[nodiscard]] core::Result<std::optional<core::RunningCalendar>> running_calendar(core::AthleteId athlete) override;

  [[nodiscard]] core::Result<core::PlanChangeId> add_plan_change(core::AthleteId athlete, const core::PlanChange& change,
                                                                 core::AccountId author, std::string_view author_name,
                                                                 core::Instant made) override;
  [[nodiscard]] core::Result<std::vector<core::PlanChangeRecord>> plan_changes(core::AthleteId athlete) override;
  [[nodiscard]] core::Status set_plan_change_conflict(core::AthleteId athlete, core::PlanChangeId change,
                                                      std::string_view conflict) override;

  [[nodiscard]] core::Result<std::vector<core::ActivityId>> add_log_entries(core::AthleteId athlete,
                                                                            const core::TrainingLog& entries) override;
  [[nodiscard]] core::Result<core::TrainingLog> training_log(core::AthleteId athlete, std::optional<core::Date> from,
                                                             std::optional<core::Date> to) override;
  [[nodiscard]] core::Result<std::vector<core::ActivityRecord>> recorded_activities(core::AthleteId athlete,
                                                                                  std::string_view fingerprint,
                                                                                  double from_s, double to_s) override;
  [[nodiscard]] core::Result<std::vector<core::ActivityRecord>> activity_records(core::AthleteId athlete,
                                                                               std::optional<core::Date> from,
                                                                               std::optional<core::Date> to) override;
  [[nodiscard]] core::Result<std::optional<core::ActivityRecord>> activity_with_client_id(
      core::AthleteId athlete, std::string_view client_id) override;
  [[nodiscard]] core::Result<std::optional<core::PainReport>> pain_report_with_client_id(
      core::AthleteId athlete, std::string_view client_id) override;
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
  struct StoredPlan {
    core::PlanRecord record;
    core::Date span_start;
    core::Date span_end;
  };
  struct StoredActivity {
    core::ActivityId id;
    core::AthleteId athlete;
    core::Activity activity;
  };
  struct StoredPlanChange {
    core::AthleteId athlete;
    core::PlanChangeRecord record;
  };
  struct StoredPain {
    core::AthleteId athlete;
    core::PainReport report;
  };

  struct StoredAccount {
    core::AccountCredentials credentials;
    std::string key;  // core::email_key of the e-mail
    bool deleted = false;  // a deleted account keeps its index, so ids stay positions
  };
  struct StoredSession {
    core::SessionRecord record;
    std::string digest;
  };
  struct StoredToken {
    core::TokenRecord record;
    std::string digest;
  };
  struct StoredInvitation {
    core::InvitationRecord record;
    std::string digest;
  };
  struct AthleteLinks {
    std::optional<core::AccountId> owner;
    std::optional<core::AccountId> creator;
  };
  struct StoredCalendarFeed {
    core::CalendarFeedRecord record;
    std::string digest;
  };
  struct StoredHandover {
    core::HandoverRecord record;
    std::string digest;
  };
  struct CoachGrant {
    core::AthleteId athlete;
    core::AccountId coach;
  };
  // Everything about accounts, kept together so a unit of work can copy and restore it whole.
  struct AccountState {
    std::vector<StoredAccount> accounts;  // the account with id n is at index n - 1
    std::vector<StoredSession> sessions;
    std::vector<StoredToken> tokens;
    std::vector<StoredInvitation> invitations;  // the invitation with id n is at index n - 1
    std::map<std::int64_t, AthleteLinks> athlete_links;  // by athlete id; absent for the CLI's athletes
    std::vector<CoachGrant> grants;
    std::vector<StoredCalendarFeed> calendar_feeds;  // at most one per athlete
    std::vector<StoredHandover> handovers;           // at most one per athlete
    std::vector<std::pair<std::string, core::Instant>> sign_in_failures;  // (key, moment), as recorded
    std::vector<core::Note> notes;  // by id
    std::map<std::pair<std::int64_t, std::int64_t>, core::NoteId> read_marks;  // by (account id, athlete id)
    std::int64_t notes_made = 0;  // ids are never reused, even after a delete
    std::int64_t sessions_made = 0;  // ids are never reused, even after a revoke or delete
    std::int64_t tokens_made = 0;
  };

  [[nodiscard]] bool knows(core::AthleteId id) const;
  // Gives the athlete a revision no athlete of this store had before.
  void mark_changed(core::AthleteId id);
  [[nodiscard]] bool knows(core::AccountId id) const;

  std::vector<core::AthleteRecord> m_athletes;  // the athlete with id n is at index n - 1
  std::vector<core::AssessmentRecord> m_assessments;
  std::vector<StoredPlan> m_plans;
  std::vector<StoredActivity> m_activities;
  std::vector<StoredPain> m_pain;
  std::vector<StoredPlanChange> m_plan_changes;  // the change with id n is at index n - 1
  std::map<std::int64_t, core::RunningCalendar> m_calendars;  // by athlete id
  std::vector<bool> m_athlete_deleted;  // by athlete index, as m_athletes
  AccountState m_account_state;
  // By athlete id. Kept through a failed unit of work: a revision that changes without a change of
  // data only makes a reader work the result out again.
  std::map<std::int64_t, std::int64_t> m_revisions;
  std::int64_t m_revisions_given = 0;
};

}  // namespace stride::storage
