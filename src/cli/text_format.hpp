#pragma once

#include <string>
#include <string_view>

// Small text helpers shared by the CLI's readable outputs.
namespace stride::cli {

// "single_leg" → "SINGLE LEG".
[[nodiscard]] std::string upper(std::string_view text);

// "single_leg" → "single leg".
[[nodiscard]] std::string spaced(std::string_view text);

// Wraps `text` at 96 columns: `first` before the first line, `indent` before the others; ends with a newline.
[[nodiscard]] std::string wrap(std::string_view text, std::string_view indent, std::string_view first);
[[nodiscard]] std::string wrap(std::string_view text, std::string_view indent);

}  // namespace stride::cli
