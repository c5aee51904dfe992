#include <fmt/format.h>

#include "stride/documents/document_reader.hpp"
#include "stride/documents/input_decoders.hpp"

namespace stride::documents {
namespace {

using core::Result;

constexpr std::size_t kMaximumDatedRuns = 2000;

// A template day or dated run: a run type, or an object {type, distance_km?, duration_min?, note?}.
// `allow_date` admits the `date` key of dated runs.
Result<core::PlannedRun> decode_run(const Field& field, bool allow_date) {
  core::PlannedRun run;
  if (field.is_string()) {
    STRIDE_TRY(run.type, field.enumeration<core::RunType>());
    return run;
  }
  if (!field.is_object()) return std::unexpected(field.error("expected a run type or an object with a \"type\""));
  if (allow_date) {
    STRIDE_TRY_STATUS(field.allow_only({"date", "type", "distance_km", "duration_min", "note"}));
  } else {
    STRIDE_TRY_STATUS(field.allow_only({"type", "distance_km", "duration_min", "note"}));
  }
  STRIDE_TRY(auto type, field.required("type"));
  STRIDE_TRY(run.type, type.enumeration<core::RunType>());
  STRIDE_TRY(auto distance, field.optional("distance_km"));
  if (distance) {
    STRIDE_TRY(auto kilometres, distance->number(0, 400));
    run.distance = core::Kilometres(kilometres);
  }
  STRIDE_TRY(auto duration, field.optional("duration_min"));
  if (duration) {
    STRIDE_TRY(auto minutes, duration->integer(0, 24 * 60));
    run.duration = core::Minutes(minutes);
  }
  STRIDE_TRY(auto note, field.optional("note"));
  if (note) {
    STRIDE_TRY(run.note, note->text(200));
  }
  if (run.type == core::RunType::Rest && (run.distance || run.duration)) {
    return std::unexpected(field.error("a rest day has no distance or duration"));
  }
  return run;
}

}  // namespace

Result<core::RunningCalendar> decode_running_calendar(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, std::move(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"weekly_template", "runs"}));
  core::RunningCalendar calendar;
  STRIDE_TRY(auto template_field, root.required("weekly_template"));
  STRIDE_TRY(auto days, template_field.members({"mon", "tue", "wed", "thu", "fri", "sat", "sun"}));
  std::array<bool, 7> seen{};
  for (const auto& [key, day] : days) {
    const auto weekday = core::parse_enum<core::Weekday>(key);
    const auto index = static_cast<std::size_t>(*weekday);
    STRIDE_TRY(calendar.weekly_template[index], decode_run(day, false));
    seen[index] = true;
  }
  for (std::size_t index = 0; index < seen.size(); ++index) {
    if (!seen[index]) {
      return std::unexpected(template_field.error(fmt::format(
          "the day \"{}\" is missing; list all seven days, mon to sun", core::enum_name(static_cast<core::Weekday>(index)))));
    }
  }
  STRIDE_TRY(auto runs, root.optional("runs"));
  if (runs) {
    STRIDE_TRY(auto list, runs->elements(kMaximumDatedRuns));
    for (const auto& item : list) {
      if (!item.is_object()) return std::unexpected(item.error("expected an object with a \"date\" and a \"type\""));
      STRIDE_TRY(auto date_field, item.required("date"));
      STRIDE_TRY(auto date, date_field.date());
      STRIDE_TRY(auto run, decode_run(item, true));
      if (!calendar.dated_runs.emplace(date, run).second) {
        return std::unexpected(
            date_field.error(fmt::format("{} is listed twice; give one run per date", core::format_iso_date(date))));
      }
    }
  }
  return calendar;
}

}  // namespace stride::documents
