#include "stride/planning/progression.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "stride/analytics/strength_estimate.hpp"

namespace stride::planning {
namespace {

// Guards divisions of loads by steps against floating-point noise (22.5 / 2.5 = 8.999…).
constexpr double kStepTolerance = 1e-9;

// One usable session, read against its own target.
struct SessionReading {
  const ExerciseSession* session = nullptr;
  std::optional<double> load_kg;  // the working load; empty for bodyweight
  std::vector<const core::StrengthSet*> working;
  int missed_sets = 0;
  bool beat = false;
  bool too_hard = false;
  std::optional<double> highest_rpe;
};

// "22", "22.5".
std::string number(double value) {
  const double tenths = std::round(value * 10.0) / 10.0;
  return tenths == std::round(tenths) ? fmt::format("{:.0f}", tenths) : fmt::format("{:.1f}", tenths);
}

// "10 %", "7.5 %".
std::string percent(double fraction) { return number(fraction * 100.0) + " %"; }

bool set_too_hard(const core::StrengthSet& set, std::optional<double> target_rpe, const ProgressionRules& rules) {
  if (!set.rpe) return false;
  return *set.rpe >= 10.0 || (target_rpe && *set.rpe >= *target_rpe + rules.rpe_over_target_too_hard);
}

bool set_beats(const core::StrengthSet& set, const ExerciseSession& session, const ProgressionRules& rules) {
  if (set_too_hard(set, session.target_rpe, rules)) return false;
  if (set.reps >= session.target_reps + rules.extra_reps_to_beat) return true;
  return set.reps >= session.target_reps && set.rpe && session.target_rpe &&
         *set.rpe <= *session.target_rpe - rules.rpe_margin_to_beat;
}

SessionReading read_session(const ExerciseSession& session, const ProgressionRules& rules) {
  SessionReading reading;
  reading.session = &session;
  for (const auto& set : session.sets) {
    if (set.load_kg && *set.load_kg > 0) reading.load_kg = std::max(reading.load_kg.value_or(0.0), *set.load_kg);
  }
  for (const auto& set : session.sets) {
    const bool bodyweight = !set.load_kg || *set.load_kg <= 0;
    const bool working = reading.load_kg ? !bodyweight && *reading.load_kg - *set.load_kg < rules.same_load_tolerance_kg
                                         : bodyweight;
    if (working) reading.working.push_back(&set);
  }
  reading.beat = !reading.working.empty();
  for (const auto* set : reading.working) {
    if (set->reps < session.target_reps) ++reading.missed_sets;
    if (!set_beats(*set, session, rules)) reading.beat = false;
    if (set_too_hard(*set, session.target_rpe, rules)) reading.too_hard = true;
    if (set->rpe) reading.highest_rpe = std::max(reading.highest_rpe.value_or(0.0), *set->rpe);
  }
  return reading;
}

bool same_load(const SessionReading& first, const SessionReading& second, const ProgressionRules& rules) {
  if (!first.load_kg || !second.load_kg) return !first.load_kg && !second.load_kg;
  return std::abs(*first.load_kg - *second.load_kg) < rules.same_load_tolerance_kg;
}

double best_one_rep_max(const SessionReading& reading) {
  double best = 0;
  for (const auto* set : reading.working) {
    best = std::max(best, analytics::estimated_one_rep_max(*set->load_kg, set->reps, set->rpe));
  }
  return best;
}

// " at RPE 7" when the session has a target RPE.
std::string at_target_rpe(const ExerciseSession& session) {
  return session.target_rpe ? " at RPE " + number(*session.target_rpe) : "";
}

// " at 20 kg", or " without weight".
std::string at_load(const SessionReading& reading) {
  return reading.load_kg ? " at " + number(*reading.load_kg) + " kg" : " without weight";
}

std::string times(int count) {
  if (count == 1) return "once";
  if (count == 2) return "twice";
  return fmt::format("{} sessions in a row", count);
}

LoadDecision no_history(const ExerciseSession* latest, const ProgressionRules& rules) {
  const int reps = latest ? latest->target_reps : 0;
  const double rpe = latest && latest->target_rpe ? *latest->target_rpe : rules.assumed_target_rpe;
  const std::string what = reps > 0 ? fmt::format("{} reps", reps) : std::string{"the prescribed reps"};
  return {LoadChange::NoHistory, std::nullopt, std::nullopt,
          fmt::format("No sets of this exercise are logged yet: start with a load you could lift for {} with about {} "
                      "reps to spare (RPE {}), and log every set.",
                      what, number(analytics::reps_in_reserve(rpe)), number(rpe))};
}

LoadDecision step_back(std::span<const SessionReading> recent, const std::set<core::Equipment>& equipment,
                       const ProgressionRules& rules) {
  const SessionReading& latest = recent.back();
  std::string ratings;
  for (const auto& reading : recent) {
    if (!ratings.empty()) ratings += " and ";
    ratings += "RPE " + number(reading.highest_rpe.value_or(10.0));
  }
  const std::string target = latest.session->target_rpe
                                 ? " against a target of RPE " + number(*latest.session->target_rpe)
                                 : std::string{", with no rep in reserve"};
  const std::string rated = fmt::format("Your last {} sessions were rated up to {}{}", recent.size(),
                                        ratings, target);
  LoadDecision decision{LoadChange::StepBack, std::nullopt, std::nullopt, ""};
  if (!latest.load_kg) {
    decision.why = rated + ": do one or two reps fewer per set, or the easier variant, until the rating drops.";
    return decision;
  }
  const double load = *latest.load_kg;
  decision.estimated_one_rep_max_kg = best_one_rep_max(latest);
  decision.load_kg = round_to_equipment(load * (1.0 - rules.step_back), equipment, Rounding::Down, rules.steps);
  decision.why = *decision.load_kg > 0
                     ? fmt::format("{}: step back {} to {} kg.", rated, percent(1.0 - *decision.load_kg / load),
                                   number(*decision.load_kg))
                     : rated + ": put the weight down and do the exercise without it until the rating drops.";
  return decision;
}

LoadDecision repeat(const SessionReading& latest, int beats_in_a_row, const ProgressionRules& rules) {
  const ExerciseSession& session = *latest.session;
  LoadDecision decision{LoadChange::Repeat, latest.load_kg, std::nullopt, ""};
  if (latest.load_kg) decision.estimated_one_rep_max_kg = best_one_rep_max(latest);
  const std::string again = latest.load_kg ? "repeat " + number(*latest.load_kg) + " kg" : "repeat the same reps";
  if (latest.missed_sets > 0) {
    decision.why = fmt::format("You made fewer than {} reps on {} of {} sets{}: {} next time.", session.target_reps,
                               latest.missed_sets, latest.working.size(), at_load(latest), again);
  } else if (beats_in_a_row > 0) {
    decision.why = fmt::format("You beat {} reps{}{} {}; beat it {} in a row to move up: {}.", session.target_reps,
                               at_target_rpe(session), at_load(latest), times(beats_in_a_row),
                               times(rules.sessions_to_beat), again);
  } else {
    const std::string easier =
        session.target_rpe ? fmt::format(", or {} at RPE {} or lower", session.target_reps,
                                         number(*session.target_rpe - rules.rpe_margin_to_beat))
                           : std::string{};
    decision.why = fmt::format("You made {} reps{}; beat that ({} reps{}) {} in a row to move up: {}.",
                               session.target_reps, at_load(latest), session.target_reps + rules.extra_reps_to_beat,
                               easier, times(rules.sessions_to_beat), again);
  }
  return decision;
}

LoadDecision increase(const SessionReading& latest, bool lower_body, const std::set<core::Equipment>& equipment,
                      const ProgressionRules& rules) {
  const ExerciseSession& session = *latest.session;
  const std::string beaten = fmt::format("You beat {} reps{} {}{}", session.target_reps, at_target_rpe(session),
                                         times(rules.sessions_to_beat), at_load(latest));
  if (!latest.load_kg) {
    return {LoadChange::Increase, std::nullopt, std::nullopt,
            beaten + ": add a rep to each set, slow the lowering to 3 seconds, or move to the harder variant."};
  }
  const double load = *latest.load_kg;
  const double one_rep_max = best_one_rep_max(latest);
  const double cap = lower_body ? rules.lower_body_cap : rules.upper_body_cap;
  const double target_rpe = session.target_rpe.value_or(rules.assumed_target_rpe);
  const double wanted = load * (1.0 + increase_before_rounding(one_rep_max, load, session.target_reps, target_rpe,
                                                               cap, rules));
  const double step = equipment_step(equipment, rules.steps);
  const double lowest = load * (1.0 + rules.minimum_increase);
  double next = std::floor(wanted / step + kStepTolerance) * step;
  if (next < lowest - kStepTolerance) next = std::ceil(lowest / step - kStepTolerance) * step;
  const std::string estimate = fmt::format(" (e1RM {} kg)", number(one_rep_max));
  if (next > load * (1.0 + cap) + kStepTolerance) {
    return {LoadChange::Hold, load, one_rep_max,
            fmt::format("{}{}, but the next load your equipment allows, {} kg, is {} more, above the {} cap: keep {} "
                        "kg and add a rep to each set or slow the lowering to 3 seconds instead.",
                        beaten, estimate, number(next), percent(next / load - 1.0), percent(cap), number(load))};
  }
  return {LoadChange::Increase, next, one_rep_max,
          fmt::format("{}{}: up {} to {} kg.", beaten, estimate, percent(next / load - 1.0), number(next))};
}

}  // namespace

double equipment_step(const std::set<core::Equipment>& equipment, const EquipmentSteps& steps) {
  std::optional<double> finest;
  const auto consider = [&](core::Equipment kind, double step) {
    if (equipment.contains(kind)) finest = std::min(finest.value_or(step), step);
  };
  consider(core::Equipment::Dumbbells, steps.dumbbells_kg);
  consider(core::Equipment::Kettlebell, steps.kettlebell_kg);
  consider(core::Equipment::Barbell, steps.barbell_kg);
  consider(core::Equipment::Cable, steps.cable_kg);
  return finest.value_or(steps.other_kg);
}

double round_to_equipment(double load_kg, const std::set<core::Equipment>& equipment, Rounding rounding,
                          const EquipmentSteps& steps) {
  if (!(load_kg > 0)) return 0;
  const double step = equipment_step(equipment, steps);
  const double steps_in_load = load_kg / step;
  switch (rounding) {
    case Rounding::Down: return std::floor(steps_in_load + kStepTolerance) * step;
    case Rounding::Up: return std::ceil(steps_in_load - kStepTolerance) * step;
    case Rounding::Nearest: break;
  }
  return std::round(steps_in_load) * step;
}

double increase_before_rounding(double one_rep_max_kg, double current_load_kg, int target_reps, double target_rpe,
                                double cap, const ProgressionRules& rules) {
  if (!(current_load_kg > 0)) return rules.minimum_increase;
  const double allowed = analytics::load_for(one_rep_max_kg, target_reps, target_rpe);
  return std::clamp(allowed / current_load_kg - 1.0, rules.minimum_increase, std::max(cap, rules.minimum_increase));
}

LoadDecision next_load(std::span<const ExerciseSession> history, bool lower_body,
                       const std::set<core::Equipment>& equipment, const ProgressionRules& rules) {
  std::vector<const ExerciseSession*> ordered;
  for (const auto& session : history) ordered.push_back(&session);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const ExerciseSession* left, const ExerciseSession* right) { return left->date < right->date; });
  std::vector<SessionReading> readings;
  for (const auto* session : ordered) {
    if (session->target_reps >= 1 && !session->sets.empty()) readings.push_back(read_session(*session, rules));
  }
  if (readings.empty()) return no_history(ordered.empty() ? nullptr : ordered.back(), rules);

  const SessionReading& latest = readings.back();
  const auto needed_hard = static_cast<std::size_t>(std::max(rules.sessions_too_hard, 1));
  if (readings.size() >= needed_hard) {
    const std::span<const SessionReading> recent{readings.end() - static_cast<std::ptrdiff_t>(needed_hard),
                                                 readings.end()};
    if (std::ranges::all_of(recent, &SessionReading::too_hard)) return step_back(recent, equipment, rules);
  }
  if (latest.missed_sets > 0) return repeat(latest, 0, rules);
  int beats_in_a_row = 0;
  for (auto reading = readings.rbegin(); reading != readings.rend(); ++reading) {
    if (!reading->beat || !same_load(*reading, latest, rules)) break;
    ++beats_in_a_row;
  }
  if (beats_in_a_row >= std::max(rules.sessions_to_beat, 1)) return increase(latest, lower_body, equipment, rules);
  return repeat(latest, beats_in_a_row, rules);
}

}  // namespace stride::planning
