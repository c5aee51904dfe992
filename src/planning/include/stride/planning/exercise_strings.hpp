#pragma once

#include <cstddef>
#include <vector>

#include "stride/core/exercise_library.hpp"
#include "stride/core/shared_string.hpp"
#include "stride/core/shared_strings.hpp"

namespace stride::planning {

// One plan's own shared copies of the library's exercise ids and primary muscles, made the first
// time the plan asks for an exercise's. The plan's items of an exercise share them; another plan,
// built on another thread, has its own, so no two threads count references on the same strings
// (which made each wait for the other's cache). Not for use by two threads at once.
class ExerciseStrings {
 public:
  explicit ExerciseStrings(const core::ExerciseLibrary& library)
      : m_library(&library), m_ids(library.all().size()), m_primary_muscles(library.all().size()) {}

  // `exercise` must be an element of the library's all().
  [[nodiscard]] const core::SharedString& id(const core::Exercise& exercise) {
    auto& id = m_ids[position_of(exercise)];
    if (id.empty()) id = core::SharedString(exercise.id);
    return id;
  }
  [[nodiscard]] const core::SharedStrings& primary_muscles(const core::Exercise& exercise) {
    auto& muscles = m_primary_muscles[position_of(exercise)];
    if (muscles.empty() && !exercise.primary_muscles.empty()) muscles = exercise.primary_muscles;
    return muscles;
  }

 private:
  [[nodiscard]] std::size_t position_of(const core::Exercise& exercise) const {
    return static_cast<std::size_t>(&exercise - m_library->all().data());
  }

  const core::ExerciseLibrary* m_library;
  std::vector<core::SharedString> m_ids;                 // by position in the library
  std::vector<core::SharedStrings> m_primary_muscles;  // by position in the library
};

}  // namespace stride::planning
