#pragma once

#include <compare>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace stride::core {

// An immutable string that its copies share: copying one costs a reference count, not a copy of
// its characters (an item's exercise id and reason, copied with the item from a session kept for
// later weeks into every week that does it). It reads as the std::string it holds: conversion to
// `const std::string&` and to std::string_view, size, comparison by content. To change it, assign a
// new string; `+=` makes a new one. Copies may be made and read on different threads.
class SharedString {
 public:
  SharedString() = default;
  // Implicit, so that a string, a view or a literal assigns as it would to a std::string.
  SharedString(std::string text)  // NOLINT(google-explicit-constructor)
      : m_text(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedString(std::string_view text) : SharedString(std::string(text)) {}  // NOLINT(google-explicit-constructor)
  SharedString(const char* text) : SharedString(std::string(text)) {}       // NOLINT(google-explicit-constructor)

  [[nodiscard]] const std::string& str() const { return m_text ? *m_text : kEmpty; }
  [[nodiscard]] std::string_view view() const { return str(); }
  operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const { return str(); }    // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool empty() const { return m_text == nullptr; }
  [[nodiscard]] std::size_t size() const { return str().size(); }
  [[nodiscard]] bool starts_with(std::string_view prefix) const { return view().starts_with(prefix); }
  [[nodiscard]] std::size_t find(std::string_view part, std::size_t from = 0) const { return view().find(part, from); }

  // A new string: this one's characters, then `suffix`'s. The copies made before keep theirs.
  SharedString& operator+=(std::string_view suffix) {
    std::string text;
    text.reserve(size() + suffix.size());
    text += view();
    text += suffix;
    *this = SharedString(std::move(text));
    return *this;
  }

  friend bool operator==(const SharedString& a, const SharedString& b) {
    return a.m_text == b.m_text || a.view() == b.view();
  }
  friend bool operator==(const SharedString& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const SharedString& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const SharedString& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) { return a.view() <=> b.view(); }
  friend std::strong_ordering operator<=>(const SharedString& a, std::string_view b) { return a.view() <=> b; }
  friend std::strong_ordering operator<=>(const SharedString& a, const std::string& b) { return a.view() <=> b; }

  // Joined after a string as std::strings join: "the " + item.exercise.
  friend std::string operator+(std::string_view a, const SharedString& b) {
    std::string text;
    text.reserve(a.size() + b.size());
    return text.append(a).append(b.view());
  }

  // Written to any stream that writes a std::string_view (a test's failure message).
  template <class Stream>
  friend auto operator<<(Stream& out, const SharedString& text) -> decltype(out << std::string_view()) {
    return out << text.view();
  }

 private:
  static inline const std::string kEmpty{};
  // Null when empty; never an empty string.
  std::shared_ptr<const std::string> m_text;
};

}  // namespace stride::core

// A SharedString and a std::string compare as views: std::ranges::find looks for an item's exercise
// among a list of ids.
template <template <class> class SharedQualifiers, template <class> class StringQualifiers>
struct std::basic_common_reference<stride::core::SharedString, std::string, SharedQualifiers, StringQualifiers> {
  using type = std::string_view;
};
template <template <class> class StringQualifiers, template <class> class SharedQualifiers>
struct std::basic_common_reference<std::string, stride::core::SharedString, StringQualifiers, SharedQualifiers> {
  using type = std::string_view;
};

template <>
struct std::hash<stride::core::SharedString> {
  std::size_t operator()(const stride::core::SharedString& text) const noexcept {
    return std::hash<std::string_view>{}(text.view());
  }
};
