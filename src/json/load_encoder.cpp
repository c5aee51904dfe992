#include "stride/json/load_encoder.hpp"

#include <nlohmann/json.hpp>

#include "json_numbers.hpp"
#include "json_text.hpp"

namespace stride::json {
namespace {

using Json = nlohmann::ordered_json;

using detail::optional_rounded;
using detail::rounded_number;

Json encode_day(const analytics::DailyLoad& day) {
  Json entry;
  entry["date"] = core::format_iso_date(day.date);
  entry["load"] = rounded_number(day.load);
  entry["acute_ewma"] = rounded_number(day.acute_ewma);
  entry["chronic_ewma"] = rounded_number(day.chronic_ewma);
  entry["acwr_ewma"] = optional_rounded(day.acwr_ewma);
  entry["acwr_zone"] = day.acwr_ewma ? Json(std::string(analytics::acwr_zone(*day.acwr_ewma))) : Json(nullptr);
  entry["acute_7d"] = optional_rounded(day.acute_7d);
  entry["chronic_28d"] = optional_rounded(day.chronic_28d);
  entry["acwr_rolling"] = optional_rounded(day.acwr_rolling);
  entry["ctl"] = rounded_number(day.ctl);
  entry["atl"] = rounded_number(day.atl);
  entry["tsb"] = rounded_number(day.tsb);
  return entry;
}

Json encode_week(const analytics::WeeklyLoad& week) {
  Json entry;
  entry["start"] = core::format_iso_date(week.start);
  entry["days"] = week.days;
  entry["run_distance_km"] = rounded_number(week.run_distance_km);
  entry["distance_change_pct"] = optional_rounded(week.distance_change_pct);
  entry["load"] = rounded_number(week.load);
  entry["monotony"] = optional_rounded(week.monotony);
  entry["strain"] = optional_rounded(week.strain);
  return entry;
}

}  // namespace

std::string encode_load(const analytics::LoadReport& report) {
  Json document;
  document["schema"] = "stride.load.v1";
  document["as_of"] = report.as_of ? Json(core::format_iso_date(*report.as_of)) : Json(nullptr);
  Json daily = Json::array();
  for (const auto& day : report.daily) daily.push_back(encode_day(day));
  document["daily"] = std::move(daily);
  Json weeks = Json::array();
  for (const auto& week : report.weeks) weeks.push_back(encode_week(week));
  document["weeks"] = std::move(weeks);
  Json flags = Json::array();
  for (const auto& flag : report.flags) {
    flags.push_back(Json{{"date", core::format_iso_date(flag.date)},
                         {"code", flag.code},
                         {"severity", std::string(core::enum_name(flag.severity))},
                         {"message", flag.message},
                         {"evidence", flag.evidence}});
  }
  document["flags"] = std::move(flags);
  return detail::dump_document(document);
}

}  // namespace stride::json
