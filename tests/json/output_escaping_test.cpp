// The JSON outputs keep a name as stored but write its control and bidirectional-formatting
// characters as \uXXXX escapes, so the document reads back to the same name while its bytes can
// neither break a line nor turn the text around them on a terminal.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "example_files.hpp"
#include "stride/json/output_encoders.hpp"
#include "test_catalog.hpp"

namespace stride::json {
namespace {

struct EscapeCase {
  const char* name;
  std::string athlete;
  const char* written;  // how the name stands in the document
};

class OutputEscapingTest : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(OutputEscapingTest, WritesTheNameAsStoredWithEscapes) {
  core::Plan plan;
  plan.athlete = GetParam().athlete;
  plan.start = testing::calendar_date(2026, 11, 23);
  plan.end = plan.start;
  const std::string document = encode_plan(plan, testing::shipped_catalog());
  EXPECT_NE(document.find(std::string("\"athlete\": \"") + GetParam().written + "\""), std::string::npos) << document;
  EXPECT_EQ(nlohmann::json::parse(document)["athlete"].get<std::string>(), GetParam().athlete);
}

INSTANTIATE_TEST_SUITE_P(
    Table, OutputEscapingTest,
    ::testing::Values(EscapeCase{"plain", "Zoë 张伟 ليلى", "Zoë 张伟 ليلى"},
                      EscapeCase{"right_to_left_override", "Ana\xE2\x80\xAEgpj", "Ana\\u202egpj"},
                      EscapeCase{"isolates", "\xE2\x81\xA6" "Ana\xE2\x81\xA9", "\\u2066Ana\\u2069"},
                      EscapeCase{"marks", "Ana\xE2\x80\x8E\xE2\x80\x8F\xD8\x9C", "Ana\\u200e\\u200f\\u061c"},
                      EscapeCase{"line_separator", "Ana\xE2\x80\xA8", "Ana\\u2028"},
                      EscapeCase{"c1_and_delete", "Ana\xC2\x85\x7F", "Ana\\u0085\\u007f"},
                      EscapeCase{"c0_controls", "Ana\n\x1B[2J", "Ana\\n\\u001b[2J"}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

}  // namespace
}  // namespace stride::json
