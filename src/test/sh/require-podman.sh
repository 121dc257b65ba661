#!/bin/sh
# The container test (ContainerImageIT) builds and runs the Dockerfile and compose.yaml with Debian's podman,
# on base images made from Debian's packages (no container registry is reachable here). Run by `mvn verify`
# before the integration tests: installs podman and the rest when it can (as root, or through sudo without a
# password prompt), then makes the base images that are missing (about 4 minutes the first time on a machine,
# nothing after); otherwise stops the build with one line saying what to do.
# Arguments: Maven's skipTests, skipITs, skipContainerTests and maven.test.skip; nothing to do when any is true.
set -u
for skip in "${1:-false}" "${2:-false}" "${3:-false}" "${4:-false}"; do
    if [ "$skip" = "true" ]; then exit 0; fi
done
here=$(dirname "$0")
project=$(cd "$here/../../.." && pwd)
if ! command -v podman >/dev/null 2>&1 || ! command -v podman-compose >/dev/null 2>&1 \
    || ! command -v mmdebstrap >/dev/null 2>&1 || ! command -v runc >/dev/null 2>&1; then
    sh "$here/apt-install.sh" require-podman "The container test needs" \
        "then run mvn verify again (or skip it with -DskipContainerTests)" \
        podman runc podman-compose mmdebstrap uidmap fuse-overlayfs slirp4netns || exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "[require-podman] The container test runs podman as root (the base images need mmdebstrap's root mode): run mvn verify as root, or skip it with -DskipContainerTests." >&2
    exit 1
fi
CONTAINERS_CONF="$project/src/container/containers.conf" sh "$project/src/container/make-base-images.sh" || {
    echo "[require-podman] Could not make the base images (src/container/make-base-images.sh above): fix that, or skip the container test with -DskipContainerTests." >&2
    exit 1
}
