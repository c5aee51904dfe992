#pragma once

#include <chrono>
#include <compare>

namespace stride::core {

// A number that carries its unit in its type, so kilograms never mix with kilometres.
// Arithmetic is allowed only between quantities of the same unit, and scaling by a plain number.
template <class Tag, class Rep = double>
class Quantity {
 public:
  constexpr Quantity() = default;
  constexpr explicit Quantity(Rep value) : m_value(value) {}

  [[nodiscard]] constexpr Rep value() const { return m_value; }

  constexpr auto operator<=>(const Quantity&) const = default;
  constexpr Quantity operator+(Quantity other) const { return Quantity(m_value + other.m_value); }
  constexpr Quantity operator-(Quantity other) const { return Quantity(m_value - other.m_value); }
  constexpr Quantity operator*(Rep factor) const { return Quantity(m_value * factor); }
  constexpr Quantity& operator+=(Quantity other) {
    m_value += other.m_value;
    return *this;
  }

 private:
  Rep m_value{};
};

struct KilogramsTag {};
struct KilometresTag {};
struct YearsTag {};

using Kilograms = Quantity<KilogramsTag>;
using Kilometres = Quantity<KilometresTag>;
using Years = Quantity<YearsTag>;

// Durations use std::chrono; these are the two resolutions Stride speaks in.
using Seconds = std::chrono::seconds;
using Minutes = std::chrono::minutes;

}  // namespace stride::core
