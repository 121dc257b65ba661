#!/usr/bin/env bash
# platform.sh start|stop NAME OFFSET: a frozen platform ($FROZEN/ROOT.war) in /tmp/NAME (WildFly), its data in /tmp/NAME-run/data
# (H2, or the database PLATFORM_DB_DRIVER and PLATFORM_DB_URL/USER/PASSWORD name); prints the server pid once deployed.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../../../.." && pwd); FROZEN=${FROZEN:-/tmp/frozen}
CMD=$1; NAME=$2; OFF=${3:-0}
WF=/tmp/$NAME; DATA=/tmp/$NAME-run/data
export PLATFORM_ADMIN_EMAIL=admin@example.kr PLATFORM_ADMIN_PASSWORD='Bench-admin-2026!' PLATFORM_RATE_SIGNUPS_PER_HOUR=1000000 \
  PLATFORM_RATE_BALLOTS_PER_MINUTE=1000000 PLATFORM_EMAIL_VERIFICATION=false
if [ "$CMD" = stop ]; then
  pkill -f "jboss.home.dir=$WF" || true
  for i in $(seq 1 60); do pgrep -f "jboss.home.dir=$WF" >/dev/null || exit 0; sleep 1; done
  pkill -9 -f "jboss.home.dir=$WF" || true; exit 0
fi
if [ "${FRESH:-}" = 1 ]; then rm -rf $WF /tmp/$NAME-run; fi
mkdir -p $DATA
[ -d $WF ] || { cp -a $REPO/target/wildfly-39.0.1.Final $WF && cp $FROZEN/ROOT.war $WF/standalone/deployments/; }
rm -f $WF/standalone/deployments/ROOT.war.deployed $WF/standalone/deployments/ROOT.war.failed
JAVA_OPTS="-Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Dplatform.data.dir=$DATA -Dplatform.db.driver=${PLATFORM_DB_DRIVER:-h2} ${EXTRA_OPTS:-}" \
  LAUNCH_JBOSS_IN_BACKGROUND=true nohup $WF/bin/standalone.sh -Djboss.socket.binding.port-offset=$OFF > /tmp/$NAME.log 2>&1 &
for i in $(seq 1 120); do
  [ -f $WF/standalone/deployments/ROOT.war.deployed ] && { pgrep -f "jboss.home.dir=$WF" | head -1; exit 0; }
  [ -f $WF/standalone/deployments/ROOT.war.failed ] && { echo "deploy failed"; exit 1; }
  sleep 1
done
echo "not deployed"; exit 1
