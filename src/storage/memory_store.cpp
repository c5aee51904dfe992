#include "stride/storage/memory_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "migrations.hpp"
#include "store_validation.hpp"

namespace stride::storage {
namespace {

bool within(core::Date date, std::optional<core::Date> from, std::optional<core::Date> to) {
  return (!from || !(date < *from)) && (!to || !(*to < date));
}

}  // namespace

bool MemoryStore::knows(core::AthleteId id) const {
  return id.value >= 1 && static_cast<std::size_t>(id.value) <= m_athletes.size() &&
         !m_athlete_deleted[static_cast<std::size_t>(id.value - 1)];
}

core::Result<core::AthleteId> MemoryStore::add_athlete(const core::Athlete& athlete) {
  STRIDE_TRY_STATUS(detail::athlete_document(athlete));
  const core::AthleteId id{static_cast<std::int64_t>(m_athletes.size()) + 1};
  m_athletes.push_back({id, athlete});
  m_athlete_deleted.push_back(false);
  mark_changed(id);
  return id;
}

core::Status MemoryStore::update_athlete(core::AthleteId id, const core::Athlete& athlete) {
  STRIDE_TRY_STATUS(detail::athlete_document(athlete));
  if (!knows(id)) return std::unexpected(detail::unknown_athlete(id));
  m_athletes[static_cast<std::size_t>(id.value - 1)].athlete = athlete;
  mark_changed(id);
  return {};
}

core::Result<core::AthleteRecord> MemoryStore::find_athlete(core::AthleteId id) {
  if (!knows(id)) return std::unexpected(detail::unknown_athlete(id));
  return m_athletes[static_cast<std::size_t>(id.value - 1)];
}

core::Result<std::vector<core::AthleteRecord>> MemoryStore::list_athletes() {
  std::vector<core::AthleteRecord> records;
  for (const auto& record : m_athletes) {
    if (knows(record.id)) records.push_back(record);
  }
  return records;
}

core::Status MemoryStore::delete_athlete(core::AthleteId id) {
  if (!knows(id)) return std::unexpected(detail::unknown_athlete(id));
  std::erase_if(m_assessments, [&](const auto& record) { return record.athlete == id; });
  std::erase_if(m_plans, [&](const auto& stored) { return stored.record.athlete == id; });
  std::erase_if(m_activities, [&](const auto& stored) { return stored.athlete == id; });
  std::erase_if(m_pain, [&](const auto& stored) { return stored.athlete == id; });
  // Kept as tombstones, so that ids stay positions.
  for (auto& stored : m_plan_changes) {
    if (stored.athlete == id) stored.athlete = core::AthleteId{0};
  }
  m_calendars.erase(id.value);
  m_account_state.athlete_links.erase(id.value);
  std::erase_if(m_account_state.grants, [&](const auto& grant) { return grant.athlete == id; });
  std::erase_if(m_account_state.calendar_feeds, [&](const auto& feed) { return feed.record.athlete == id; });
  std::erase_if(m_account_state.handovers, [&](const auto& stored) { return stored.record.athlete == id; });
  std::erase_if(m_account_state.notes, [&](const core::Note& note) { return note.athlete == id; });
  std::erase_if(m_account_state.read_marks, [&](const auto& mark) { return mark.first.second == id.value; });
  m_athlete_deleted[static_cast<std::size_t>(id.value - 1)] = true;
  return {};
}

core::Result<std::int64_t> MemoryStore::athlete_revision(core::AthleteId id) {
  if (!knows(id)) return std::unexpected(detail::unknown_athlete(id));
  return m_revisions.at(id.value);
}

void MemoryStore::mark_changed(core::AthleteId id) { m_revisions[id.value] = ++m_revisions_given; }

core::Result<core::AssessmentId> MemoryStore::add_assessment(core::AthleteId athlete, core::Date date,
                                                             const core::Assessment& assessment) {
  STRIDE_TRY_STATUS(detail::assessment_document(assessment));
  if (!date.ok()) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput, "cannot store the assessment: no date"));
  }
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  const core::AssessmentId id{static_cast<std::int64_t>(m_assessments.size()) + 1};
  m_assessments.push_back({id, athlete, date, assessment});
  mark_changed(athlete);
  return id;
}

