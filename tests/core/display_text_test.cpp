// Table tests of the characters a name may not hold (control and bidirectional formatting
// characters) and of how stored text holding them is neutralised for display.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "stride/core/display_text.hpp"

namespace stride::core {
namespace {

struct TextCase {
  const char* name;
  std::string text;
  std::optional<char32_t> unsafe;  // the first unsafe character, if any
  std::size_t position;            // its position in characters, from 1
  std::string shown;               // neutralised(text)
};

class DisplayTextTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(DisplayTextTest, FindsTheFirstUnsafeCharacterAndNeutralisesEveryOne) {
  const auto found = find_unsafe_character(GetParam().text);
  ASSERT_EQ(found.has_value(), GetParam().unsafe.has_value());
  if (found) {
    EXPECT_EQ(found->code_point, *GetParam().unsafe);
    EXPECT_EQ(found->position, GetParam().position);
  }
  EXPECT_EQ(neutralised(GetParam().text), GetParam().shown);
  EXPECT_FALSE(find_unsafe_character(neutralised(GetParam().text))) << "neutralised text is safe";
}

const std::string kBox = "\xEF\xBF\xBD";  // U+FFFD

INSTANTIATE_TEST_SUITE_P(
    Table, DisplayTextTest,
    ::testing::Values(
        TextCase{"latin", "Zoë O'Neil", std::nullopt, 0, "Zoë O'Neil"},
        TextCase{"chinese", "张伟", std::nullopt, 0, "张伟"},
        TextCase{"arabic", "ليلى", std::nullopt, 0, "ليلى"},
        TextCase{"emoji_and_combining_mark", "Zoe\xCC\x88 🏃", std::nullopt, 0, "Zoe\xCC\x88 🏃"},
        TextCase{"line_feed", "Ana\nBob", U'\n', 4, "Ana" + kBox + "Bob"},
        TextCase{"escape_sequence", "Ana\x1B[31m", U'\x1B', 4, "Ana" + kBox + "[31m"},
        TextCase{"delete", "Ana\x7F", U'\x7F', 4, "Ana" + kBox},
        TextCase{"c1_control", "Ana\xC2\x85", char32_t{0x85}, 4, "Ana" + kBox},
        TextCase{"right_to_left_override", "Ana\xE2\x80\xAEgpj.exe", char32_t{0x202E}, 4, "Ana" + kBox + "gpj.exe"},
        TextCase{"left_to_right_embedding", "\xE2\x80\xAA" "Ana", char32_t{0x202A}, 1, kBox + "Ana"},
        TextCase{"first_strong_isolate", "Ana \xE2\x81\xA8x\xE2\x81\xA9", char32_t{0x2068}, 5, "Ana " + kBox + "x" + kBox},
        TextCase{"right_to_left_mark", "ليلى\xE2\x80\x8F", char32_t{0x200F}, 5, "ليلى" + kBox},
        TextCase{"left_to_right_mark", "\xE2\x80\x8E" "Ana", char32_t{0x200E}, 1, kBox + "Ana"},
        TextCase{"line_separator", "Ana\xE2\x80\xA8", char32_t{0x2028}, 4, "Ana" + kBox},
        TextCase{"invalid_utf8", "Ana\xFF", char32_t{0xFFFD}, 4, "Ana" + kBox},
        TextCase{"cut_sequence", "Ana\xE5\xBC", char32_t{0xFFFD}, 4, "Ana" + kBox + kBox}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

TEST(DescribeCodePoint, NamesWhatAMessageShows) {
  EXPECT_EQ(describe_code_point(0x202E), "U+202E (right-to-left override)");
  EXPECT_EQ(describe_code_point(0x0A), "U+000A (line feed)");
  EXPECT_EQ(describe_code_point(0x85), "U+0085 (control character)");
  EXPECT_EQ(describe_code_point(0x4E2D), "U+4E2D");
}

}  // namespace
}  // namespace stride::core
