# report_tests: describe_dose and the plan renderers (iCalendar, printable HTML). The calendar is
# checked by parsing it back with libical (Debian package libical-dev); its UIDs by rapidcheck properties.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)

stride_add_test(report_tests
  SOURCES report/dose_test.cpp report/plan_ics_test.cpp report/plan_ics_properties_test.cpp report/plan_html_test.cpp
  LIBRARIES stride::report PkgConfig::LIBICAL rapidcheck rapidcheck_gtest)

# The printable page in Debian's headless Chromium: A4 page counts and the layout at 400 px
# (skipped, exit 77, when chromium or pdfinfo is missing).
add_test(NAME plan_page_in_browser
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/report/plan_page_in_browser_test.sh $<TARGET_FILE:stride> ${PROJECT_SOURCE_DIR})
set_tests_properties(plan_page_in_browser PROPERTIES SKIP_RETURN_CODE 77 LABELS browser TIMEOUT 300)
