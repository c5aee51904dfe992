#include "stride/data_files/data_decoders.hpp"

#include <fmt/format.h>

#include <map>

#include "data_header.hpp"
#include "stride/documents/document_reader.hpp"

namespace stride::data_files {

using documents::Field;
using documents::parse_document;
namespace {

using core::Result;

constexpr std::size_t kMaximumEntries = 2000;
constexpr std::size_t kMaximumListSize = 64;

Result<std::optional<std::string>> optional_id(const Field& field, std::string_view key) {
  STRIDE_TRY(auto value, field.optional(key));
  if (!value) return std::optional<std::string>{};
  STRIDE_TRY(auto text, value->text(120));
  return std::optional<std::string>{text};
}

Result<core::Exercise> decode_exercise(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"id", "name", "aliases", "pattern", "muscles", "equipment", "unilateral", "impact",
                                      "level", "regression", "progression", "measure", "cues", "avoid_with", "tags",
                                      "description"}));
  core::Exercise exercise;
  exercise.source = field.source();
  STRIDE_TRY(auto id, field.required("id"));
  STRIDE_TRY(exercise.id, id.text(120));
  STRIDE_TRY(auto name, field.required("name"));
  STRIDE_TRY(exercise.name, name.text(200));
  STRIDE_TRY(auto aliases, field.optional("aliases"));
  if (aliases) {
    STRIDE_TRY(exercise.aliases, aliases->strings(kMaximumListSize));
  }
  STRIDE_TRY(auto pattern, field.required("pattern"));
  STRIDE_TRY(exercise.pattern, pattern.enumeration<core::Pattern>());
  STRIDE_TRY(auto muscles, field.required("muscles"));
  STRIDE_TRY_STATUS(muscles.allow_only({"primary", "secondary"}));
  STRIDE_TRY(auto primary, muscles.required("primary"));
  STRIDE_TRY(exercise.primary_muscles, primary.strings(kMaximumListSize));
  STRIDE_TRY(auto secondary, muscles.optional("secondary"));
  if (secondary) {
    STRIDE_TRY(exercise.secondary_muscles, secondary->strings(kMaximumListSize));
  }
  STRIDE_TRY(auto equipment, field.required("equipment"));
  STRIDE_TRY(auto equipment_list, equipment.enumerations<core::Equipment>(kMaximumListSize));
  exercise.equipment.insert(equipment_list.begin(), equipment_list.end());
  STRIDE_TRY(auto unilateral, field.required("unilateral"));
  STRIDE_TRY(exercise.unilateral, unilateral.boolean());
  STRIDE_TRY(auto impact, field.required("impact"));
  STRIDE_TRY(exercise.impact, impact.enumeration<core::Impact>());
  STRIDE_TRY(auto level, field.required("level"));
  STRIDE_TRY(exercise.level, level.integer(1, 5));
  STRIDE_TRY(exercise.regression, optional_id(field, "regression"));
  STRIDE_TRY(exercise.progression, optional_id(field, "progression"));
  STRIDE_TRY(auto measure, field.required("measure"));
  STRIDE_TRY(exercise.measure, measure.enumeration<core::Measure>());
  STRIDE_TRY(auto cues, field.required("cues"));
  STRIDE_TRY(exercise.cues, cues.strings(kMaximumListSize));
  STRIDE_TRY(auto avoid, field.required("avoid_with"));
  STRIDE_TRY(auto regions, avoid.enumerations<core::InjuryRegion>(kMaximumListSize));
  exercise.avoid_with.insert(regions.begin(), regions.end());
  STRIDE_TRY(auto tags, field.optional("tags"));
  if (tags) {
    STRIDE_TRY(auto list, tags->enumerations<core::ExerciseTag>(kMaximumListSize));
    exercise.tags.insert(list.begin(), list.end());
  }
  STRIDE_TRY(auto description, field.required("description"));
  STRIDE_TRY(exercise.description, description.text(1000));
  return exercise;
}

Result<core::MuscleImbalance> decode_imbalance(const Field& field) {
  core::MuscleImbalance imbalance;
  STRIDE_TRY(auto overactive, field.required("overactive"));
  STRIDE_TRY(imbalance.overactive, overactive.strings(kMaximumListSize));
  STRIDE_TRY(auto underactive, field.required("underactive"));
  STRIDE_TRY(imbalance.underactive, underactive.strings(kMaximumListSize));
  return imbalance;
}

Result<core::CompensationRule> decode_rule(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"test", "compensation", "overactive", "underactive", "opposite_side", "integrate",
                                      "source", "evidence"}));
  core::CompensationRule rule;
  STRIDE_TRY(auto test, field.required("test"));
  STRIDE_TRY(rule.test, test.enumeration<core::MovementTest>());
  STRIDE_TRY(auto compensation, field.required("compensation"));
  STRIDE_TRY(rule.compensation, compensation.enumeration<core::Compensation>());
  STRIDE_TRY(rule.same_side, decode_imbalance(field));
  STRIDE_TRY(auto opposite, field.optional("opposite_side"));
  if (opposite) {
    STRIDE_TRY_STATUS(opposite->allow_only({"overactive", "underactive"}));
    STRIDE_TRY(rule.opposite_side, decode_imbalance(*opposite));
  }
  STRIDE_TRY(auto integrate, field.required("integrate"));
  STRIDE_TRY(rule.integrate, integrate.strings(kMaximumListSize));
  STRIDE_TRY(auto source, field.required("source"));
  STRIDE_TRY(rule.source, source.text(500));
  STRIDE_TRY(auto evidence, field.required("evidence"));
  STRIDE_TRY(rule.evidence, evidence.text(20));
  return rule;
}

}  // namespace

