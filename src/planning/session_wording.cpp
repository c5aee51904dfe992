#include "session_wording.hpp"

#include <fmt/format.h>

#include <iterator>

#include "stride/core/athlete.hpp"

namespace stride::planning::wording {

void append_slot_why(std::string& why, std::string_view slot, core::PhaseName phase, bool trail, bool loaded,
                     std::string_view suffix) {
  const bool stabilization = phase == core::PhaseName::Stabilization;
  std::string_view base = "Main strength work of this phase.";
  if (slot == "single_leg") {
    base = stabilization ? "Single-leg control at a slow tempo: running is a series of one-leg landings, and this "
                           "builds the knee and hip control the heavier phases load."
                         : "Single-leg strength: the main lift for runners, loading each leg the way a stride does; "
                           "strength work like this improves running economy (Blagrove 2018).";
  } else if (slot == "step") {
    base = stabilization ? "Stepping under control: teaches the knee to track over the foot with the hip level."
                         : "Single-leg drive up and control down, the pattern of running uphill.";
  } else if (slot == "hinge") {
    base = stabilization ? "Hip hinge: hamstrings and glutes, the engine of push-off, trained with control."
                         : "Posterior-chain strength (hamstrings, glutes) for a stronger push-off and resilient "
                           "hamstrings at speed.";
  } else if (slot == "bilateral") {
    base = loaded ? "A two-leg lift to handle heavier loads; it still has a place beside the single-leg work."
                  : "A two-leg lift beside the single-leg work: without a weight, slow and with many reps to reach "
                    "the effort.";
  } else if (slot == "calf") {
    base = "Calf and Achilles capacity: they take several times body weight with every step, and calf and "
           "Achilles injuries are among the most common in runners.";
  } else if (slot == "foot") {
    base = "Foot and shin strength for the arch and the ankle: a common weak link in runners.";
  } else if (slot == "balance") {
    base = "Single-leg balance trains ankle and hip stability; balance training lowers injury risk "
           "(Lauersen 2014).";
  } else if (slot == "upper") {
    base = "Rows, push-ups and presses for posture and a strong, relaxed arm swing late in a race.";
  } else if (slot == "downhill") {
    base = "Slow lowering (eccentric) work for the quadriceps: it prepares the legs for long descents.";
  }
  std::string_view terrain;
  if (trail && (slot == "balance" || slot == "downhill" || slot == "foot")) {
    terrain = " Chosen for trail running: uneven ground and descents.";
  }
  why.reserve(why.size() + base.size() + terrain.size() + suffix.size());
  why += base;
  why += terrain;
  why += suffix;
}

std::string warm_up_mobility_why() {
  return "Dynamic warm-up: moves the hips and ankles through the ranges the session uses (dynamic warm-ups "
         "improve performance; static holds before lifting do not).";
}

std::string default_activation_why() {
  return "Wakes up the glutes before loading the legs; they keep the pelvis level and the knee tracking.";
}

std::string default_inhibit_why() {
  return "Rolling after loading the legs eases soreness a little (Wiewelhove 2019); keep it to about 30 s an area.";
}

std::string default_lengthen_why() {
  return "A short stretch after training for range of motion; stretching does not prevent injuries, so it stays "
         "brief.";
}

std::string breathing_why() {
  return "Slow breathing to settle the nervous system after training: about 4 s in, a 2 s pause, 6 s out.";
}

std::string core_why() {
  return "Trunk control: keeps the pelvis and spine steady when you tire late in a run.";
}

std::string region_words(core::InjuryRegion region) { return core::injury_region_words(region); }

std::string injury_loading_why(core::InjuryRegion region, bool current, const core::Exercise& exercise,
                               bool slow_heavy) {
  const bool isometric = exercise.measure == core::Measure::HoldSeconds;
  if (slow_heavy) {
    return fmt::format(
        "Slow heavy loading for your {} {} injury: 3 s down, 3 s up, with the heaviest load you can lift for the "
        "reps; fewer reps and more load as the weeks go on rebuild the tissue's capacity (Beyer 2015). Keep pain "
        "at 3/10 or less during and the next morning; if it is more, go back to the last dose that was; if it "
        "persists or gets worse, see a physiotherapist or doctor.",
        current ? "current" : "recovering", region_words(region));
  }
  return fmt::format(
      "{} for your {} {} injury: gentle, steady loading that sore tissue usually tolerates. Keep pain at 3/10 "
      "or less during and the next morning; if it persists or gets worse, see a physiotherapist or doctor.",
      isometric ? "Isometric holds" : "Slow loading", current ? "current" : "recovering", region_words(region));
}

void append_contrast_heavy_why(std::string& why, std::string_view partner_name, int rest_seconds, bool loaded) {
  fmt::format_to(std::back_inserter(why),
      "{} half of a contrast pair: lift, rest about {} minutes, then do the {} while the legs are primed "
      "(post-activation potentiation, Wilson 2013).",
      loaded ? "Heavy" : "Strength", (rest_seconds + 30) / 60, partner_name);
}

std::string contrast_explosive_why(std::string_view heavy_name) {
  return fmt::format(
      "Explosive half of the contrast pair with the {}: about half the reps, as fast as you can with clean "
      "landings; stop the set when they get sloppy.",
      heavy_name);
}

std::string plyometric_why(int session_contacts, core::StrengthExperience experience) {
  const bool novice = experience == core::StrengthExperience::None || experience == core::StrengthExperience::Beginner;
  // Appended, not formatted: every session with jumps writes it twice (as planned, then as trimmed).
  std::string why = "Plyometrics build the springiness of the calf and Achilles for a more economical stride. Today: ";
  why += std::to_string(session_contacts);
  why += " foot contacts in all, within the range for ";
  why += novice ? "beginning" : (experience == core::StrengthExperience::Advanced ? "advanced" : "intermediate");
  why += " jumpers (Chu).";
  return why;
}

std::string imbalance_suffix(core::Side weaker, std::string_view reason) {
  return fmt::format(" {} side first, with an extra set there: {}.", weaker == core::Side::Left ? "Left" : "Right",
                     reason);
}

std::string_view dose_suffix(core::PhaseName phase, bool deload, bool lighter, bool taper) {
  if (deload) return " Deload week: fewer sets, same movements.";
  if (lighter) return " Fewer sets than usual today, to fit around your running.";
  if (taper) return " Taper: about half the sets at the same load, to stay sharp while you freshen up.";
  if (phase == core::PhaseName::Stabilization) return " Slow tempo, full control, not to failure.";
  if (phase == core::PhaseName::Maintenance) return " Maintenance: fewer sets, same effort, to keep what you built.";
  return " Leave 2-3 reps in reserve: never to failure.";
}

std::string_view load_flag_suffix() { return " One set fewer this week: recent training load was high."; }

std::string_view mini_taper_suffix() { return " One set fewer this week: a short taper before your race."; }

}  // namespace stride::planning::wording
