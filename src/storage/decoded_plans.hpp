#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "stride/core/error.hpp"
#include "stride/core/plan.hpp"

namespace stride::storage::detail {

// The last few plan documents a store decoded, each with its plan, so reading the same stored plan
// again (a runner's status and plan pages ask for it on every visit) costs a comparison of the
// stored text instead of a decode. Entries are found by the document's text itself, never by a
// row id, so a row id used again after a deletion can never answer with another plan. One store's
// own: not thread-safe, like the store.
class DecodedPlans {
 public:
  // The plan of `document`: a copy of the one decoded before when the same text is among the last
  // kCapacity, else decoded now (failing as documents::decode_plan_document fails, naming `source`).
  [[nodiscard]] core::Result<core::Plan> plan_of(std::string_view document, std::string source);

  static constexpr std::size_t kCapacity = 4;

 private:
  struct Entry {
    std::string document;
    core::Plan plan;
  };
  std::array<std::optional<Entry>, kCapacity> m_entries;
  std::size_t m_next = 0;  // the entry the next decode replaces (the oldest)
};

}  // namespace stride::storage::detail
