#!/usr/bin/env bash
# Arena close at N votes on a fresh H2 file: prepare, stop, generate, start, close as administrator.
# usage: arena-close-h2.sh N   (uses the frozen build in $FROZEN)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../../../.." && pwd); FROZEN=${FROZEN:-/tmp/frozen}
N=${1:-1000000}
F=$FROZEN
WF=/tmp/wf-arena
DATA=/tmp/arena-run/data
mkdir -p /tmp/arena-run && cd /tmp/arena-run
CP=$(cat $F/cp.txt):$F/test-classes:$F/classes
export PLATFORM_ADMIN_EMAIL=admin@example.kr PLATFORM_ADMIN_PASSWORD='Bench-admin-2026!' PLATFORM_RATE_SIGNUPS_PER_HOUR=1000000 \
  PLATFORM_RATE_BALLOTS_PER_MINUTE=1000000 PLATFORM_EMAIL_VERIFICATION=false
A="--base http://localhost:10280/ --admin-email admin@example.kr --admin-password Bench-admin-2026!"
start() {
  rm -f $WF/standalone/deployments/ROOT.war.deployed $WF/standalone/deployments/ROOT.war.failed
  JAVA_OPTS="-Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Dplatform.data.dir=$DATA -Dplatform.db.driver=h2" \
    LAUNCH_JBOSS_IN_BACKGROUND=true nohup $WF/bin/standalone.sh -Djboss.socket.binding.port-offset=2200 > /tmp/wf-arena.log 2>&1 &
  for i in $(seq 1 120); do
    if [ -f $WF/standalone/deployments/ROOT.war.deployed ]; then return 0; fi
    if [ -f $WF/standalone/deployments/ROOT.war.failed ]; then echo "deploy failed"; exit 1; fi
    sleep 1
  done
  echo "not deployed"; exit 1
}
stop() {
  pkill -f "jboss.home.dir=$WF" || true
  for i in $(seq 1 60); do pgrep -f "jboss.home.dir=$WF" >/dev/null || return 0; sleep 1; done
  pkill -9 -f "jboss.home.dir=$WF" || true
}
if [ "${CLOSE_ONLY:-}" = "" ]; then
stop
rm -rf $WF $DATA; mkdir -p $DATA && cp -a $REPO/target/wildfly-39.0.1.Final $WF && cp $F/ROOT.war $WF/standalone/deployments/
start
java -cp "$CP" kr.go.msit.sovereignai.benchmark.CloseAndTallyBenchmark $A --prepare-arena 1 --prompts 60
stop
( time java -Xmx2g -cp "$CP" kr.go.msit.sovereignai.benchmark.ArenaDataGenerator --url "jdbc:h2:file:$DATA/database/platform" --user sa --password sa --round 1 --votes $N --citizens $((N/20)) --leave-open true ) 2>&1 | tail -5
ls -la $DATA/database/
fi
start
uptime
java -cp "$CP" kr.go.msit.sovereignai.benchmark.CloseAndTallyBenchmark $A --round 1 --arena true
grep -i "arena\|votes read\|analys" /tmp/wf-arena.log | grep -v DEBUG | tail -8
stop
