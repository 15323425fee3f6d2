# Shared by scripts/run.sh and scripts/test.sh: installs the Debian packages Duban needs when missing.
# Sourced, not executed.

DUBAN_PACKAGES="build-essential cmake ninja-build pkg-config qt6-base-dev libqt6opengl6-dev qt6-charts-dev \
qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgtest-dev libgmock-dev \
libbenchmark-dev poppler-utils xvfb xauth fonts-wqy-microhei fonts-arphic-uming fonts-noto-cjk \
libminizip-dev libxlsxwriter-dev"

# What only the test suite needs on top: Debian's openpyxl writes the .xlsx fixtures of tests/core
# (XlsxReaderTest runs /usr/bin/python3). scripts/run.sh installs none of these.
# shellcheck disable=SC2034 # used by scripts/test.sh
DUBAN_TEST_PACKAGES="python3-openpyxl python3-lxml"

# The packages of the lists given (default: DUBAN_PACKAGES) that are not installed.
duban_missing_packages() {
    local missing=""
    # shellcheck disable=SC2048 # each argument is a list of names: split into words
    for p in ${*:-$DUBAN_PACKAGES}; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $p"
        fi
    done
    echo "${missing# }"
}

# Installs the missing packages of the lists given (default: DUBAN_PACKAGES) as root; otherwise prints the
# apt-get line and stops.
duban_ensure_packages() {
    local missing
    missing="$(duban_missing_packages "$@")"
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Duban needs these Debian packages, which are missing: $missing" >&2
        echo "Install them as root, then run this command again:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing" >&2
        exit 1
    fi
    echo "Installing missing packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
}

duban_jobs() {
    nproc 2>/dev/null || echo 2
}
