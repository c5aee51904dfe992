// data/rules/plan.json -> planning::PlanRules. Every field is required and every unknown key is
// refused, so the file always states the whole rule set; docs/rules-data.md describes each field.
#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "data_header.hpp"
#include "stride/data_files/data_decoders.hpp"
#include "stride/documents/document_reader.hpp"
#include "stride/planning/corrective_routine.hpp"

namespace stride::data_files {

using documents::Field;
using documents::parse_document;
using documents::member_path;
namespace {

using core::Result;
using core::Status;

constexpr std::size_t kMaximumListSize = 64;
constexpr std::size_t kMaximumSteps = 52;
constexpr int kMaximumRestSeconds = 600;
constexpr int kMaximumHoldSeconds = 600;
constexpr int kMaximumSets = 10;
constexpr int kMaximumReps = 30;
constexpr int kMaximumWeeks = 52;
constexpr int kMaximumDays = 28;
// A step may grow sets × reps by at most 30 % over the step before (docs/planning.md §1).
constexpr int kMaximumGrowthPercent = 30;

Status integer(const Field& parent, std::string_view key, int& target, int minimum, int maximum) {
  STRIDE_TRY(auto field, parent.required(key));
  STRIDE_TRY(target, field.integer(minimum, maximum));
  return {};
}

// A share in (0, 1].
Status fraction(const Field& parent, std::string_view key, double& target) {
  STRIDE_TRY(auto field, parent.required(key));
  STRIDE_TRY(target, field.number(std::numeric_limits<double>::lowest(), std::numeric_limits<double>::max()));
  if (target <= 0.0 || target > 1.0) {
    return std::unexpected(field.error(fmt::format("{} is outside the allowed range: more than 0, at most 1", target)));
  }
  return {};
}

Status tempo(const Field& parent, std::string_view key, std::string& target) {
  STRIDE_TRY(auto field, parent.required(key));
  STRIDE_TRY(target, field.text(20));
  if (!planning::tempo_seconds_per_rep(target)) {
    return std::unexpected(field.error(
        fmt::format("\"{}\" is not a tempo; expected dash-separated seconds per phase, e.g. \"4-2-1\"", target)));
  }
  return {};
}

Result<planning::DoseStep> decode_step(const Field& field) {
  STRIDE_TRY(auto members, field.members({"sets", "reps", "rpe"}));
  planning::DoseStep step;
  STRIDE_TRY_STATUS(integer(field, "sets", step.sets, 1, kMaximumSets));
  STRIDE_TRY_STATUS(integer(field, "reps", step.reps, 1, kMaximumReps));
  // "rpe" must be written out: a number, or null for slow-tempo work without an RPE target.
  const auto rpe = std::find_if(members.begin(), members.end(), [](const auto& member) { return member.first == "rpe"; });
  if (rpe == members.end()) {
    return std::unexpected(core::invalid_input(field.source(), field.path() + ".rpe",
                                               "required field is missing (null when the step has no RPE target)"));
  }
  if (!rpe->second.is_null()) {
    STRIDE_TRY(step.rpe, rpe->second.number(1, 10));
  }
  return step;
}

Status dose(const Field& doses, std::string_view key, planning::PhaseDose& target) {
  STRIDE_TRY(auto field, doses.required(key));
  STRIDE_TRY_STATUS(field.allow_only({"steps", "tempo", "rest_s"}));
  STRIDE_TRY(auto steps_field, field.required("steps"));
  STRIDE_TRY(auto steps, steps_field.elements(kMaximumSteps));
  if (steps.empty()) return std::unexpected(steps_field.error("needs at least one step"));
  target.steps.clear();
  for (const auto& item : steps) {
    STRIDE_TRY(auto step, decode_step(item));
    if (!target.steps.empty()) {
      const auto& previous = target.steps.back();
      const int before = previous.sets * previous.reps;
      const int after = step.sets * step.reps;
      if (after * 100 > before * (100 + kMaximumGrowthPercent)) {
        return std::unexpected(item.error(fmt::format(
            "{} × {} = {} is {:.0f} % more sets × reps than the step before ({} × {} = {}); a step may grow by at "
            "most {} %",
            step.sets, step.reps, after, 100.0 * (after - before) / before, previous.sets, previous.reps, before,
            kMaximumGrowthPercent)));
      }
    }
    target.steps.push_back(step);
  }
  STRIDE_TRY_STATUS(tempo(field, "tempo", target.tempo));
  STRIDE_TRY_STATUS(integer(field, "rest_s", target.rest_seconds, 0, kMaximumRestSeconds));
  return {};
}

Status contacts(const Field& parent, std::string_view key, planning::ContactRange& target) {
  STRIDE_TRY(auto field, parent.required(key));
  STRIDE_TRY_STATUS(field.allow_only({"minimum", "maximum"}));
  STRIDE_TRY_STATUS(integer(field, "minimum", target.minimum, 1, 1000));
  STRIDE_TRY_STATUS(integer(field, "maximum", target.maximum, 1, 1000));
  if (target.minimum > target.maximum) {
    return std::unexpected(field.error(
        fmt::format("minimum {} is more than maximum {}", target.minimum, target.maximum)));
  }
  return {};
}

// A non-empty list of exercise ids, remembered with their paths for the loader's library check.
// `list_path` is field.path().
Status exercise_id_list(const Field& field, const std::string& list_path, std::vector<std::string>& target,
                        std::vector<ExerciseReference>& references) {
  STRIDE_TRY(auto items, field.elements(kMaximumListSize));
  if (items.empty()) return std::unexpected(field.error("needs at least one exercise id"));
  target.clear();
  for (std::size_t index = 0; index < items.size(); ++index) {
    STRIDE_TRY(auto id, items[index].text(120));
    references.push_back({fmt::format("{}[{}]", list_path, index), id});
    target.push_back(std::move(id));
  }
  return {};
}

Status exercise_ids(const Field& parent, std::string_view key, std::vector<std::string>& target,
                    std::vector<ExerciseReference>& references) {
  STRIDE_TRY(auto field, parent.required(key));
  return exercise_id_list(field, field.path(), target, references);
}

Status decode_doses(const Field& root, planning::PlanRules& rules) {
  STRIDE_TRY(auto doses, root.required("doses"));
  STRIDE_TRY_STATUS(doses.allow_only({"stabilization", "foundation", "strength", "strength_endurance", "power",
                                      "maintenance", "maintenance_foundation", "rehab_slow_heavy"}));
  STRIDE_TRY_STATUS(dose(doses, "stabilization", rules.stabilization));
  STRIDE_TRY_STATUS(dose(doses, "foundation", rules.foundation));
  STRIDE_TRY_STATUS(dose(doses, "strength", rules.strength));
  STRIDE_TRY_STATUS(dose(doses, "strength_endurance", rules.strength_endurance));
  STRIDE_TRY_STATUS(dose(doses, "power", rules.power));
  STRIDE_TRY_STATUS(dose(doses, "maintenance", rules.maintenance));
  STRIDE_TRY_STATUS(dose(doses, "maintenance_foundation", rules.maintenance_foundation));
  STRIDE_TRY_STATUS(dose(doses, "rehab_slow_heavy", rules.rehab_slow_heavy));
  return {};
}

Status decode_plyometrics(const Field& root, planning::PlanRules& rules) {
  STRIDE_TRY(auto field, root.required("plyometrics"));
  STRIDE_TRY_STATUS(field.allow_only({"explosive_rest_s", "rest_s", "contacts_per_set", "contacts_per_set_high_impact",
                                      "contacts", "start_contacts", "careful_start_fraction", "weekly_growth",
                                      "careful_weekly_growth", "maintenance_contacts_fraction", "impact_weeks"}));
  STRIDE_TRY_STATUS(integer(field, "explosive_rest_s", rules.explosive_rest_seconds, 0, kMaximumRestSeconds));
  STRIDE_TRY_STATUS(integer(field, "rest_s", rules.plyometric_rest_seconds, 0, kMaximumRestSeconds));
  STRIDE_TRY_STATUS(integer(field, "contacts_per_set", rules.plyometric_contacts_per_set, 1, 50));
  STRIDE_TRY_STATUS(integer(field, "contacts_per_set_high_impact", rules.plyometric_contacts_per_set_high_impact, 1, 50));
  STRIDE_TRY(auto levels, field.required("contacts"));
  STRIDE_TRY_STATUS(levels.allow_only({"beginner", "intermediate", "advanced"}));
  STRIDE_TRY_STATUS(contacts(levels, "beginner", rules.beginner_contacts));
  STRIDE_TRY_STATUS(contacts(levels, "intermediate", rules.intermediate_contacts));
  STRIDE_TRY_STATUS(contacts(levels, "advanced", rules.advanced_contacts));
  STRIDE_TRY(auto starts, field.required("start_contacts"));
  STRIDE_TRY_STATUS(starts.allow_only({"beginner", "intermediate", "advanced"}));
  STRIDE_TRY_STATUS(integer(starts, "beginner", rules.beginner_start_contacts, 1, rules.beginner_contacts.maximum));
  STRIDE_TRY_STATUS(
      integer(starts, "intermediate", rules.intermediate_start_contacts, 1, rules.intermediate_contacts.maximum));
  STRIDE_TRY_STATUS(integer(starts, "advanced", rules.advanced_start_contacts, 1, rules.advanced_contacts.maximum));
  STRIDE_TRY_STATUS(fraction(field, "careful_start_fraction", rules.careful_start_fraction));
  STRIDE_TRY_STATUS(fraction(field, "weekly_growth", rules.plyometric_weekly_growth));
  STRIDE_TRY_STATUS(fraction(field, "careful_weekly_growth", rules.careful_weekly_growth));
  STRIDE_TRY_STATUS(fraction(field, "maintenance_contacts_fraction", rules.maintenance_contacts_fraction));
  STRIDE_TRY(auto impact, field.required("impact_weeks"));
  STRIDE_TRY_STATUS(impact.allow_only({"low", "moderate", "careful_low", "careful_moderate"}));
  STRIDE_TRY_STATUS(integer(impact, "low", rules.jump_impact_weeks.low, 0, 52));
  STRIDE_TRY_STATUS(integer(impact, "moderate", rules.jump_impact_weeks.moderate, 0, 52));
  STRIDE_TRY_STATUS(integer(impact, "careful_low", rules.jump_impact_weeks.careful_low, 0, 52));
  STRIDE_TRY_STATUS(integer(impact, "careful_moderate", rules.jump_impact_weeks.careful_moderate, 0, 52));
  return {};
}

Status decode_session(const Field& root, planning::PlanRules& rules) {
  STRIDE_TRY(auto field, root.required("session"));
  STRIDE_TRY_STATUS(field.allow_only({"warm_up_reps", "core", "breathing", "heavy", "unloaded"}));
  STRIDE_TRY_STATUS(integer(field, "warm_up_reps", rules.warm_up_reps, 1, kMaximumReps));
  STRIDE_TRY(auto core, field.required("core"));
  STRIDE_TRY_STATUS(core.allow_only({"sets", "hold_s", "reps", "rest_s"}));
  STRIDE_TRY_STATUS(integer(core, "sets", rules.core_sets, 1, kMaximumSets));
  STRIDE_TRY_STATUS(integer(core, "hold_s", rules.core_hold_seconds, 1, kMaximumHoldSeconds));
  STRIDE_TRY_STATUS(integer(core, "reps", rules.core_reps, 1, kMaximumReps));
  STRIDE_TRY_STATUS(integer(core, "rest_s", rules.core_rest_seconds, 0, kMaximumRestSeconds));
  STRIDE_TRY(auto breathing, field.required("breathing"));
  STRIDE_TRY_STATUS(breathing.allow_only({"tempo", "reps", "hold_s"}));
  STRIDE_TRY_STATUS(tempo(breathing, "tempo", rules.breathing_tempo));
  STRIDE_TRY_STATUS(integer(breathing, "reps", rules.breathing_reps, 1, kMaximumReps));
  STRIDE_TRY_STATUS(integer(breathing, "hold_s", rules.breathing_hold_seconds, 1, kMaximumHoldSeconds));
  STRIDE_TRY(auto heavy, field.required("heavy"));
  STRIDE_TRY_STATUS(heavy.allow_only({"rpe", "pct_1rm"}));
  STRIDE_TRY(auto heavy_rpe, heavy.required("rpe"));
  STRIDE_TRY(rules.heavy_rpe, heavy_rpe.number(1, 10));
  STRIDE_TRY(auto heavy_share, heavy.required("pct_1rm"));
  STRIDE_TRY(rules.heavy_percent_of_maximum, heavy_share.number(1, 100));
  STRIDE_TRY(auto unloaded, field.required("unloaded"));
  STRIDE_TRY_STATUS(unloaded.allow_only({"minimum_reps", "two_leg_minimum_reps", "maximum_rpe", "tempo"}));
  STRIDE_TRY_STATUS(integer(unloaded, "minimum_reps", rules.unloaded_minimum_reps, 1, kMaximumReps));
  STRIDE_TRY_STATUS(
      integer(unloaded, "two_leg_minimum_reps", rules.unloaded_two_leg_minimum_reps, 1, kMaximumReps));
  STRIDE_TRY(auto unloaded_rpe, unloaded.required("maximum_rpe"));
  STRIDE_TRY(rules.unloaded_maximum_rpe, unloaded_rpe.number(1, 10));
  STRIDE_TRY_STATUS(tempo(unloaded, "tempo", rules.unloaded_tempo));
  return {};
}

Status decode_season(const Field& root, planning::PlanRules& rules) {
  STRIDE_TRY(auto field, root.required("season"));
  STRIDE_TRY_STATUS(field.allow_only({"stabilization_weeks_novice", "stabilization_weeks_with_findings",
                                      "stabilization_weeks_trained", "short_build_weeks",
                                      "stabilization_weeks_short_build", "short_runway_weeks", "taper_weeks",
                                      "power_weeks_maximum", "power_weeks_minimum",
                                      "strength_weeks_before_power_for_novices", "cycle_strength_weeks",
                                      "cycle_power_weeks", "cycle_restabilization_weeks", "deload_every_weeks",
                                      "deload_every_weeks_careful", "masters_age", "deload_set_fraction",
                                      "taper_set_fraction", "deload_share_of_prescribed", "volume_weekly_growth_maximum",
                                      "plan_weeks_maximum"}));
  const auto weeks = [&](std::string_view key, int& target) { return integer(field, key, target, 1, kMaximumWeeks); };
  STRIDE_TRY_STATUS(weeks("stabilization_weeks_novice", rules.stabilization_weeks_novice));
  STRIDE_TRY_STATUS(weeks("stabilization_weeks_with_findings", rules.stabilization_weeks_with_findings));
  STRIDE_TRY_STATUS(weeks("stabilization_weeks_trained", rules.stabilization_weeks_trained));
  STRIDE_TRY_STATUS(weeks("short_build_weeks", rules.short_build_weeks));
  STRIDE_TRY_STATUS(weeks("stabilization_weeks_short_build", rules.stabilization_weeks_short_build));
  STRIDE_TRY_STATUS(weeks("short_runway_weeks", rules.short_runway_weeks));
  STRIDE_TRY_STATUS(weeks("taper_weeks", rules.taper_weeks));
  STRIDE_TRY_STATUS(weeks("power_weeks_maximum", rules.power_weeks_maximum));
  STRIDE_TRY_STATUS(weeks("power_weeks_minimum", rules.power_weeks_minimum));
  if (rules.power_weeks_minimum > rules.power_weeks_maximum) {
    STRIDE_TRY(auto minimum, field.required("power_weeks_minimum"));
    return std::unexpected(minimum.error(fmt::format("{} is more than power_weeks_maximum {}",
                                                     rules.power_weeks_minimum, rules.power_weeks_maximum)));
  }
  STRIDE_TRY_STATUS(weeks("strength_weeks_before_power_for_novices", rules.strength_weeks_before_power_for_novices));
  STRIDE_TRY_STATUS(weeks("cycle_strength_weeks", rules.cycle_strength_weeks));
  STRIDE_TRY_STATUS(weeks("cycle_power_weeks", rules.cycle_power_weeks));
  STRIDE_TRY_STATUS(weeks("cycle_restabilization_weeks", rules.cycle_restabilization_weeks));
  // Every Nth loading week is a deload: N = 1 would leave no loading weeks at all.
  STRIDE_TRY_STATUS(integer(field, "deload_every_weeks", rules.deload_every_weeks, 2, kMaximumWeeks));
  STRIDE_TRY_STATUS(integer(field, "deload_every_weeks_careful", rules.deload_every_weeks_careful, 2, kMaximumWeeks));
  STRIDE_TRY_STATUS(integer(field, "masters_age", rules.masters_age, 18, 100));
  STRIDE_TRY_STATUS(fraction(field, "deload_set_fraction", rules.deload_set_fraction));
  STRIDE_TRY_STATUS(fraction(field, "taper_set_fraction", rules.taper_set_fraction));
  STRIDE_TRY_STATUS(fraction(field, "deload_share_of_prescribed", rules.deload_share_of_prescribed));
  STRIDE_TRY_STATUS(fraction(field, "volume_weekly_growth_maximum", rules.volume_weekly_growth_maximum));
  STRIDE_TRY_STATUS(integer(field, "plan_weeks_maximum", rules.plan_weeks_maximum, 1, 520));
  return {};
}

// The recovery table: rows in increasing distance, each with light-only days within its days.
Status race_recovery(const Field& week, planning::PlanRules& rules) {
  STRIDE_TRY(auto unknown, week.required("race_recovery_unknown_distance_km"));
  STRIDE_TRY(rules.race_recovery_unknown_distance_km, unknown.number(0.1, 1000));
  STRIDE_TRY(auto field, week.required("race_recovery"));
  STRIDE_TRY(auto rows, field.elements(kMaximumListSize));
  if (rows.empty()) return std::unexpected(field.error("needs at least one row"));
  rules.race_recovery.clear();
  for (const auto& row : rows) {
    STRIDE_TRY_STATUS(row.allow_only({"up_to_km", "days", "light_only_days"}));
    planning::RaceRecovery recovery;
    STRIDE_TRY(auto distance, row.required("up_to_km"));
    STRIDE_TRY(recovery.up_to_km, distance.number(0.1, 10000));
    STRIDE_TRY_STATUS(integer(row, "days", recovery.days, 0, kMaximumDays));
    STRIDE_TRY_STATUS(integer(row, "light_only_days", recovery.light_only_days, 0, kMaximumDays));
    if (recovery.light_only_days > recovery.days) {
      STRIDE_TRY(auto light, row.required("light_only_days"));
      return std::unexpected(
          light.error(fmt::format("{} is more than the row's days {}", recovery.light_only_days, recovery.days)));
    }
    if (!rules.race_recovery.empty() && recovery.up_to_km <= rules.race_recovery.back().up_to_km) {
      return std::unexpected(distance.error("rows must be in increasing distance"));
    }
    rules.race_recovery.push_back(recovery);
  }
  return {};
}

Status decode_life_stages(const Field& root, planning::PlanRules& rules) {
  STRIDE_TRY(auto field, root.required("life_stages"));
  STRIDE_TRY_STATUS(field.allow_only({"youth_age_below", "postpartum_impact_weeks"}));
  STRIDE_TRY_STATUS(integer(field, "youth_age_below", rules.youth_age_below, 1, 30));
  STRIDE_TRY_STATUS(integer(field, "postpartum_impact_weeks", rules.postpartum_impact_weeks, 0, 104));
  return {};
}

// The goal race's distance by event: every event but `general`, in kilometres.
Status event_distances(const Field& week, planning::PlanRules& rules) {
  STRIDE_TRY(auto field, week.required("event_distance_km"));
  STRIDE_TRY(auto members, field.members());
  rules.event_distance_km.clear();
  for (const auto& [name, value] : members) {
    const auto event = core::parse_enum<core::Event>(name);
    if (!event || *event == core::Event::General) {
      return std::unexpected(value.error(fmt::format("\"{}\" is not a race event; expected 5k, 10k, half_marathon, "
                                                     "marathon or ultra", name)));
    }
    STRIDE_TRY(rules.event_distance_km[*event], value.number(0.1, 1000));
  }
  for (auto event : core::enum_values<core::Event>()) {
    if (event != core::Event::General && !rules.event_distance_km.contains(event)) {
      return std::unexpected(field.error(fmt::format("needs the distance of {}", core::enum_name(event))));
    }
  }
  return {};
}

Status decode_week(const Field& root, planning::PlanRules& rules) {
  STRIDE_TRY(auto field, root.required("week"));
  STRIDE_TRY_STATUS(field.allow_only({"sessions_default_maximum", "sessions_ready_maximum", "sessions_in_season_maximum",
                                      "high_mileage_km", "high_mileage_sessions_maximum", "high_mileage_minutes_maximum",
                                      "race_week_days", "tune_up_taper_days", "race_eve_light_only_days",
                                      "race_eve_no_eccentric_days",
                                      "recovery_days", "race_recovery", "race_recovery_unknown_distance_km",
                                      "event_distance_km",
                                      "light_sessions_maximum",
                                      "light_session_minutes_maximum", "lighter_set_fraction"}));
  STRIDE_TRY_STATUS(integer(field, "sessions_default_maximum", rules.sessions_default_maximum, 1, 7));
  STRIDE_TRY_STATUS(integer(field, "sessions_ready_maximum", rules.sessions_ready_maximum, 1, 7));
  STRIDE_TRY_STATUS(integer(field, "sessions_in_season_maximum", rules.sessions_in_season_maximum, 1, 7));
  STRIDE_TRY(auto mileage, field.required("high_mileage_km"));
  STRIDE_TRY(rules.high_mileage_km, mileage.number(1, 400));
  STRIDE_TRY_STATUS(integer(field, "high_mileage_sessions_maximum", rules.high_mileage_sessions_maximum, 1, 7));
  STRIDE_TRY_STATUS(integer(field, "high_mileage_minutes_maximum", rules.high_mileage_minutes_maximum, 10, 240));
  STRIDE_TRY_STATUS(integer(field, "race_week_days", rules.race_week_days, 0, kMaximumDays));
  STRIDE_TRY_STATUS(integer(field, "tune_up_taper_days", rules.tune_up_taper_days, 0, kMaximumDays));
  STRIDE_TRY_STATUS(integer(field, "race_eve_light_only_days", rules.race_eve_light_only_days, 0, kMaximumDays));
  STRIDE_TRY_STATUS(integer(field, "race_eve_no_eccentric_days", rules.race_eve_no_eccentric_days, 0, kMaximumDays));
  STRIDE_TRY_STATUS(integer(field, "recovery_days", rules.recovery_days, 0, kMaximumDays));
  STRIDE_TRY_STATUS(race_recovery(field, rules));
  STRIDE_TRY_STATUS(event_distances(field, rules));
  STRIDE_TRY_STATUS(integer(field, "light_sessions_maximum", rules.light_sessions_maximum, 1, 7));
  STRIDE_TRY_STATUS(integer(field, "light_session_minutes_maximum", rules.light_session_minutes_maximum, 5, 90));
  STRIDE_TRY_STATUS(fraction(field, "lighter_set_fraction", rules.lighter_set_fraction));
  return {};
}

// An object of `Key` names (injury regions, movement patterns) -> exercise ids; `what` names the
// key in an error ("injury region").
template <typename Key>
Status keyed_exercises(const Field& root, std::string_view key, std::string_view what,
                       std::map<Key, std::vector<std::string>>& target, std::vector<ExerciseReference>& references) {
  STRIDE_TRY(auto field, root.required(key));
  STRIDE_TRY(auto members, field.members());
  target.clear();
  const std::string object_path = field.path();
  for (const auto& [name, list] : members) {
    const auto parsed = core::parse_enum<Key>(name);
    if (!parsed) {
      return std::unexpected(list.error(
          fmt::format("unknown {} \"{}\"; expected one of {}", what, name, core::enum_choices<Key>())));
    }
    STRIDE_TRY_STATUS(exercise_id_list(list, member_path(object_path, name), target[*parsed], references));
  }
  return {};
}

Status decode_exercises(const Field& root, PlanRulesFile& file) {
  auto& rules = file.rules;
  auto& references = file.exercises;
  STRIDE_TRY(auto preferences, root.required("exercise_preferences"));
  STRIDE_TRY_STATUS(preferences.allow_only(
      {"warm_up_mobility", "default_activation", "default_inhibit", "default_lengthen", "breathing",
       "overhead_presses", "rpe_only_lifts", "single_effort_jumps", "contrast_partners", "postpartum_core"}));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "warm_up_mobility", rules.warm_up_mobility, references));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "default_activation", rules.default_activation, references));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "default_inhibit", rules.default_inhibit, references));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "default_lengthen", rules.default_lengthen, references));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "breathing", rules.breathing, references));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "overhead_presses", rules.overhead_presses, references));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "rpe_only_lifts", rules.rpe_only_lifts, references));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "postpartum_core", rules.postpartum_core, references));
  STRIDE_TRY_STATUS(exercise_ids(preferences, "single_effort_jumps", rules.single_effort_jumps, references));
  STRIDE_TRY_STATUS(
      keyed_exercises(preferences, "contrast_partners", "movement pattern", rules.contrast_partners, references));

  STRIDE_TRY(auto injury_dose, root.required("injury_dose"));
  STRIDE_TRY_STATUS(
      injury_dose.allow_only({"hold_s", "hold_sets", "eccentric_sets", "eccentric_reps", "isometric_weeks",
                              "race_week_hold_sets", "race_week_hold_days_before", "unloaded_minimum_reps"}));
  STRIDE_TRY_STATUS(integer(injury_dose, "hold_s", rules.injury_hold_seconds, 1, kMaximumHoldSeconds));
  STRIDE_TRY_STATUS(integer(injury_dose, "hold_sets", rules.injury_hold_sets, 1, kMaximumSets));
  STRIDE_TRY_STATUS(integer(injury_dose, "eccentric_sets", rules.injury_eccentric_sets, 1, kMaximumSets));
  STRIDE_TRY_STATUS(integer(injury_dose, "eccentric_reps", rules.injury_eccentric_reps, 1, kMaximumReps));
  STRIDE_TRY_STATUS(integer(injury_dose, "isometric_weeks", rules.injury_isometric_weeks, 0, 12));
  STRIDE_TRY_STATUS(integer(injury_dose, "race_week_hold_sets", rules.injury_race_week_hold_sets, 1, kMaximumSets));
  STRIDE_TRY_STATUS(
      integer(injury_dose, "race_week_hold_days_before", rules.injury_race_week_hold_days_before, 1, 7));
  STRIDE_TRY_STATUS(integer(injury_dose, "unloaded_minimum_reps", rules.injury_unloaded_minimum_reps, 1, kMaximumReps));
  STRIDE_TRY_STATUS(keyed_exercises(root, "injury_loading", "injury region", rules.injury_loading, references));
  STRIDE_TRY_STATUS(keyed_exercises(root, "injury_progression", "injury region", rules.injury_progression, references));
  return {};
}

}  // namespace

Result<PlanRulesFile> decode_plan_rules(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, std::move(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "version", "sources", "doses", "plyometrics", "session", "season", "week",
                                     "exercise_preferences", "injury_dose", "injury_loading", "injury_progression",
                                     "life_stages"}));
  STRIDE_TRY_STATUS(detail::decode_rules_header(root, "stride.plan_rules.v1"));

  PlanRulesFile file;
  STRIDE_TRY_STATUS(decode_doses(root, file.rules));
  STRIDE_TRY_STATUS(decode_plyometrics(root, file.rules));
  STRIDE_TRY_STATUS(decode_session(root, file.rules));
  STRIDE_TRY_STATUS(decode_season(root, file.rules));
  STRIDE_TRY_STATUS(decode_week(root, file.rules));
  STRIDE_TRY_STATUS(decode_exercises(root, file));
  STRIDE_TRY_STATUS(decode_life_stages(root, file.rules));
  return file;
}

}  // namespace stride::data_files
