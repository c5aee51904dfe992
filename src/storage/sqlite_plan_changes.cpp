// SqliteStore: the changes people made to athletes' plans (table plan_changes). The foreign keys
// delete a change with its athlete and keep it by the author's name when the account goes.

#include <fmt/format.h>

#include "account_validation.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

core::Result<core::PlanChangeId> SqliteStore::add_plan_change(core::AthleteId athlete, const core::PlanChange& change,
                                                              core::AccountId author, std::string_view author_name,
                                                              core::Instant made) {
  STRIDE_TRY(const std::string document, detail::plan_change_document(change, author_name));
  return detail::guarded(m_path, "storing a plan change", [&]() -> core::Result<core::PlanChangeId> {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto insert = m_statements->lend(
        "INSERT INTO plan_changes (athlete_id, author_account_id, author_name, made_at, document) "
        "VALUES (?1, (SELECT id FROM accounts WHERE id = ?2), ?3, ?4, ?5)");
    insert->bind(1, athlete.value);
    insert->bind(2, author.value);
    insert->bind(3, std::string(author_name));
    insert->bind(4, detail::stored_instant(made));
    insert->bind(5, document);
    insert->exec();
    const core::PlanChangeId id{m_database->getLastInsertRowid()};
    mark_changed(athlete);
    transaction.commit();
    return id;
  });
}

core::Result<std::vector<core::PlanChangeRecord>> SqliteStore::plan_changes(core::AthleteId athlete) {
  return detail::guarded(m_path, "reading plan changes", [&]() -> core::Result<std::vector<core::PlanChangeRecord>> {
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto query = m_statements->lend(
        "SELECT id, author_account_id, author_name, made_at, document, conflict FROM plan_changes "
        "WHERE athlete_id = ? ORDER BY id");
    query->bind(1, athlete.value);
    std::vector<core::PlanChangeRecord> records;
    while (query->executeStep()) {
      core::PlanChangeRecord record;
      record.id = core::PlanChangeId{query->getColumn(0).getInt64()};
      record.author = core::AccountId{query->getColumn(1).isNull() ? 0 : query->getColumn(1).getInt64()};
      record.author_name = query->getColumn(2).getString();
      record.made = detail::read_stored_instant(query->getColumn(3).getInt64());
      STRIDE_TRY(record.change, documents::decode_plan_change_document(
                                    query->getColumn(4).getString(),
                                    fmt::format("{} plan change {}", m_path, record.id.value)));
      if (!query->getColumn(5).isNull()) record.conflict = query->getColumn(5).getString();
      records.push_back(std::move(record));
    }
    return records;
  });
}

core::Status SqliteStore::set_plan_change_conflict(core::AthleteId athlete, core::PlanChangeId change,
                                                   std::string_view conflict) {
  return detail::guarded(m_path, "recording a plan change's conflict", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto update = m_statements->lend("UPDATE plan_changes SET conflict = ? WHERE id = ? AND athlete_id = ?");
    update->bind(1, std::string(conflict));
    update->bind(2, change.value);
    update->bind(3, athlete.value);
    update->exec();
    if (m_database->getChanges() == 0) return std::unexpected(detail::unknown_plan_change(athlete, change));
    mark_changed(athlete);
    transaction.commit();
    return {};
  });
}

}  // namespace stride::storage
