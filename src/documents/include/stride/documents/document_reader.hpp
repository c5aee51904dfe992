#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/error.hpp"

namespace stride::documents {

// Limits that keep any input, however malformed, from exhausting memory or the stack.
inline constexpr std::size_t kMaximumDocumentBytes = 8 * 1024 * 1024;
inline constexpr std::size_t kMaximumNestingDepth = 64;

// A parsed document and the name of the file it came from. Objects keep the file's key order.
struct Document {
  nlohmann::ordered_json root;
  std::string source;
};

// Parses `text` as JSON. Fails with InvalidInput naming `source`, `$` and the problem (with line
// and column) when the text is too large, nested too deeply, or not JSON.
[[nodiscard]] core::Result<Document> parse_document(std::string_view text, std::string source);
// The same with another size limit, for documents larger than any input file (a backup).
[[nodiscard]] core::Result<Document> parse_document(std::string_view text, std::string source,
                                                    std::size_t maximum_bytes);

// `parent` with the member `key` appended as Field::path() spells it: `.key`, or `["key"]` when
// the key is not a plain word.
[[nodiscard]] std::string member_path(std::string parent, std::string_view key);

// A value inside a Document together with its JSON path. Every accessor fails with InvalidInput
// naming the file, the path and the problem, so every command reports bad input the same way.
// A Field borrows the Document: it must not outlive it. A Field is two pointers: its path is the
// value's place in the document, spelled out only when path() or an error asks for it.
class Field {
 public:
  // `value` must be `document.root` or a value inside it.
  Field(const Document& document, const nlohmann::ordered_json& value) : m_document(&document), m_value(&value) {}

  // The root of `document`, at path `$`.
  [[nodiscard]] static Field root(const Document& document) { return Field(document, document.root); }

  // The JSON path of this value, e.g. `$.exercises[3].name` (a key that is not a plain word is
  // written as a JSON string in brackets). Walks the document, so costs time in its size.
  [[nodiscard]] std::string path() const;
  [[nodiscard]] const std::string& source() const { return m_document->source; }
  [[nodiscard]] bool is_null() const { return m_value->is_null(); }
  [[nodiscard]] bool is_boolean() const { return m_value->is_boolean(); }
  [[nodiscard]] bool is_string() const { return m_value->is_string(); }
  [[nodiscard]] bool is_object() const { return m_value->is_object(); }
  // The value itself, for readers of values of any type (a backup's stored values).
  [[nodiscard]] const nlohmann::ordered_json& json() const { return *m_value; }

  // An InvalidInput error about this value.
  [[nodiscard]] core::Error error(std::string_view problem) const;

  [[nodiscard]] core::Result<std::string> string() const;
  // A string of 1..max_length characters after trimming spaces.
  [[nodiscard]] core::Result<std::string> text(std::size_t max_length) const;
  [[nodiscard]] core::Result<bool> boolean() const;
  // A finite number within [minimum, maximum].
  [[nodiscard]] core::Result<double> number(double minimum, double maximum) const;
  // A whole number within [minimum, maximum] (2.0 counts as whole).
  [[nodiscard]] core::Result<int> integer(int minimum, int maximum) const;
  [[nodiscard]] core::Result<core::Date> date() const;

  // A string naming one enumerator of E.
  template <class E>
  [[nodiscard]] core::Result<E> enumeration() const {
    auto name = string();
    if (!name) return std::unexpected(name.error());
    if (auto value = core::parse_enum<E>(*name)) return *value;
    return std::unexpected(error(unknown_value_message(*name, core::enum_choices<E>())));
  }

  // Members of an object, in document order. Fails when this is not an object, or when it has a
  // key outside `allowed` (an empty list allows any key).
  // Each key views the Document's own string.
  [[nodiscard]] core::Result<std::vector<std::pair<std::string_view, Field>>> members(
      std::initializer_list<std::string_view> allowed = {}) const;

  // Fails when this is not an object or has a key outside `allowed`.
  [[nodiscard]] core::Status allow_only(std::initializer_list<std::string_view> allowed) const;

  // The member `key`; fails when absent or null.
  [[nodiscard]] core::Result<Field> required(std::string_view key) const;
  // The member `key`, or nullopt when absent or null. Fails only when this is not an object.
  [[nodiscard]] core::Result<std::optional<Field>> optional(std::string_view key) const;

  // The elements of an array of at most max_size elements.
  [[nodiscard]] core::Result<std::vector<Field>> elements(std::size_t max_size) const;

  // An array of strings naming enumerators of E.
  template <class E>
  [[nodiscard]] core::Result<std::vector<E>> enumerations(std::size_t max_size) const {
    auto items = elements(max_size);
    if (!items) return std::unexpected(items.error());
    std::vector<E> values;
    for (const auto& item : *items) {
      auto value = item.enumeration<E>();
      if (!value) return std::unexpected(value.error());
      values.push_back(*value);
    }
    return values;
  }

  [[nodiscard]] core::Result<std::vector<std::string>> strings(std::size_t max_size) const;

 private:
  [[nodiscard]] std::string type_name() const;
  static std::string unknown_value_message(std::string_view value, std::string_view choices);

  const Document* m_document;
  const nlohmann::ordered_json* m_value;
};

}  // namespace stride::documents
