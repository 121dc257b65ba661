#!/bin/sh
# Starts the platform in the container. With PLATFORM_DB_URL (jdbc:postgresql://...) set, the datasource is
# switched to PostgreSQL first; otherwise the embedded H2 file under PLATFORM_DATA_DIR (a volume) is used.
set -eu
if [ -n "${PLATFORM_DB_URL:-}" ] && [ ! -f "$JBOSS_HOME/.postgresql-configured" ]; then
    "$JBOSS_HOME/bin/jboss-cli.sh" -Dpostgresql.jar=/opt/postgresql/postgresql.jar \
        --properties=/dev/null --file=/opt/wildfly-config/datasource-postgresql.cli
    touch "$JBOSS_HOME/.postgresql-configured"
fi
exec "$JBOSS_HOME/bin/standalone.sh" -b 0.0.0.0 -Dplatform.data.dir="$PLATFORM_DATA_DIR" "$@"
