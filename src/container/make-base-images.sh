#!/bin/sh
# Makes the local base images the Dockerfile and compose.yaml can use where no container registry is
# reachable, from Debian's packages alone (mmdebstrap + podman import), each only when it is missing:
#   localhost/debian-jdk17-maven:bookworm   the build stage: OpenJDK 17 and Debian's Maven   (BUILD_IMAGE)
#   localhost/debian-jre17:bookworm         the run stage: the OpenJDK 17 runtime            (RUN_IMAGE)
#   localhost/debian-postgresql15:bookworm  compose.yaml's database, with the official image's
#                                           POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB   (POSTGRES_IMAGE)
#   localhost/debian-haproxy:bookworm       compose.cluster.yaml's balancer: Debian's HAProxy 2.6, run as the
#                                           user haproxy, like the upstream haproxy:2.6       (HAPROXY_IMAGE)
# The machine's extra CA certificates (*.crt in EXTRA_CA_DIR, by default /usr/local/share/ca-certificates)
# are trusted inside the images, so a build behind a TLS-intercepting proxy still reaches Maven Central.
#   make-base-images.sh [--force]     (--force makes all four again)
# Needs root (mmdebstrap's root mode), Debian's mmdebstrap and podman; about 4 minutes the first time.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
force=false
if [ "${1:-}" = "--force" ]; then force=true; fi
EXTRA_CA_DIR=${EXTRA_CA_DIR:-/usr/local/share/ca-certificates}
SUITE=${SUITE:-bookworm}

JDK_IMAGE=localhost/debian-jdk17-maven:$SUITE
JRE_IMAGE=localhost/debian-jre17:$SUITE
POSTGRES_IMAGE=localhost/debian-postgresql15:$SUITE
HAPROXY_IMAGE=localhost/debian-haproxy:$SUITE

work=$(mktemp -d /var/tmp/base-images.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Options every image shares: Debian's mirror (deb.debian.org, as the host's sources name it) without the Release
# files' expiry check (these machines' apt is configured so for their snapshot mirror), and the extra CAs if any.
set -- --variant=apt --aptopt='Acquire::Check-Valid-Until "false"'
if ls "$EXTRA_CA_DIR"/*.crt >/dev/null 2>&1; then
    mkdir -p "$work/ca"
    cp "$EXTRA_CA_DIR"/*.crt "$work/ca/"
    set -- "$@" --customize-hook='mkdir -p "$1/usr/local/share/ca-certificates"' \
        --customize-hook="copy-in $work/ca/. /usr/local/share/ca-certificates/" \
        --customize-hook='chroot "$1" update-ca-certificates >/dev/null'
fi
# Smaller images: no documentation, manual pages or translations. (The JRE's postinst links a manual page,
# so its folder must exist.)
set -- "$@" --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --setup-hook='mkdir -p "$1/usr/share/man/man1"'

missing() {
    $force && return 0
    ! podman image exists "$1"
}

if missing "$JDK_IMAGE"; then
    echo "[base-images] $JDK_IMAGE from Debian's openjdk-17-jdk-headless and maven..."
    mmdebstrap --quiet "$@" --include=openjdk-17-jdk-headless,maven,ca-certificates "$SUITE" "$work/jdk.tar"
    podman import --quiet --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' "$work/jdk.tar" "$JDK_IMAGE" >/dev/null
    rm -f "$work/jdk.tar"
fi
if missing "$JRE_IMAGE"; then
    echo "[base-images] $JRE_IMAGE from Debian's openjdk-17-jre-headless..."
    mmdebstrap --quiet "$@" --include=openjdk-17-jre-headless,ca-certificates,passwd "$SUITE" "$work/jre.tar"
    podman import --quiet --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' "$work/jre.tar" "$JRE_IMAGE" >/dev/null
    rm -f "$work/jre.tar"
fi
# The PostgreSQL image carries its entrypoint: made again when the script changed.
entrypoint_digest=$(sha256sum "$here/postgres-entrypoint.sh" | cut -d ' ' -f 1)
if ! missing "$POSTGRES_IMAGE" \
    && [ "$(podman image inspect --format '{{index .Labels "kr.go.msit.sovereignai.entrypoint"}}' "$POSTGRES_IMAGE")" != "$entrypoint_digest" ]; then
    echo "[base-images] $POSTGRES_IMAGE has an older postgres-entrypoint.sh: making it again"
    podman rmi --force "$POSTGRES_IMAGE" >/dev/null
fi
if missing "$POSTGRES_IMAGE"; then
    echo "[base-images] $POSTGRES_IMAGE from Debian's postgresql-15..."
    # The package creates a cluster of its own; the entrypoint makes the container's at its first start.
    mmdebstrap --quiet "$@" --include=postgresql-15,ca-certificates \
        --customize-hook='chroot "$1" pg_dropcluster 15 main' \
        --customize-hook="copy-in $here/postgres-entrypoint.sh /usr/local/bin/" \
        --customize-hook='chmod 755 "$1/usr/local/bin/postgres-entrypoint.sh"' \
        "$SUITE" "$work/postgres.tar"
    # SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for every client to leave).
    podman import --quiet --change 'ENV LANG=C.UTF-8' --change 'ENV PGDATA=/var/lib/postgresql/data' \
        --change 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'VOLUME /var/lib/postgresql/data' --change 'EXPOSE 5432' --change 'STOPSIGNAL SIGINT' \
        --change 'ENTRYPOINT ["/usr/local/bin/postgres-entrypoint.sh"]' \
        --change "LABEL kr.go.msit.sovereignai.entrypoint=$entrypoint_digest" \
        "$work/postgres.tar" "$POSTGRES_IMAGE" >/dev/null
    rm -f "$work/postgres.tar"
fi
if missing "$HAPROXY_IMAGE"; then
    echo "[base-images] $HAPROXY_IMAGE from Debian's haproxy..."
    # The configuration is mounted where the upstream image reads it (/usr/local/etc/haproxy/haproxy.cfg).
    mmdebstrap --quiet "$@" --include=haproxy,ca-certificates \
        --customize-hook='mkdir -p "$1/usr/local/etc/haproxy"' "$SUITE" "$work/haproxy.tar"
    # SIGUSR1 is HAProxy's soft stop; as PID 1 it ignores SIGTERM (the upstream image stops it the same way).
    podman import --quiet --change 'ENV LANG=C.UTF-8' --change 'USER haproxy' --change 'EXPOSE 8080' \
        --change 'STOPSIGNAL SIGUSR1' \
        --change 'CMD ["haproxy", "-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]' \
        "$work/haproxy.tar" "$HAPROXY_IMAGE" >/dev/null
    rm -f "$work/haproxy.tar"
fi
echo "[base-images] ready: $JDK_IMAGE $JRE_IMAGE $POSTGRES_IMAGE $HAPROXY_IMAGE"
