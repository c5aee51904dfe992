#include "stride/json/load_encoder.hpp"

#include "json_writer.hpp"

namespace stride::json {
namespace {

// The text of a day is about 360 bytes, of a week about 250 and of a flag about 400; reserving
// that much writes the document without reallocating.
constexpr std::size_t kBytesPerDay = 400;
constexpr std::size_t kBytesPerWeek = 300;
constexpr std::size_t kBytesPerFlag = 600;

// A computed fraction rounded to 3 decimal places (never -0), or null when there is no value.
template <class Number>
void write_rounded(detail::JsonWriter& out, detail::JsonKey key, const Number& value) {
  out.key(key);
  out.rounded(value);
}

void write_day(detail::JsonWriter& out, const analytics::DailyLoad& day) {
  out.begin_object();
  out.member("date", core::format_iso_date(day.date));
  write_rounded(out, "load", day.load);
  write_rounded(out, "acute_ewma", day.acute_ewma);
  write_rounded(out, "chronic_ewma", day.chronic_ewma);
  write_rounded(out, "acwr_ewma", day.acwr_ewma);
  out.key("acwr_zone");
  if (day.acwr_ewma) {
    out.string(analytics::acwr_zone(*day.acwr_ewma));
  } else {
    out.null();
  }
  write_rounded(out, "acute_7d", day.acute_7d);
  write_rounded(out, "chronic_28d", day.chronic_28d);
  write_rounded(out, "acwr_rolling", day.acwr_rolling);
  write_rounded(out, "ctl", day.ctl);
  write_rounded(out, "atl", day.atl);
  write_rounded(out, "tsb", day.tsb);
  out.end_object();
}

void write_week(detail::JsonWriter& out, const analytics::WeeklyLoad& week) {
  out.begin_object();
  out.member("start", core::format_iso_date(week.start));
  out.member("days", week.days);
  write_rounded(out, "run_distance_km", week.run_distance_km);
  write_rounded(out, "distance_change_pct", week.distance_change_pct);
  write_rounded(out, "load", week.load);
  write_rounded(out, "monotony", week.monotony);
  write_rounded(out, "strain", week.strain);
  out.end_object();
}

}  // namespace

std::string encode_load(const analytics::LoadReport& report) {
  detail::JsonWriter out(256 + kBytesPerDay * report.daily.size() + kBytesPerWeek * report.weeks.size() +
                         kBytesPerFlag * report.flags.size());
  out.begin_object();
  out.member("schema", "stride.load.v1");
  out.key("as_of");
  if (report.as_of) {
    out.string(core::format_iso_date(*report.as_of));
  } else {
    out.null();
  }
  out.key("daily");
  out.begin_array();
  for (const auto& day : report.daily) write_day(out, day);
  out.end_array();
  out.key("weeks");
  out.begin_array();
  for (const auto& week : report.weeks) write_week(out, week);
  out.end_array();
  out.key("flags");
  out.begin_array();
  for (const auto& flag : report.flags) {
    out.begin_object();
    out.member("date", core::format_iso_date(flag.date));
    out.member("code", flag.code());
    out.member("severity", core::enum_name(flag.severity()));
    out.member("message", flag.message());
    out.member("evidence", flag.evidence());
    out.end_object();
  }
  out.end_array();
  out.end_object();
  return out.finish();
}

}  // namespace stride::json
