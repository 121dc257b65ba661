#!/bin/sh
# Installs Debian packages a part of the tests needs, when it can (as root, or through sudo without a
# password prompt); otherwise prints one line saying what to do and fails. Used by require-chromium.sh
# and postgresql-it.sh, so both ask and install the same way.
#   apt-install.sh <log tag> <who needs them> <what to do then> <package>...
set -u
tag="$1"; needs="$2"; then_do="$3"; shift 3
say() { echo "[$tag] $*" >&2; }
if ! command -v apt-get >/dev/null 2>&1; then
    say "$needs Debian's $*: install them, $then_do."
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo -n"
else
    say "$needs $*: run 'sudo apt-get install $*', $then_do."
    exit 1
fi
say "Installing Debian's $* (about 30 s)..."
if ! { $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq "$@" >/dev/null; }; then
    say "Could not install $* with apt-get: install them by hand, $then_do."
    exit 1
fi
