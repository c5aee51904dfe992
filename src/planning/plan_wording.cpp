#include "plan_wording.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "session_wording.hpp"

namespace stride::planning::wording {
namespace {

std::string words(std::string_view name) {
  std::string text(name);
  for (auto& character : text) character = character == '_' ? ' ' : character;
  return text;
}

std::string event_words(core::Event event) {
  switch (event) {
    case core::Event::FiveK: return "5K";
    case core::Event::TenK: return "10K";
    case core::Event::HalfMarathon: return "half marathon";
    case core::Event::Marathon: return "marathon";
    case core::Event::Ultra: return "ultra";
    case core::Event::General: return "race";
  }
  return "race";
}

std::string_view phase_purpose(const SeasonWeek& week, const TrainingProfile& profile) {
  switch (week.phase) {
    case core::PhaseName::Stabilization:
      return "Stabilization: slow, controlled single-leg work, balance and your corrective exercises; control "
             "comes before load (NASM OPT phase 1).";
    case core::PhaseName::Strength:
      if (profile.novice()) {
        return "Strength: 2-3 sets of 8-12 with good form; beginners earn heavier loads this way first.";
      }
      if (profile.event == core::Event::Ultra) {
        return "Strength endurance: moderate loads for more reps, for the long hours of an ultra.";
      }
      return "Strength: heavy, mostly single-leg lifts at RPE 7-8, never to failure; twice a week for 6+ weeks "
             "improves running economy (Blagrove 2018).";
    case core::PhaseName::Power:
      return "Power: contrast pairs of a heavy lift and a jump, plus plyometrics, to turn strength into spring.";
    case core::PhaseName::Maintenance:
      return "Maintenance: racing is close, so shorter sessions keep the strength you have at the same effort with "
             "less volume (Rønnestad 2010).";
    case core::PhaseName::Taper:
      return "Taper: one short session at about half the sets and the effort of your last loading week, no slow "
             "eccentric work; mobility only and no jumps in the last 7 days before the race (Bosquet 2007).";
    case core::PhaseName::Recovery: return "Recovery: easy mobility and activation, nothing heavy.";
  }
  return "";
}

}  // namespace

std::string imbalance_reason(const analytics::Imbalance& imbalance) {
  const auto side = core::enum_name(imbalance.weaker_side);
  if (imbalance.test == core::MovementTest::SingleLegBalance && imbalance.left_seconds && imbalance.right_seconds) {
    return fmt::format("you balanced {:g} s on the left and {:g} s on the right", *imbalance.left_seconds,
                       *imbalance.right_seconds);
  }
  if (imbalance.compensation) {
    return fmt::format("the {} showed {} on the {} side", words(core::enum_name(imbalance.test)),
                       words(core::enum_name(*imbalance.compensation)), side);
  }
  return fmt::format("your {} side was weaker in the assessment", side);
}

std::string impact_not_cleared_reason(const core::Postpartum& postpartum, int impact_weeks) {
  std::vector<std::string> parts;
  const int weeks = postpartum.weeks_since_birth;
  parts.push_back(fmt::format("{} week{} after the birth", weeks, weeks == 1 ? "" : "s"));
  if (weeks < impact_weeks) parts.back() += fmt::format(" (impact waits until week {} at the earliest)", impact_weeks);
  if (postpartum.pelvic_floor_symptoms) parts.push_back("with pelvic-floor symptoms");
  if (!postpartum.cleared_for_impact) parts.push_back("not yet cleared for impact");
  std::string reason;
  for (const auto& part : parts) reason += fmt::format("{}{}", reason.empty() ? "" : ", ", part);
  return reason;
}

std::string session_title(core::PhaseName phase, int variant, bool deload, bool novice) {
  std::string base;
  switch (phase) {
    case core::PhaseName::Stabilization: base = "Stability"; break;
    case core::PhaseName::Strength: base = novice ? "Strength foundation" : "Strength"; break;
    case core::PhaseName::Power: base = "Power"; break;
    case core::PhaseName::Maintenance: base = "Maintenance"; break;
    case core::PhaseName::Taper: return "Taper strength";
    case core::PhaseName::Recovery: base = "Recovery"; break;
  }
  base += ' ';
  base += static_cast<char>('A' + variant);
  if (deload) base += " (deload)";
  return base;
}

std::string session_why(const SeasonWeek& week, const TrainingProfile& profile, const DayContext& day,
                        Placement placement, const SessionContent& content, std::optional<core::Date> goal_race,
                        int placed, int wanted) {
  const auto purpose = phase_purpose(week, profile);
  // Room for the sentences appended below (the longest placement's, the week's count and the
  // left-out items), so that the reason grows in place.
  std::string why;
  why.reserve(purpose.size() + 512);
  why += purpose;
  if (week.deload) why += " Deload week: clearly fewer sets, same movements, so the body absorbs the last weeks.";
  // Every strength session has one: the words are appended, not formatted.
  switch (placement) {
    case Placement::EasyDay:
      if (day.run == core::RunType::Rest) {
        why += " On a rest day, so your key runs stay fresh.";
      } else {
        why += day.run == core::RunType::Easy ? " On an " : " On a ";
        why += words(core::enum_name(day.run));
        why += " day, after the run or later in the day.";
      }
      break;
    case Placement::Lighter:
      if (!day.window_reason.empty() && day.cap != core::Intensity::Heavy) {
        why += " Lighter than usual: ";
        why += day.window_reason;
        why += '.';
      } else {
        why += " Lighter than usual, because tomorrow is your ";
        why += day.next_run == core::RunType::Long ? "long run" : words(core::enum_name(day.next_run));
        why += ": no heavy legs before a key run.";
      }
      break;
    case Placement::AfterWorkout:
      why += " After today's workout (ideally 3-6 hours later): no easy day was free, and keeping hard days hard "
             "leaves the easy days easy.";
      break;
    case Placement::AfterWorkoutLighter:
      why += !day.window_reason.empty() && day.cap != core::Intensity::Heavy
                 ? fmt::format(" After today's workout and lighter than usual: no easy day was free, and {}.",
                               day.window_reason)
                 : " After today's workout and lighter than usual: no easy day was free and tomorrow is a key run.";
      break;
  }
  if (placed < wanted) {
    why += " Only ";
    why += std::to_string(placed);
    why += " of ";
    why += std::to_string(wanted);
    why += " sessions fit this week around your ";
    why += goal_race ? "runs, days and races." : "runs and days.";
  }
  if (!content.shortened.empty()) {
    why += week.deload ? " Kept short for the deload and your session time: left out "
                       : " Shortened to fit your session time: left out ";
    for (std::size_t index = 0; index < content.shortened.size(); ++index) {
      if (index > 0) why += ", ";
      why += content.shortened[index].view();
    }
    why += '.';
  }
  return why;
}

std::string week_focus(const SeasonWeek& week, int placed, int wanted, bool race_week) {
  if (race_week) return "Race week: mobility and activation only.";
  // Room for the longest focus, made once.
  constexpr std::size_t kRoom = 128;
  std::string focus;
  focus.reserve(kRoom);
  focus += words(core::enum_name(week.phase));
  focus += " week ";
  focus += std::to_string(week.week_in_phase);
  focus += " of ";
  focus += std::to_string(week.weeks_in_phase);
  focus[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(focus[0])));
  if (week.replaces_power) focus += " in place of power (no jumps for now)";
  if (week.deload) focus += ", deload";
  if (week.repeats_missed) focus += ", repeating the missed week's step";
  if (placed < wanted) {
    focus += "; ";
    focus += std::to_string(placed);
    focus += " of ";
    focus += std::to_string(wanted);
    focus += " sessions fit";
  }
  focus += '.';
  return focus;
}

