# The GPX and TCX decoders and geodesic distances: tables of cases, and golden tests against
# ../shared/activity-files when present.
