#!/bin/sh
# The cluster test (ClusterIT, in the PostgreSQL half) puts Debian's HAProxy in front of two nodes, as
# cluster/start.sh does. Run by `mvn verify` before the integration tests: installs it when it can (as root, or
# through sudo without a password prompt), otherwise stops the build with one line saying what to install.
set -u
# Arguments: Maven's skipTests, skipITs and skipPostgreSQLTests; nothing to check when the PostgreSQL half is skipped.
for skipped in "$@"; do
    if [ "$skipped" = "true" ]; then
        exit 0
    fi
done
if command -v haproxy >/dev/null 2>&1; then
    exit 0
fi
sh "$(dirname "$0")/apt-install.sh" require-haproxy "The cluster test needs" "then run mvn verify again" haproxy || exit 1
command -v haproxy >/dev/null 2>&1
