# http_tests: the routes table and handlers without a socket, and the real server on loopback
# (keep-alive, limits, 200 concurrent connections, graceful stop, access log). The calendar feed is
# read back with libical (PkgConfig::LIBICAL, found by report/tests.cmake).
stride_add_test(http_tests
  SOURCES http/router_test.cpp http/api_test.cpp http/server_test.cpp http/caller_test.cpp http/account_routes_test.cpp http/athlete_routes_test.cpp http/log_routes_test.cpp http/coach_routes_test.cpp http/log_json_test.cpp http/web_app_test.cpp http/answer_cache_test.cpp http/gzip_test.cpp http/kept_answers_test.cpp http/calendar_feed_routes_test.cpp http/plan_change_routes_test.cpp http/plan_version_routes_test.cpp http/readiness_test.cpp http/note_routes_test.cpp
  LIBRARIES stride::http stride::json stride::storage stride::security stride::importers stride_embedded_data Boost::headers nlohmann_json::nlohmann_json ZLIB::ZLIB
            PkgConfig::LIBICAL stride_test_fit_writer SQLite::SQLite3)
target_include_directories(http_tests PRIVATE ${PROJECT_SOURCE_DIR}/src/http ${PROJECT_SOURCE_DIR}/src/storage
                                              ${CMAKE_CURRENT_SOURCE_DIR}/storage)
