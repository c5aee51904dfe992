# report_tests: describe_dose and the plan renderers (iCalendar, printable HTML). The calendar is
# checked by parsing it back with libical (Debian package libical-dev); its UIDs by rapidcheck properties.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)

stride_add_test(report_tests
  SOURCES report/dose_test.cpp report/plan_ics_test.cpp report/plan_ics_properties_test.cpp report/plan_html_test.cpp
  LIBRARIES stride::report PkgConfig::LIBICAL rapidcheck rapidcheck_gtest)
