#include "store_validation.hpp"

#include <fmt/format.h>

#include <cmath>

#include "stride/core/date.hpp"
#include "stride/documents/document_codecs.hpp"

namespace stride::storage::detail {
namespace {

core::Error refused(std::string_view what, std::string problem) {
  return core::make_error(core::ErrorCode::InvalidInput, fmt::format("cannot store the {}: {}", what, problem));
}

// Encodes `value`, decodes it back and insists on equality.
template <class T, class Encode, class Decode>
core::Result<std::string> round_trip(const T& value, std::string_view what, Encode encode, Decode decode) {
  std::string document = encode(value);
  auto decoded = decode(document, std::string(what));
  if (!decoded) return std::unexpected(refused(what, decoded.error().describe()));
  if (!(*decoded == value)) {
    return std::unexpected(refused(what, "it would not read back unchanged (a value outside the contract's form)"));
  }
  return document;
}


bool is_non_negative(double value) { return std::isfinite(value) && value >= 0; }

bool is_rating(double value) { return std::isfinite(value) && value >= 0 && value <= 10; }

bool is_non_negative(const std::optional<double>& value) { return !value || is_non_negative(*value); }

// The problem with a recording, or nullopt when there is none.
std::optional<std::string_view> recording_problem(const core::ActivityRecording& recording) {
  if (recording.fingerprint.empty()) return "the recording has no fingerprint";
  if (!std::isfinite(recording.start_time_s)) return "the recording start is not a time";
  for (const auto& measurement :
       {recording.elapsed_s, recording.max_hr_bpm, recording.avg_cadence_spm, recording.avg_power_w,
        recording.avg_stance_time_ms, recording.avg_vertical_oscillation_mm, recording.avg_step_length_mm,
        recording.avg_vertical_ratio_percent, recording.avg_stance_time_balance_left_percent,
        recording.heart_rate_load}) {
    if (!is_non_negative(measurement)) return "a recorded measurement is negative or not a number";
  }
  if (recording.max_hr_bpm && *recording.max_hr_bpm <= 0) return "the maximum heart rate must be positive";
  if (recording.avg_stance_time_balance_left_percent && *recording.avg_stance_time_balance_left_percent > 100) {
    return "the stance-time balance must be 0 to 100 %";
  }
  return std::nullopt;
}

}  // namespace

core::Status check_rating(double rpe) {
  if (is_rating(rpe)) return {};
  return std::unexpected(refused("rating", "the session rpe must be between 0 and 10"));
}

core::Error unknown_activity(core::AthleteId athlete, core::ActivityId activity) {
  return core::make_error(core::ErrorCode::NotFound,
                          fmt::format("athlete {} has no activity with the id {}", athlete.value, activity.value));
}

core::Error duplicate_recording(const core::ActivityRecording& recording) {
  return core::make_error(core::ErrorCode::Conflict,
                          fmt::format("the recording {} is already stored for this athlete", recording.source));
}

core::Error duplicate_client_id(std::string_view client_id) {
  core::Error error = core::make_error(core::ErrorCode::Conflict,
                                       fmt::format("an entry with the client id \"{}\" is already stored", client_id));
  error.field = "client_id";
  return error;
}

core::Result<std::string> athlete_document(const core::Athlete& athlete) {
  // The store keeps what it is given; whether a name is acceptable input is the input decoder's call.
  return round_trip(athlete, "athlete", documents::encode_stored_athlete, documents::decode_stored_athlete);
}

core::Result<std::string> assessment_document(const core::Assessment& assessment) {
  return round_trip(assessment, "assessment", documents::encode_stored_assessment, documents::decode_stored_assessment);
}

core::Result<std::string> calendar_document(const core::RunningCalendar& calendar) {
  return round_trip(calendar, "running calendar", documents::encode_stored_running_calendar,
                    documents::decode_stored_running_calendar);
}

core::Result<std::string> plan_change_document(const core::PlanChange& change, std::string_view author_name) {
  if (!core::has_iso_form(change.session.date) || (change.to && !core::has_iso_form(*change.to))) {
    return std::unexpected(refused("plan change", "its dates must be real dates"));
  }
  if (change.session.index < 0) return std::unexpected(refused("plan change", "a session's place is 0 or more"));
  if (author_name.empty()) return std::unexpected(refused("plan change", "it needs the name of who made it"));
  return round_trip(change, "plan change", documents::encode_plan_change_document,
                    documents::decode_plan_change_document);
}

core::Error unknown_plan_change(core::AthleteId athlete, core::PlanChangeId change) {
  return core::make_error(core::ErrorCode::NotFound,
                          fmt::format("athlete {} has no plan change with the id {}", athlete.value, change.value));
}

core::Result<CheckedPlan> check_plan(const core::Plan& plan) {
  if (!core::has_iso_form(plan.start) || !core::has_iso_form(plan.end) || plan.end < plan.start) {
    return std::unexpected(refused("plan", "its start must be a date on or before its end"));
  }
  CheckedPlan checked{{}, plan.start, plan.end, {}, {}};
  if (plan.after_race && plan.after_race->end > checked.span_end) checked.span_end = plan.after_race->end;
  for (const auto& day : plan.days) checked.days.push_back(&day);
  if (plan.after_race) {
    for (const auto& day : plan.after_race->days) checked.days.push_back(&day);
  }
  for (std::size_t index = 0; index < checked.days.size(); ++index) {
    const core::Date date = checked.days[index]->date;
    if (!core::has_iso_form(date) || date < checked.span_start || date > checked.span_end) {
      return std::unexpected(refused("plan", fmt::format("the day {} lies outside the plan", index + 1)));
    }
    if (index > 0 && !(checked.days[index - 1]->date < date)) {
      return std::unexpected(refused("plan", fmt::format("the day {} repeats or goes back in time",
                                                         core::format_iso_date(date))));
    }
  }
  // The checking encoder refuses every value that would not read back unchanged, so no decode is
  // needed to know the documents give the plan back (DocumentCodecs tests it).
  auto documents = documents::encode_plan_documents(plan);
  if (!documents) return std::unexpected(refused("plan", documents.error().message));
  checked.document = std::move(documents->plan);
  checked.day_documents = std::move(documents->days);
  return checked;
}

core::Status check_log_entries(const core::TrainingLog& entries) {
  for (std::size_t index = 0; index < entries.activities.size(); ++index) {
    const auto& activity = entries.activities[index];
    auto fail = [&](std::string_view problem) {
      return std::unexpected(refused("training log", fmt::format("activity {}: {}", index + 1, problem)));
    };
    if (!core::has_iso_form(activity.date)) return fail("the date is not a real date");
    if (!is_non_negative(activity.duration_min)) return fail("the duration must be a number of minutes, 0 or more");
    if (activity.distance_km && !is_non_negative(*activity.distance_km)) return fail("the distance must be 0 or more");
    if (activity.rpe && !is_rating(*activity.rpe)) return fail("the session rpe must be between 0 and 10");
    if (!activity.rpe && !activity.recording) return fail("a session needs an rpe unless it was imported from a recording");
    if (activity.recording) {
      if (const auto problem = recording_problem(*activity.recording)) return fail(*problem);
    }
    if (activity.avg_hr && *activity.avg_hr <= 0) return fail("the average heart rate must be positive");
    for (const auto& set : activity.sets) {
      if (set.exercise.empty()) return fail("a set names no exercise");
      if (set.reps < 0) return fail("a set has negative reps");
      if (set.load_kg && !is_non_negative(*set.load_kg)) return fail("a set load must be 0 kg or more");
      if (set.rpe && !is_rating(*set.rpe)) return fail("a set rpe must be between 0 and 10");
    }
  }
  for (std::size_t index = 0; index < entries.pain.size(); ++index) {
    const auto& report = entries.pain[index];
    if (!core::has_iso_form(report.date)) {
      return std::unexpected(refused("training log", fmt::format("pain report {}: the date is not a real date", index + 1)));
    }
    if (report.score < 0 || report.score > 10) {
      return std::unexpected(refused("training log", fmt::format("pain report {}: the score must be 0 to 10", index + 1)));
    }
  }
  return {};
}

core::Error unknown_athlete(core::AthleteId id) {
  return core::make_error(core::ErrorCode::NotFound, fmt::format("no athlete has the id {}", id.value));
}

}  // namespace stride::storage::detail
