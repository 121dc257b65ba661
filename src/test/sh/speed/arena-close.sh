#!/usr/bin/env bash
# The arena's close at N votes (N/20 citizens) on a fresh H2 file: prepare the arena round through the pages, stop,
# generate the votes, start, close as the administrator does (CloseAndTallyBenchmark). Usage: arena-close.sh N
# (PostgreSQL: arena-close-pg.sh, which makes the database and calls this with DB_URL set).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../../../.." && pwd); FROZEN=${FROZEN:-/tmp/frozen}
SPEED=$(cd "$(dirname "$0")" && pwd)
N=${1:-1000000}
NAME=wf-close; RUN=/tmp/$NAME-run
DB_URL=${DB_URL:-jdbc:h2:file:$RUN/data/database/platform}
CP=$(cat $FROZEN/cp.txt):$FROZEN/test-classes:$FROZEN/classes
A="--base http://localhost:10280/ --admin-email admin@example.kr --admin-password Bench-admin-2026!"
"$SPEED/platform.sh" stop $NAME
FRESH=1 "$SPEED/platform.sh" start $NAME 2200 > /dev/null
cd $RUN   # the benchmark samples the heap of the WildFly whose data is ./data
java -cp "$CP" kr.go.msit.sovereignai.benchmark.CloseAndTallyBenchmark $A --prepare-arena 1 --prompts 60
"$SPEED/platform.sh" stop $NAME
java -Xmx2g -cp "$CP" kr.go.msit.sovereignai.benchmark.ArenaDataGenerator --url "$DB_URL" --user "${PLATFORM_DB_USER:-sa}" \
    --password "${PLATFORM_DB_PASSWORD:-sa}" --round 1 --votes $N --citizens $((N / 20)) --leave-open true | tail -1
eval "${AFTER_GENERATING:-true}"
"$SPEED/platform.sh" start $NAME 2200 > /dev/null
uptime
java -cp "$CP" kr.go.msit.sovereignai.benchmark.CloseAndTallyBenchmark $A --round 1 --arena true
grep "arena analysed" /tmp/$NAME.log | sed 's/.*INFO.*) //' | tail -1
"$SPEED/platform.sh" stop $NAME
