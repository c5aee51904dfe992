#include "stride/analytics/strength_estimate.hpp"

#include <algorithm>

namespace stride::analytics {
namespace {

// reps + RIR as Epley uses it: capped at kEpleyRepCap.
double effective_reps(int reps, double reserve) { return std::min(static_cast<double>(reps) + reserve, kEpleyRepCap); }

}  // namespace

double reps_in_reserve(double rpe) { return std::clamp(10.0 - rpe, 0.0, kMostRepsInReserve); }

double estimated_one_rep_max(double load_kg, int reps, std::optional<double> rpe) {
  if (reps <= 0 || load_kg <= 0) return 0;
  const double reps_to_failure = effective_reps(reps, rpe ? reps_in_reserve(*rpe) : 0.0);
  if (reps_to_failure <= 1.0) return load_kg;
  return load_kg * (1.0 + reps_to_failure / 30.0);
}

double load_for(double one_rep_max_kg, int reps, double rpe) {
  if (reps <= 0 || one_rep_max_kg <= 0) return 0;
  const double reps_to_failure = effective_reps(reps, reps_in_reserve(rpe));
  if (reps_to_failure <= 1.0) return one_rep_max_kg;
  return one_rep_max_kg / (1.0 + reps_to_failure / 30.0);
}

}  // namespace stride::analytics
