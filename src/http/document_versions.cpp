#include "document_versions.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdint>

#include "media_type.hpp"

namespace stride::http {

std::string content_entity_tag(std::string_view kind, std::string_view encoded) {
  // FNV-1a, 64 bits (offset basis and prime of the published algorithm).
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char byte : encoded) {
    hash ^= static_cast<unsigned char>(byte);
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("\"{}-{:016x}\"", kind, hash);
}

core::Result<std::optional<std::string>> expected_tag(const Request& request, std::string_view kind) {
  const auto header = request.header("if-match");
  if (!header) return std::optional<std::string>();
  const std::string_view value = trimmed_spaces(*header);
  if (value == "*") return std::optional<std::string>();
  const std::string prefix = fmt::format("\"{}-", kind);
  const bool hex = value.size() == prefix.size() + 17 && value.starts_with(prefix) && value.ends_with('"') &&
                   value.substr(prefix.size(), 16).find_first_not_of("0123456789abcdef") == std::string_view::npos;
  if (!hex) {
    auto error = core::make_error(core::ErrorCode::InvalidInput,
                                  fmt::format("expected one entity tag of the {} as its ETag gives it, or *; got {}",
                                              kind, value.substr(0, 60)));
    error.path = "If-Match";  // the header, named as sent
    return std::unexpected(std::move(error));
  }
  return std::optional<std::string>(std::string(value));
}

Response version_conflict_response(const core::Error& error, const std::optional<std::string>& current_tag) {
  Response response = error_response(error);
  auto document = nlohmann::ordered_json::parse(response.body);
  document["current"] = {{"version", current_tag ? nlohmann::ordered_json(*current_tag) : nlohmann::ordered_json(nullptr)}};
  response.body = document.dump() + "\n";
  if (current_tag) response.set_header("ETag", *current_tag);
  return response;
}

}  // namespace stride::http
