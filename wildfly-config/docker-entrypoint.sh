#!/bin/sh
# Starts the platform in the container. With PLATFORM_DB_URL (jdbc:postgresql://...), PLATFORM_DB_USER and
# PLATFORM_DB_PASSWORD set, the datasource is PostgreSQL (the driver module is in the image); otherwise the
# embedded H2 file under PLATFORM_DATA_DIR (a volume). The same switch as `mvn wildfly:run` (README, "Databases").
set -eu
if [ -n "${PLATFORM_DB_URL:-}" ]; then
    set -- -Dplatform.db.driver=postgresql "$@"
    # A database that cannot be reached stops the container with one line and a non-zero exit, instead of a
    # server that answers but serves nothing. (An embedded server, started before the WAR is put in place.)
    if ! "$JBOSS_HOME/bin/jboss-cli.sh" -Dplatform.db.driver=postgresql --file=/opt/wildfly-config/check-database-embedded.cli >/tmp/check-database.log 2>&1; then
        echo "PLATFORM DATABASE UNREACHABLE: check PLATFORM_DB_URL, PLATFORM_DB_USER and PLATFORM_DB_PASSWORD; nothing was started." >&2
        grep -m 1 -o 'Caused by: [^"]*' /tmp/check-database.log >&2 || tail -n 5 /tmp/check-database.log >&2
        exit 1
    fi
fi
cp /opt/platform/ROOT.war "$JBOSS_HOME/standalone/deployments/ROOT.war"
exec "$JBOSS_HOME/bin/standalone.sh" -b 0.0.0.0 -Dplatform.data.dir="$PLATFORM_DATA_DIR" "$@"
