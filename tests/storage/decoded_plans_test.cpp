// DecodedPlans: whatever order stored plans are read in, each read gives the plan of exactly the
// text it was handed (the one a fresh decode gives), and a damaged text fails every time.
#include "decoded_plans.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <string>
#include <vector>

#include "store_test_support.hpp"
#include "stride/documents/document_codecs.hpp"

namespace stride::storage {
namespace {

// Six stored plans told apart by label, start and length: more than the cache holds.
std::vector<std::string> stored_plan_documents() {
  std::vector<std::string> documents;
  for (int index = 0; index < 6; ++index) {
    documents.push_back(documents::encode_plan_document(
        testing::small_plan("plan" + std::to_string(index), testing::day_of(2026, 11, 2U + static_cast<unsigned>(index)),
                            3 + index % 3)));
  }
  return documents;
}

RC_GTEST_PROP(DecodedPlans, EveryReadGivesThePlanOfTheTextItWasHanded, ()) {
  static const std::vector<std::string> documents = stored_plan_documents();
  const auto reads = *rc::gen::container<std::vector<std::size_t>>(
      rc::gen::inRange<std::size_t>(0, documents.size()));
  detail::DecodedPlans cache;
  for (const std::size_t index : reads) {
    const auto cached = cache.plan_of(documents[index], "plans row");
    RC_ASSERT(cached.has_value());
    RC_ASSERT(*cached == *documents::decode_plan_document(documents[index], "plans row"));
  }
}

TEST(DecodedPlans, ADamagedTextFailsEveryTimeAndNamesItsSource) {
  detail::DecodedPlans cache;
  for (int attempt = 0; attempt < 2; ++attempt) {
    const auto plan = cache.plan_of("{\"schema\": \"stride.stored_plan.v1\", \"plan\": [", "plans row 7");
    ASSERT_FALSE(plan.has_value());
    EXPECT_EQ(plan.error().source, "plans row 7");
  }
}

}  // namespace
}  // namespace stride::storage
