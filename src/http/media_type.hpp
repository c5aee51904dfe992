#pragma once

#include <string>
#include <string_view>

// Header text as the HTTP layer compares it (private to stride::http).
namespace stride::http {

// `text` without the spaces and tabs (HTTP's optional white space) at either end.
[[nodiscard]] std::string_view trimmed_spaces(std::string_view text);

// ASCII letters in lower case (header names, media types).
[[nodiscard]] std::string lower_case(std::string_view text);

// The media type of a Content-Type value, without parameters, in lower case:
// "Application/JSON; charset=utf-8" is "application/json".
[[nodiscard]] std::string media_type(std::string_view content_type);

}  // namespace stride::http
