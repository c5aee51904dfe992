#pragma once

#include <memory>

#include "stride/service/clock.hpp"

namespace stride::app {

// The machine's clock, in UTC.
[[nodiscard]] std::shared_ptr<const service::Clock> system_clock();

}  // namespace stride::app
