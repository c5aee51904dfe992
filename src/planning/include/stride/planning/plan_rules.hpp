#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stride/core/vocabulary.hpp"

namespace stride::planning {

// One week's dose of the main work: sets × reps at an RPE (none for slow-tempo stabilization).
struct DoseStep {
  int sets = 2;
  int reps = 12;
  std::optional<double> rpe;

  friend bool operator==(const DoseStep&, const DoseStep&) = default;
};

// How a kind of main work is dosed: one step per loading week of the phase (the last repeats),
// the tempo and the rest between sets.
struct PhaseDose {
  std::vector<DoseStep> steps;
  std::string tempo;
  int rest_seconds = 60;

  friend bool operator==(const PhaseDose&, const PhaseDose&) = default;
};

// Foot contacts per plyometric session for one level (science.md §3.3 item 50, Chu, off-season).
struct ContactRange {
  int minimum = 60;
  int maximum = 100;

  friend bool operator==(const ContactRange&, const ContactRange&) = default;
};

// How long the body needs after a race of at most `up_to_km` kilometres.
struct RaceRecovery {
  double up_to_km = 10.0;
  int days = 3;
  int light_only_days = 2;

  friend bool operator==(const RaceRecovery&, const RaceRecovery&) = default;
};

// The season, week and session rules of the planner. Loaded from data/rules/plan.json; the
// defaults here are the same values. Sources and choices: docs/planning.md.
struct PlanRules {
  // Acute variables (science.md §2 item 25, §3.3 items 48 and 53).
  PhaseDose stabilization{{{2, 12, {}}, {2, 15, {}}, {3, 12, {}}, {3, 15, {}}}, "4-2-1", 45};
  PhaseDose foundation{{{2, 12, 6.0}, {2, 12, 6.5}, {3, 10, 7.0}, {3, 8, 7.0}, {3, 8, 7.5}}, "3-1-1", 75};
  PhaseDose strength{{{3, 8, 7.0}, {3, 6, 7.5}, {4, 5, 7.5}, {4, 5, 8.0}, {5, 4, 8.0}}, "3-0-1", 150};
  PhaseDose strength_endurance{{{2, 12, 6.5}, {3, 10, 7.0}, {3, 12, 7.0}, {3, 10, 7.5}}, "2-0-2", 75};
  PhaseDose power{{{3, 6, 7.0}, {3, 6, 7.5}, {4, 5, 7.5}, {4, 5, 8.0}}, "3-0-1", 240};
  PhaseDose maintenance{{{2, 6, 7.5}, {3, 5, 8.0}}, "3-0-1", 150};
  PhaseDose maintenance_foundation{{{2, 10, 7.0}}, "3-1-1", 75};
  // Rehab loading after the isometric weeks: slow heavy loading, one step per week since the rehab
  // began, the last repeating (Beyer et al. 2015; Kongsgaard et al. 2009). No RPE: the load is the
  // heaviest the runner lifts for the reps with pain at 3/10 or less.
  PhaseDose rehab_slow_heavy{{{3, 15, {}}, {3, 12, {}}, {3, 12, {}}, {4, 10, {}}, {4, 10, {}}, {4, 8, {}}, {4, 8, {}},
                              {4, 8, {}}, {4, 6, {}}},
                             "3-0-3", 90};
  int explosive_rest_seconds = 90;  // after the explosive half of a contrast pair
  int plyometric_rest_seconds = 60;
  int plyometric_contacts_per_set = 15;             // low and moderate impact drills
  int plyometric_contacts_per_set_high_impact = 5;  // maximal efforts: bounds, broad jumps, single-leg hops
  ContactRange beginner_contacts{60, 100};
  ContactRange intermediate_contacts{100, 150};
  ContactRange advanced_contacts{120, 200};
  // The first plyometric session's foot contacts for someone new to jumping; later sessions grow
  // from what was really prescribed in the two weeks before (docs/planning.md §3).
    int beginner_start_contacts = 40;
  int intermediate_start_contacts = 50;
  int advanced_start_contacts = 60;
  double careful_start_fraction = 0.75;       // masters, youth and past lower-leg injuries start lower
  double plyometric_weekly_growth = 0.2;      // contacts grow by at most this fraction a week
  double careful_weekly_growth = 0.1;         // masters and past lower-leg injuries grow more gently
  // Jumps build in impact too: the first `low` weeks with jumps hold low-impact drills only (two-foot
  // pogos, skips), the next `moderate` weeks moderate ones, then high (hops, bounds, depth jumps);
  // careful runners take the `careful_` numbers.
  struct JumpImpactWeeks {
    int low = 1;
    int moderate = 1;
    int careful_low = 2;
    int careful_moderate = 2;
    friend bool operator==(const JumpImpactWeeks&, const JumpImpactWeeks&) = default;
  };
  JumpImpactWeeks jump_impact_weeks;
  // The hardest impact a session's jumps may have after `jump_weeks` weeks with jumps.
  [[nodiscard]] core::Impact jump_impact_cap(int jump_weeks, bool careful) const {
    const int low = careful ? jump_impact_weeks.careful_low : jump_impact_weeks.low;
    const int moderate = careful ? jump_impact_weeks.careful_moderate : jump_impact_weeks.moderate;
    if (jump_weeks < low) return core::Impact::Low;
    if (jump_weeks < low + moderate) return core::Impact::Moderate;
    return core::Impact::High;
  }
  double maintenance_contacts_fraction = 0.5;  // in-season: this share of the level's minimum
  int core_sets = 2;
  int core_hold_seconds = 30;
  int core_reps = 10;
  int core_rest_seconds = 30;
  int warm_up_reps = 10;
  int breathing_hold_seconds = 60;
  // What makes a session heavy (docs/planning.md §3): any plyometric or power item, or a lift at
  // this RPE or more, or at this share of one-repetition maximum or more.
  double heavy_rpe = 8.0;
  double heavy_percent_of_maximum = 80.0;
  // Lifts without external load (bodyweight, bands) are dosed in reps they can reach: at least
  // this many reps, never above this RPE, with a slow lowering.
  int unloaded_minimum_reps = 10;
  // A two-leg lift without load (an air squat) is easy for a runner's legs: more reps to reach the effort.
  int unloaded_two_leg_minimum_reps = 15;
  double unloaded_maximum_rpe = 7.5;
  std::string unloaded_tempo = "3-1-1";

