#include "stride/importers/activity_files.hpp"

#include <algorithm>
#include <string>

namespace stride::importers {
namespace {

bool has_fit_signature(Bytes bytes) {
  return bytes.size() >= 12 && bytes[8] == '.' && bytes[9] == 'F' && bytes[10] == 'I' && bytes[11] == 'T';
}

// True when the XML text's first element (after the declaration, comments and whitespace) is
// named `root`, with or without a namespace prefix.
bool xml_root_is(Bytes bytes, std::string_view root) {
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), std::min<std::size_t>(bytes.size(), 4096));
  std::size_t position = 0;
  while ((position = text.find('<', position)) != std::string_view::npos) {
    ++position;
    if (position >= text.size()) return false;
    if (text[position] == '?' || text[position] == '!') continue;
    std::size_t end = position;
    while (end < text.size() && text[end] != ' ' && text[end] != '>' && text[end] != '/' && text[end] != '\t' &&
           text[end] != '\r' && text[end] != '\n') {
      ++end;
    }
    std::string_view name = text.substr(position, end - position);
    if (const auto colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
    return name == root;
  }
  return false;
}

}  // namespace

core::Result<core::RecordedActivity> decode_activity_file(Bytes bytes, std::string_view source) {
  if (has_fit_signature(bytes)) return decode_fit(bytes, source);
  if (xml_root_is(bytes, "gpx")) return decode_gpx(bytes, source);
  if (xml_root_is(bytes, "TrainingCenterDatabase")) return decode_tcx(bytes, source);
  return std::unexpected(core::invalid_input(
      std::string(source), "", "not an activity file: neither a FIT file (no \".FIT\" signature at byte 8) nor a GPX or TCX document"));
}

}  // namespace stride::importers
