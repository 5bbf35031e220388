#!/usr/bin/env bash
# Lists every test of the last platform-tests run that failed and then passed on a rerun (surefire
# rerunFailingTestsCount), with the first failure's message, so a flake never passes unseen.
set -uo pipefail
reports="$(dirname "$0")/target/surefire-reports"
ls "$reports"/TEST-*.xml >/dev/null 2>&1 || exit 0
flakes=$(awk '
  /<testcase / {
    match($0, /name="[^"]*"/); name = substr($0, RSTART + 6, RLENGTH - 7)
    match($0, /classname="[^"]*"/); cls = substr($0, RSTART + 11, RLENGTH - 12)
  }
  /<flaky(Failure|Error)/ {
    msg = ""
    if (match($0, /message="[^"]*"/)) msg = substr($0, RSTART + 9, RLENGTH - 10)
    if (!seen[cls "." name]++) printf "  %s.%s: %s\n", cls, name, substr(msg, 1, 200)
  }' "$reports"/TEST-*.xml)
if [[ -n "$flakes" ]]; then
  echo "Flakes (failed, then passed on a rerun; each is a race to fix):"
  echo "$flakes"
else
  echo "Flakes: none"
fi