std::string race_week_why(core::Date race) {
  return fmt::format("Race week: mobility and activation only, no heavy lifting and no jumps in the last 7 days "
                     "before your race on {}.", core::format_iso_date(race));
}

std::string light_session_why(const DayContext& day, core::PhaseName phase) {
  if (!day.window_reason.empty()) {
    return fmt::format("Mobility and activation only: {}; nothing heavy.", day.window_reason);
  }
  if (phase == core::PhaseName::Taper) return "Taper: mobility and activation keep you moving well without fatigue.";
  return "Mobility and activation to keep you moving well.";
}

std::string after_race_why() {
  return "Recovery after the race: easy mobility and activation, nothing heavy for a week. Run only as easy as "
         "your legs allow.";
}

std::vector<std::string> plan_notes(const PlanInputs& inputs, const PlanRules& rules,
                                                  const TrainingProfile& profile,
                                    const std::vector<SeasonWeek>& season, const CorrectiveRoutine* routine,
                                    int sessions_per_week, core::Minutes budget, bool has_jumps) {
  std::vector<std::string> notes;
  std::string shape;
  for (std::size_t index = 0; index < season.size();) {
    std::size_t next = index;
    while (next < season.size() && season[next].phase == season[index].phase) ++next;
    shape += fmt::format("{}{} ({} week{})", shape.empty() ? "" : ", then ", core::enum_name(season[index].phase),
                         next - index, next - index == 1 ? "" : "s");
    index = next;
  }
  if (inputs.athlete.goal.race_date) {
    notes.push_back(fmt::format("Season: {}, ending with your {} on {}.", shape, event_words(inputs.athlete.goal.event),
                                core::format_iso_date(*inputs.athlete.goal.race_date)));
  } else {
    notes.push_back(fmt::format("Season: {}; no race date, so a general {}-week progression.", shape, inputs.weeks));
  }
  notes.push_back(fmt::format("Up to {} strength session{} a week of about {} minutes, on easy or rest days; never "
                              "heavy legs the day before a workout, long run or race.",
                              sessions_per_week, sessions_per_week == 1 ? "" : "s", budget.count()));
  if (inputs.athlete.running.weekly_distance.value() >= rules.high_mileage_km) {
    notes.push_back(fmt::format("At {:g} km a week or more, strength is a minimal effective dose: at most {} sessions "
                                "of {} minutes.",
                                rules.high_mileage_km, rules.high_mileage_sessions_maximum,
                                rules.high_mileage_minutes_maximum));
  }
  if (routine != nullptr) {
    const bool can_roll = profile.equipment.contains(core::Equipment::FoamRoller) ||
                          profile.equipment.contains(core::Equipment::MassageBall);
    notes.push_back(fmt::format("Your assessment's corrective exercises are built in: activation in each warm-up, {} "
                                "of the overactive muscles in each cool-down. Re-test in 4-6 weeks.",
                                can_roll ? "rolling and stretching" : "stretching (a foam roller or massage ball would "
                                                                      "add rolling)"));
  }
  if (profile.weaker_side != core::Side::None) {
    notes.push_back(fmt::format("One-leg exercises start on your {} side and give it an extra set: {}.",
                                core::enum_name(profile.weaker_side), profile.weaker_side_reason));
  }
  if (profile.surface == core::Surface::Trail) {
    notes.push_back("Trail running: extra ankle stability and slow lowering (eccentric) work for descents.");
  }
  // The jumping half of these notes only where the plan has jumps.
  if (profile.masters) {
    const bool injured_before = !profile.past_regions.empty() || !profile.recovering_regions.empty();
    notes.push_back(has_jumps ? fmt::format("At {} or over{}, jumping progresses more gently: foot contacts grow "
                                            "half as fast, with a lighter week after every {} loading weeks. Land "
                                            "softly and quietly.",
                                            rules.masters_age, injured_before ? " and after an injury" : "",
                                            rules.deload_every_weeks_careful - 1)
                              : fmt::format("At {} or over{}, progression is more careful: a lighter week after "
                                            "every {} loading weeks.",
                                            rules.masters_age, injured_before ? " and after an injury" : "",
                                            rules.deload_every_weeks_careful - 1));
  } else if (!profile.past_regions.empty() || profile.careful) {
    notes.push_back(fmt::format("Injuries or age make progression more careful: a lighter week after every {} "
                                "loading weeks{}.",
                                rules.deload_every_weeks_careful - 1, has_jumps ? " and slower growth in jumping" : ""));
  }
  if (profile.youth) {
    notes.push_back(fmt::format("Under {}: lifting is about technique. Master each movement before adding weight, "
                                "no maximal lifts and nothing to failure, and have an adult who knows the lifts "
                                "supervise. Jumping drills are welcome.",
                                rules.youth_age_below));
  }
  if (profile.postpartum && !profile.impact_not_cleared) {
    notes.push_back("Cleared for impact after the birth: jumps come back through the plan's gradual progression. "
                    "Stop impact and see a pelvic-health physiotherapist if you notice leaking, heaviness, pain or "
                    "doming of your tummy.");
  }
  const bool has_weights = std::ranges::any_of(profile.equipment, [](core::Equipment item) {
    return item == core::Equipment::Dumbbells || item == core::Equipment::Kettlebell ||
           item == core::Equipment::Barbell || item == core::Equipment::Cable;
  });
  if (!has_weights) {
    notes.push_back("Without weights the strength phases use harder bodyweight variations; a pair of dumbbells or "
                    "a kettlebell would let you load the lifts properly.");
  }
  notes.push_back("Stride is not a medical device. Pain that lasts, grows, or changes how you run is a reason to "
                  "see a physiotherapist or doctor.");
  return notes;
}

