#pragma once

#include <optional>

namespace stride::core {

// The weighted mean of the values added so far: Σ value·weight / Σ weight, nullopt until some
// weight has been added. Callers choose which values count (present ones, non-zero ones, …).
class WeightedMean {
 public:
  void add(double value, double weight = 1.0) {
    m_sum += value * weight;
    m_weight += weight;
  }

  [[nodiscard]] std::optional<double> mean() const {
    if (m_weight <= 0) return std::nullopt;
    return m_sum / m_weight;
  }

 private:
  double m_sum = 0;
  double m_weight = 0;
};

}  // namespace stride::core
