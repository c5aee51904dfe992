// The web app's files: read once from a folder, answered from memory at their paths with their
// content types and cache rules; nothing outside the folder is reachable.
#include "gzip.hpp"
#include "stride/http/web_app.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>

namespace stride::http {
namespace {

namespace fs = std::filesystem;

class WebAppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_root = fs::temp_directory_path() / ("stride-web-app-" + std::to_string(::getpid()) + "-" +
                                          ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_root);
    fs::create_directories(m_root / "assets");
  }
  void TearDown() override { fs::remove_all(m_root); }

  void write(const std::string& relative, const std::string& text) const {
    std::ofstream(m_root / relative, std::ios::binary) << text;
  }

  static Response get(const Router& router, const std::string& method, const std::string& path,
                      const std::string& accept_encoding = {}) {
    Request request;
    request.method = method;
    request.path = path;
    if (!accept_encoding.empty()) request.headers.emplace_back("accept-encoding", accept_encoding);
    return router.dispatch(request).response;
  }

  static std::string header(const Response& response, const std::string& name) {
    for (const auto& [key, value] : response.headers) {
      if (key == name) return value;
    }
    return "(none)";
  }

  fs::path m_root;
};

TEST_F(WebAppTest, AnswersEveryFileAtItsPathWithItsTypeAndCacheRule) {
  write("index.html", "<!doctype html><title>Stride</title>");
  write("assets/index-3f2a.js", "console.log(1)");
  write("assets/index-9c1b.css", "body{}");
  write("favicon.svg", "<svg/>");
  const auto files = load_web_files(m_root);
  ASSERT_TRUE(files.has_value()) << files.error().message;
  Router router;
  add_web_app_routes(router, std::make_shared<const std::vector<WebFile>>(*files));

  const Response page = get(router, "GET", "/");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body_text(), "<!doctype html><title>Stride</title>");
  EXPECT_EQ(header(page, "Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(header(page, "Cache-Control"), "no-cache");
  EXPECT_EQ(get(router, "GET", "/index.html").body_text(), page.body_text());

  const Response script = get(router, "GET", "/assets/index-3f2a.js");
  EXPECT_EQ(script.body_text(), "console.log(1)");
  EXPECT_EQ(header(script, "Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(header(script, "Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(header(get(router, "GET", "/assets/index-9c1b.css"), "Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(header(get(router, "GET", "/favicon.svg"), "Content-Type"), "image/svg+xml");

  const Response head = get(router, "HEAD", "/assets/index-3f2a.js");
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(get(router, "POST", "/").status, 405);
}

TEST_F(WebAppTest, TextFilesOfAKilobyteOrMoreGoAsGzipToClientsThatAcceptIt) {
  write("index.html", "<!doctype html><title>Stride</title>");
  std::string script;
  for (int line = 0; line < 200; ++line) script += "console.log('a line of the app');\n";
  write("assets/app.js", script);
  std::string picture(4096, '\x7f');
  write("assets/photo.png", picture);
  const auto files = load_web_files(m_root);
  ASSERT_TRUE(files.has_value()) << files.error().message;
  Router router;
  add_web_app_routes(router, std::make_shared<const std::vector<WebFile>>(*files));

  const Response compressed = get(router, "GET", "/assets/app.js", "gzip, br");
  EXPECT_EQ(header(compressed, "Content-Encoding"), "gzip");
  EXPECT_EQ(header(compressed, "Vary"), "Accept-Encoding");
  EXPECT_EQ(compressed.body_text(), gzip(script));
  const Response plain = get(router, "GET", "/assets/app.js");
  EXPECT_EQ(header(plain, "Content-Encoding"), "(none)");
  EXPECT_EQ(plain.body_text(), script);
  // A small page and an image go as they are, whatever the client accepts.
  const Response page = get(router, "GET", "/", "gzip");
  EXPECT_EQ(header(page, "Content-Encoding"), "(none)");
  EXPECT_EQ(header(page, "Vary"), "(none)");
  EXPECT_EQ(get(router, "GET", "/assets/photo.png", "gzip").body_text(), picture);
}

TEST_F(WebAppTest, NothingOutsideTheFolderOrMissingIsReachable) {
  write("index.html", "page");
  std::ofstream(m_root.parent_path() / ("stride-web-app-secret-" + std::to_string(::getpid()))) << "secret";
  fs::create_symlink(m_root.parent_path() / ("stride-web-app-secret-" + std::to_string(::getpid())), m_root / "link.txt");
  const auto files = load_web_files(m_root);
  ASSERT_TRUE(files.has_value());
  ASSERT_EQ(files->size(), 1U);  // the symbolic link is skipped
  Router router;
  add_web_app_routes(router, std::make_shared<const std::vector<WebFile>>(*files));
  for (const std::string path : {"/link.txt", "/../stride-web-app-secret", "/assets/missing.js", "/%2e%2e/index.html"}) {
    EXPECT_EQ(get(router, "GET", path).status, 404) << path;
  }
  fs::remove(m_root.parent_path() / ("stride-web-app-secret-" + std::to_string(::getpid())));
}

TEST_F(WebAppTest, RefusesAFolderWithoutIndexOrTooLargeOrMissing) {
  write("assets/app.js", "x");
  auto files = load_web_files(m_root);
  ASSERT_FALSE(files.has_value());
  EXPECT_EQ(files.error().field, "web_root");
  EXPECT_NE(files.error().message.find("holds no index.html"), std::string::npos) << files.error().message;

  write("index.html", std::string(100, 'x'));
  files = load_web_files(m_root, 50);
  ASSERT_FALSE(files.has_value());
  EXPECT_NE(files.error().message.find("holds more than 50 bytes"), std::string::npos) << files.error().message;

  files = load_web_files(m_root / "nowhere");
  ASSERT_FALSE(files.has_value());
  EXPECT_NE(files.error().message.find("is not a folder"), std::string::npos) << files.error().message;
}

}  // namespace
}  // namespace stride::http
