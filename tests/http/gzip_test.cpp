// gzip of answer bodies: what zlib inflates is the text given, the same text always gives the same
// bytes, and Accept-Encoding is read as RFC 9110 says.
#include <gtest/gtest.h>
#include <zlib.h>

#include "gzip.hpp"

namespace stride::http {
namespace {

std::string inflated(const std::string& compressed, std::size_t size) {
  std::string text(size + 16, '\0');
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  stream.next_out = reinterpret_cast<Bytef*>(text.data());
  stream.avail_out = static_cast<uInt>(text.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  text.resize(stream.total_out);
  inflateEnd(&stream);
  return text;
}

TEST(Gzip, WhatZlibInflatesIsTheTextGiven) {
  std::string text;
  for (int line = 0; line < 5000; ++line) text += R"({"exercise": "split squat", "sets": )" + std::to_string(line % 7) + "}\n";
  for (const std::string& sample : {std::string(), std::string("x"), text}) {
    const std::string compressed = gzip(sample);
    ASSERT_GE(compressed.size(), 18U);  // the header and trailer of a gzip member
    EXPECT_EQ(static_cast<unsigned char>(compressed[0]), 0x1f);
    EXPECT_EQ(static_cast<unsigned char>(compressed[1]), 0x8b);
    EXPECT_EQ(inflated(compressed, sample.size()), sample);
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
