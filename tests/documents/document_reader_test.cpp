// Field paths: spelled out on demand from the value's place in the document, exactly as the
// error messages show them.
#include <gtest/gtest.h>

#include "stride/documents/document_reader.hpp"

namespace stride::documents {
namespace {

constexpr const char* kDocument = R"({
  "plain": {"a_1": [1, 1, {"x": 1}]},
  "two words": {"key.with\"quote": 1},
  "same": 1
})";

TEST(FieldPath, NamesEveryStepFromTheRoot) {
  auto document = parse_document(kDocument, "doc.json");
  ASSERT_TRUE(document) << document.error().describe();
  const Field root = Field::root(*document);
  EXPECT_EQ(root.path(), "$");
  auto plain = root.required("plain");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->path(), "$.plain");
  auto list = plain->required("a_1");
  ASSERT_TRUE(list);
  auto items = list->elements(10);
  ASSERT_TRUE(items);
  // Equal values at different places keep their own paths.
  EXPECT_EQ((*items)[0].path(), "$.plain.a_1[0]");
  EXPECT_EQ((*items)[1].path(), "$.plain.a_1[1]");
  auto x = (*items)[2].required("x");
  ASSERT_TRUE(x);
  EXPECT_EQ(x->path(), "$.plain.a_1[2].x");
  auto same = root.required("same");
  ASSERT_TRUE(same);
  EXPECT_EQ(same->path(), "$.same");
}

TEST(FieldPath, QuotesKeysThatAreNotPlainWords) {
  auto document = parse_document(kDocument, "doc.json");
  ASSERT_TRUE(document);
  const Field root = Field::root(*document);
  auto members = root.members();
  ASSERT_TRUE(members);
  ASSERT_EQ(members->size(), 3u);
  EXPECT_EQ((*members)[1].first, "two words");
  auto inner = (*members)[1].second.members();
  ASSERT_TRUE(inner);
  EXPECT_EQ((*inner)[0].second.path(), R"($["two words"]["key.with\"quote"])");
  EXPECT_EQ((*inner)[0].second.error("bad").describe(),
            core::invalid_input("doc.json", R"($["two words"]["key.with\"quote"])", "bad").describe());
}

TEST(FieldPath, ErrorsNameTheMissingOrUnknownMember) {
  auto document = parse_document(kDocument, "doc.json");
  ASSERT_TRUE(document);
  const Field root = Field::root(*document);
  auto plain = root.required("plain");
  ASSERT_TRUE(plain);
  auto missing = plain->required("gone");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().describe(), core::invalid_input("doc.json", "$.plain.gone", "required field is missing").describe());
  auto unknown = root.allow_only({"plain", "same"});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().describe(),
            core::invalid_input("doc.json", R"($["two words"])", "unknown field; expected one of plain, same").describe());
  auto not_object = root.required("same");
  ASSERT_TRUE(not_object);
  auto members = not_object->members();
  ASSERT_FALSE(members);
  EXPECT_EQ(members.error().describe(),
            core::invalid_input("doc.json", "$.same", "expected an object, found a number").describe());
}

}  // namespace
}  // namespace stride::documents