Result<core::MuscleVocabulary> decode_muscles(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, std::move(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "version", "source", "groups", "ungrouped", "plain_names"}));
  STRIDE_TRY_STATUS(detail::expect_schema(root, "stride.muscles.v1"));
  std::vector<core::MuscleVocabulary::Group> groups;
  STRIDE_TRY(auto groups_field, root.required("groups"));
  STRIDE_TRY(auto group_members, groups_field.members());
  for (const auto& [id, members] : group_members) {
    STRIDE_TRY(auto list, members.strings(kMaximumListSize));
    groups.push_back({std::string(id), std::move(list)});
  }
  STRIDE_TRY(auto ungrouped_field, root.required("ungrouped"));
  STRIDE_TRY(auto ungrouped, ungrouped_field.strings(kMaximumListSize));
  std::map<std::string, std::string> plain_names;
  STRIDE_TRY(auto names_field, root.optional("plain_names"));
  if (names_field) {
    STRIDE_TRY(auto names, names_field->members());
    for (const auto& [id, name] : names) {
      STRIDE_TRY(plain_names[std::string(id)], name.text(120));
    }
  }
  return core::MuscleVocabulary::create(std::move(groups), std::move(ungrouped), std::move(plain_names));
}

Result<std::vector<core::Exercise>> decode_exercise_file(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, std::move(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "exercises"}));
  STRIDE_TRY_STATUS(detail::expect_schema(root, "stride.exercise_file.v1"));
  STRIDE_TRY(auto list_field, root.required("exercises"));
  STRIDE_TRY(auto list, list_field.elements(kMaximumEntries));
  std::vector<core::Exercise> exercises;
  for (const auto& item : list) {
    STRIDE_TRY(auto exercise, decode_exercise(item));
    exercises.push_back(std::move(exercise));
  }
  return exercises;
}

Result<std::vector<core::CompensationWording>> decode_compensation_wording(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, std::move(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "version", "compensations"}));
  STRIDE_TRY_STATUS(detail::expect_schema(root, "stride.compensation_wording.v1"));
  STRIDE_TRY(auto list_field, root.required("compensations"));
  STRIDE_TRY(auto list, list_field.elements(kMaximumEntries));
  std::vector<core::CompensationWording> wording;
  for (const auto& item : list) {
    STRIDE_TRY_STATUS(item.allow_only({"test", "compensation", "title", "seen"}));
    core::CompensationWording entry;
    STRIDE_TRY(auto test, item.required("test"));
    STRIDE_TRY(entry.test, test.enumeration<core::MovementTest>());
    STRIDE_TRY(auto compensation, item.required("compensation"));
    STRIDE_TRY(entry.compensation, compensation.enumeration<core::Compensation>());
    STRIDE_TRY(auto title, item.required("title"));
    STRIDE_TRY(entry.title, title.text(120));
    STRIDE_TRY(auto seen, item.required("seen"));
    STRIDE_TRY(entry.seen, seen.text(300));
    wording.push_back(std::move(entry));
  }
  return wording;
}

Result<core::CompensationTable> decode_compensation_table(std::string_view text, std::string source,
                                                          std::vector<core::CompensationWording> wording,
                                                          const core::MuscleVocabulary& muscles,
                                                          const core::ExerciseLibrary& library) {
  STRIDE_TRY(auto document, parse_document(text, std::move(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "id", "version", "title", "sources", "notes", "rules"}));
  STRIDE_TRY_STATUS(detail::expect_schema(root, "stride.compensation_table.v1"));
  core::CompensationTable::Header header;
  STRIDE_TRY(auto id, root.required("id"));
  STRIDE_TRY(header.id, id.text(60));
  STRIDE_TRY(auto version, root.required("version"));
  STRIDE_TRY(header.version, version.integer(1, 1000));
  STRIDE_TRY(auto title, root.required("title"));
  STRIDE_TRY(header.title, title.text(300));
  STRIDE_TRY(auto sources, root.required("sources"));
  STRIDE_TRY(header.sources, sources.strings(kMaximumListSize));
  STRIDE_TRY(auto rules_field, root.required("rules"));
  STRIDE_TRY(auto rule_fields, rules_field.elements(kMaximumEntries));
  std::vector<core::CompensationRule> rules;
  for (const auto& item : rule_fields) {
    STRIDE_TRY(auto rule, decode_rule(item));
    rules.push_back(std::move(rule));
  }
  return core::CompensationTable::create(std::move(header), std::move(rules), std::move(wording), muscles, library);
}

}  // namespace stride::data_files
