#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "adaptation_steps.hpp"
#include "stride/planning/progression.hpp"

namespace stride::planning {

namespace {

// Free weights and machines: the exercises whose load is a number of kilograms.
bool externally_loaded(const core::Exercise& exercise) {
  static constexpr core::Equipment kLoaded[] = {core::Equipment::Dumbbells, core::Equipment::Kettlebell,
                                                core::Equipment::Barbell, core::Equipment::Cable,
                                                core::Equipment::MedicineBall};
  return std::any_of(std::begin(kLoaded), std::end(kLoaded),
                     [&](core::Equipment piece) { return exercise.equipment.contains(piece); });
}

bool lower_body(const core::Exercise& exercise) {
  return exercise.pattern != core::Pattern::Push && exercise.pattern != core::Pattern::Pull;
}

// The prescription of `exercise` on `date` in the plan that was in effect, if any.
const core::Prescription* planned_item(const std::vector<core::PlanDay>& days, core::Date date,
                                       const std::string& exercise) {
  for (const auto& day : days) {
    if (day.date != date) continue;
    for (const auto& session : day.sessions) {
      for (const auto& block : session.blocks) {
        for (const auto& item : block.items) {
          if (item.exercise == exercise) return &item;
        }
      }
    }
  }
  return nullptr;
}

// The logged sessions of one exercise, oldest first, each with the target it was prescribed.
std::vector<ExerciseSession> exercise_history(const TrainingHistory& history, const core::Prescription& current) {
  std::vector<ExerciseSession> sessions;
  for (const auto& activity : history.log.activities) {
    ExerciseSession session;
    session.date = activity.date;
    for (const auto& set : activity.sets) {
      if (set.exercise == current.exercise) session.sets.push_back(set);
    }
    if (session.sets.empty()) continue;
    const auto* planned = planned_item(history.planned_days, activity.date, current.exercise);
    const auto* target = planned != nullptr && planned->reps ? planned : &current;
    session.target_reps = target->reps.value_or(0);
    session.target_rpe = target->rpe;
    sessions.push_back(std::move(session));
  }
  std::stable_sort(sessions.begin(), sessions.end(),
                   [](const ExerciseSession& a, const ExerciseSession& b) { return a.date < b.date; });
  return sessions;
}

}  // namespace

std::vector<std::string> set_load_targets(core::Plan& plan, const TrainingHistory& history,
                                          const core::ExerciseLibrary& library) {
  std::vector<std::string> notes;
  // The first prescription of each exercise gets the progression decision; later ones with the same
  // reps keep its load, and later ones with a %1RM take it from the estimated one-rep maximum.
  struct Decided {
    LoadDecision decision;
    std::optional<int> reps;
  };
  std::map<std::string, Decided> decided;
  for (auto& day : plan.days) {
    for (auto& session : day.sessions) {
      for (auto& block : session.blocks) {
        for (auto& item : block.items) {
          if (!item.reps) continue;
          const auto* exercise = library.find(item.exercise);
          if (exercise == nullptr || !externally_loaded(*exercise)) continue;
          auto found = decided.find(item.exercise);
          if (found == decided.end()) {
            const auto sessions = exercise_history(history, item);
            if (sessions.empty()) continue;
            auto decision = next_load(sessions, lower_body(*exercise), exercise->equipment);
            notes.push_back(fmt::format("{}: {}", exercise->name, decision.why));
            item.load_kg = decision.load_kg;
            if (decision.load_kg) item.why += " " + decision.why;
            decided.emplace(item.exercise, Decided{std::move(decision), item.reps});
            continue;
          }
          const auto& [decision, reps] = found->second;
          if (item.reps == reps) {
            item.load_kg = decision.load_kg;
          } else if (item.pct_1rm && decision.estimated_one_rep_max_kg) {
            item.load_kg = round_to_equipment(*decision.estimated_one_rep_max_kg * *item.pct_1rm / 100.0,
                                              exercise->equipment);
          }
        }
      }
    }
  }
  return notes;
}

}  // namespace stride::planning
