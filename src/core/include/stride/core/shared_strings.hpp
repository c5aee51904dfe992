#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stride::core {

// An immutable list of strings that its copies share: copying one costs a reference count, not a
// copy of every string (an exercise's muscles, copied into each item of a plan that does it).
// It reads as the vector it holds: iteration, size, indexing, comparison by content, and
// conversion to `const std::vector<std::string>&`. To change it, assign a new list. Copies may be
// made and read on different threads.
class SharedStrings {
 public:
  SharedStrings() = default;
  // Implicit, so that a vector or a braced list of strings assigns as it would to a vector.
  SharedStrings(std::vector<std::string> strings)  // NOLINT(google-explicit-constructor)
      : m_strings(strings.empty() ? nullptr
                                  : std::make_shared<const std::vector<std::string>>(std::move(strings))) {}
  SharedStrings(std::initializer_list<std::string> strings) : SharedStrings(std::vector<std::string>(strings)) {}

  [[nodiscard]] const std::vector<std::string>& strings() const { return m_strings ? *m_strings : kNone; }
  operator const std::vector<std::string>&() const { return strings(); }  // NOLINT(google-explicit-constructor)

  [[nodiscard]] auto begin() const { return strings().begin(); }
  [[nodiscard]] auto end() const { return strings().end(); }
  [[nodiscard]] std::size_t size() const { return strings().size(); }
  [[nodiscard]] bool empty() const { return m_strings == nullptr; }
  [[nodiscard]] const std::string& front() const { return strings().front(); }
  [[nodiscard]] const std::string& operator[](std::size_t index) const { return strings()[index]; }

  friend bool operator==(const SharedStrings& a, const SharedStrings& b) {
    return a.m_strings == b.m_strings || a.strings() == b.strings();
  }
  friend bool operator==(const SharedStrings& a, const std::vector<std::string>& b) { return a.strings() == b; }

 private:
  static constexpr std::vector<std::string> kNone{};
  // Null when empty; never an empty vector.
  std::shared_ptr<const std::vector<std::string>> m_strings;
};

}  // namespace stride::core