core::Result<std::vector<core::AssessmentRecord>> MemoryStore::assessments(core::AthleteId athlete) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  std::vector<core::AssessmentRecord> records;
  for (const auto& record : m_assessments) {
    if (record.athlete == athlete) records.push_back(record);
  }
  std::stable_sort(records.begin(), records.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date; });
  return records;
}

core::Result<core::PlanId> MemoryStore::add_plan(core::AthleteId athlete, core::Date created_on,
                                                 const core::RunningCalendar& calendar,
                                                 std::optional<core::AssessmentId> assessment, const core::Plan& plan) {
  STRIDE_TRY_STATUS(detail::calendar_document(calendar));
  STRIDE_TRY(const detail::CheckedPlan checked, detail::check_plan(plan));
  if (!created_on.ok()) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput, "cannot store the plan: no creation date"));
  }
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  if (assessment) {
    const bool owned = std::any_of(m_assessments.begin(), m_assessments.end(), [&](const auto& record) {
      return record.id == *assessment && record.athlete == athlete;
    });
    if (!owned) {
      return std::unexpected(core::make_error(
          core::ErrorCode::NotFound,
          fmt::format("no assessment has the id {} for the athlete {}", assessment->value, athlete.value)));
    }
  }
  const core::PlanId id{static_cast<std::int64_t>(m_plans.size()) + 1};
  m_plans.push_back({{id, athlete, created_on, calendar, assessment, plan}, checked.span_start, checked.span_end});
  mark_changed(athlete);
  return id;
}

core::Result<std::optional<core::PlanRecord>> MemoryStore::latest_plan(core::AthleteId athlete) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  for (auto stored = m_plans.rbegin(); stored != m_plans.rend(); ++stored) {
    if (stored->record.athlete == athlete) return std::optional<core::PlanRecord>(stored->record);
  }
  return std::optional<core::PlanRecord>();
}

core::Result<std::optional<core::PlanOutlineRecord>> MemoryStore::latest_plan_outline(core::AthleteId athlete) {
  STRIDE_TRY(const auto latest, latest_plan(athlete));
  if (!latest) return std::optional<core::PlanOutlineRecord>();
  return std::optional<core::PlanOutlineRecord>(core::PlanOutlineRecord{
      latest->id, latest->athlete, latest->created_on, latest->calendar, latest->assessment, core::outline_of(latest->plan)});
}

core::Result<std::vector<core::EffectiveDay>> MemoryStore::effective_days(core::AthleteId athlete, core::Date from,
                                                                          core::Date to) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  // Oldest plan first, so a newer plan spanning a date replaces what an older one said.
  std::map<core::Date, core::EffectiveDay> in_effect;
  for (const auto& stored : m_plans) {
    if (stored.record.athlete != athlete) continue;
    for (auto date = std::max(from, stored.span_start); !(std::min(to, stored.span_end) < date);
         date = core::add_days(date, 1)) {
      in_effect.erase(date);
    }
    auto keep = [&](const core::PlanDay& day) {
      if (within(day.date, from, to)) in_effect.insert_or_assign(day.date, core::EffectiveDay{stored.record.id, day});
    };
    for (const auto& day : stored.record.plan.days) keep(day);
    if (stored.record.plan.after_race) {
      for (const auto& day : stored.record.plan.after_race->days) keep(day);
    }
  }
  std::vector<core::EffectiveDay> days;
  days.reserve(in_effect.size());
  for (auto& [date, day] : in_effect) days.push_back(std::move(day));
  return days;
}

