#pragma once

#include <string>

#include "stride/analytics/training_load.hpp"
#include "stride/core/plan.hpp"
#include "stride/service/catalog.hpp"

// The output encoders as they were before the streaming writer: each builds an
// nlohmann::ordered_json document and prints it with detail::dump_document. Kept in the tests only,
// as the reference the streaming encoders must match byte for byte.
namespace stride::json::reference {

// encode_plan as a DOM: contract §4.3 (`stride.plan.v1`).
[[nodiscard]] std::string encode_plan_with_dom(const core::Plan& plan, const service::Catalog& catalog);

// encode_load as a DOM: contract §4.4 (`stride.load.v1`).
[[nodiscard]] std::string encode_load_with_dom(const analytics::LoadReport& report);

}  // namespace stride::json::reference
