# analytics_load_tests: training-load metrics and risk flags (contract §4.4, docs/load.md): table
# tests with hand-computed values, boundary tests of every flag, rapidcheck properties, and the
# optimised compute_load checked bit for bit against a test-only reference implementation.
stride_add_test(analytics_load_tests
  SOURCES analytics/training_load_test.cpp analytics/load_flags_test.cpp analytics/load_properties_test.cpp
          analytics/load_reference_test.cpp analytics/reference_load.cpp
          analytics/heart_rate_load_test.cpp analytics/running_dynamics_test.cpp
  LIBRARIES stride::analytics rapidcheck rapidcheck_gtest)
# Unity builds (docs/testing.md): these files each name their own tolerance kTolerance.
set_source_files_properties(analytics/running_dynamics_test.cpp analytics/heart_rate_load_test.cpp PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
