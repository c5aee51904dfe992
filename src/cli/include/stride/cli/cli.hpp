#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "stride/core/date.hpp"
#include "stride/core/error.hpp"
#include "stride/core/store.hpp"
#include "stride/service/catalog.hpp"
#include "stride/service/clock.hpp"

namespace stride::cli {

// Produces the validated catalog; called only by commands that need it, so `--help` and
// `--version` work even when the data is broken.
using CatalogLoader = std::function<core::Result<service::Catalog>()>;

// Produces only the validated world-record table, for commands that need nothing else of the
// catalog (a file import); when empty, the whole catalog is loaded instead.
using WorldRecordsLoader = std::function<core::Result<analytics::WorldRecordTable>()>;

// Opens the store at `path`, or at the default location when `path` is empty; called only by
// commands that keep or read stored runners.
using StoreOpener = std::function<core::Result<std::unique_ptr<core::Store>>(const std::string& path)>;

// What `stride serve` asks of the composition root: where to listen and which store to open.
struct ServeRequest {
  std::string database;  // --db, empty for the default file
  std::string host;      // an IP address literal
  unsigned short port = 8080;
  std::string public_url;  // --public-url, empty when not given
  std::string web_root;    // --web-root, empty for the default (docs/web.md)
};

// Runs the web server until SIGINT or SIGTERM, writing its start and stop to `messages`; fails
// when it cannot start (the store does not open, the address cannot be listened on).
using ServerRunner = std::function<core::Status(const ServeRequest& request, std::ostream& messages)>;

// What the commands get from outside: the data, the store, the clock and the server.
struct Environment {
  CatalogLoader load_catalog;
  WorldRecordsLoader load_world_records;
  StoreOpener open_store;
  std::shared_ptr<const service::Clock> clock;
  ServerRunner serve;
};

// Runs `stride` with `arguments` (argv without the program name) and returns the exit code of
// contract §1: 0 success, 1 internal error, 2 invalid input. Output goes to `out` only on
// success; messages and errors go to `err`.
[[nodiscard]] int run(int argc, const char* const* argv, const Environment& environment, std::ostream& out,
                      std::ostream& err);

}  // namespace stride::cli
