#include "stride/http/web_app.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <string_view>
#include <system_error>
#include <utility>

#include "answer_cache.hpp"

namespace stride::http {
namespace {

namespace fs = std::filesystem;

std::string_view content_type_for(const fs::path& file) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kTypes{{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
  }};
  const std::string extension = file.extension().string();
  for (const auto& [suffix, type] : kTypes) {
    if (extension == suffix) return type;
  }
  return "application/octet-stream";
}

// Below this size gzip's header and trailer outweigh what it saves.
constexpr std::size_t kSmallestCompressedFile = 1024;

bool is_text(std::string_view content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/json") ||
         content_type.starts_with("application/manifest+json") || content_type.starts_with("image/svg+xml");
}

core::Error web_files_error(const fs::path& root, std::string_view problem) {
  return core::invalid_field("web_root", fmt::format("{} {}", root.string(), problem));
}

}  // namespace

core::Result<std::vector<WebFile>> load_web_files(const fs::path& root, std::size_t limit_bytes) {
  std::error_code error;
  if (!fs::is_directory(root, error)) return std::unexpected(web_files_error(root, "is not a folder"));
  std::vector<WebFile> files;
  std::size_t total = 0;
  for (fs::recursive_directory_iterator entry(root, error), end; !error && entry != end; entry.increment(error)) {
    if (entry->is_symlink() || !entry->is_regular_file()) continue;
    total += static_cast<std::size_t>(entry->file_size());
    if (total > limit_bytes) {
      return std::unexpected(web_files_error(root, fmt::format("holds more than {} bytes", limit_bytes)));
    }
    std::ifstream stream(entry->path(), std::ios::binary);
    std::string body{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
    if (!stream.good() && !stream.eof()) {
      return std::unexpected(web_files_error(root, fmt::format("{} cannot be read", entry->path().string())));
    }
    files.push_back({"/" + fs::relative(entry->path(), root).generic_string(),
                     std::string(content_type_for(entry->path())), std::move(body)});
  }
  if (error) return std::unexpected(web_files_error(root, fmt::format("cannot be listed ({})", error.message())));
  std::ranges::sort(files, {}, &WebFile::path);
  if (!std::ranges::any_of(files, [](const WebFile& file) { return file.path == "/index.html"; })) {
    return std::unexpected(web_files_error(root, "holds no index.html (run `make web`)"));
  }
  return files;
}

void add_web_app_routes(Router& router, std::shared_ptr<const std::vector<WebFile>> files) {
  for (const WebFile& file : *files) {
    const bool hashed = file.path.starts_with("/assets/");
    // Text worth compressing is kept as gzip too; images and fonts are compressed already.
    const bool compress = file.body.size() >= kSmallestCompressedFile && is_text(file.content_type);
    const auto kept = kept_answer(file.body, compress);
    const auto answer = [kept, content_type = file.content_type, hashed](const Request& request, const PathParameters&) {
      Response response = response_of(request, kept, content_type);
      response.set_header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      return response;
    };
    router.add("GET", file.path, answer);
    if (file.path == "/index.html") router.add("GET", "/", answer);
  }
}

}  // namespace stride::http
