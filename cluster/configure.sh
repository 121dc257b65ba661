#!/usr/bin/env bash
# Makes the server a cluster node's (issue 25): copies the built WildFly (SERVER, default target/wildfly-*) to
# TARGET (unless they are the same directory, as in the Dockerfile) and configures its standalone-ha.xml with the same
# scripts as one server (wildfly-config/configure.cli, harden-http.cli) plus wildfly-config/cluster.cli. Each node then runs from TARGET with a base directory of its own
# (jboss.server.base.dir: a copy of TARGET/standalone/configuration and its deployments). Used by cluster/start.sh
# and by ClusterIT.
#   cluster/configure.sh TARGET [SERVER]
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?the directory to make the cluster node server in}
server=${2:-$(ls -d "$project"/target/wildfly-*.Final | head -n 1)}
if [ "$(cd "$server" && pwd)" != "$(mkdir -p "$target" && cd "$target" && pwd)" ]; then
    rm -rf "$target"
    mkdir -p "$target"
    # Not what a server running from SERVER writes meanwhile (the test command's own server): data, log, tmp.
    (cd "$server" && tar cf - --exclude=./standalone/data --exclude=./standalone/log --exclude=./standalone/tmp \
        --exclude='./standalone/deployments/*' --exclude=./standalone/configuration/standalone_xml_history .) \
        | (cd "$target" && tar xf -)
fi
rm -rf "$target/standalone/data" "$target/standalone/log" "$target/standalone/tmp"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for script in configure.cli harden-http.cli; do
    sed 's/--server-config=standalone.xml/--server-config=standalone-ha.xml/' "$project/wildfly-config/$script" >"$work/$script"
    JBOSS_HOME=$target "$target/bin/jboss-cli.sh" --file="$work/$script" >>"$work/configure.log" 2>&1 \
        || { cat "$work/configure.log" >&2; exit 1; }
done
JBOSS_HOME=$target "$target/bin/jboss-cli.sh" --file="$project/wildfly-config/cluster.cli" >>"$work/configure.log" 2>&1 \
    || { cat "$work/configure.log" >&2; exit 1; }
rm -rf "$target/standalone/configuration/standalone_xml_history" "$target/standalone/data" "$target/standalone/tmp" \
    "$target/standalone/log"
