#!/usr/bin/env bash
# Runs every test (unit tests, *IT integration tests, and the end-to-end check of the sample pages
# against ../shared when it is there).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/env.sh"
cd "$root"
# the browser tests render pages in headless Chromium
"$root/scripts/install-chromium.sh"
mvn -B -ntp verify "$@"
