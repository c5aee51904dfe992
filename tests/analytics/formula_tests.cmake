# analytics_formula_tests: the e1RM and race-prediction formulas and the world-record table, checked
# against hand arithmetic.
stride_add_test(analytics_formula_tests
  SOURCES analytics/strength_estimate_test.cpp analytics/race_prediction_test.cpp analytics/world_records_test.cpp
  LIBRARIES stride::analytics)
