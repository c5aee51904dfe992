// data/garmin/exercises.json -> the Garmin numbers of the Stride exercises that have a Garmin
// equivalent. Every field is required and unknown keys are refused. The category number must
// name the category written beside it in Garmin's FIT profile (the table below); whether each
// exercise id is in the library is checked by load_catalog. docs/formats/fit-workout.md lists
// the mapping.
#include <fmt/format.h>

#include <array>
#include <set>
#include <string_view>

#include "data_header.hpp"
#include "stride/data_files/data_decoders.hpp"
#include "stride/documents/document_reader.hpp"

namespace stride::data_files {

using documents::Field;
using documents::parse_document;
namespace {

constexpr std::size_t kMaximumGarminExercises = 1000;
// The largest exercise_name value of any category in FIT profile 20.88 is below this.
constexpr int kGarminExerciseNameLimit = 1000;

// The FIT profile's exercise_category type: the name of each value from 0 (bench_press) to 32
// (run). 65534 (unknown) is what an exercise without an equivalent gets and is never mapped.
constexpr std::array<std::string_view, 33> kGarminCategoryNames{
    "bench_press",   "calf_raise",     "cardio",      "carry",     "chop",         "core",
    "crunch",        "curl",           "deadlift",    "flye",      "hip_raise",    "hip_stability",
    "hip_swing",     "hyperextension", "lateral_raise", "leg_curl", "leg_raise",   "lunge",
    "olympic_lift",  "plank",          "plyo",        "pull_up",   "push_up",      "row",
    "shoulder_press", "shoulder_stability", "shrug",  "sit_up",    "squat",        "total_body",
    "triceps_extension", "warm_up",    "run"};

core::Result<core::GarminExercise> decode_garmin_exercise(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"exercise", "category", "category_name", "name", "name_text"}));
  core::GarminExercise entry;
  STRIDE_TRY(auto exercise, field.required("exercise"));
  STRIDE_TRY(entry.exercise, exercise.text(100));
  STRIDE_TRY(auto category, field.required("category"));
  STRIDE_TRY(entry.category, category.integer(0, static_cast<int>(kGarminCategoryNames.size()) - 1));
  STRIDE_TRY(auto category_name, field.required("category_name"));
  STRIDE_TRY(entry.category_name, category_name.text(40));
  if (entry.category_name != kGarminCategoryNames[static_cast<std::size_t>(entry.category)]) {
    return std::unexpected(category_name.error(fmt::format("category {} is \"{}\" in the FIT profile, not \"{}\"",
                                                           entry.category, kGarminCategoryNames[static_cast<std::size_t>(entry.category)],
                                                           entry.category_name)));
  }
  STRIDE_TRY(auto name, field.required("name"));
  STRIDE_TRY(entry.name, name.integer(0, kGarminExerciseNameLimit - 1));
  STRIDE_TRY(auto name_text, field.required("name_text"));
  STRIDE_TRY(entry.name_text, name_text.text(80));
  return entry;
}

}  // namespace

core::Result<std::vector<core::GarminExercise>> decode_garmin_exercises(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, source));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "version", "sources", "exercises"}));
  STRIDE_TRY(const int version, detail::decode_rules_header(root, "stride.garmin_exercises.v1"));
  static_cast<void>(version);
  STRIDE_TRY(auto exercises_field, root.required("exercises"));
  STRIDE_TRY(auto items, exercises_field.elements(kMaximumGarminExercises));
  std::vector<core::GarminExercise> entries;
  std::set<std::string> seen;
  for (const auto& item : items) {
    STRIDE_TRY(auto entry, decode_garmin_exercise(item));
    if (!seen.insert(entry.exercise).second) {
      return std::unexpected(item.error(fmt::format("exercise '{}' is mapped twice", entry.exercise)));
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace stride::data_files
