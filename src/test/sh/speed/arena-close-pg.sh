#!/usr/bin/env bash
# arena-close.sh on a throw-away PostgreSQL (port 55432, data in $PGDIR, default /tmp/pg-scale; run as root:
# the cluster runs as the postgres user), VACUUM ANALYZE after the votes are written, as autovacuum would.
set -euo pipefail
SPEED=$(cd "$(dirname "$0")" && pwd)
PG=${PGDIR:-/tmp/pg-scale}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
[ -f $PG/postmaster.pid ] && su postgres -c "$PGBIN/pg_ctl -D $PG stop -m fast" || true
rm -rf $PG; mkdir -p $PG && chown postgres $PG
su postgres -c "$PGBIN/initdb -D $PG -A trust -U postgres" > /dev/null
su postgres -c "$PGBIN/pg_ctl -D $PG -o '-p 55432 -k /tmp -c shared_buffers=512MB' -l /tmp/pg-scale.log start" > /dev/null
sleep 2
psql -q -h 127.0.0.1 -p 55432 -U postgres -c "CREATE USER platform PASSWORD 'platform'" -c "CREATE DATABASE platform OWNER platform"
export PLATFORM_DB_DRIVER=postgresql PLATFORM_DB_URL=jdbc:postgresql://127.0.0.1:55432/platform PLATFORM_DB_USER=platform \
    PLATFORM_DB_PASSWORD=platform
DB_URL=$PLATFORM_DB_URL AFTER_GENERATING="psql -q -h 127.0.0.1 -p 55432 -U postgres platform -c 'VACUUM ANALYZE'" \
    "$SPEED/arena-close.sh" "$@" || status=$?
su postgres -c "$PGBIN/pg_ctl -D $PG stop -m fast" > /dev/null
exit ${status:-0}
