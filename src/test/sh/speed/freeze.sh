#!/usr/bin/env bash
# Freezes this checkout's build for the speed scripts: ROOT.war, classes, test classes and the test classpath
# in $FROZEN (default /tmp/frozen), so that the code measured cannot change under a run. Provisions WildFly in
# target/ (mvn package), which platform.sh and arena-close-*.sh copy.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../../../.." && pwd); FROZEN=${FROZEN:-/tmp/frozen}
cd "$REPO"
mvn -q -DskipTests -Dspotless.check.skip=true package
mvn -q -Dspotless.check.skip=true test-compile dependency:build-classpath -Dmdep.outputFile="$REPO/target/test-classpath.txt" -Dmdep.includeScope=test
rm -rf "$FROZEN" && mkdir -p "$FROZEN"
cp -a target/classes target/test-classes target/ROOT.war "$FROZEN"/ && cp target/test-classpath.txt "$FROZEN"/cp.txt
echo "frozen in $FROZEN"