  // Season (science.md §2 item 30, §3.3 items 49 and 52).
  int stabilization_weeks_novice = 4;          // strength experience none or beginner
  int stabilization_weeks_with_findings = 3;   // anyone whose assessment found compensations
  int stabilization_weeks_trained = 2;
  int short_build_weeks = 8;                 // a trained lifter's build this short re-introduces briefly
  int stabilization_weeks_short_build = 1;
  int short_runway_weeks = 6;     // a race this close gets maintenance and taper only
  int taper_weeks = 2;
  int power_weeks_maximum = 4;
  int power_weeks_minimum = 2;
  int strength_weeks_before_power_for_novices = 6;
  int cycle_strength_weeks = 8;  // long seasons repeat stabilization → strength → power cycles
  int cycle_power_weeks = 3;
  int cycle_restabilization_weeks = 2;
  int deload_every_weeks = 4;          // the 4th loading week is lighter
  int deload_every_weeks_careful = 3;  // past injuries or masters runners
  int masters_age = 50;
  double deload_set_fraction = 0.5;    // a deload keeps about half the sets (rounded up)
  // A deload week's strength sessions hold at most this share of the sets (every block counted)
  // that the last loading week's strength sessions really held, after every trim.
  double deload_share_of_prescribed = 0.65;
  // A lift's sets × reps grow by at most this share over what the last loading week really held.
  double volume_weekly_growth_maximum = 0.3;
  double taper_set_fraction = 0.5;
  double lighter_set_fraction = 0.67;  // a session made lighter to fit the week

