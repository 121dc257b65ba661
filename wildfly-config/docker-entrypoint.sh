#!/bin/sh
# Starts the platform in the container. With PLATFORM_DB_URL (jdbc:postgresql://...), PLATFORM_DB_USER and
# PLATFORM_DB_PASSWORD set, the datasource is PostgreSQL (the driver module is in the image); otherwise the
# embedded H2 file under PLATFORM_DATA_DIR (a volume), with a warning, or a refusal when
# PLATFORM_REQUIRE_POSTGRESQL=true. The same switch as `mvn wildfly:run` (README, "Databases").
# With PLATFORM_CLUSTER_PEERS (the two nodes' hosts, each host or host:port of its JGroups TCP, port 7600 by default)
# and PLATFORM_NODE_NAME (this node's name, unique in the cluster), a cluster node (issue 25, compose.cluster.yaml):
# standalone-ha.xml (configured in the image by cluster/configure.sh), the distributable WAR, JGroups on this
# container's own address (PLATFORM_CLUSTER_ADDRESS, or the one address `hostname -i` gives). PostgreSQL only.
set -eu
say() { echo "[platform] $*"; }
port_of() { case "$1" in *:*) echo "${1##*:}" ;; *) echo 7600 ;; esac; }
refuse() {
    echo "PLATFORM REFUSED TO START: $*" >&2
    exit 1
}
war=/opt/platform/ROOT.war
if [ -n "${PLATFORM_CLUSTER_PEERS:-}" ]; then
    # Checked before anything else: a node on the H2 file would be a second, separate database (the application
    # refuses it too, but only after WildFly has started).
    [ -n "${PLATFORM_DB_URL:-}" ] \
        || refuse "a cluster node (PLATFORM_CLUSTER_PEERS) needs PostgreSQL, and PLATFORM_DB_URL is not set (the embedded H2 file is one server's)."
    node=${PLATFORM_NODE_NAME:-}
    case "$node" in
        "" | *[!A-Za-z0-9_-]*) refuse "PLATFORM_NODE_NAME must name this cluster node (letters, digits, - and _): '$node'." ;;
    esac
    # jboss.tx.node.id, the transaction manager's node identifier, is at most 23 bytes.
    [ "${#node}" -le 23 ] || refuse "PLATFORM_NODE_NAME is longer than 23 characters: '$node'."
    old_ifs=$IFS
    IFS=,
    # shellcheck disable=SC2086
    set -- $PLATFORM_CLUSTER_PEERS -- "$@"
    IFS=$old_ifs
    [ "$#" -ge 3 ] && [ "$3" = "--" ] \
        || refuse "PLATFORM_CLUSTER_PEERS must name the two nodes, e.g. node1,node2: '$PLATFORM_CLUSTER_PEERS'."
    peer1=$1
    peer2=$2
    shift 3
    address=${PLATFORM_CLUSTER_ADDRESS:-$(hostname -i 2>/dev/null || true)}
    address=$(echo $address)
    case "$address" in
        "" | *" "* | 127.* | ::1) refuse "this container's own address is not one address ('$address'): set PLATFORM_CLUSTER_ADDRESS to the address the other node reaches it at." ;;
    esac
    set -- -c standalone-ha.xml -Djboss.node.name="$node" -Djboss.tx.node.id="$node" \
        -Djboss.bind.address.private="$address" \
        -Dplatform.cluster.peer1.host="${peer1%%:*}" -Dplatform.cluster.peer1.port="$(port_of "$peer1")" \
        -Dplatform.cluster.peer2.host="${peer2%%:*}" -Dplatform.cluster.peer2.port="$(port_of "$peer2")" "$@"
    war=/opt/platform/ROOT-distributable.war
    say "cluster node $node at $address, peers $peer1 and $peer2"
fi
if [ -n "${PLATFORM_DB_URL:-}" ]; then
    set -- -Dplatform.db.driver=postgresql "$@"
    # A database that cannot be reached stops the container with one line and a non-zero exit, instead of a
    # server that answers but serves nothing. (An embedded server, started before the WAR is put in place.)
    # A database still starting (compose starts both at once) gets PLATFORM_DB_WAIT_SECONDS to answer.
    # (Said before the first check: on a busy machine that check alone can outlast a short wait.)
    wait_seconds=${PLATFORM_DB_WAIT_SECONDS:-60}
    deadline=$(( $(date +%s) + wait_seconds ))
    say "waiting for the database at $PLATFORM_DB_URL (up to $wait_seconds s)..."
    until "$JBOSS_HOME/bin/jboss-cli.sh" -Dplatform.db.driver=postgresql --file=/opt/wildfly-config/check-database-embedded.cli >/tmp/check-database.log 2>&1; do
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "PLATFORM DATABASE UNREACHABLE: check PLATFORM_DB_URL, PLATFORM_DB_USER and PLATFORM_DB_PASSWORD; nothing was started." >&2
            grep -m 1 -o 'Caused by: [^"]*' /tmp/check-database.log >&2 || tail -n 5 /tmp/check-database.log >&2
            exit 1
        fi
        sleep 3
    done
    say "database: $PLATFORM_DB_URL"
elif [ "${PLATFORM_REQUIRE_POSTGRESQL:-false}" = "true" ]; then
    refuse "PLATFORM_REQUIRE_POSTGRESQL=true but PLATFORM_DB_URL is not set (the embedded H2 file is for one machine and for trials)."
else
    say "WARNING: the embedded H2 file in $PLATFORM_DATA_DIR is the database; for one machine and for trials only."
    say "WARNING: production runs on PostgreSQL: set PLATFORM_DB_URL, PLATFORM_DB_USER and PLATFORM_DB_PASSWORD (compose.yaml), or PLATFORM_REQUIRE_POSTGRESQL=true to refuse the H2 file."
fi
# The heap the server will have: its sizing flags (JBOSS_JAVA_SIZING) against this container's memory limit.
heap=$(java ${JBOSS_JAVA_SIZING:-} -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%d", $4 / 1048576 }')
say "heap limit: ${heap:-?} MiB (JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-})"
cp "$war" "$JBOSS_HOME/standalone/deployments/ROOT.war"
exec "$JBOSS_HOME/bin/standalone.sh" -b 0.0.0.0 -Dplatform.data.dir="$PLATFORM_DATA_DIR" "$@"
