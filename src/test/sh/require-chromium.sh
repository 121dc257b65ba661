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
sh "$(dirname "$0")/apt-install.sh" require-chromium "The browser tests need" "then run mvn verify again" chromium chromium-driver || exit 1
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]
