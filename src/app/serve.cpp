#include "serve.hpp"

#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include "stride/http/api.hpp"
#include "stride/http/server.hpp"
#include "stride/http/web_app.hpp"
#include "stride/importers/activity_file_decoder.hpp"
#include "stride/importers/fit_workout.hpp"
#include "stride/security/sodium_secrets.hpp"
#include "stride/service/sign_in_limiter.hpp"

namespace stride::app {
namespace {

// SIGINT and SIGTERM, blocked in every thread so that one thread can wait for them with sigwait.
sigset_t stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

std::string url_of(const std::string& host, unsigned short port) {
  const bool ipv6 = host.find(':') != std::string::npos;
  return fmt::format("http://{}{}{}:{}/", ipv6 ? "[" : "", host, ipv6 ? "]" : "", port);
}

// The folder of the web app's files: --web-root when given, else web/ beside the program, else this
// source tree's web/dist; empty when none of the defaults holds a build.
std::filesystem::path web_root_for(const cli::ServeRequest& request) {
  namespace fs = std::filesystem;
  if (!request.web_root.empty()) return request.web_root;
  std::error_code error;
  const fs::path program = fs::read_symlink("/proc/self/exe", error);
  for (const fs::path& root : {error ? fs::path() : program.parent_path() / "web", fs::path(STRIDE_SOURCE_WEB_ROOT)}) {
    if (!root.empty() && fs::exists(root / "index.html", error)) return root;
  }
  return {};
}

// The web app's files, read once (failing when the chosen folder cannot be read); none without one.
core::Result<std::shared_ptr<const std::vector<http::WebFile>>> web_files_for(const cli::ServeRequest& request) {
  const std::filesystem::path root = web_root_for(request);
  if (root.empty()) return std::shared_ptr<const std::vector<http::WebFile>>();
  STRIDE_TRY(auto files, http::load_web_files(root));
  return std::make_shared<const std::vector<http::WebFile>>(std::move(files));
}

}  // namespace

core::Status serve(const cli::ServeRequest& request, const cli::Environment& environment, std::ostream& messages) {
  // Blocked before any thread starts (the server's workers start with it), so that every thread
  // inherits the mask and only the waiter below takes the signals.
  const sigset_t signals = stop_signals();
  sigset_t previous;
  pthread_sigmask(SIG_BLOCK, &signals, &previous);
  struct RestoreMask {
    sigset_t mask;
    ~RestoreMask() { pthread_sigmask(SIG_SETMASK, &mask, nullptr); }
  } restore{previous};

  STRIDE_TRY(const auto catalog, environment.load_catalog());
  STRIDE_TRY(const auto web_files, web_files_for(request));
  http::ServerOptions options;
  options.address = request.host;
  options.port = request.port;
  // One store (one SQLite connection) per worker thread, opened once, so no two requests share one.
  STRIDE_TRY(const auto stores,
             service::StorePool::create([&] { return environment.open_store(request.database); },
                                        options.worker_threads));

  STRIDE_TRY(auto secrets, security::SodiumSecrets::create(security::PasswordCost::interactive()));
  // Failed sign-ins are counted in the database, so every server process on it refuses the same ones.
  service::StoredSignInLimiter sign_in_limiter(secrets);
  const importers::ActivityFileDecoder activity_files;
  const importers::FitWorkoutWriter workout_files;
  // Secure cookies when browsers reach the server over TLS (a proxy in front of it).
  const bool secure_cookies = request.public_url.starts_with("https://");
  std::string public_url = request.public_url;
  while (public_url.ends_with('/')) public_url.pop_back();
  const http::ApiContext context{catalog,        *environment.clock, *stores,        secrets,       sign_in_limiter,
                                 activity_files, workout_files,      secure_cookies, std::move(public_url)};
  http::Router router = http::api_router(context);
  if (web_files) http::add_web_app_routes(router, web_files);
  http::AccessLog access_log(std::cout);
  http::Server server(options, router, access_log);
  if (auto listening = server.listen(); !listening) {
    core::Error error = std::move(listening.error());
    error.field = "listen";
    return std::unexpected(std::move(error));
  }

  std::thread waiter([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  });
  messages << "stride serve: listening on " << url_of(request.host, server.port()) << " (Ctrl-C stops)\n";
  if (!web_files) messages << "stride serve: the web app is not built (make web); serving the API only\n";
  messages << std::flush;
  server.run();
  waiter.join();
  messages << "stride serve: stopped; every request in flight was answered\n";
  return {};
}

}  // namespace stride::app
