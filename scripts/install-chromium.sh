#!/usr/bin/env bash
# Installs Debian's headless Chromium and ChromeDriver for the browser tests, when they are missing.
# Idempotent; needs root (or sudo) and Debian's package mirror. Prints where they are.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    echo "chromium: $(command -v chromium), chromedriver: $(command -v chromedriver)"
    exit 0
fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
echo "chromium: $(command -v chromium), chromedriver: $(command -v chromedriver)"
