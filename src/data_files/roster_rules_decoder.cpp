// data/rules/roster.json -> service::RosterRules. Every rule is required, as {"value", "source"}
// with the source or rationale written out, and unknown keys are refused (docs/rules-data.md, "The
// roster's rules").
#include <string>
#include <utility>

#include "data_header.hpp"
#include "stride/data_files/data_decoders.hpp"
#include "stride/documents/document_reader.hpp"

namespace stride::data_files {

using documents::Field;
using documents::parse_document;
namespace {

constexpr std::size_t kMaximumSourceCharacters = 500;

// The rule `key` of `root`: {"value": ..., "source": text}, the value read by `read_value`.
template <class ReadValue>
auto decode_roster_rule(const Field& root, const char* key, ReadValue read_value)
    -> decltype(read_value(std::declval<const Field&>())) {
  STRIDE_TRY(auto rule, root.required(key));
  STRIDE_TRY_STATUS(rule.allow_only({"value", "source"}));
  // The source is for people: it must be written out, and is not read further.
  STRIDE_TRY(auto source, rule.required("source"));
  if (auto text = source.text(kMaximumSourceCharacters); !text) return std::unexpected(std::move(text.error()));
  STRIDE_TRY(auto value, rule.required("value"));
  return read_value(value);
}

}  // namespace

core::Result<service::RosterRules> decode_roster_rules(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, source));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "version", "sources", "quiet_days", "missed_sessions_below",
                                     "pain_window_days", "acceptable_pain_maximum"}));
  service::RosterRules rules;
  STRIDE_TRY(rules.version, detail::decode_rules_header(root, "stride.roster_rules.v1"));
  STRIDE_TRY(rules.quiet_days, decode_roster_rule(root, "quiet_days", [](const Field& value) { return value.integer(1, 60); }));
  STRIDE_TRY(rules.missed_sessions_below, decode_roster_rule(root, "missed_sessions_below", [](const Field& value) {
               return value.number(0.01, 1);
             }));
  STRIDE_TRY(rules.pain_window_days,
             decode_roster_rule(root, "pain_window_days", [](const Field& value) { return value.integer(1, 60); }));
  STRIDE_TRY(rules.acceptable_pain_maximum,
             decode_roster_rule(root, "acceptable_pain_maximum", [](const Field& value) { return value.integer(0, 9); }));
  return rules;
}

}  // namespace stride::data_files
