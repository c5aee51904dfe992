#pragma once

#include <string>

#include "stride/service/status.hpp"

namespace stride::json {

// A runner's status as JSON (`"schema": "stride.status.v1"`, documented in docs/cli.md): fixed key
// order, fractions rounded to three decimal places, byte-identical for the same store and date.
[[nodiscard]] std::string encode_status(const service::StatusReport& report);

}  // namespace stride::json
