// encode_load (contract §4.4): the fields of a load report written, rounded as the contract says.
#include <gtest/gtest.h>

#include "stride/json/load_encoder.hpp"

namespace stride::json {
namespace {

TEST(EncodeLoad, WritesTheContractFieldsRounded) {
  analytics::LoadReport report;
  report.as_of = core::parse_iso_date("2026-11-21");
  analytics::DailyLoad day;
  day.date = *report.as_of;
  day.load = 192;
  day.acute_ewma = 180.23456;
  day.chronic_ewma = 160.4;
  day.acwr_ewma = 1.1236;
  day.ctl = 48.1;
  day.atl = 60.2;
  day.tsb = -11.9004;
  report.daily.push_back(day);
  analytics::WeeklyLoad week;
  week.start = *core::parse_iso_date("2026-11-16");
  week.days = 6;
  week.run_distance_km = 42.5;
  week.load = 1510;
  report.weeks.push_back(week);
  report.flags.push_back(analytics::LoadFlag{
      day.date, analytics::PainScore{core::PainReport{day.date, core::InjuryRegion::Knee, core::Side::Left, 5,
                                                      core::PainTiming::NextMorning}}});
  const std::string text = encode_load(report);
  EXPECT_EQ(text, R"json({
  "schema": "stride.load.v1",
  "as_of": "2026-11-21",
  "daily": [
    {
      "date": "2026-11-21",
      "load": 192.0,
      "acute_ewma": 180.235,
      "chronic_ewma": 160.4,
      "acwr_ewma": 1.124,
      "acwr_zone": "sweet spot",
      "acute_7d": null,
      "chronic_28d": null,
      "acwr_rolling": null,
      "ctl": 48.1,
      "atl": 60.2,
      "tsb": -11.9
    }
  ],
  "weeks": [
    {
      "start": "2026-11-16",
      "days": 6,
      "run_distance_km": 42.5,
      "distance_change_pct": null,
      "load": 1510.0,
      "monotony": null,
      "strain": null
    }
  ],
  "flags": [
    {
      "date": "2026-11-21",
      "code": "pain",
      "severity": "caution",
      "message": "Pain of 5/10: reduce your training load and leave out what provokes it. If the pain persists or keeps coming back, see a clinician or physiotherapist.",
      "evidence": "left knee pain 5/10 (next morning)"
    }
  ]
}
)json");
}

}  // namespace
}  // namespace stride::json
