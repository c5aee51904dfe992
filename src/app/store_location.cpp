#include "store_location.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "stride/storage/postgres_store.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::app {

namespace {

core::Result<std::filesystem::path> default_database_path() {
  std::filesystem::path folder;
  if (const char* data_home = std::getenv("XDG_DATA_HOME"); data_home != nullptr && *data_home != '\0') {
    folder = std::filesystem::path(data_home) / "stride";
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    folder = std::filesystem::path(home) / ".local" / "share" / "stride";
  } else {
    return std::unexpected(core::make_error(core::ErrorCode::Io,
                                            "neither XDG_DATA_HOME nor HOME is set; pass the database with --db PATH"));
  }
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    return std::unexpected(core::make_error(core::ErrorCode::Io,
                                            "cannot create the data folder: " + error.message(), folder.string()));
  }
  return folder / "stride.db";
}

}  // namespace

bool is_postgresql_url(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

core::Result<std::unique_ptr<core::Store>> open_store(const std::string& location) {
  if (is_postgresql_url(location)) {
    STRIDE_TRY(auto store, storage::PostgresStore::open(location));
    return std::unique_ptr<core::Store>(std::move(store));
  }
  std::string path = location;
  if (path.empty()) {
    STRIDE_TRY(const auto default_path, default_database_path());
    path = default_path.string();
  }
  STRIDE_TRY(auto store, storage::SqliteStore::open(path));
  return std::unique_ptr<core::Store>(std::move(store));
}

}  // namespace stride::app