core::Status MemoryStore::set_running_calendar(core::AthleteId athlete, const core::RunningCalendar& calendar) {
  STRIDE_TRY_STATUS(detail::calendar_document(calendar));
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  m_calendars.insert_or_assign(athlete.value, calendar);
  mark_changed(athlete);
  return {};
}

core::Result<std::optional<core::RunningCalendar>> MemoryStore::running_calendar(core::AthleteId athlete) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  const auto found = m_calendars.find(athlete.value);
  if (found == m_calendars.end()) return std::optional<core::RunningCalendar>();
  return std::optional<core::RunningCalendar>(found->second);
}

core::Result<std::vector<core::ActivityId>> MemoryStore::add_log_entries(core::AthleteId athlete,
                                                                         const core::TrainingLog& entries) {
  STRIDE_TRY_STATUS(detail::check_log_entries(entries));
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  std::vector<std::string_view> client_ids;
  for (const auto& stored : m_activities) {
    if (stored.athlete == athlete && stored.activity.client_id) client_ids.push_back(*stored.activity.client_id);
  }
  for (const auto& activity : entries.activities) {
    if (!activity.client_id) continue;
    if (std::find(client_ids.begin(), client_ids.end(), *activity.client_id) != client_ids.end()) {
      return std::unexpected(detail::duplicate_client_id(*activity.client_id));
    }
    client_ids.push_back(*activity.client_id);
  }
  client_ids.clear();
  for (const auto& stored : m_pain) {
    if (stored.athlete == athlete && stored.report.client_id) client_ids.push_back(*stored.report.client_id);
  }
  for (const auto& report : entries.pain) {
    if (!report.client_id) continue;
    if (std::find(client_ids.begin(), client_ids.end(), *report.client_id) != client_ids.end()) {
      return std::unexpected(detail::duplicate_client_id(*report.client_id));
    }
    client_ids.push_back(*report.client_id);
  }
  std::vector<std::string_view> fingerprints;
  for (const auto& stored : m_activities) {
    if (stored.athlete == athlete && stored.activity.recording) fingerprints.push_back(stored.activity.recording->fingerprint);
  }
  for (const auto& activity : entries.activities) {
    if (!activity.recording) continue;
    if (std::find(fingerprints.begin(), fingerprints.end(), activity.recording->fingerprint) != fingerprints.end()) {
      return std::unexpected(detail::duplicate_recording(*activity.recording));
    }
    fingerprints.push_back(activity.recording->fingerprint);
  }
  std::vector<core::ActivityId> ids;
  for (const auto& activity : entries.activities) {
    const core::ActivityId id{static_cast<std::int64_t>(m_activities.size()) + 1};
    m_activities.push_back({id, athlete, activity});
    ids.push_back(id);
  }
  for (const auto& report : entries.pain) m_pain.push_back({athlete, report});
  mark_changed(athlete);
  return ids;
}

core::Result<core::TrainingLog> MemoryStore::training_log(core::AthleteId athlete, std::optional<core::Date> from,
                                                          std::optional<core::Date> to) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  core::TrainingLog log;
  for (const auto& stored : m_activities) {
    if (stored.athlete == athlete && within(stored.activity.date, from, to)) log.activities.push_back(stored.activity);
  }
  for (const auto& stored : m_pain) {
    if (stored.athlete == athlete && within(stored.report.date, from, to)) log.pain.push_back(stored.report);
  }
  // Stored in id order, so a stable sort by date gives date, then id.
  std::stable_sort(log.activities.begin(), log.activities.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date; });
  std::stable_sort(log.pain.begin(), log.pain.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  return log;
}

