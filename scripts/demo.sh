#!/usr/bin/env bash
# Sets up, builds glean (release) and runs it on the bundled examples with the example config.
# Extra arguments go to `glean run` (e.g. -o out.jsonl, -f csv).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product glean >&2
.build/release/glean run -c Examples/glean.yml Examples/seeds "$@"
