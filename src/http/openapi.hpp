#pragma once

#include <string_view>

// The OpenAPI 3.1 document of the API (private to stride::http): every route of api_routes.cpp,
// which the tests check in both directions.
namespace stride::http {

[[nodiscard]] std::string_view openapi_document();

}  // namespace stride::http
