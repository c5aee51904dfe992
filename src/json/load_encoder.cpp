#include "stride/json/load_encoder.hpp"

#include <nlohmann/json.hpp>

#include "stride/json/output_encoders.hpp"

namespace stride::json {
namespace {

using Json = nlohmann::ordered_json;

Json number(double value) { return Json(round_to_thousandths(value)); }

Json optional_number(const std::optional<double>& value) { return value ? number(*value) : Json(nullptr); }

Json encode_day(const analytics::DailyLoad& day) {
  Json entry;
  entry["date"] = core::format_iso_date(day.date);
  entry["load"] = number(day.load);
  entry["acute_ewma"] = number(day.acute_ewma);
  entry["chronic_ewma"] = number(day.chronic_ewma);
  entry["acwr_ewma"] = optional_number(day.acwr_ewma);
  entry["acwr_zone"] = day.acwr_ewma ? Json(std::string(analytics::acwr_zone(*day.acwr_ewma))) : Json(nullptr);
  entry["acute_7d"] = optional_number(day.acute_7d);
  entry["chronic_28d"] = optional_number(day.chronic_28d);
  entry["acwr_rolling"] = optional_number(day.acwr_rolling);
  entry["ctl"] = number(day.ctl);
  entry["atl"] = number(day.atl);
  entry["tsb"] = number(day.tsb);
  return entry;
}

Json encode_week(const analytics::WeeklyLoad& week) {
  Json entry;
  entry["start"] = core::format_iso_date(week.start);
  entry["days"] = week.days;
  entry["run_distance_km"] = number(week.run_distance_km);
  entry["distance_change_pct"] = optional_number(week.distance_change_pct);
  entry["load"] = number(week.load);
  entry["monotony"] = optional_number(week.monotony);
  entry["strain"] = optional_number(week.strain);
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
  return document.dump(2) + "\n";
}

}  // namespace stride::json
