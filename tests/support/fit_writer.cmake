# The test-only FIT writer (tests/support/fit_writer.hpp): a static library for the FIT tests, the
# FIT benchmark (bench/, built without tests) and the fuzz seed corpus (fuzz/), plus
# `write_fit_samples DIR`, which writes a handful of generated FIT files into DIR (fuzz seeds).
# Included from several places, so it defines its targets once.
if(NOT TARGET stride_test_fit_writer)
  add_library(stride_test_fit_writer STATIC ${CMAKE_CURRENT_LIST_DIR}/fit_writer.cpp)
  target_include_directories(stride_test_fit_writer PUBLIC ${CMAKE_CURRENT_LIST_DIR})
  target_link_libraries(stride_test_fit_writer PUBLIC stride::core)
  stride_set_warnings(stride_test_fit_writer)

  add_executable(write_fit_samples ${CMAKE_CURRENT_LIST_DIR}/write_fit_samples.cpp)
  target_link_libraries(write_fit_samples PRIVATE stride_test_fit_writer)
  stride_set_warnings(write_fit_samples)
endif()
