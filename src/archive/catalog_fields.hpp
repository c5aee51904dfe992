#pragma once

#include <concepts>
#include <type_traits>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/analytics/world_records.hpp"
#include "stride/service/roster_rules.hpp"
#include "stride/core/compensation_table.hpp"
#include "stride/core/exercise.hpp"
#include "stride/core/muscles.hpp"
#include "stride/core/watch_workout.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/plan_rules.hpp"

// The fields of every plain struct of the catalog, in declaration order: each function calls
// `visit` once on every field of the record, so that the writer and the reader of archive_codec.hpp
// see the same fields in the same order. A field added to one of these structs must be added here;
// the test ArchiveFields.NameEveryFieldInDeclarationOrder fails until it is.
namespace stride::archive {

// Value is Type or const Type: lets one fields() function serve both directions.
template <class Value, class Type>
concept MaybeConst = std::same_as<std::remove_const_t<Value>, Type>;

// Calls visit(value) for each of `values`, in order.
template <class Visit, class... Values>
void visit_each(Visit& visit, Values&... values) {
  (visit(values), ...);
}

void fields(MaybeConst<core::Exercise> auto& exercise, auto& visit) {
  visit_each(visit, exercise.id, exercise.name, exercise.aliases, exercise.pattern, exercise.primary_muscles,
             exercise.secondary_muscles, exercise.equipment, exercise.unilateral, exercise.impact, exercise.level,
             exercise.regression, exercise.progression, exercise.measure, exercise.cues, exercise.avoid_with,
             exercise.tags, exercise.description, exercise.source);
}

void fields(MaybeConst<core::GarminExercise> auto& entry, auto& visit) {
  visit_each(visit, entry.exercise, entry.category, entry.category_name, entry.name, entry.name_text);
}

void fields(MaybeConst<core::MuscleVocabulary::Group> auto& group, auto& visit) {
  visit_each(visit, group.id, group.members);
}

void fields(MaybeConst<core::MuscleImbalance> auto& imbalance, auto& visit) {
  visit_each(visit, imbalance.overactive, imbalance.underactive);
}

void fields(MaybeConst<core::CompensationRule> auto& rule, auto& visit) {
  visit_each(visit, rule.test, rule.compensation, rule.same_side, rule.opposite_side, rule.integrate, rule.source,
             rule.evidence);
}

void fields(MaybeConst<core::CompensationWording> auto& wording, auto& visit) {
  visit_each(visit, wording.test, wording.compensation, wording.title, wording.seen);
}

void fields(MaybeConst<core::CompensationTable::Header> auto& header, auto& visit) {
  visit_each(visit, header.id, header.title, header.version, header.sources);
}

void fields(MaybeConst<analytics::WorldRecord> auto& record, auto& visit) {
  visit_each(visit, record.event, record.distance_m, record.time_s, record.holder);
}

void fields(MaybeConst<service::RosterRules> auto& rules, auto& visit) {
  visit_each(visit, rules.version, rules.quiet_days, rules.missed_sessions_below, rules.pain_window_days,
             rules.acceptable_pain_maximum);
}

void fields(MaybeConst<analytics::ImbalanceRules> auto& rules, auto& visit) {
  visit_each(visit, rules.balance_difference_percent);
}

void fields(MaybeConst<planning::CorrectiveRules> auto& rules, auto& visit) {
  visit_each(visit, rules.smr_hold_seconds, rules.stretch_hold_seconds, rules.stretch_hold_minimum_seconds,
             rules.activation_sets, rules.activation_reps, rules.activation_tempo, rules.activation_max_level,
             rules.integrate_sets, rules.integrate_reps, rules.integrate_tempo, rules.untimed_seconds_per_rep,
             rules.balance_hold_seconds, rules.rest_between_sets_seconds, rules.switch_sides_seconds,
             rules.setup_seconds, rules.default_budget_minutes, rules.key_activate, rules.key_release);
}

void fields(MaybeConst<planning::DoseStep> auto& step, auto& visit) { visit_each(visit, step.sets, step.reps, step.rpe); }

void fields(MaybeConst<planning::PhaseDose> auto& dose, auto& visit) {
  visit_each(visit, dose.steps, dose.tempo, dose.rest_seconds);
}

void fields(MaybeConst<planning::ContactRange> auto& range, auto& visit) {
  visit_each(visit, range.minimum, range.maximum);
}

void fields(MaybeConst<planning::RaceRecovery> auto& recovery, auto& visit) {
  visit_each(visit, recovery.up_to_km, recovery.days, recovery.light_only_days);
}

void fields(MaybeConst<planning::PlanRules::JumpImpactWeeks> auto& weeks, auto& visit) {
  visit_each(visit, weeks.low, weeks.moderate, weeks.careful_low, weeks.careful_moderate);
}

void fields(MaybeConst<planning::PlanRules> auto& rules, auto& visit) {
  // Doses, jumps, core and warm-up, what makes a session heavy, unloaded lifts.
  visit_each(visit, rules.stabilization, rules.foundation, rules.strength, rules.strength_endurance, rules.power,
             rules.maintenance, rules.maintenance_foundation, rules.rehab_slow_heavy, rules.explosive_rest_seconds,
             rules.plyometric_rest_seconds, rules.plyometric_contacts_per_set,
             rules.plyometric_contacts_per_set_high_impact, rules.beginner_contacts, rules.intermediate_contacts,
             rules.advanced_contacts, rules.beginner_start_contacts, rules.intermediate_start_contacts,
             rules.advanced_start_contacts, rules.careful_start_fraction, rules.plyometric_weekly_growth,
             rules.careful_weekly_growth, rules.jump_impact_weeks, rules.maintenance_contacts_fraction,
             rules.core_sets, rules.core_hold_seconds, rules.core_reps, rules.core_rest_seconds, rules.warm_up_reps,
             rules.breathing_hold_seconds, rules.heavy_rpe, rules.heavy_percent_of_maximum,
             rules.unloaded_minimum_reps, rules.unloaded_two_leg_minimum_reps, rules.unloaded_maximum_rpe,
             rules.unloaded_tempo);
  // The season.
  visit_each(visit, rules.stabilization_weeks_novice, rules.stabilization_weeks_with_findings,
             rules.stabilization_weeks_trained, rules.short_build_weeks, rules.stabilization_weeks_short_build,
             rules.short_runway_weeks, rules.taper_weeks, rules.power_weeks_maximum, rules.power_weeks_minimum,
             rules.strength_weeks_before_power_for_novices, rules.cycle_strength_weeks, rules.cycle_power_weeks,
             rules.cycle_restabilization_weeks, rules.deload_every_weeks, rules.deload_every_weeks_careful,
             rules.masters_age, rules.deload_set_fraction, rules.deload_share_of_prescribed,
             rules.volume_weekly_growth_maximum, rules.taper_set_fraction, rules.lighter_set_fraction);
  // The week.
  visit_each(visit, rules.sessions_default_maximum, rules.sessions_ready_maximum, rules.sessions_in_season_maximum,
             rules.high_mileage_km, rules.high_mileage_sessions_maximum, rules.high_mileage_minutes_maximum,
             rules.race_week_days, rules.tune_up_taper_days, rules.race_eve_light_only_days,
             rules.race_eve_no_eccentric_days, rules.recovery_days, rules.race_recovery,
             rules.race_recovery_unknown_distance_km, rules.event_distance_km, rules.light_sessions_maximum,
             rules.light_session_minutes_maximum, rules.plan_weeks_maximum);
  // Exercise preferences, injuries and life stages.
  visit_each(visit, rules.warm_up_mobility, rules.default_activation, rules.default_inhibit, rules.default_lengthen,
             rules.breathing, rules.overhead_presses, rules.single_effort_jumps, rules.contrast_partners,
             rules.postpartum_core, rules.rpe_only_lifts, rules.breathing_tempo, rules.breathing_reps,
             rules.injury_hold_seconds, rules.injury_hold_sets, rules.injury_eccentric_sets,
             rules.injury_eccentric_reps, rules.injury_isometric_weeks, rules.injury_race_week_hold_sets,
             rules.injury_race_week_hold_days_before, rules.injury_unloaded_minimum_reps, rules.injury_loading,
             rules.injury_progression, rules.youth_age_below, rules.postpartum_impact_weeks);
}

// Record has a fields() function above for the visitor Visit.
template <class Record, class Visit>
concept HasFields = requires(Record& record, Visit& visit) { fields(record, visit); };

}  // namespace stride::archive
