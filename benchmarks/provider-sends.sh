#!/usr/bin/env bash
# Benchmark of the provider clients' connections: SENDS DecisionTelecom single sends (default 5,000)
# against the provider simulator over loopback, through our DecisionTelecomClient three ways: a
# client built for each send (how the platform sent before it kept one client per account), one
# pooled client on one thread, and the pooled client on THREADS threads. The reference, measured in
# the same run: wrk on the simulator's same endpoint with the same body (what the simulator and
# loopback allow at all). Prints each figure, the reference and the ratios.
#
# Needs nothing running; builds what is missing, installs wrk with apt-get when it is missing.
#   benchmarks/provider-sends.sh               # 5,000 sends, 32 threads
#   SENDS=20000 THREADS=64 benchmarks/provider-sends.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SENDS=${SENDS:-5000}
THREADS=${THREADS:-32}
PORT=${PORT:-18290}
WRK_SECONDS=${WRK_SECONDS:-10}
WORK=$(mktemp -d /tmp/cascade-sends.XXXXXX)

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (apt-get)"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

jar=provider-simulator/target/provider-simulator.jar
if [[ ! -f "$jar" || ! -d platform-ejb/target/test-classes/io/cascade/provider/bench ]]; then
  echo "Building the simulator and the clients"
  ./mvnw -q -B -pl provider-simulator,platform-domain,platform-ejb install -DskipTests
fi
./mvnw -q -B -o -pl platform-ejb dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/cp" >/dev/null
cp="platform-ejb/target/test-classes:platform-ejb/target/classes:$(cat "$WORK/cp")"

SIMULATOR_PORT=$PORT java -Xms512m -Xmx1g -jar "$jar" >"$WORK/simulator.log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/_control/health" >/dev/null 2>&1 && break; sleep 0.2; done

base="http://127.0.0.1:$PORT"
auth="Basic $(printf demo-key | base64)"
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$auth"
wrk.body = '{"source_addr":"Cascade","destination_addr":380500000001,"message_type":106,"text":"Benchmark message","source_type":1,"validity_period":3600}'
LUA

wrk -t2 -c64 -d3s -s "$WORK/post.lua" "$base/decisiontelecom/v1/api/send-viber" >/dev/null # warm-up
echo "Reference: wrk -t2 -c64 -d${WRK_SECONDS}s on POST $base/decisiontelecom/v1/api/send-viber"
wrk -t2 -c64 -d"${WRK_SECONDS}s" -s "$WORK/post.lua" "$base/decisiontelecom/v1/api/send-viber" | tee "$WORK/wrk.txt"
wrk_rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt")
[[ -z "$non2xx" ]] || echo "wrk saw $non2xx non-2xx answers: the reference is not valid"

echo
echo "$SENDS DecisionTelecom sends through DecisionTelecomClient (threads of the last run: $THREADS)"
java -cp "$cp" io.cascade.provider.bench.DecisionTelecomSendBench "$base" "$SENDS" "$THREADS" | tee "$WORK/bench.txt"
read -r per_send pooled concurrent < <(sed -nE 's/^RESULT per_send=([0-9]+) pooled=([0-9]+) concurrent=([0-9]+)$/\1 \2 \3/p' "$WORK/bench.txt")

echo
printf '%-44s %9s  %s\n' "figure" "sends/s" "of wrk"
for row in "client built per send (before):$per_send" "one pooled client, 1 thread:$pooled" "one pooled client, $THREADS threads:$concurrent"; do
  name=${row%:*}; value=${row##*:}
  printf '%-44s %9s  %5.1f %%\n' "$name" "$value" "$(awk -v a="$value" -v b="$wrk_rps" 'BEGIN {print 100 * a / b}')"
done
printf '%-44s %9.0f\n' "wrk -t2 -c64 (reference)" "$wrk_rps"
