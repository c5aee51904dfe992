// Property tests of the streaming JSON writer: for random nlohmann::ordered_json documents
// (nested and empty objects and arrays, strings with every escape class and random UTF-8 with the
// terminal-unsafe characters, integers up to the 64-bit extremes, doubles of every magnitude and
// the non-finite ones), writing the same values through detail::JsonWriter gives exactly the text
// of detail::dump_document, and text that is not UTF-8 throws the same nlohmann exception.
// RC_PARAMS="max_success=3000" runs more cases.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "json_text.hpp"
#include "json_writer.hpp"
#include "stride/json/output_encoders.hpp"

namespace stride::json {
namespace {

using Json = nlohmann::ordered_json;

// The writer's calls for a document: what an encoder would call to write the same values.
void write(detail::JsonWriter& out, const Json& value) {
  switch (value.type()) {
    case Json::value_t::object:
      out.begin_object();
      for (const auto& [name, member] : value.items()) {
        out.key_text(name);
        write(out, member);
      }
      out.end_object();
      break;
    case Json::value_t::array:
      out.begin_array();
      for (const auto& element : value) write(out, element);
      out.end_array();
      break;
    case Json::value_t::string: out.string(value.get_ref<const std::string&>()); break;
    case Json::value_t::boolean: out.boolean(value.get<bool>()); break;
    case Json::value_t::number_integer: out.integer(value.get<std::int64_t>()); break;
    case Json::value_t::number_unsigned: out.unsigned_integer(value.get<std::uint64_t>()); break;
    case Json::value_t::number_float: out.number(value.get<double>()); break;
    default: out.null(); break;
  }
}

std::string written(const Json& document) {
  detail::JsonWriter out;
  write(out, document);
  return out.finish();
}

// The same in the compact layout of the stored documents.
std::string written_compact(const Json& document) {
  detail::JsonWriter out(0, json_writer::Layout::Compact);
  write(out, document);
  return out.finish();
}

// The UTF-8 bytes of a code point (no surrogates).
std::string utf8(char32_t code_point) {
  std::string bytes;
  if (code_point < 0x80) {
    bytes.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    bytes.push_back(static_cast<char>(0xC0U | (code_point >> 6U)));
    bytes.push_back(static_cast<char>(0x80U | (code_point & 0x3FU)));
  } else if (code_point < 0x10000) {
    bytes.push_back(static_cast<char>(0xE0U | (code_point >> 12U)));
    bytes.push_back(static_cast<char>(0x80U | ((code_point >> 6U) & 0x3FU)));
    bytes.push_back(static_cast<char>(0x80U | (code_point & 0x3FU)));
  } else {
    bytes.push_back(static_cast<char>(0xF0U | (code_point >> 18U)));
    bytes.push_back(static_cast<char>(0x80U | ((code_point >> 12U) & 0x3FU)));
    bytes.push_back(static_cast<char>(0x80U | ((code_point >> 6U) & 0x3FU)));
    bytes.push_back(static_cast<char>(0x80U | (code_point & 0x3FU)));
  }
  return bytes;
}

// One character of a string: plain ASCII, every escape class, the unsafe characters and their
// neighbours, and any valid code point of 1 to 4 bytes.
rc::Gen<std::string> character() {
  const std::vector<char32_t> unsafe_and_neighbours{
      0x7E,   0x7F,   0x80,   0x85,   0x9F,   0xA0,   0x061B, 0x061C, 0x061D, 0x200D, 0x200E, 0x200F, 0x2010,
      0x2027, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x202F, 0x2065, 0x2066, 0x2067, 0x2068,
      0x2069, 0x206A, 0xFEFF, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
  return rc::gen::weightedOneOf<std::string>({
      {6, rc::gen::map(rc::gen::inRange<int>(0x20, 0x7F), [](int byte) { return std::string(1, static_cast<char>(byte)); })},
      {3, rc::gen::map(rc::gen::inRange<int>(0x00, 0x20), [](int byte) { return std::string(1, static_cast<char>(byte)); })},
      {2, rc::gen::element<std::string>("\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", std::string(1, '\0'))},
      {3, rc::gen::map(rc::gen::elementOf(unsafe_and_neighbours), utf8)},
      {3, rc::gen::map(rc::gen::inRange<std::uint32_t>(0x80, 0x110000),
                       [](std::uint32_t code_point) {
                         return utf8(code_point >= 0xD800 && code_point <= 0xDFFF ? 0xFFFD : code_point);
                       })},
  });
}

rc::Gen<std::string> text() {
  return rc::gen::map(rc::gen::container<std::vector<std::string>>(character()), [](const std::vector<std::string>& parts) {
    std::string joined;
    for (const auto& part : parts) joined += part;
    return joined;
  });
}

rc::Gen<double> any_double() {
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  return rc::gen::oneOf(
      rc::gen::arbitrary<double>(),
      // Every bit pattern: every magnitude, subnormals, NaNs.
      rc::gen::map(rc::gen::arbitrary<std::uint64_t>(), [](std::uint64_t bits) { return std::bit_cast<double>(bits); }),
      rc::gen::element(0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e-4, 1e-5, 1e15, 1e16, 1e17, 1e21, 1e22, 123456789012345678.0,
                       std::numeric_limits<double>::min(), std::numeric_limits<double>::denorm_min(),
                       std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                       std::numeric_limits<double>::epsilon(), std::numeric_limits<double>::quiet_NaN(), kInfinity,
                       -kInfinity),
      // Integral values, and the thousandths the encoders write.
      rc::gen::map(rc::gen::arbitrary<std::int64_t>(), [](std::int64_t whole) { return static_cast<double>(whole); }),
      rc::gen::map(rc::gen::arbitrary<std::int32_t>(), [](std::int32_t thousandths) { return thousandths / 1000.0; }));
}

Json scalar() {
  switch (*rc::gen::inRange(0, 8)) {
    case 0: return nullptr;
    case 1: return *rc::gen::arbitrary<bool>();
    case 2: return *rc::gen::arbitrary<std::int64_t>();
    case 3:
      return *rc::gen::element(std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(),
                               std::int64_t{0}, std::int64_t{-1}, std::int64_t{10}, std::int64_t{-10});
    case 4: return *rc::gen::arbitrary<std::uint64_t>();
    case 5: return *rc::gen::element(std::numeric_limits<std::uint64_t>::max(), std::uint64_t{0});
    case 6: return *any_double();
    default: return *text();
  }
}

Json document(int depth) {
  const int kind = depth > 0 ? *rc::gen::inRange(0, 4) : 3;
  if (kind == 0) {
    Json object = Json::object();
    const int members = *rc::gen::inRange(0, 5);
    for (int index = 0; index < members; ++index) object[*text()] = document(depth - 1);
    return object;
  }
  if (kind == 1) {
    Json array = Json::array();
    const int elements = *rc::gen::inRange(0, 5);
    for (int index = 0; index < elements; ++index) array.push_back(document(depth - 1));
    return array;
  }
  return scalar();
}

RC_GTEST_PROP(JsonWriterProperties, WritesTheTextOfDumpDocument, ()) {
  const Json value = document(*rc::gen::inRange(0, 6));
  RC_ASSERT(written(value) == detail::dump_document(value));
}

// The compact layout writes nlohmann's own dump(), with no escapes of its own (DEL and the
// terminal-unsafe characters as they are).
RC_GTEST_PROP(JsonWriterProperties, CompactWritesTheTextOfDump, ()) {
  const Json value = document(*rc::gen::inRange(0, 6));
  RC_ASSERT(written_compact(value) == value.dump());
}

// Text with every byte that is not part of well-formed UTF-8 replaced: valid UTF-8 that the
// writer takes, the same text when it was valid already.
RC_GTEST_PROP(JsonWriterProperties, ReplacingInvalidBytesGivesTextTheWriterTakes, ()) {
  const auto bytes = *rc::gen::container<std::vector<std::uint8_t>>(rc::gen::arbitrary<std::uint8_t>());
  const std::string raw(bytes.begin(), bytes.end());
  const std::string replaced = json_writer::with_invalid_bytes_replaced(raw);
  RC_ASSERT(written_compact(Json(replaced)) == Json(replaced).dump());
  bool valid = true;
  try {
    static_cast<void>(Json(raw).dump());
  } catch (const nlohmann::json::type_error&) {
    valid = false;
  }
  RC_ASSERT(valid == (replaced == raw));
}

// Strings of arbitrary bytes, most of them not UTF-8: the writer throws what dump throws, or
// writes the same text.
RC_GTEST_PROP(JsonWriterProperties, RejectsInvalidUtf8AsNlohmannDoes, ()) {
  const auto bytes = *rc::gen::container<std::vector<std::uint8_t>>(rc::gen::arbitrary<std::uint8_t>());
  const std::string raw(bytes.begin(), bytes.end());
  const Json value = *rc::gen::arbitrary<bool>() ? Json{{"name", raw}} : Json{{raw, 1}};
  std::string expected;
  try {
    expected = detail::dump_document(value);
  } catch (const nlohmann::json::type_error& error) {
    expected = std::string("threw: ") + error.what();
  }
  std::string actual;
  try {
    actual = written(value);
  } catch (const nlohmann::json::type_error& error) {
    actual = std::string("threw: ") + error.what();
  }
  RC_ASSERT(actual == expected);
}

// JsonWriter::rounded(x) writes what number(round_to_thousandths(x)) writes.
RC_GTEST_PROP(JsonWriterProperties, RoundedWritesTheRoundedNumber, ()) {
  const double value = *rc::gen::oneOf(
      any_double(),
      rc::gen::map(rc::gen::arbitrary<std::int64_t>(),
                   [](std::int64_t bits) { return static_cast<double>(bits % 1'000'000'000'000'000'000) / 1e6; }),
      // Halves of a thousandth and their neighbours, where the rounding direction matters.
      rc::gen::map(rc::gen::pair(rc::gen::arbitrary<std::int32_t>(), rc::gen::inRange(-1, 2)),
                   [](const std::pair<std::int32_t, int>& half) {
                     const double middle = (half.first + 0.5) / 1000.0;
                     return half.second == 0 ? middle : std::nextafter(middle, half.second * 1e300);
                   }),
      // Around 10^11, where the writer turns to nlohmann's general path.
      rc::gen::map(rc::gen::inRange(-2000, 2000), [](int step) { return 1e11 + step * 0.0004; }));
  detail::JsonWriter out;
  out.rounded(value);
  RC_ASSERT(out.finish() == detail::dump_document(Json(round_to_thousandths(value))));
}

// Every number of thousandths up to ±1,000,000 (±1,000.0), the range of most computed values.
TEST(JsonWriter, RoundedMatchesNlohmannForEveryThousandthUpToOneThousand) {
  for (std::int64_t thousandths = -1'000'000; thousandths <= 1'000'000; ++thousandths) {
    const double value = static_cast<double>(thousandths) / 1000.0;
    detail::JsonWriter out;
    out.rounded(value);
    const std::string expected = Json(round_to_thousandths(value)).dump() + "\n";
    ASSERT_EQ(out.finish(), expected) << thousandths;
  }
}

TEST(JsonWriter, WritesValuesChosenByType) {
  detail::JsonWriter out;
  out.begin_object();
  out.member("text", std::string("a\tb"));
  out.member("literal", "x");
  out.member("count", std::size_t{3});
  out.member("negative", -4);
  out.member("fraction", 0.25);
  out.member("flag", false);
  out.member("none", std::optional<int>());
  out.member("some", std::optional<std::string>("y"));
  out.member("empty", std::vector<std::string>());
  out.member("list", std::vector<int>{1, 2});
  out.member("nothing", nullptr);
  out.end_object();
  const Json expected = {{"text", "a\tb"},  {"literal", "x"},          {"count", 3},          {"negative", -4},
                         {"fraction", 0.25}, {"flag", false},          {"none", nullptr},     {"some", "y"},
                         {"empty", Json::array()}, {"list", {1, 2}}, {"nothing", nullptr}};
  EXPECT_EQ(out.finish(), detail::dump_document(expected));
}

TEST(JsonWriter, WritesEmptyContainersAndScalarsAtTheTop) {
  for (const Json& value : {Json::object(), Json::array(), Json(nullptr), Json("x"), Json(1.5),
                            Json{{"a", Json::object()}, {"b", Json::array()}}, Json::array({Json::array(), Json::object()})}) {
    EXPECT_EQ(written(value), detail::dump_document(value)) << value.dump();
  }
}

// Deeper than the writer's one-copy indentation (seven levels), objects and arrays in turn.
TEST(JsonWriter, WritesDeeplyNestedDocuments) {
  Json value = Json{{"leaf", Json::array({1, "x", Json::object()})}};
  for (int depth = 0; depth < 40; ++depth) {
    value = depth % 2 == 0 ? Json::array({value, depth}) : Json{{"level", depth}, {"inner", value}};
    EXPECT_EQ(written(value), detail::dump_document(value)) << depth;
  }
}

}  // namespace
}  // namespace stride::json
