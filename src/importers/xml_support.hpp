#pragma once

// Shared pieces of the GPX and TCX decoders (docs/formats/gpx-tcx.md): loading a document through
// pugixml, matching elements by local name whatever their namespace prefix, reading numbers and
// times from element text, and naming an element by its path for error messages.

#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "stride/core/error.hpp"
#include "stride/importers/activity_files.hpp"

namespace stride::importers::xml {

// The part of a qualified name after its namespace prefix: "ns3:hr" gives "hr", "hr" gives "hr".
[[nodiscard]] std::string_view local_name(const char* qualified_name);

// True when `node` is an element whose local name is exactly `name`.
[[nodiscard]] bool is_element(pugi::xml_node node, std::string_view name);

// True when `node` is an element whose local name equals `name`, ignoring ASCII case.
[[nodiscard]] bool is_element_ignoring_case(pugi::xml_node node, std::string_view name);

// The first child element of `parent` whose local name is exactly `name`; an empty node if none.
[[nodiscard]] pugi::xml_node child_element(pugi::xml_node parent, std::string_view name);

// The node after `node` in document order that still lies inside the subtree of `top` (`top`
// itself included), or an empty node at the end. Walks without recursion, so any depth is safe.
[[nodiscard]] pugi::xml_node next_in_subtree(pugi::xml_node node, pugi::xml_node top);

// The element's first text child with the XML white space at both ends removed; empty if none.
[[nodiscard]] std::string_view trimmed_text(pugi::xml_node element);

// Parses a number as XML Schema writes a decimal or double: an optional sign, digits with an
// optional fraction and exponent, surrounded by optional XML white space. Returns nullopt for
// anything else, including "inf", "nan", hexadecimal and values beyond the range of a double.
[[nodiscard]] std::optional<double> parse_number(std::string_view text);

// The element's path from the root with 1-based positions among same-named siblings, names as
// written in the file: "gpx/trk[1]/trkseg[1]/trkpt[17]". Characters outside printable ASCII
// become '?', so the path is always valid UTF-8.
[[nodiscard]] std::string element_path(pugi::xml_node element);

// `text` quoted for an error message: at most 40 characters, printable ASCII only (others become
// '?'), so a message built from a hostile file stays short and valid UTF-8.
[[nodiscard]] std::string quoted(std::string_view text);

// The closed interval a value must lie in.
struct ValueRange {
  double minimum;
  double maximum;
};

inline constexpr ValueRange kAnyValue{-std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
inline constexpr ValueRange kNonNegative{0.0, std::numeric_limits<double>::max()};
inline constexpr ValueRange kLatitude{-90.0, 90.0};
inline constexpr ValueRange kLongitude{-180.0, 180.0};

// Parses the bytes into `document`. Malformed XML (truncated, unterminated, no root element) is
// an InvalidInput error "malformed XML at byte N: <pugixml's description>".
[[nodiscard]] core::Status load_document(pugi::xml_document& document, Bytes bytes, std::string_view source);

// The document's root element when its local name is `root_name`; otherwise an InvalidInput
// error "not a <format_name> document: the root element is '<name>'".
[[nodiscard]] core::Result<pugi::xml_node> root_element(const pugi::xml_document& document, std::string_view root_name,
                                                        std::string_view format_name, std::string_view source);

// Reads values out of the elements of one document and builds errors that name the file
// (`source`) and the element's path.
class ElementReader {
 public:
  explicit ElementReader(std::string_view source) : source_(source) {}

  // The number in the element's text; core::kMissing when the element is absent or its text is
  // empty. An error when the text is not a number or lies outside `range`.
  [[nodiscard]] core::Result<double> optional_number(pugi::xml_node element, ValueRange range) const;

  // The number in the attribute `name` of `element`, which must be present. An error when it is
  // missing, not a number, or outside `range`.
  [[nodiscard]] core::Result<double> required_attribute_number(pugi::xml_node element, const char* name,
                                                               ValueRange range) const;

  // The ISO 8601 date-time in the element's text as UTC seconds since the epoch; core::kMissing
  // when the element is absent or its text is empty. An error when the text is not a date-time.
  [[nodiscard]] core::Result<double> optional_time(pugi::xml_node element) const;

  // The same for the attribute `name` of `element`; core::kMissing when the attribute is absent.
  [[nodiscard]] core::Result<double> optional_attribute_time(pugi::xml_node element, const char* name) const;

  // An InvalidInput error at the element's path.
  [[nodiscard]] core::Error error_at(pugi::xml_node element, std::string message) const;

  // An InvalidInput error at the path of the element's attribute `name` ("…/trkpt[3]/@lat").
  [[nodiscard]] core::Error error_at_attribute(pugi::xml_node element, const char* name, std::string message) const;

 private:
  [[nodiscard]] core::Result<double> number_in(std::string_view text, ValueRange range, pugi::xml_node element,
                                               const char* attribute) const;
  [[nodiscard]] core::Result<double> time_in(std::string_view text, pugi::xml_node element, const char* attribute) const;

  std::string_view source_;
};

// The summary's sport name for a GPX trk/type or a TCX Activity/@Sport (docs/formats/gpx-tcx.md):
// known spellings of running, cycling, walking, hiking and swimming map to those names (also
// Strava's numeric types "9" for a run and "1" for a ride); any other word is kept in lower case
// with underscores for spaces and hyphens; text that is not a word (digits, symbols, over 40
// characters) becomes "other". nullopt for empty text.
[[nodiscard]] std::optional<std::string> sport_from_text(std::string_view text);

}  // namespace stride::importers::xml
