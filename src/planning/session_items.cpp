#include "session_items.hpp"

namespace stride::planning {

using core::Exercise;
using core::Prescription;

void dose(Prescription& item, const Exercise& exercise, int sets, int reps, const std::string& tempo, int rest,
          int hold_seconds) {
  item.sets = sets;
  item.rest_seconds = rest;
  switch (exercise.measure) {
    case core::Measure::Reps:
      item.reps = reps;
      if (!tempo.empty()) item.tempo = tempo;
      break;
    case core::Measure::HoldSeconds: item.hold_seconds = hold_seconds; break;
    case core::Measure::Contacts: item.contacts = reps; break;
  }
}

std::string_view name_of(const ExercisePicker& picker, const std::string& id) {
  const auto* exercise = picker.library().find(id);
  return exercise != nullptr ? std::string_view(exercise->name) : std::string_view(id);
}

}  // namespace stride::planning
