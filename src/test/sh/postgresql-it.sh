#!/bin/sh
# A throw-away PostgreSQL cluster on loopback for the PostgreSQL half of `mvn verify`: created in a fresh
# temporary directory before the integration tests, removed after them, so the tests never touch a database
# they did not create. Installs Debian's postgresql when it can (as root, or through sudo without a
# password prompt); otherwise stops the build with one line saying what to do.
#   postgresql-it.sh start <state file> <port> <password> <skip flags>
#   postgresql-it.sh stop  <state file>
set -u
say() { echo "[postgresql-it] $*" >&2; }

# The postgres tools refuse to run as root: as root they run as the postgres user.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_cluster() {
    state="$1"
    [ -f "$state" ] || return 0
    dir=$(cat "$state")
    if [ -d "$dir/data" ]; then
        as_postgres "$bin/pg_ctl" -D "$dir/data" -w -s -m immediate stop >/dev/null 2>&1 || true
    fi
    case "$dir" in /tmp/platform-it-pg.*) rm -rf "$dir" ;; esac
    rm -f "$state"
}

find_bin() {
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
    bin=$(dirname "${initdb:-/nonexistent/initdb}")
}

install_postgresql() {
    sh "$(dirname "$0")/apt-install.sh" postgresql-it "The PostgreSQL half of the tests needs" \
        "or run 'mvn verify -DskipPostgreSQLTests' for the H2 half only" postgresql || exit 1
}

find_bin
case "${1:-}" in
stop)
    stop_cluster "$2"
    ;;
start)
    state="$2"; port="$3"; password="$4"
    case "${5:-}" in *true*) exit 0 ;; esac   # skipTests, skipITs or skipPostgreSQLTests
    if [ ! -x "$bin/initdb" ]; then
        install_postgresql
        find_bin
    fi
    stop_cluster "$state"   # one left behind by an interrupted run
    dir=$(mktemp -d /tmp/platform-it-pg.XXXXXX) || exit 1
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    echo "$dir" > "$state"
    if ! as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust --auth-host=scram-sha-256 --no-sync \
            --no-instructions -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
        say "initdb failed: $(tail -n 3 "$dir/initdb.log")"
        exit 1
    fi
    # fsync off: the cluster is thrown away; the tests kill WildFly, never this PostgreSQL.
    if ! as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s -o "-p $port -k $dir \
            -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start; then
        say "PostgreSQL did not start on 127.0.0.1:$port (is the port taken? -Dit.postgresql.port=... moves it): $(tail -n 3 "$dir/server.log")"
        exit 1
    fi
    # The platform's role may create databases: the fault and backup tests make their own.
    if ! as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE platform LOGIN CREATEDB PASSWORD '$password'" -c "CREATE DATABASE platform OWNER platform" postgres; then
        say "Could not create the tests' database"
        exit 1
    fi
    say "Throw-away PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
    ;;
*)
    say "usage: postgresql-it.sh start <state file> <port> <password> <skip flags> | stop <state file>"
    exit 2
    ;;
esac
