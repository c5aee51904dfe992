#pragma once

// Helpers of the GPX and TCX decoder tests: documents as bytes, and the shared sample files.

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "stride/core/error.hpp"
#include "stride/importers/activity_files.hpp"

namespace stride::testing {

// The bytes of a text, as a decoder takes them.
inline importers::Bytes bytes_of(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// The folder of shared activity-file samples beside the repository (absent in some checkouts).
inline std::filesystem::path shared_activity_files() {
  return std::filesystem::path(STRIDE_SOURCE_DIR) / ".." / "shared" / "activity-files";
}

// The bytes of a shared sample file; nullopt when the file is absent.
inline std::optional<std::vector<std::uint8_t>> read_shared_activity_file(const std::string& name) {
  std::ifstream stream(shared_activity_files() / name, std::ios::binary);
  if (!stream) return std::nullopt;
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
}

// "source: path: message" of a failed decode, or "decoded" when it succeeded, for readable
// expectations on errors.
template <class T>
std::string outcome(const core::Result<T>& result) {
  return result ? std::string("decoded") : result.error().describe();
}

// One row of a table of documents a decoder must refuse, with the whole expected message.
struct XmlErrorCase {
  const char* name;
  std::string document;
  const char* expected;  // Error::describe()
};

inline void PrintTo(const XmlErrorCase& row, std::ostream* out) { *out << row.name; }

// Every prefix of `text` up to its root's end tag must fail as malformed XML with `decode`,
// never decode (half a document is never an activity) and never crash.
template <class Decode>
void expect_every_truncation_malformed(const std::string& text, Decode decode) {
  const std::size_t root_end = text.rfind('>') + 1;
  for (std::size_t length = 0; length < root_end; ++length) {
    const auto activity = decode(text.substr(0, length));
    ASSERT_FALSE(activity) << "a prefix of " << length << " bytes decoded";
    EXPECT_TRUE(activity.error().message.starts_with("malformed XML at byte "))
        << length << " bytes: " << activity.error().describe();
  }
}

}  // namespace stride::testing
