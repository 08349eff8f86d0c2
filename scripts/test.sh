#!/usr/bin/env bash
# Sets up (installs libpcre2-dev if missing), runs the whole test suite, then the plugin
# end-to-end checks (example plugin package, scaffold).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
bash scripts/test-plugins.sh
