#include "stride/service/training_log.hpp"

#include <fmt/format.h>

#include "stride/service/exercises.hpp"
#include "stride/service/input_checks.hpp"
#include "wording.hpp"

namespace stride::service {

namespace {

core::Status check_exercises(const Catalog& catalog, const core::TrainingLog& entries, std::string_view source) {
  for (std::size_t activity = 0; activity < entries.activities.size(); ++activity) {
    const auto& sets = entries.activities[activity].sets;
    for (std::size_t set = 0; set < sets.size(); ++set) {
      if (catalog.library.find(sets[set].exercise) != nullptr) continue;
      return std::unexpected(core::invalid_input(std::string(source),
                                                 fmt::format("$.activities[{}].sets[{}].exercise", activity, set),
                                                 unknown_exercise_problem(catalog.library, sets[set].exercise)));
    }
  }
  return {};
}

}  // namespace

core::Result<LoggedEntries> log_entries(const Catalog& catalog, core::Store& store, core::AthleteId athlete,
                                        const core::TrainingLog& entries, std::string_view source, core::Date today) {
  STRIDE_TRY_STATUS(check_log_entries(catalog.world_records, entries, source, today));
  STRIDE_TRY_STATUS(check_exercises(catalog, entries, source));
  LoggedEntries logged;
  STRIDE_TRY(logged.activities, store.add_log_entries(athlete, entries));
  logged.pain_reports = entries.pain.size();
  for (const auto& pain : entries.pain) {
    if (pain.score < 5) continue;
    logged.advice.push_back(fmt::format(
        "{} pain {}/10 on {}: above the acceptable band. Reduce the running and exercises that provoke it; if it "
        "persists or gets worse, see a physiotherapist or doctor. A re-plan regresses the work that loads it.",
        detail::capitalized(core::injury_region_words(pain.region)), pain.score, core::format_iso_date(pain.date)));
  }
  return logged;
}

core::Status rate_activity(core::Store& store, core::AthleteId athlete, core::ActivityId activity, double rpe) {
  if (!(rpe >= 0 && rpe <= 10)) {
    return std::unexpected(core::invalid_field("rpe", fmt::format("{:g} is outside the allowed range 0 to 10", rpe)));
  }
  return store.rate_activity(athlete, activity, rpe);
}

core::Result<analytics::LoadReport> load_of_log(const analytics::WorldRecordTable& records,
                                                const core::TrainingLog& log, std::string_view source,
                                                std::optional<core::Date> as_of) {
  STRIDE_TRY_STATUS(check_log_entries(records, log, source, std::nullopt));
  return analytics::compute_load(log, as_of);
}

}  // namespace stride::service
