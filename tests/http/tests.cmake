# http_tests: the routes table and handlers without a socket, and the real server on loopback
# (keep-alive, limits, 200 concurrent connections, graceful stop, access log). The calendar feed is
# read back with libical (PkgConfig::LIBICAL, found by report/tests.cmake).
stride_add_test(http_tests
  SOURCES http/router_test.cpp http/api_test.cpp http/server_test.cpp http/caller_test.cpp http/account_routes_test.cpp http/athlete_routes_test.cpp http/log_routes_test.cpp http/coach_routes_test.cpp http/log_json_test.cpp http/web_app_test.cpp http/answer_cache_test.cpp http/gzip_test.cpp http/kept_answers_test.cpp http/calendar_feed_routes_test.cpp http/plan_change_routes_test.cpp http/plan_version_routes_test.cpp http/readiness_test.cpp http/note_routes_test.cpp
  LIBRARIES stride::http stride::json stride::storage stride::security stride::importers stride_embedded_data Boost::headers nlohmann_json::nlohmann_json ZLIB::ZLIB
            PkgConfig::LIBICAL stride_test_fit_writer SQLite::SQLite3 PkgConfig::libpqxx)
target_include_directories(http_tests PRIVATE ${PROJECT_SOURCE_DIR}/src/http ${PROJECT_SOURCE_DIR}/src/storage
                                              ${CMAKE_CURRENT_SOURCE_DIR}/storage)

# The same API tests on each back end (tests/support/loopback_api.hpp, api_test_store): the whole
# binary once on a new SQLite file per API and once on a new PostgreSQL schema per API.
if(NOT STRIDE_SANITIZE)
  add_test(NAME http_tests_on_sqlite COMMAND http_tests --gtest_brief=1 WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(http_tests_on_sqlite PROPERTIES LABELS backends ENVIRONMENT "STRIDE_TEST_API_STORE=sqlite")
  add_test(NAME http_tests_on_postgres COMMAND http_tests --gtest_brief=1 WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(http_tests_on_postgres PROPERTIES LABELS backends FIXTURES_REQUIRED postgres
                       ENVIRONMENT "STRIDE_TEST_API_STORE=postgres;STRIDE_TEST_POSTGRES=${STRIDE_TEST_POSTGRES_URL}")
endif()
