#!/usr/bin/env bash
# Arena close at N votes on an empty PostgreSQL (port 55432): prepare, generate (platform stopped), start, close.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../../../.." && pwd); FROZEN=${FROZEN:-/tmp/frozen}
N=${1:-1000000}
F=$FROZEN
WF=/tmp/wf-arena
PG=${PGDIR:-/tmp/pg-scale}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
mkdir -p /tmp/arena-run && cd /tmp/arena-run
DATA=/tmp/arena-run/data
CP=$(cat $F/cp.txt):$F/test-classes:$F/classes
URL=jdbc:postgresql://127.0.0.1:55432/platform
export PLATFORM_ADMIN_EMAIL=admin@example.kr PLATFORM_ADMIN_PASSWORD='Bench-admin-2026!' PLATFORM_RATE_SIGNUPS_PER_HOUR=1000000 \
  PLATFORM_RATE_BALLOTS_PER_MINUTE=1000000 PLATFORM_EMAIL_VERIFICATION=false \
  PLATFORM_DB_URL=$URL PLATFORM_DB_USER=platform PLATFORM_DB_PASSWORD=platform PLATFORM_DB_DRIVER=postgresql
A="--base http://localhost:10280/ --admin-email admin@example.kr --admin-password Bench-admin-2026!"
start() {
  rm -f $WF/standalone/deployments/ROOT.war.deployed $WF/standalone/deployments/ROOT.war.failed
  JAVA_OPTS="-Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Dplatform.data.dir=$DATA -Dplatform.db.driver=postgresql" \
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
stop
[ -f $PG/postmaster.pid ] && su postgres -c "$PGBIN/pg_ctl -D $PG stop -m fast" || true
rm -rf $PG $WF $DATA; mkdir -p $PG $DATA && chown postgres $PG
su postgres -c "$PGBIN/initdb -D $PG -A trust -U postgres" > /dev/null
su postgres -c "$PGBIN/pg_ctl -D $PG -o '-p 55432 -k /tmp -c shared_buffers=512MB' -l /tmp/pg-scale.log start" > /dev/null
sleep 2
psql -h 127.0.0.1 -p 55432 -U postgres -c "CREATE USER platform PASSWORD 'platform'" -c "CREATE DATABASE platform OWNER platform" > /dev/null
cp -a $REPO/target/wildfly-39.0.1.Final $WF && cp $F/ROOT.war $WF/standalone/deployments/
start
java -cp "$CP" kr.go.msit.sovereignai.benchmark.CloseAndTallyBenchmark $A --prepare-arena 1 --prompts 60
stop
java -Xmx2g -cp "$CP" kr.go.msit.sovereignai.benchmark.ArenaDataGenerator --url "$URL" --user platform --password platform --round 1 --votes $N --citizens $((N/20)) --leave-open true 2>&1 | tail -2
psql -h 127.0.0.1 -p 55432 -U platform platform -c "VACUUM ANALYZE" > /dev/null
start
uptime
java -cp "$CP" kr.go.msit.sovereignai.benchmark.CloseAndTallyBenchmark $A --round 1 --arena true
grep "analysed" /tmp/wf-arena.log | sed 's/.*Review/Review/' | tail -2
stop
su postgres -c "$PGBIN/pg_ctl -D $PG stop -m fast" > /dev/null
