# The GPX and TCX decoders and geodesic distances: tables of cases, and golden tests against
# ../shared/activity-files when present.
stride_add_test(xml_activity_tests
  SOURCES importers/gpx_decoder_test.cpp importers/tcx_decoder_test.cpp importers/xml_golden_test.cpp
          importers/geodesic_test.cpp importers/activity_summary_test.cpp importers/utc_time_test.cpp
  LIBRARIES stride::importers rapidcheck rapidcheck_gtest)
# Unity builds (docs/testing.md): the GPX and TCX tests keep same-named file-local cases and helpers.
set_source_files_properties(importers/tcx_decoder_test.cpp PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
