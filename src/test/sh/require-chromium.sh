#!/bin/sh
# The browser tests drive Debian's headless Chromium through Debian's chromedriver (never a downloaded
# driver). Run by `mvn verify` before the integration tests: installs both when it can (as root, or
# through sudo without a password prompt), otherwise stops the build with one line saying what to install.
set -u
# Arguments: Maven's skipTests and skipITs; nothing to check when the integration tests are skipped.
if [ "${1:-false}" = "true" ] || [ "${2:-false}" = "true" ]; then
    exit 0
fi
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
say() { echo "[require-chromium] $*" >&2; }
if ! command -v apt-get >/dev/null 2>&1; then
    say "The browser tests need Chromium and its driver at /usr/bin/chromium and /usr/bin/chromedriver: install them (Debian: apt-get install chromium chromium-driver), then run mvn verify again."
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo -n"
else
    say "The browser tests need Chromium: run 'sudo apt-get install chromium chromium-driver', then mvn verify again."
    exit 1
fi
say "Installing Debian's chromium and chromium-driver for the browser tests (about 30 s)..."
if ! { $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
    say "Could not install chromium and chromium-driver with apt-get: install them by hand, then run mvn verify again."
    exit 1
fi
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]
