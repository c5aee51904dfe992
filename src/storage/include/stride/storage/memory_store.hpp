#pragma once

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

  [[nodiscard]] core::Result<core::AssessmentId> add_assessment(core::AthleteId athlete, core::Date date,
                                                                const core::Assessment& assessment) override;
  [[nodiscard]] core::Result<std::vector<core::AssessmentRecord>> assessments(core::AthleteId athlete) override;

  [[nodiscard]] core::Result<core::PlanId> add_plan(core::AthleteId athlete, core::Date created_on,
                                                    const core::RunningCalendar& calendar,
                                                    std::optional<core::AssessmentId> assessment,
                                                    const core::Plan& plan) override;
  [[nodiscard]] core::Result<std::optional<core::PlanRecord>> latest_plan(core::AthleteId athlete) override;
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
  [[nodiscard]] core::Status in_one_unit(const std::function<core::Status()>& work) override;

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
  struct StoredPain {
    core::AthleteId athlete;
    core::PainReport report;
  };

  [[nodiscard]] bool knows(core::AthleteId id) const;

  std::vector<core::AthleteRecord> m_athletes;  // the athlete with id n is at index n - 1
  std::vector<core::AssessmentRecord> m_assessments;
  std::vector<StoredPlan> m_plans;
  std::vector<StoredActivity> m_activities;
  std::vector<StoredPain> m_pain;
};

}  // namespace stride::storage
