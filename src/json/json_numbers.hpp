#pragma once

#include <nlohmann/json.hpp>

#include <optional>

#include "stride/json/output_encoders.hpp"

// How the JSON encoders write computed numbers (private to stride::json).
namespace stride::json::detail {

// A computed fraction as the contract writes it: rounded to 3 decimal places, never -0.
inline nlohmann::ordered_json rounded_number(double value) { return round_to_thousandths(value); }

// The same, or null when there is no value.
inline nlohmann::ordered_json optional_rounded(const std::optional<double>& value) {
  return value ? rounded_number(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace stride::json::detail
