#include "plan_files.hpp"

#include "file_input.hpp"
#include "store_options.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/service/input_checks.hpp"

namespace stride::cli {

core::Result<service::PlanRequest> PlanFiles::request(const Environment& environment) const {
  if (athlete_path.empty() || runs_path.empty()) {
    return std::unexpected(core::invalid_input(athlete_path.empty() ? "--athlete" : "--runs", "",
                                               "required (or --athlete-id for a stored runner)"));
  }
  service::PlanRequest request;
  STRIDE_TRY(request.athlete, decode_input_file(athlete_path, documents::decode_athlete));
  request.athlete_source = athlete_path;
  STRIDE_TRY(request.calendar, decode_input_file(runs_path, documents::decode_running_calendar));
  request.calendar_source = runs_path;
  if (!assessment_path.empty()) {
    STRIDE_TRY(request.assessment, decode_input_file(assessment_path, documents::decode_assessment));
    STRIDE_TRY_STATUS(service::check_assessment_date(*request.assessment, environment.clock->today(), assessment_path));
  }
  STRIDE_TRY(request.start, date_or_today(start, "--start", environment));
  request.weeks = weeks;
  if (!table.empty()) request.table_id = table;
  return request;
}

}  // namespace stride::cli