core::Result<std::vector<core::ActivityRecord>> MemoryStore::activity_records(core::AthleteId athlete,
                                                                            std::optional<core::Date> from,
                                                                            std::optional<core::Date> to) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  std::vector<core::ActivityRecord> records;
  for (const auto& stored : m_activities) {
    if (stored.athlete == athlete && within(stored.activity.date, from, to)) records.push_back({stored.id, stored.activity});
  }
  std::stable_sort(records.begin(), records.end(),
                   [](const auto& a, const auto& b) { return a.activity.date < b.activity.date; });
  return records;
}

core::Result<std::optional<core::ActivityRecord>> MemoryStore::activity_with_client_id(core::AthleteId athlete,
                                                                                     std::string_view client_id) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  for (const auto& stored : m_activities) {
    if (stored.athlete == athlete && stored.activity.client_id == client_id) {
      return std::optional<core::ActivityRecord>(core::ActivityRecord{stored.id, stored.activity});
    }
  }
  return std::optional<core::ActivityRecord>();
}

core::Result<std::optional<core::PainReport>> MemoryStore::pain_report_with_client_id(core::AthleteId athlete,
                                                                                     std::string_view client_id) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  for (const auto& stored : m_pain) {
    if (stored.athlete == athlete && stored.report.client_id == client_id) {
      return std::optional<core::PainReport>(stored.report);
    }
  }
  return std::optional<core::PainReport>();
}

core::Result<std::vector<core::ActivityRecord>> MemoryStore::recorded_activities(core::AthleteId athlete,
                                                                               std::string_view fingerprint,
                                                                               double from_s, double to_s) {
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  std::vector<core::ActivityRecord> records;
  for (const auto& stored : m_activities) {
    if (stored.athlete != athlete || !stored.activity.recording) continue;
    const auto& recording = *stored.activity.recording;
    const bool starts_within = recording.start_time_s >= from_s && recording.start_time_s <= to_s;
    if (starts_within || recording.fingerprint == fingerprint) records.push_back({stored.id, stored.activity});
  }
  std::stable_sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
    return a.activity.recording->start_time_s < b.activity.recording->start_time_s;
  });
  return records;
}

core::Status MemoryStore::rate_activity(core::AthleteId athlete, core::ActivityId activity, double rpe) {
  STRIDE_TRY_STATUS(detail::check_rating(rpe));
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  for (auto& stored : m_activities) {
    if (stored.athlete == athlete && stored.id == activity) {
      stored.activity.rpe = rpe;
      mark_changed(athlete);
      return {};
    }
  }
  return std::unexpected(detail::unknown_activity(athlete, activity));
}

// The store is copied first and put back when the work fails; one thread at a time uses it.
core::Result<core::StoreDump> MemoryStore::dump() {
  return std::unexpected(core::make_error(core::ErrorCode::Unsupported, "the in-memory store keeps no tables to back up"));
}

core::Status MemoryStore::load(const core::StoreDump& /*dump*/) {
  return std::unexpected(core::make_error(core::ErrorCode::Unsupported, "the in-memory store keeps no tables to restore"));
}

core::Result<core::Store::SchemaVersions> MemoryStore::schema_versions() {
  return SchemaVersions{detail::latest_schema_version(), detail::latest_schema_version()};
}

core::Status MemoryStore::in_one_unit(const std::function<core::Status()>& work) {
  auto athletes = m_athletes;
  auto assessments = m_assessments;
  auto plans = m_plans;
  auto activities = m_activities;
  auto pain = m_pain;
  auto plan_changes = m_plan_changes;
  auto calendars = m_calendars;
  auto athlete_deleted = m_athlete_deleted;
  auto account_state = m_account_state;
  auto status = work();
  if (!status) {
    m_athletes = std::move(athletes);
    m_assessments = std::move(assessments);
    m_plans = std::move(plans);
    m_activities = std::move(activities);
    m_pain = std::move(pain);
    m_plan_changes = std::move(plan_changes);
    m_calendars = std::move(calendars);
    m_athlete_deleted = std::move(athlete_deleted);
    m_account_state = std::move(account_state);
  }
  return status;
}

}  // namespace stride::storage