  // The week (science.md §3.3 items 47, 50, 51 and 52).
  int sessions_default_maximum = 2;
  int sessions_ready_maximum = 3;
  int sessions_in_season_maximum = 2;
  double high_mileage_km = 80.0;
  int high_mileage_sessions_maximum = 2;
  int high_mileage_minutes_maximum = 40;
  int race_week_days = 7;               // no heavy lifting and no plyometrics before the goal race
  int tune_up_taper_days = 3;           // before a tune-up race: nothing heavy, no plyometrics
  int race_eve_light_only_days = 2;     // before any race: mobility and activation only
  int race_eve_no_eccentric_days = 4;   // before any race: no slow eccentric work (its soreness peaks at 24-72 h)
  int recovery_days = 7;                // the recovery block after the goal race lasts at least this long
  // After a race of at most `up_to_km` (the last row: any distance), `days` of nothing heavy and
  // no plyometric or eccentric work, the first `light_only_days` of them mobility only.
  std::vector<RaceRecovery> race_recovery{{10.0, 3, 3}, {21.1, 7, 7}, {42.2, 14, 10}, {100.0, 21, 14}, {1000.0, 28, 21}};
  double race_recovery_unknown_distance_km = 21.1;  // a race without a distance recovers like this
  // The goal race's distance by event (an ultra counts from 50 km); `general` has none.
  std::map<core::Event, double> event_distance_km{{core::Event::FiveK, 5.0},
                                                  {core::Event::TenK, 10.0},
                                                  {core::Event::HalfMarathon, 21.1},
                                                  {core::Event::Marathon, 42.2},
                                                  {core::Event::Ultra, 50.0}};
  int light_sessions_maximum = 2;       // mobility or recovery sessions in race week and after the race
  int light_session_minutes_maximum = 20;
  int plan_weeks_maximum = 104;

  // Exercise preferences (ids, first usable wins). The loader checks every id is in the library.
  std::vector<std::string> warm_up_mobility{"leg_swing_front_to_back", "leg_swing_side_to_side", "walking_knee_hug",
                                            "hip_circles", "knee_to_wall_ankle_mobilization", "walking_quad_pull",
                                            "cat_camel", "ankle_circles"};
  std::vector<std::string> default_activation{"glute_bridge", "lateral_band_walk", "clamshell",
                                              "side_lying_hip_abduction"};
  std::vector<std::string> default_inhibit{"foam_roll_calves", "massage_ball_calves", "foam_roll_quadriceps",
                                           "massage_ball_quadriceps"};
  std::vector<std::string> default_lengthen{"soleus_stretch_wall_bent_knee", "half_kneeling_hip_flexor_stretch",
                                            "gastrocnemius_stretch_wall", "quadriceps_stretch_standing"};
  std::vector<std::string> breathing{"crocodile_breathing", "supine_90_90_breathing"};
  // Overhead presses left out while the arms fall forward or the shoulders elevate in the screen.
  std::vector<std::string> overhead_presses{"dumbbell_overhead_press", "half_kneeling_dumbbell_press"};
  // Jumps done as single all-out efforts (a box jump, a broad jump): a set holds at most
  // `plyometric_contacts_per_set_high_impact` of them, whatever their impact, so none is done tired.
  std::vector<std::string> single_effort_jumps{"box_jump", "squat_jump", "broad_jump", "depth_jump", "jumping_lunge",
                                               "single_leg_hop_forward", "single_leg_hop_and_stick",
                                               "lateral_bound_and_stick", "drop_landing"};
  // The explosive halves of contrast pairs, by the heavy lift's pattern, gentlest first: each is an
  // explosive move of that pattern (a squat jump after squats, a kettlebell swing after hinges).
  std::map<core::Pattern, std::vector<std::string>> contrast_partners{
      {core::Pattern::Squat, {"box_jump", "squat_jump", "hurdle_hops", "depth_jump"}},
      {core::Pattern::StepUp, {"box_jump", "power_skip", "jumping_lunge"}},
      {core::Pattern::Lunge, {"jumping_lunge", "power_skip", "bounding", "skater_bound"}},
      {core::Pattern::SingleLeg, {"power_skip", "single_leg_hop_in_place", "jumping_lunge", "single_leg_hop_forward"}},
      {core::Pattern::Hinge,
       {"kettlebell_swing", "dumbbell_hang_clean", "broad_jump", "kettlebell_clean", "barbell_hang_power_clean"}},
      {core::Pattern::Calf, {"ankle_hops_in_place", "pogo_hops"}},
  };
  // The core work a postpartum runner not yet cleared for impact may do: gentle, without crunches,
  // full planks or hollow holds, until the abdominal wall is checked (Goom et al. 2019).
  std::vector<std::string> postpartum_core{"dead_bug", "bird_dog", "side_plank_knees", "kneeling_plank",
                                           "half_kneeling_pallof_press_band", "pallof_press_band"};
  // Loaded lifts whose limit is balance or trunk control rather than the weight (a renegade row,
  // a single-leg Romanian deadlift): dosed by RPE alone, never by a share of a one-rep maximum.
  // Total-body and explosive lifts never get a share either.
  std::vector<std::string> rpe_only_lifts{"renegade_row", "pallof_press_cable", "face_pull_cable", "single_leg_calf_raise_dumbbell",
                                          "single_leg_romanian_deadlift_dumbbell",
                                          "single_leg_romanian_deadlift_kettlebell", "anti_rotation_split_squat_cable"};
  std::string breathing_tempo = "4-2-6";  // seconds in, hold, out
  int breathing_reps = 6;
  int injury_hold_seconds = 45;   // isometric loading: 4-5 holds of 30-45 s (Rio et al. 2015)
  int injury_hold_sets = 4;
  int injury_eccentric_sets = 3;  // eccentric loading: 3 × 15 (Alfredson et al. 1998)
  int injury_eccentric_reps = 15;
  // Weeks of isometric loading for a current injury before its slow heavy loading starts (a
  // recovering injury starts with the slow heavy loading); the race week keeps the holds.
  int injury_isometric_weeks = 2;
  int injury_race_week_hold_sets = 3;          // the goal race's week: this many holds, in the warm-up,
  int injury_race_week_hold_days_before = 2;   // until this many days before the race
  int injury_unloaded_minimum_reps = 12;       // slow heavy loading without a weight to add
  // Isometric or eccentric loading added while an injury of the region is current or recovering.
  std::map<core::InjuryRegion, std::vector<std::string>> injury_loading{
      {core::InjuryRegion::AchillesCalf, {"isometric_calf_hold", "eccentric_heel_drop"}},
      {core::InjuryRegion::Knee, {"spanish_squat_band", "wall_sit"}},
      {core::InjuryRegion::Shin, {"isometric_calf_hold", "tibialis_raise"}},
      {core::InjuryRegion::Foot, {"short_foot", "isometric_calf_hold"}},
      {core::InjuryRegion::Ankle, {"single_leg_balance", "band_ankle_eversion"}},
      {core::InjuryRegion::Hip, {"side_plank_knees", "adductor_ball_squeeze"}},
      {core::InjuryRegion::Hamstring, {"supine_heel_dig_isometric", "glute_bridge"}},
      {core::InjuryRegion::LowerBack, {"bird_dog", "side_plank_knees"}},
  };

