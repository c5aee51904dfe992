// MemoryStore: failed sign-ins by key.

#include <algorithm>

#include "stride/storage/memory_store.hpp"

namespace stride::storage {

core::Status MemoryStore::record_sign_in_failure(std::string_view key, core::Instant at, core::Instant forget_before) {
  if (key.empty()) return std::unexpected(core::invalid_field("key", "a sign-in failure needs a key"));
  auto& failures = m_account_state.sign_in_failures;
  std::erase_if(failures, [&](const auto& failure) { return failure.second < forget_before; });
  failures.emplace_back(std::string(key), at);
  return {};
}

core::Result<std::vector<core::Instant>> MemoryStore::sign_in_failures(std::string_view key, core::Instant since) {
  std::vector<core::Instant> moments;
  for (const auto& [stored_key, at] : m_account_state.sign_in_failures) {
    if (stored_key == key && !(at < since)) moments.push_back(at);
  }
  std::ranges::stable_sort(moments);
  return moments;
}

}  // namespace stride::storage
