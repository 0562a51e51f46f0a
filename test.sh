#!/usr/bin/env bash
# The one test command. Installs what a fresh machine lacks (Debian's chromium and haproxy for the browser tests,
# poppler-utils and libreoffice-impress for the export tests),
# runs every test project in KpiDashboard.sln, then prints one line "N passed, N failed" summed over
# all projects and exits with dotnet test's status. Extra arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

results=artifacts/test-results

as_root() {
    if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# Installs Debian packages, refreshing the package lists only when the install fails without it.
apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    if ! as_root apt-get install -y -q "$@"; then
        as_root apt-get update -q
        as_root apt-get install -y -q "$@"
    fi
}

# The browser tests launch Debian's chromium (Playwright's own browser download is not used).
if [[ ! -x /usr/bin/chromium ]]; then
    echo "Installing chromium for the browser tests..."
    apt_install chromium
fi

# The two-instance browser test puts Debian's HAProxy in front of the app (scripts/haproxy.cfg).
if [[ ! -x /usr/sbin/haproxy ]]; then
    echo "Installing haproxy for the two-instance browser test..."
    apt_install haproxy
fi

# The export tests read PDFs and pictures of pages with poppler (pdftoppm, pdfinfo) and check that LibreOffice
# opens the PowerPoint files (libreoffice --headless --convert-to pdf).
if ! command -v pdftoppm >/dev/null; then
    echo "Installing poppler-utils for the export tests..."
    apt_install poppler-utils
fi

if ! command -v libreoffice >/dev/null; then
    echo "Installing libreoffice-impress for the export tests (about 90 s)..."
    apt_install libreoffice-impress
fi

# The builds fetch Chart.js (web app) and axe-core (browser tests) with npm ci.
if ! command -v npm >/dev/null; then
    echo "Installing npm for the builds (Chart.js, axe-core)..."
    apt_install npm
fi

rm -rf "$results"
status=0
dotnet test KpiDashboard.sln --logger trx --results-directory "$results" "$@" || status=$?

# Sum counter attributes of the TRX files (one per test project), e.g. sum_counters passed.
sum_counters() {
    local counters
    counters=$(find "$results" -name '*.trx' -exec grep -ho '<Counters [^>]*' {} + 2>/dev/null || true)
    local name total=0
    for name in "$@"; do
        total=$((total + $(sed -n "s/.* $name=\"\([0-9]*\)\".*/\1/p" <<<"$counters" | awk '{ n += $1 } END { print n + 0 }')))
    done
    echo "$total"
}

# Errors, timeouts and aborted tests count as failures too.
echo "$(sum_counters passed) passed, $(sum_counters failed error timeout aborted) failed"
exit "$status"
