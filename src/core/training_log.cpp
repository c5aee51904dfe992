#include "stride/core/training_log.hpp"

namespace stride::core {

LoadBasis load_basis(const Activity& activity) {
  if (activity.rpe) return LoadBasis::SessionRpe;
  if (activity.recording && activity.recording->heart_rate_load) return LoadBasis::HeartRate;
  return LoadBasis::Unrated;
}

double session_load(const Activity& activity) {
  switch (load_basis(activity)) {
    case LoadBasis::SessionRpe: return *activity.rpe * activity.duration_min;
    case LoadBasis::HeartRate: return *activity.recording->heart_rate_load;
    case LoadBasis::Unrated: return 0;
  }
  return 0;
}

}  // namespace stride::core
