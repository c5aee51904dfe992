#include "system_clock.hpp"

#include <chrono>

namespace stride::app {
namespace {

class SystemClock final : public service::Clock {
 public:
  [[nodiscard]] core::Date today() const override {
    return core::Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  }
  [[nodiscard]] std::chrono::sys_seconds now() const override {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

}  // namespace

std::shared_ptr<const service::Clock> system_clock() { return std::make_shared<SystemClock>(); }

}  // namespace stride::app
