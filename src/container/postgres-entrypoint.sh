#!/bin/sh
# PostgreSQL 15 from Debian's packages behind the official postgres image's contract, as far as
# compose.yaml uses it: at the first start (an empty PGDATA) a cluster owned by POSTGRES_USER with
# POSTGRES_PASSWORD (scram-sha-256 over the network) and the database POSTGRES_DB; then the server
# in the foreground as the postgres user, listening on every address.
set -eu
: "${PGDATA:=/var/lib/postgresql/data}"
: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
if [ -z "${POSTGRES_PASSWORD:-}" ]; then
    echo "postgres-entrypoint: POSTGRES_PASSWORD is empty; refusing to start a server without a password." >&2
    exit 1
fi
mkdir -p "$PGDATA" /run/postgresql
# A volume made by another image may hold files of another owner, which PostgreSQL refuses.
find "$PGDATA" \! -user postgres -exec chown postgres:postgres {} +
chown postgres:postgres /run/postgresql
chmod 700 "$PGDATA"
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    pwfile=$(mktemp)
    trap 'rm -f "$pwfile"' EXIT
    printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
    chown postgres "$pwfile"
    as_postgres initdb --username="$POSTGRES_USER" --pwfile="$pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 -D "$PGDATA" >/dev/null
    rm -f "$pwfile"
    trap - EXIT
    echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
    # The database, made through the local socket only, before anyone can connect over the network.
    as_postgres pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
    if [ "$POSTGRES_DB" != "postgres" ]; then
        as_postgres createdb --username="$POSTGRES_USER" --owner="$POSTGRES_USER" "$POSTGRES_DB"
    fi
    as_postgres pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
    echo "postgres-entrypoint: initialised $PGDATA with the database $POSTGRES_DB owned by $POSTGRES_USER"
fi
# Arguments (compose's `command: -c ...`) go to the server, as with the official image.
exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D "$PGDATA" -c listen_addresses='*' "$@"