  // Slow heavy loading of each region after the isometric weeks, first usable first; the region's
  // own avoid-with does not apply to its rehab (it is pain-monitored loading).
  std::map<core::InjuryRegion, std::vector<std::string>> injury_progression{
      {core::InjuryRegion::AchillesCalf, {"single_leg_calf_raise_dumbbell", "single_leg_calf_raise", "calf_raise_on_step"}},
      {core::InjuryRegion::Knee, {"split_squat_dumbbell", "split_squat"}},
      {core::InjuryRegion::Shin, {"single_leg_calf_raise", "tibialis_raise"}},
      {core::InjuryRegion::Foot, {"single_leg_calf_raise_big_toe_press", "single_leg_calf_raise"}},
      {core::InjuryRegion::Ankle, {"single_leg_calf_raise", "band_ankle_eversion"}},
      {core::InjuryRegion::Hip, {"single_leg_glute_bridge", "side_lying_hip_abduction"}},
      {core::InjuryRegion::Hamstring,
       {"single_leg_romanian_deadlift_dumbbell", "single_leg_romanian_deadlift_kettlebell", "slider_hamstring_curl",
        "single_leg_romanian_deadlift_bodyweight"}},
      {core::InjuryRegion::LowerBack, {"romanian_deadlift_dumbbell", "glute_bridge"}},
  };

  // Life stages (docs/planning.md, "Life stages").
  int youth_age_below = 18;          // younger at the plan start: technique-led lifting, no maximal efforts
  int postpartum_impact_weeks = 12;  // no impact before this many weeks after a birth (Goom et al. 2019)

  // The recovery after a race of `distance_km` (the unknown-distance default when absent).
  [[nodiscard]] const RaceRecovery& recovery_after(std::optional<double> distance_km) const;
  // The goal race's distance for `event`, nullopt for `general`.
  [[nodiscard]] std::optional<double> event_distance(core::Event event) const;
  // The longest recovery any race can need, in days.
  [[nodiscard]] int longest_recovery_days() const;
  // The most foot contacts a set of `jump` holds: a few all-out efforts for a high-impact or
  // single-effort jump (`single_effort_jumps`), else the usual set.
  [[nodiscard]] int contacts_per_set(const std::string& jump, core::Impact impact) const;

  friend bool operator==(const PlanRules&, const PlanRules&) = default;
};

}  // namespace stride::planning