std::vector<std::string> plan_warnings(const PlanInputs& inputs, const TrainingProfile& profile,
                                       const std::vector<SeasonWeek>& season) {
  std::vector<std::string> warnings;
  if (profile.impact_not_cleared) {
    warnings.push_back(fmt::format(
        "Postpartum, {}: no running impact or jumping until a pelvic-health physiotherapist or doctor has cleared "
        "you. Until then the plan keeps to low-impact strength work, with no jumps. See a clinician if you notice "
        "leaking, heaviness, pain or doming of your tummy. Once you are cleared, set cleared_for_impact in your "
        "athlete file (`stride athlete update`) and re-plan: jumps then start at a low dose and build gradually.",
        profile.impact_not_cleared_reason));
  }
  for (auto region : profile.current_regions) {
    warnings.push_back(fmt::format(
        "Current {} injury: exercises that load it{} are left out, and gentle isometric or slow loading is "
        "added. Pain monitoring: keep pain at 3/10 or less during the exercises; it should settle by the next "
        "morning, and morning pain or stiffness should not grow from week to week. If it does, do less. Have it "
        "assessed by a physiotherapist or doctor, at once with swelling, night pain or a limp.",
        region_words(region), is_lower_limb(region) ? ", and every jump and impact exercise," : ""));
  }
  for (auto region : profile.recovering_regions) {
    if (profile.current_regions.contains(region)) continue;
    warnings.push_back(fmt::format("Recovering {} injury: exercises that aggravate it are left out. Pain monitoring: "
                                   "keep pain at 3/10 or less during the exercises, settled by the next morning and "
                                   "not growing from week to week; if it returns or grows, scale back and see a "
                                   "physiotherapist or doctor.",
                                   region_words(region)));
  }
  // A key run of the runner's own calendar on the day before a race: said, not changed (the runs are theirs).
  if (!season.empty()) {
    // Each day from the season's second on, with its eve: offsets from the season's first day.
    const core::Date first = season.front().start;
    const int count = core::days_between(first, season.back().end) + 1;
    const auto runs = inputs.calendar.runs_from(first, count);
    const auto& race_date = inputs.athlete.goal.race_date;
    const int goal_offset = race_date ? core::days_between(first, *race_date) : -1;
    for (int offset = 1; offset < count; ++offset) {
      const auto index = static_cast<std::size_t>(offset);
      if (offset != goal_offset && runs[index]->type != core::RunType::Race) continue;
      const auto eve_run = runs[index - 1]->type;
      if (eve_run != core::RunType::Long && eve_run != core::RunType::Workout) continue;
      const core::Date date = core::add_days(first, offset);
      const core::Date eve = core::add_days(date, -1);
      warnings.push_back(fmt::format("Your running calendar has a {} on {}, the day before the race on {}: an easy "
                                     "jog or rest the day before a race keeps your legs fresh for it.",
                                     eve_run == core::RunType::Long ? "long run" : "workout", core::format_iso_date(eve),
                                     core::format_iso_date(date)));
    }
  }
  const bool short_runway = inputs.athlete.goal.race_date &&
                            std::ranges::none_of(season, [](const SeasonWeek& week) {
                              return week.phase == core::PhaseName::Strength || week.phase == core::PhaseName::Stabilization;
                            }) && !season.empty();
  if (short_runway) {
    warnings.push_back("Your race is less than about 6 weeks away: too close to start a new heavy block, so the plan "
                       "maintains and tapers. Build strength after the race.");
  }
  return warnings;
}

std::string correctives_session_why(core::PhaseName phase) {
  return fmt::format("Correctives for your assessment's findings that this week's strength work had no "
                     "minutes for: {} every finding's overactive muscles are rolled or stretched and its "
                     "underactive ones activated. Light; it may sit next to any run.",
                     phase == core::PhaseName::Stabilization ? "in stabilization" : "in the plan's first week");
}

std::string minimal_deload_why() {
  return "Deload week: last week's strength session was already as short as a session gets, so this week "
         "is mobility and activation only. Lifting resumes next week.";
}

}  // namespace stride::planning::wording
