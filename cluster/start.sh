#!/usr/bin/env bash
# Starts the platform as a cluster on this machine (issue 25): two WildFly nodes (standalone-ha, one server made by
# cluster/configure.sh, a base directory each, port offsets 500 and 600: HTTP 8580 and 8680), Debian's HAProxy in
# front on http://localhost:8080 (CLUSTER_PORT), one PostgreSQL (PLATFORM_DB_URL/_USER/_PASSWORD, or else a
# throw-away one on 127.0.0.1:55432). Stops everything it started on Ctrl-C (or SIGTERM to this script). The nodes are
# configured by the same wildfly-config scripts as one server, plus wildfly-config/cluster.cli; the WAR is deployed
# distributable. ClusterIT runs the same server, configuration and balancer.
#   cluster/start.sh            (PLATFORM_ADMIN_EMAIL / PLATFORM_ADMIN_PASSWORD as for mvn wildfly:run)
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
say() { echo "[cluster] $*" >&2; }

CLUSTER_PORT=${CLUSTER_PORT:-8080}
work=$project/target/cluster
offsets=(500 600)

if ! command -v haproxy >/dev/null 2>&1; then
    sh src/test/sh/apt-install.sh cluster "The cluster needs" "then run cluster/start.sh again" haproxy
fi

say "building the WAR and the server (mvn package)..."
mvn -q -DskipTests package >/dev/null
server=$(ls -d target/wildfly-*.Final | head -n 1)

pids=()
pg_state=""
stop_all() {
    trap - INT TERM EXIT
    say "stopping..."
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "$pg_state" ]; then sh src/test/sh/postgresql-it.sh stop "$pg_state" || true; fi
    say "stopped"
}
trap stop_all INT TERM EXIT

rm -rf "$work"
mkdir -p "$work"
if [ -z "${PLATFORM_DB_URL:-}" ]; then
    pg_state=$work/postgresql.state
    PLATFORM_DB_USER=platform
    PLATFORM_DB_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    PLATFORM_DB_URL=jdbc:postgresql://127.0.0.1:55432/platform
    sh src/test/sh/postgresql-it.sh start "$pg_state" 55432 "$PLATFORM_DB_PASSWORD" falsefalsefalse
fi

say "configuring the nodes' server (cluster/configure.sh)..."
cluster/configure.sh "$work/server" "$server"

# The WAR, distributable: sessions are copied to the other node. (The single server keeps its own session manager,
# whose cap refuses new sessions when full; docs/operations.md, "The cluster".)
mkdir -p "$work/war/WEB-INF"
cp target/ROOT.war "$work/ROOT.war"
(cd "$work/war" && jar xf ../ROOT.war WEB-INF/web.xml \
    && sed -i 's|<display-name>|<distributable/>\n    <display-name>|' WEB-INF/web.xml \
    && grep -q '<distributable/>' WEB-INF/web.xml && jar uf ../ROOT.war WEB-INF/web.xml)

# Each node: the one server, a base directory of its own (configuration, deployments, data, log).
for n in 1 2; do
    mkdir -p "$work/node$n/deployments"
    cp -a "$work/server/standalone/configuration" "$work/node$n/configuration"
    cp "$work/ROOT.war" "$work/node$n/deployments/ROOT.war"
done

for n in 1 2; do
    offset=${offsets[$((n - 1))]}
    JBOSS_HOME=$work/server LAUNCH_JBOSS_IN_BACKGROUND=true PLATFORM_TRUSTED_PROXIES=127.0.0.1 \
        PLATFORM_PUBLIC_URL=${PLATFORM_PUBLIC_URL:-http://localhost:$CLUSTER_PORT} \
        PLATFORM_DB_URL=$PLATFORM_DB_URL PLATFORM_DB_USER=${PLATFORM_DB_USER:-} PLATFORM_DB_PASSWORD=${PLATFORM_DB_PASSWORD:-} \
        "$work/server/bin/standalone.sh" -c standalone-ha.xml -Djboss.server.base.dir="$work/node$n" \
        -Djboss.node.name=node$n -Djboss.tx.node.id=node$n \
        -Djboss.socket.binding.port-offset="$offset" -Dplatform.db.driver=postgresql \
        -Dplatform.cluster.peer1.port=$((7600 + offsets[0])) -Dplatform.cluster.peer2.port=$((7600 + offsets[1])) \
        -Dplatform.data.dir="$work/node$n/data/platform" >"$work/node$n.log" 2>&1 &
    pids+=($!)
done
say "two nodes starting (logs: target/cluster/node1.log, node2.log)..."
for n in 1 2; do
    for _ in $(seq 240); do
        if grep -q 'WFLYSRV0025\|WFLYSRV0026' "$work/node$n.log"; then break; fi
        if ! kill -0 "${pids[$((n - 1))]}" 2>/dev/null; then say "node$n exited: see $work/node$n.log"; exit 1; fi
        sleep 1
    done
done
if grep -q 'WFLYSRV0026' "$work/node1.log" "$work/node2.log"; then
    say "a node started with errors: see target/cluster/node1.log, node2.log"
    exit 1
fi
grep -h -o "Received new cluster view.*\|joined cluster 'ejb' with view: .*" "$work/node2.log" | tail -n 1 >&2 || true

CLUSTER_PORT=$CLUSTER_PORT CLUSTER_NODE1=127.0.0.1:$((8080 + offsets[0])) CLUSTER_NODE2=127.0.0.1:$((8080 + offsets[1])) \
    haproxy -f cluster/haproxy.cfg -db >"$work/haproxy.log" 2>&1 &
pids+=($!)
say "the platform is served by two nodes on http://localhost:$CLUSTER_PORT/ (Ctrl-C stops everything)"
wait "${pids[@]}"
