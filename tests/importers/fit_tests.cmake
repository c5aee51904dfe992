# The FIT decoder: unit, round-trip and property tests with the test-only FIT writer, and golden
# tests against ../shared/activity-files when present. The CRC test reaches the decoder's private
# fit_stream.hpp.
include(${CMAKE_CURRENT_LIST_DIR}/../support/fit_writer.cmake)

stride_add_test(fit_tests
  SOURCES importers/fit_framing_test.cpp importers/fit_robustness_test.cpp importers/fit_scales_test.cpp
          importers/fit_round_trip_test.cpp importers/fit_golden_test.cpp importers/fit_crc_test.cpp
          importers/fit_workout_test.cpp importers/fit_strength_test.cpp
  LIBRARIES stride::importers stride_test_fit_writer rapidcheck rapidcheck_gtest)
target_include_directories(fit_tests PRIVATE ${PROJECT_SOURCE_DIR}/src/importers)
# Unity builds (docs/testing.md): these define file-local helpers (a start time, step builders) under
# names other files of the target use.
set_source_files_properties(importers/fit_scales_test.cpp importers/fit_workout_test.cpp PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
