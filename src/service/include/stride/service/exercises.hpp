#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/exercise.hpp"
#include "stride/service/catalog.hpp"

namespace stride::service {

struct ExerciseQuery {
  std::optional<core::Pattern> pattern;
  std::optional<std::set<core::Equipment>> equipment;  // only exercises doable with this kit
};

// The query of a front end's words: `pattern` a pattern's contract spelling (empty: any), and
// `equipment` the kit at hand by its contract spellings ("bodyweight" and "none" add nothing; an
// empty list: any kit). Fails with InvalidInput naming the field `pattern` or `equipment` and the
// accepted spellings.
[[nodiscard]] core::Result<ExerciseQuery> exercise_query(std::string_view pattern,
                                                         const std::vector<std::string>& equipment);

// The library entries matching `query`, in library order.
[[nodiscard]] std::vector<const core::Exercise*> find_exercises(const Catalog& catalog, const ExerciseQuery& query);

// What to say of an exercise id the library lacks: `unknown exercise "goblet_sqat"; did you mean
// goblet_squat_dumbbell, ...?` with up to three of the closest ids (ExerciseLibrary::closest_ids),
// or just `unknown exercise "x"` when none is close. Front ends add where the ids are listed.
[[nodiscard]] std::string unknown_exercise_problem(const core::ExerciseLibrary& library, std::string_view id);

}  // namespace stride::service
