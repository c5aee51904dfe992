# storage_tests: one contract suite run against MemoryStore, SqliteStore and PostgresStore (in the
# throwaway cluster of scripts/test-postgres.sh), the SQLite store's own
# behaviour (migrations, refusals, Busy), and its crash and concurrency tests (forked processes).
# Raw checks of the database file use the sqlite3 C API.
stride_add_test(storage_tests
  SOURCES storage/store_contract_test.cpp storage/recording_contract_test.cpp storage/unit_of_work_contract_test.cpp storage/account_contract_test.cpp storage/api_entries_contract_test.cpp storage/revision_contract_test.cpp storage/calendar_feed_contract_test.cpp storage/handover_contract_test.cpp storage/note_contract_test.cpp storage/sign_in_failure_contract_test.cpp
          storage/sqlite_store_test.cpp storage/sqlite_backup_test.cpp storage/decoded_plans_test.cpp
          storage/sqlite_migration_test.cpp storage/sqlite_schema_test.cpp storage/sqlite_process_test.cpp
          storage/postgres_dialect_test.cpp storage/postgres_migration_test.cpp storage/postgres_store_test.cpp
  LIBRARIES stride::storage stride::documents stride_embedded_data SQLite::SQLite3 PkgConfig::libpqxx rapidcheck
            rapidcheck_gtest
  POSTGRES)
# The shared generators of other suites (planning/assessment_generator.hpp, report/sample_plan.hpp).
target_include_directories(storage_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# The migration test writes a database as an older Stride did, from the private schema steps.
target_include_directories(storage_tests PRIVATE ${PROJECT_SOURCE_DIR}/src/storage)
