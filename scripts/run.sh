#!/usr/bin/env bash
# Builds Duban (Release) and opens it on the embedded default database (or --db FILE / $DUBAN_DB).
# Installs missing Debian packages when run as root; otherwise prints the apt-get line and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
duban_ensure_packages "$DUBAN_PACKAGES"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(duban_jobs)" --target duban
exec ./build/release/app/duban "$@"
