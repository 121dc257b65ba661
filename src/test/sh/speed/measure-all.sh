#!/usr/bin/env bash
# C B A C B A C: ceiling (port 8580), ballots (8080, wf-ballot), arena votes (8180, wf-arena); outputs in /tmp/measure/
set -uo pipefail
REPO=$(cd "$(dirname "$0")/../../../.." && pwd); FROZEN=${FROZEN:-/tmp/frozen}
mkdir -p /tmp/measure; cd /tmp/measure
CP=$(cat $FROZEN/cp.txt):$FROZEN/test-classes:$FROZEN/classes
A="--admin-email admin@example.kr --admin-password Bench-admin-2026!"
BP=$(pgrep -f "jboss.home.dir=/tmp/wf-ballot" | head -1); AP=$(pgrep -f "jboss.home.dir=/tmp/wf-arena" | head -1)
ceiling() { (cd /tmp/ceiling && WARMUP=${CWARM:-5} PORT_OFFSET=500 REPEATS=1 CONNS=32 DURATION=20 ENDPOINTS=cast ./measure.sh > /tmp/measure/C$1.txt 2>&1); grep "| 1 | cast" /tmp/measure/C$1.txt; }
ballots() { (cd /tmp/wf-ballot-run && java -cp "$CP" kr.go.msit.sovereignai.benchmark.BallotLoadBenchmark --base http://localhost:8080/ $A --server-pid $BP --seconds ${2:-30} > /tmp/measure/B$1.txt 2>&1); grep -E "throughput|server CPU|server GC|GET\+POST|errors" /tmp/measure/B$1.txt; }
arena() { (cd /tmp/wf-arena-run && java -cp "$CP" kr.go.msit.sovereignai.benchmark.BallotLoadBenchmark --base http://localhost:8180/ $A --arena --server-pid $AP --seconds ${2:-30} > /tmp/measure/A$1.txt 2>&1); grep -E "throughput|server CPU|server GC|GET\+POST|errors" /tmp/measure/A$1.txt; }
[ "${NOWARM:-}" = 1 ] || { echo "warm-up"; ballots w 45; arena w 45; }
for step in C1 B1 A1 C2 B2 A2 C3; do echo "== $step $(date +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; case $step in C*) ceiling ${step#C};; B*) ballots ${step#B};; A*) arena ${step#A};; esac; done
