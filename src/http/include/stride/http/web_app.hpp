#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/http/router.hpp"

// The web app's built files (web/dist: index.html and Vite's assets), read once when the server
// starts and answered from memory, so a request never opens a file and no path it names can reach
// outside the folder.
namespace stride::http {

struct WebFile {
  std::string path;          // "/index.html", "/assets/index-3f2a.js": the URL path it is answered at
  std::string content_type;  // from the file's extension; application/octet-stream when unknown
  std::string body;
};

// Every regular file under `root` (symbolic links are skipped), sorted by path. Fails when `root`
// is not a folder, holds no index.html, or holds more than `limit_bytes` in all.
[[nodiscard]] core::Result<std::vector<WebFile>> load_web_files(const std::filesystem::path& root,
                                                                std::size_t limit_bytes = 64U << 20U);

// GET (and HEAD) routes for every file at its path, and `/` for index.html. Vite names the files
// under /assets/ after a hash of their content, so those may be cached for a year (`immutable`);
// everything else is revalidated (`no-cache`), so a new build reaches the browser at once.
void add_web_app_routes(Router& router, std::shared_ptr<const std::vector<WebFile>> files);

}  // namespace stride::http
