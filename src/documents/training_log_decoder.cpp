#include <fmt/format.h>

#include "stride/documents/document_reader.hpp"
#include "stride/documents/input_decoders.hpp"

namespace stride::documents {
namespace {

using core::Result;

constexpr std::size_t kMaximumActivities = 50'000;
constexpr std::size_t kMaximumPainReports = 20'000;
constexpr std::size_t kMaximumSets = 200;
constexpr double kMaximumDurationMinutes = 48 * 60;  // a multi-day ultra is logged day by day
constexpr double kMaximumDistanceKm = 1000;
constexpr std::size_t kMaximumNameLength = 200;

// A date of the log: a real calendar date between 1900-01-01 and 2199-12-31, which keeps the daily
// series of any log bounded.
Result<core::Date> decode_log_date(const Field& item) {
  STRIDE_TRY(auto field, item.required("date"));
  STRIDE_TRY(auto date, field.date());
  if (date.year() < std::chrono::year(1900) || date.year() > std::chrono::year(2199)) {
    return std::unexpected(field.error(
        fmt::format("{} is outside the supported range 1900-01-01 to 2199-12-31", core::format_iso_date(date))));
  }
  return date;
}

Result<core::StrengthSet> decode_set(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"exercise", "side", "reps", "load_kg", "rpe"}));
  core::StrengthSet set;
  STRIDE_TRY(auto exercise, field.required("exercise"));
  STRIDE_TRY(set.exercise, exercise.text(kMaximumNameLength));
  STRIDE_TRY(auto side, field.optional("side"));
  if (side) {
    STRIDE_TRY(set.side, side->enumeration<core::Side>());
  }
  STRIDE_TRY(auto reps, field.required("reps"));
  STRIDE_TRY(set.reps, reps.integer(0, 1000));
  STRIDE_TRY(auto load, field.optional("load_kg"));
  if (load) {
    STRIDE_TRY(set.load_kg, load->number(0, 1000));
  }
  STRIDE_TRY(auto rpe, field.optional("rpe"));
  if (rpe) {
    STRIDE_TRY(set.rpe, rpe->number(0, 10));
  }
  return set;
}

// The optional `client_id` of a log entry: 1 to 100 characters (a UUID has 36).
Result<std::optional<std::string>> decode_client_id(const Field& field) {
  STRIDE_TRY(auto client_id, field.optional("client_id"));
  if (!client_id) return std::optional<std::string>();
  STRIDE_TRY(std::string text, client_id->text(100));
  return std::optional<std::string>(std::move(text));
}

Result<core::Activity> decode_activity(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only(
      {"date", "sport", "duration_min", "distance_km", "rpe", "avg_hr", "race", "note", "sets", "client_id"}));
  core::Activity activity;
  STRIDE_TRY(activity.client_id, decode_client_id(field));
  STRIDE_TRY(activity.date, decode_log_date(field));
  STRIDE_TRY(auto sport, field.required("sport"));
  STRIDE_TRY(activity.sport, sport.enumeration<core::Sport>());
  STRIDE_TRY(auto duration, field.required("duration_min"));
  STRIDE_TRY(activity.duration_min, duration.number(0, kMaximumDurationMinutes));
  STRIDE_TRY(auto distance, field.optional("distance_km"));
  if (distance) {
    STRIDE_TRY(activity.distance_km, distance->number(0, kMaximumDistanceKm));
  }
  STRIDE_TRY(auto rpe, field.required("rpe"));
  STRIDE_TRY(activity.rpe, rpe.number(0, 10));
  STRIDE_TRY(auto heart_rate, field.optional("avg_hr"));
  if (heart_rate) {
    STRIDE_TRY(activity.avg_hr, heart_rate->integer(20, 250));
  }
  STRIDE_TRY(auto race, field.optional("race"));
  if (race) {
    STRIDE_TRY(activity.race, race->boolean());
    if (activity.race && activity.sport != core::Sport::Run) {
      return std::unexpected(race->error("only a run can be a race"));
    }
  }
  STRIDE_TRY(auto note, field.optional("note"));
  if (note) {
    STRIDE_TRY(activity.note, note->text(kMaximumNameLength));
  }
  STRIDE_TRY(auto sets, field.optional("sets"));
  if (sets) {
    if (activity.sport != core::Sport::Strength) {
      return std::unexpected(sets->error(fmt::format("sets belong to strength activities only, not to \"{}\"",
                                                     core::enum_name(activity.sport))));
    }
    STRIDE_TRY(auto list, sets->elements(kMaximumSets));
    for (const auto& item : list) {
      STRIDE_TRY(auto set, decode_set(item));
      activity.sets.push_back(std::move(set));
    }
  }
  return activity;
}

Result<core::PainReport> decode_pain(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"date", "region", "side", "score", "when", "client_id"}));
  core::PainReport report;
  STRIDE_TRY(report.client_id, decode_client_id(field));
  STRIDE_TRY(report.date, decode_log_date(field));
  STRIDE_TRY(auto region, field.required("region"));
  STRIDE_TRY(report.region, region.enumeration<core::InjuryRegion>());
  STRIDE_TRY(auto side, field.optional("side"));
  if (side) {
    STRIDE_TRY(report.side, side->enumeration<core::Side>());
  }
  STRIDE_TRY(auto score, field.required("score"));
  STRIDE_TRY(report.score, score.integer(0, 10));
  STRIDE_TRY(auto when, field.required("when"));
  STRIDE_TRY(report.when, when.enumeration<core::PainTiming>());
  return report;
}

}  // namespace

Result<core::Activity> decode_log_activity(std::string_view text, std::string_view source) {
  STRIDE_TRY(auto document, parse_document(text, std::string(source)));
  return decode_activity(Field::root(document));
}

Result<core::PainReport> decode_log_pain_report(std::string_view text, std::string_view source) {
  STRIDE_TRY(auto document, parse_document(text, std::string(source)));
  return decode_pain(Field::root(document));
}

Result<core::TrainingLog> decode_training_log(std::string_view text, std::string_view source) {
  STRIDE_TRY(auto document, parse_document(text, std::string(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"activities", "pain"}));
  core::TrainingLog log;
  STRIDE_TRY(auto activities, root.optional("activities"));
  if (activities) {
    STRIDE_TRY(auto list, activities->elements(kMaximumActivities));
    log.activities.reserve(list.size());
    for (const auto& item : list) {
      STRIDE_TRY(auto activity, decode_activity(item));
      log.activities.push_back(std::move(activity));
    }
  }
  STRIDE_TRY(auto pain, root.optional("pain"));
  if (pain) {
    STRIDE_TRY(auto list, pain->elements(kMaximumPainReports));
    log.pain.reserve(list.size());
    for (const auto& item : list) {
      STRIDE_TRY(auto report, decode_pain(item));
      log.pain.push_back(report);
    }
  }
  return log;
}

}  // namespace stride::documents
