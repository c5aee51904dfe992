#include "decoded_plans.hpp"

#include <utility>

#include "stride/documents/document_codecs.hpp"

namespace stride::storage::detail {

core::Result<core::Plan> DecodedPlans::plan_of(std::string_view document, std::string source) {
  for (const auto& entry : m_entries) {
    if (entry && entry->document == document) return entry->plan;
  }
  STRIDE_TRY(core::Plan plan, documents::decode_plan_document(document, std::move(source)));
  m_entries[m_next] = Entry{std::string(document), plan};
  m_next = (m_next + 1) % kCapacity;
  return plan;
}

}  // namespace stride::storage::detail
