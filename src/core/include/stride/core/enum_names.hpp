#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stride::core {

// EnumNames<E>::names lists the contract spelling of every enumerator of E, in declaration
// order. Specialisations live next to each enum; a static_assert there checks the count.
template <class E>
struct EnumNames;

// The contract spelling of `value`.
template <class E>
[[nodiscard]] constexpr std::string_view enum_name(E value) {
  return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

// The enumerator spelled `text`, or nullopt.
template <class E>
[[nodiscard]] constexpr std::optional<E> parse_enum(std::string_view text) {
  const auto& names = EnumNames<E>::names;
  for (std::size_t index = 0; index < names.size(); ++index) {
    if (names[index] == text) return static_cast<E>(index);
  }
  return std::nullopt;
}

// Every enumerator of E, in declaration order.
template <class E>
[[nodiscard]] constexpr auto enum_values() {
  std::array<E, EnumNames<E>::names.size()> values{};
  for (std::size_t index = 0; index < values.size(); ++index) values[index] = static_cast<E>(index);
  return values;
}

// "a | b | c": the allowed spellings, for error messages and --help.
template <class E>
[[nodiscard]] std::string enum_choices() {
  std::string text;
  for (auto name : EnumNames<E>::names) {
    if (!text.empty()) text += " | ";
    text += name;
  }
  return text;
}

}  // namespace stride::core
