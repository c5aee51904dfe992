// `stride backup`, `stride restore` and `stride copy`: a whole database as one portable file
// (documents::encode_backup), into a new database, or straight from one database into another.

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "commands.hpp"
#include "file_input.hpp"
#include "store_options.hpp"
#include "stride/documents/backup_document.hpp"

namespace stride::cli {
namespace {

// A backup file may hold a whole database.
constexpr std::size_t kBackupFileLimitBytes = std::size_t{1} << 32;

std::string rows_words(const core::StoreDump& dump) {
  std::size_t rows = 0;
  for (const auto& table : dump.tables) rows += table.rows.size();
  return fmt::format("{} row{} in {} tables", rows, rows == 1 ? "" : "s", dump.tables.size());
}

// Writes `text` to `path` through a file beside it that is renamed over it once whole, so a
// backup cut short never leaves a partial file under the real name.
core::Status write_whole_file(const std::string& path, const std::string& text) {
  std::error_code status_error;
  const auto status = std::filesystem::status(path, status_error);
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    return std::unexpected(core::invalid_input(
        path, "", "is not a regular file: name a file to write, or leave --output out for standard output"));
  }
  const std::string partial = path + ".partial";
  {
    std::ofstream stream(partial, std::ios::binary | std::ios::trunc);
    // The backup holds password hashes and every runner's data: readable by its owner alone.
    std::error_code ignored;
    std::filesystem::permissions(partial, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, ignored);
    if (stream) stream.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!stream || !stream.flush()) {
      const int error_number = errno;
      std::filesystem::remove(partial, ignored);
      return std::unexpected(core::invalid_input(
          path, "", fmt::format("cannot write the backup: {}", error_number != 0 ? std::strerror(error_number) : "write failed")));
    }
  }
  std::error_code error;
  std::filesystem::rename(partial, path, error);
  if (error) return std::unexpected(core::invalid_input(path, "", "cannot write the backup: " + error.message()));
  return {};
}

class BackupCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    m_store.configure(app, StoreOptions::AthleteOption::Absent);
    app.add_option("--output", m_output, "the backup file to write (default: standard output)");
  }
  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& /*catalog*/) override {
    STRIDE_TRY(const auto store, m_store.open(*m_environment));
    STRIDE_TRY(const auto dump, store->dump());
    std::string text = documents::encode_backup(dump);
    if (m_output.empty()) return text;
    STRIDE_TRY_STATUS(write_whole_file(m_output, text));
    return fmt::format("Wrote {} ({}, {} bytes).\n", m_output, rows_words(dump), text.size());
  }

 private:
  const Environment* m_environment = nullptr;
  StoreOptions m_store;
  std::string m_output;
};

class RestoreCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    m_store.configure(app, StoreOptions::AthleteOption::Absent);
    app.add_option("--file", m_file, "the backup file written by `stride backup`")->required();
  }
  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& /*catalog*/) override {
    STRIDE_TRY(const auto text, read_input_file(m_file, kBackupFileLimitBytes));
    STRIDE_TRY(const auto dump, documents::decode_backup(text, m_file));
    STRIDE_TRY(const auto store, m_store.open(*m_environment));
    STRIDE_TRY_STATUS(store->load(dump));
    return fmt::format("Restored {} from {}.\n", rows_words(dump), m_file);
  }

 private:
  const Environment* m_environment = nullptr;
  StoreOptions m_store;
  std::string m_file;
};

class CopyCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--from", m_from, "the database to copy (an SQLite file, or a postgresql:// URL)")->required();
    app.add_option("--to", m_to, "the new, empty database to copy it into")->required();
  }
  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& /*catalog*/) override {
    StoreOptions from;
    from.database = m_from;
    StoreOptions to;
    to.database = m_to;
    STRIDE_TRY(const auto source, from.open(*m_environment));
    STRIDE_TRY(const auto dump, source->dump());
    STRIDE_TRY(const auto target, to.open(*m_environment));
    STRIDE_TRY_STATUS(target->load(dump));
    return fmt::format("Copied {} into {}.\n", rows_words(dump), m_to);
  }

 private:
  const Environment* m_environment = nullptr;
  std::string m_from;
  std::string m_to;
};

}  // namespace

std::unique_ptr<Command> make_backup_command() { return std::make_unique<BackupCommand>(); }
std::unique_ptr<Command> make_restore_command() { return std::make_unique<RestoreCommand>(); }
std::unique_ptr<Command> make_copy_command() { return std::make_unique<CopyCommand>(); }

}  // namespace stride::cli
