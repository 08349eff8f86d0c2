#!/usr/bin/env bash
# Plugin end-to-end checks (run by scripts/test.sh after the unit tests):
#  1. builds the example plugin package Examples/casualties and runs its tests;
#  2. loads it into the built glean beside a built-in extractor and checks the output on the seeds;
#  3. scaffolds a new extractor package with `swift package new-extractor`, builds it, runs its
#     test, and runs it through glean.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
glean="$root/.build/debug/glean"
[ -x "$glean" ] || swift build --product glean

echo "plugins: building Examples/casualties" >&2
(cd Examples/casualties && swift build && swift test)

out=$("$glean" run -q -c Examples/casualties/glean.yml Examples/seeds/*.txt)
check() {
  grep -q -- "$1" <<<"$out" || { echo "plugins: FAIL: expected $1 in the output:" >&2; echo "$out" >&2; exit 1; }
}
check '"type":"casualty","start":[0-9]*,"end":[0-9]*,"text":"killed six people","category":"killed","value":6'
check '"text":"3,000 lives were lost","category":"killed","value":3000'
check '"type":"clock_time"'
[ "$(wc -l <<<"$out")" -eq 2 ] || { echo "plugins: FAIL: expected 2 output lines" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "plugins: scaffolding a new extractor package in $tmp" >&2
swift package --allow-writing-to-package-directory --allow-writing-to-directory "$tmp" new-extractor demo-tags --output "$tmp/demo-tags" >&2
(cd "$tmp/demo-tags" && swift build && swift test)
out=$(echo '{"id":"t","text":"Trending: #Kazan"}' | "$glean" run -q -c "$tmp/demo-tags/glean.yml")
check '"type":"demo-tags","start":10,"end":16,"text":"#Kazan","tag":"Kazan"'
echo "plugins: OK" >&2
