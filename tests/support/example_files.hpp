#pragma once

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "stride/core/date.hpp"

namespace stride::testing {

inline core::Date calendar_date(int year, unsigned month, unsigned day) {
  return core::Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

// The text of examples/<name> in the source tree.
inline std::string read_example(const std::string& name) {
  std::ifstream stream(std::string(STRIDE_SOURCE_DIR) + "/examples/" + name);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

}  // namespace stride::testing
