#include <fmt/format.h>

#include "commands.hpp"
#include "store_options.hpp"

namespace stride::cli {
namespace {

// `stride migrate`: brings the database's schema up to the version this program writes (opening a
// store does that; an older program refuses a newer schema) and says where it stands.
class MigrateCommand final : public Command {
 public:
  void configure(CLI::App& app) override { m_store.configure(app, StoreOptions::AthleteOption::Absent); }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& /*catalog*/) override {
    STRIDE_TRY(const auto store, m_store.open(*m_environment));
    STRIDE_TRY(const auto versions, store->schema_versions());
    return fmt::format("schema version {} (this program writes version {})\n", versions.recorded, versions.known);
  }

 private:
  const Environment* m_environment = nullptr;
  StoreOptions m_store;
};

}  // namespace

std::unique_ptr<Command> make_migrate_command() { return std::make_unique<MigrateCommand>(); }

}  // namespace stride::cli
