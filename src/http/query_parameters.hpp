#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stride/core/error.hpp"

// The query string of a request target (private to stride::http).
namespace stride::http {

using QueryParameters = std::vector<std::pair<std::string, std::string>>;

// `a=1&b=x%20y` as its name-value pairs, percent- and plus-decoded, in order. Fails with
// InvalidInput naming the field `query` when an escape is malformed or a name is empty.
[[nodiscard]] core::Result<QueryParameters> parse_query(std::string_view query);

// The value of the last parameter named `name`, if any.
[[nodiscard]] std::optional<std::string> query_value(const QueryParameters& parameters, std::string_view name);

// Every value of parameters named `name`, each split at commas, empty items left out.
[[nodiscard]] std::vector<std::string> query_list(const QueryParameters& parameters, std::string_view name);

}  // namespace stride::http
