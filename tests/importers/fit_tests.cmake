# The FIT decoder: unit, round-trip and property tests with the test-only FIT writer, and golden
# tests against ../shared/activity-files when present.
