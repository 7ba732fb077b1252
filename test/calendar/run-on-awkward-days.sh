#!/usr/bin/env bash
# The whole Jest suite once per awkward day, the clinical clock held there (NALTRACK_TEST_NOW):
# late on New Year's Eve in the clinic's zone (already 1 January in UTC), a leap day, and the two
# daylight-saving changes of America/New_York in the hour they happen. A spec that reads the real
# calendar, or counts days by hand, fails on one of them.
# Arguments go to Jest; with CALENDAR_JSON_DIR set, each run's report is written there.
set -uo pipefail
cd "$(dirname "$0")/../.."

days=(
  2026-12-31T23:30:00-05:00
  2028-02-29T12:00:00-05:00
  2027-03-14T01:30:00-05:00
  2027-11-07T01:30:00-04:00
)
status=0
for i in "${!days[@]}"; do
  echo "::: npm test with the clinical clock at ${days[$i]}"
  report=()
  [ -n "${CALENDAR_JSON_DIR:-}" ] && report=(--json --outputFile="$CALENDAR_JSON_DIR/calendar-$i.json")
  NALTRACK_TEST_NOW=${days[$i]} npm test -- "${report[@]}" "$@" || status=1
done
exit "$status"
