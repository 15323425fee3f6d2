#!/usr/bin/env bash
# Builds Duban (Debug, warnings as errors) and runs the whole test suite with ctest.
# Exits non-zero on any failure. Installs missing Debian packages when run as root; otherwise prints
# the apt-get line and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
duban_ensure_packages "$DUBAN_PACKAGES" "$DUBAN_TEST_PACKAGES"
start=$(date +%s)
cmake --preset debug >/dev/null
cmake --build --preset debug -j "$(duban_jobs)"
built=$(date +%s)
ctest --preset debug -j "$(duban_jobs)"
echo "build $((built - start)) s, tests $(( $(date +%s) - built )) s"
