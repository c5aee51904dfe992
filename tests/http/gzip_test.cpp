// gzip of answer bodies: what zlib inflates is the text given, the same text always gives the same
// bytes, and Accept-Encoding is read as RFC 9110 says.
#include <gtest/gtest.h>

#include "gunzip.hpp"
#include "gzip.hpp"

namespace stride::http {
namespace {

TEST(Gzip, WhatZlibInflatesIsTheTextGiven) {
  std::string text;
  for (int line = 0; line < 5000; ++line) text += R"({"exercise": "split squat", "sets": )" + std::to_string(line % 7) + "}\n";
  for (const std::string& sample : {std::string(), std::string("x"), text}) {
    const std::string compressed = gzip(sample);
    ASSERT_GE(compressed.size(), 18U);  // the header and trailer of a gzip member
    EXPECT_EQ(static_cast<unsigned char>(compressed[0]), 0x1f);
    EXPECT_EQ(static_cast<unsigned char>(compressed[1]), 0x8b);
    EXPECT_EQ(testing::gunzipped(compressed), sample);
    EXPECT_EQ(gzip(sample), compressed);
  }
  EXPECT_LT(gzip(text).size(), text.size() / 10);
}

TEST(Gzip, AcceptEncodingIsReadWithItsWeights) {
  struct Case {
    std::string header;
    bool accepts;
  };
  const std::vector<Case> cases{
      {"gzip", true},
      {"gzip, deflate, br", true},
      {"GZIP", true},
      {"x-gzip", true},
      {"br;q=1.0, gzip;q=0.8, *;q=0.1", true},
      {" deflate ,  gzip ; q=0.5 ", true},
      {"*", true},
      {"", false},
      {"identity", false},
      {"br, deflate", false},
      {"gzip;q=0", false},
      {"gzip;q=0.000", false},
      {"gzip;q=0, *", false},
      {"*;q=0", false},
      {"*;q=0.3, gzip;q=0", false},
      {"gzip;q=nonsense", false},
      {"gzipped", false},
  };
  for (const auto& [header, accepts] : cases) EXPECT_EQ(accepts_gzip(header), accepts) << '"' << header << '"';
}

}  // namespace
}  // namespace stride::http
