#!/usr/bin/env bash
# Benchmarks the provider simulator on loopback:
#   1. wrk against the Hyber single-message endpoint (POST + Basic auth, Lua script);
#   2. one 50,000-recipient Hyber batch, timed (async, then sync).
# Usage: provider-simulator/bench.sh [duration=15s] [connections=64] [wrk threads=2]
# Build first, from the repository root: ./mvnw -q -pl provider-simulator install -DskipTests
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/provider-simulator.jar"
port="${SIMULATOR_PORT:-8190}"
base="http://127.0.0.1:$port"
duration="${1:-15s}"
connections="${2:-64}"
threads="${3:-2}"

[ -f "$jar" ] || { echo "missing $jar: build the module first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }

work="$(mktemp -d)"
SIMULATOR_PORT="$port" java ${SIMULATOR_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseG1GC} -jar "$jar" >"$work/simulator.log" 2>&1 &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null; wait "$sim_pid" 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 50); do
  curl -sf "$base/_control/health" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf "$base/_control/health" >/dev/null || { cat "$work/simulator.log"; exit 1; }

cat >"$work/hyber.lua" <<'LUA'
-- POST one Viber+SMS message per request, Basic demo:demo-secret. Every request gets its own
-- extra_id (run tag + wrk thread + counter), so the simulator's duplicate count must stay 0.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic ZGVtbzpkZW1vLXNlY3JldA=="
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local tag = "run"
local counter = 0
function init(args)
  tag = args[1] or "run"
end
request = function()
  counter = counter + 1
  local body = string.format(
    '{"phone_number":%d,"extra_id":"wrk-%s-%d-%d","channels":["viber","sms"],' ..
    '"channel_options":{"viber":{"text":"Hello from wrk","ttl":60},' ..
    '"sms":{"text":"Hello from wrk","alpha_name":"GMSU","ttl":300}}}',
    380500000000 + (tid or 0) * 100000000 + counter, tag, tid or 0, counter)
  return wrk.format(nil, "/hyber/api-v2/1001", nil, body)
end
LUA

echo "== warm-up (5s)"
wrk -t"$threads" -c"$connections" -d5s -s "$work/hyber.lua" "$base" -- warm >/dev/null
echo "== wrk: Hyber single send, $duration, $connections connections, $threads threads"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/hyber.lua" "$base" -- main | tee "$work/wrk.txt"
echo "Hyber single send: $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt") requests/s"

echo "== 50,000-recipient Hyber batch"
java -cp "$jar" io.cascade.simulator.bench.HyberBatchBench "$base" 50000 async
java -cp "$jar" io.cascade.simulator.bench.HyberBatchBench "$base" 50000 sync

echo "== simulator stats (duplicate_sends must be 0)"
curl -s "$base/_control/stats"; echo
