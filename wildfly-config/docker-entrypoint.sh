#!/bin/sh
# Starts the platform in the container. With PLATFORM_DB_URL (jdbc:postgresql://...), PLATFORM_DB_USER and
# PLATFORM_DB_PASSWORD set, the datasource is PostgreSQL (the driver module is in the image); otherwise the
# embedded H2 file under PLATFORM_DATA_DIR (a volume), with a warning, or a refusal when
# PLATFORM_REQUIRE_POSTGRESQL=true. The same switch as `mvn wildfly:run` (README, "Databases").
set -eu
say() { echo "[platform] $*"; }
if [ -n "${PLATFORM_DB_URL:-}" ]; then
    set -- -Dplatform.db.driver=postgresql "$@"
    # A database that cannot be reached stops the container with one line and a non-zero exit, instead of a
    # server that answers but serves nothing. (An embedded server, started before the WAR is put in place.)
    # A database still starting (compose starts both at once) gets PLATFORM_DB_WAIT_SECONDS to answer.
    deadline=$(( $(date +%s) + ${PLATFORM_DB_WAIT_SECONDS:-60} ))
    until "$JBOSS_HOME/bin/jboss-cli.sh" -Dplatform.db.driver=postgresql --file=/opt/wildfly-config/check-database-embedded.cli >/tmp/check-database.log 2>&1; do
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "PLATFORM DATABASE UNREACHABLE: check PLATFORM_DB_URL, PLATFORM_DB_USER and PLATFORM_DB_PASSWORD; nothing was started." >&2
            grep -m 1 -o 'Caused by: [^"]*' /tmp/check-database.log >&2 || tail -n 5 /tmp/check-database.log >&2
            exit 1
        fi
        say "waiting for the database at $PLATFORM_DB_URL..."
        sleep 3
    done
    say "database: $PLATFORM_DB_URL"
elif [ "${PLATFORM_REQUIRE_POSTGRESQL:-false}" = "true" ]; then
    echo "PLATFORM REFUSED TO START: PLATFORM_REQUIRE_POSTGRESQL=true but PLATFORM_DB_URL is not set (the embedded H2 file is for one machine and for trials)." >&2
    exit 1
else
    say "WARNING: the embedded H2 file in $PLATFORM_DATA_DIR is the database; for one machine and for trials only."
    say "WARNING: production runs on PostgreSQL: set PLATFORM_DB_URL, PLATFORM_DB_USER and PLATFORM_DB_PASSWORD (compose.yaml), or PLATFORM_REQUIRE_POSTGRESQL=true to refuse the H2 file."
fi
# The heap the server will have: its sizing flags (JBOSS_JAVA_SIZING) against this container's memory limit.
heap=$(java ${JBOSS_JAVA_SIZING:-} -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%d", $4 / 1048576 }')
say "heap limit: ${heap:-?} MiB (JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-})"
cp /opt/platform/ROOT.war "$JBOSS_HOME/standalone/deployments/ROOT.war"
exec "$JBOSS_HOME/bin/standalone.sh" -b 0.0.0.0 -Dplatform.data.dir="$PLATFORM_DATA_DIR" "$@"
