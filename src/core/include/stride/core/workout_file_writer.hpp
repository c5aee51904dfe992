#pragma once

#include <cstdint>
#include <vector>

#include "stride/core/watch_workout.hpp"

namespace stride::core {

// The port through which the service's callers turn a watch workout into a file a watch reads
// (the FIT encoder of stride::importers). Implementations are stateless and thread-safe.
class WorkoutFileWriter {
 public:
  WorkoutFileWriter() = default;
  WorkoutFileWriter(const WorkoutFileWriter&) = delete;
  WorkoutFileWriter& operator=(const WorkoutFileWriter&) = delete;
  virtual ~WorkoutFileWriter() = default;

  // The file's bytes; the same workout always gives the same bytes. Never fails.
  [[nodiscard]] virtual std::vector<std::uint8_t> encode(const WatchWorkout& workout) const = 0;
};

}  // namespace stride::core
