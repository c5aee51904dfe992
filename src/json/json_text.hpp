#pragma once

#include <nlohmann/json.hpp>

#include <string>

// How the output encoders write a document (private to stride::json).
namespace stride::json::detail {

// The document with two-space indentation and a final newline, as every output encoder writes it.
// Characters that nlohmann writes raw but that could reorder or break the text around them on a
// terminal (DEL, C1 controls, U+061C, U+200E/F, U+2028/9, U+202A–U+202E, U+2066–U+2069:
// core::is_unsafe_character) are written as \uXXXX escapes; C0 controls nlohmann escapes itself. The
// values read back unchanged: a name is given as stored, only its bytes on the page differ.
[[nodiscard]] std::string dump_document(const nlohmann::ordered_json& document);

}  // namespace stride::json::detail
