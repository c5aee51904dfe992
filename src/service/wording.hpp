#pragma once

#include <string>

// Private to stride::service: small helpers for the plain words the use cases write.
namespace stride::service::detail {

// The text with its first letter in upper case ("left knee" -> "Left knee"); ASCII only.
[[nodiscard]] std::string capitalized(std::string text);

}  // namespace stride::service::detail
