#!/usr/bin/env bash
# Benchmark of the contact import: generates a CSV of ROWS rows (default 1,000,000; phones in
# E.164, national and international-without-plus forms; 1% not phones, 1% repeats), creates a list over REST as acme-manager, uploads the
# file to POST /api/audiences/{id}/import and polls until the import ends. Prints the upload and
# import times, rows/s, and the peak heap of the WildFly JVM (jcmd GC.heap_info, sampled every
# 0.2 s from the upload to the end).
#
# Needs the platform running (./run.sh in another terminal): WildFly on BASE_URL, Keycloak on
# KEYCLOAK_URL. Tools: curl, awk, jcmd (JDK), ss (to find the WildFly process).
#   benchmarks/audience-import.sh            # 1,000,000 rows
#   ROWS=100000 benchmarks/audience-import.sh
set -euo pipefail

ROWS=${ROWS:-1000000}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-15432} PGDATABASE=${PGDATABASE:-cascade}
export PGUSER=${PGUSER:-cascade} PGPASSWORD=${PGPASSWORD:-cascade} PGOPTIONS='-c client_min_messages=warning'
BASE_URL=${BASE_URL:-http://localhost:8080}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
USER_NAME=${USER_NAME:-acme-manager}
WORK=${WORK:-$(mktemp -d /tmp/cascade-bench.XXXXXX)}
CSV="$WORK/contacts-$ROWS.csv"

port=${BASE_URL##*:}; port=${port%%/*}
pid=${WILDFLY_PID:-$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
[[ -n "$pid" ]] || { echo "No process listens on port $port: start the platform with ./run.sh" >&2; exit 1; }

echo "Generating $ROWS rows into $CSV"
awk -v rows="$ROWS" 'BEGIN {
  print "phone,first_name,city,segment"
  for (i = 1; i <= rows; i++) {
    n = sprintf("%07d", (i % 100 == 2) ? i - 1 : i)   # 1%: the phone of the row before
    if (i % 100 == 0)     phone = "unknown"                      # 1%: not a phone
    else if (i % 4 == 0)  phone = "067" n                        # national form (tenant region UA)
    else if (i % 4 == 2)  phone = "38067" n                      # international without "+"
    else                  phone = "+38067" n                     # E.164
    printf "%s,Name%d,City%d,seg%d\n", phone, i, i % 500, i % 7
  }
}' > "$CSV"
echo "File: $(du -h "$CSV" | cut -f1)"

if ! command -v psql >/dev/null; then
  echo "Installing the PostgreSQL client (psql) for the COPY reference"
  apt-get install -y -q postgresql-client >/dev/null || { apt-get update -q && apt-get install -y -q postgresql-client >/dev/null; }
fi
# the reference: the same file by COPY into a plain table, best of 3 (the file is in the page cache)
copy_s=$(
  for run in 1 2 3; do
    psql -q -X -v ON_ERROR_STOP=1 >/dev/null <<SQL
drop table if exists benchmark_copy_reference;
create table benchmark_copy_reference (phone text, first_name text, city text, segment text);
SQL
    t0=$(date +%s.%N)
    psql -q -X -v ON_ERROR_STOP=1 -c "\\copy benchmark_copy_reference from '$CSV' with (format csv, header true)" >/dev/null
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
  done | sort -n | head -1
)
psql -q -X -c "drop table if exists benchmark_copy_reference" >/dev/null
echo "Reference: psql \\copy of the same file: $copy_s s (best of 3)"

token() {
  curl -sf -d grant_type=password -d client_id=cascade-web -d client_secret=cascade-web-dev-secret \
    -d username="$USER_NAME" -d password=demo-password -d scope=openid \
    "$KEYCLOAK_URL/realms/cascade/protocol/openid-connect/token" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

heap_used_kb() {
  jcmd "$pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'
}

TOKEN=$(token)
list=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Benchmark $ROWS rows $(date +%H:%M:%S)\"}" "$BASE_URL/api/audiences")
list_id=$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$list")
echo "List $list_id"

peak_file="$WORK/peak"
echo 0 > "$peak_file"
(
  peak=0
  while true; do
    used=$(heap_used_kb || echo 0)
    if [[ -n "$used" && "$used" -gt "$peak" ]]; then peak=$used; echo "$peak" > "$peak_file"; fi
    sleep 0.2
  done
) &
sampler=$!
trap 'kill $sampler 2>/dev/null || true' EXIT

start=$(date +%s.%N)
reply=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
  --data-binary @"$CSV" \
  "$BASE_URL/api/audiences/$list_id/import?phoneColumn=phone&variables=first_name,city,segment&fileName=bench.csv")
uploaded=$(date +%s.%N)
import_id=$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$reply")

while true; do
  progress=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE_URL/api/audiences/$list_id/import/$import_id")
  status=$(sed -E 's/.*"status":"([A-Z]+)".*/\1/' <<<"$progress")
  [[ "$status" == COMPLETED || "$status" == PARTIAL || "$status" == FAILED ]] && break
  sleep 0.5
done
done_at=$(date +%s.%N)
kill $sampler 2>/dev/null || true

echo "Import:   $progress"
awk -v s="$start" -v u="$uploaded" -v d="$done_at" -v rows="$ROWS" -v peak="$(cat "$peak_file")" -v copy="$copy_s" 'BEGIN {
  printf "Upload:   %.1f s\n", u - s
  printf "Total:    %.1f s from the first byte sent to COMPLETED (%.0f rows/s)\n", d - s, rows / (d - s)
  printf "Import:   %.1f s after the upload (%.0f rows/s)\n", d - u, rows / (d - u)
  printf "COPY:     %.2f s for the same file (%.0f rows/s)\n", copy, rows / copy
  printf "Ratio:    import total / COPY = %.1f\n", (d - s) / copy
  printf "Peak heap used (WildFly, sampled): %.0f MB\n", peak / 1024
}'
echo "Max heap (WildFly -Xmx): $(jcmd "$pid" VM.flags 2>/dev/null | grep -oE "MaxHeapSize=[0-9]+" | head -1 | awk -F= '{printf "%.0f MB", $2/1048576}')"
[[ "$status" == COMPLETED ]]
