#!/usr/bin/env bash
# Benchmark of the campaign engine against the demo run (./run.sh in another terminal), through the
# tenant REST API as acme-manager, each figure printed beside its reference measured in the same run:
#   (a) a 50,000-recipient personalised Hyber campaign, from its start to every message accepted and
#       recorded; reference: a COPY of the same 50,000 rows into PostgreSQL plus one raw POST of the
#       same Hyber batch body to the simulator with curl;
#   (b) 50,000 DecisionTelecom single sends, messages per second; reference: wrk on the simulator's
#       same endpoint;
#   (c) the delay from the start time of a 100-recipient campaign to its provider request (the
#       simulator's request log), so that it measures the start and not the building of a batch.
# Needs curl, python3, psql (Debian's postgresql-client) and wrk; installs wrk and psql with apt-get
# when missing.
#   benchmarks/campaign-dispatch.sh
#   RECIPIENTS=20000 benchmarks/campaign-dispatch.sh
# (a) and (b) each run twice, with the simulator's reports held back and live (see hold_reports); the
# simulator is reset in between, so run it on a demo run of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

RECIPIENTS=${RECIPIENTS:-50000}
BASE_URL=${BASE_URL:-http://localhost:8080}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
SIMULATOR_URL=${SIMULATOR_URL:-http://localhost:8190}
DB_HOST=${DB_HOST:-localhost}
DB_PORT=${DB_PORT:-15432}
WORK=$(mktemp -d /tmp/cascade-dispatch.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

for tool in wrk psql; do
  if ! command -v $tool >/dev/null; then
    package=$([[ $tool == psql ]] && echo postgresql-client || echo wrk)
    echo "Installing $package (apt-get)"
    apt-get install -y "$package" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$package" >/dev/null; }
  fi
done
curl -sf "$BASE_URL/health" >/dev/null || { echo "The platform does not answer at $BASE_URL: start it with ./run.sh" >&2; exit 1; }

token() { # user -> an access token, fetched again after 4 minutes (Keycloak gives 5)
  local cached="$WORK/token.$1"
  if [[ ! -s "$cached" || $(( $(date +%s) - $(stat -c %Y "$cached") )) -gt 240 ]]; then
    curl -sf -d grant_type=password -d client_id=cascade-web -d client_secret=cascade-web-dev-secret \
      -d username="$1" -d password=demo-password -d scope=openid \
      "$KEYCLOAK_URL/realms/cascade/protocol/openid-connect/token" |
      python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])' >"$cached"
  fi
  cat "$cached"
}
api() { # method path user [json]
  local bearer; bearer=$(token "$3")
  if [[ $# -ge 4 ]]; then
    curl -sf -X "$1" -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' -d "$4" "$BASE_URL/api/$2"
  else
    curl -sf -X "$1" -H "Authorization: Bearer $bearer" -H 'Accept: application/json' "$BASE_URL/api/$2"
  fi
}
field() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
now_ms() { date +%s%3N; }

ADMIN=acme-admin
MANAGER=acme-manager
stamp=$(date +%H%M%S)

echo "Setting up: accounts at the simulator, a list of $RECIPIENTS contacts, two templates"
hyber=$(api POST provider-accounts "$ADMIN" "{\"provider\":\"HYBER\",\"name\":\"Bench Hyber $stamp\",\"hyberSite\":\"demo\",\"hyberClientId\":\"1001\",\"login\":\"demo\",\"secret\":\"demo-secret\",\"senderNames\":[\"Acme\"],\"baseUrl\":\"$SIMULATOR_URL\"}" | field "['id']")
dt=$(api POST provider-accounts "$ADMIN" "{\"provider\":\"DECISIONTELECOM\",\"name\":\"Bench DT $stamp\",\"secret\":\"demo-key\",\"senderNames\":[\"Acme\"],\"baseUrl\":\"$SIMULATOR_URL\"}" | field "['id']")
start=$((RANDOM * 100 + 1000000))
python3 - "$RECIPIENTS" "$start" >"$WORK/contacts.csv" <<'PY'
import sys
n, start = int(sys.argv[1]), int(sys.argv[2])
print("phone,name")
for i in range(n):
    print(f"+38068{start + i:07d},Name{i}")
PY
list=$(api POST audiences "$MANAGER" "{\"name\":\"Bench $stamp\"}" | field "['id']")
import=$(curl -sf -X POST -H "Authorization: Bearer $(token "$MANAGER")" -H 'Content-Type: text/csv' --data-binary @"$WORK/contacts.csv" \
  "$BASE_URL/api/audiences/$list/import?phoneColumn=phone&variables=name" | field "['id']")
while [[ $(api GET "audiences/$list/import/$import" "$MANAGER" | field "['status']") =~ READING|MERGING ]]; do sleep 0.5; done
sms=$(api POST templates "$MANAGER" '{"name":"Bench SMS","provider":"HYBER","sampleVariables":"name=Olena","channels":[{"channel":"SMS","sender":"Acme","text":"Hi %name%, the winter sale starts today"}]}' | field "['id']")
viber=$(api POST templates "$MANAGER" '{"name":"Bench Viber","provider":"DECISIONTELECOM","sampleVariables":"name=Olena","channels":[{"channel":"VIBER","sender":"Acme","text":"Hi %name%, the winter sale starts today","ttlSeconds":3600}]}' | field "['id']")

# (c) measures the start, not the batch: a list of 100 of the same contacts
head -101 "$WORK/contacts.csv" >"$WORK/small.csv"
small=$(api POST audiences "$MANAGER" "{\"name\":\"Bench small $stamp\"}" | field "['id']")
small_import=$(curl -sf -X POST -H "Authorization: Bearer $(token "$MANAGER")" -H 'Content-Type: text/csv' --data-binary @"$WORK/small.csv" \
  "$BASE_URL/api/audiences/$small/import?phoneColumn=phone&variables=name" | field "['id']")
while [[ $(api GET "audiences/$small/import/$small_import" "$MANAGER" | field "['status']") =~ READING|MERGING ]]; do sleep 0.5; done

campaign() { # template account start-iso [list] -> id
  api POST campaigns "$MANAGER" "{\"name\":\"Bench $stamp\",\"templateId\":\"$1\",\"accountId\":\"$2\",\"listIds\":[\"${4:-$list}\"],\"startAt\":\"$3\"}" | field "['id']"
}
run() { # template account -> "seconds from start to completed"
  local id; id=$(campaign "$1" "$2" "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)")
  api POST "campaigns/$id/schedule" "$MANAGER" '{}' >/dev/null
  while [[ $(api GET "campaigns/$id" "$MANAGER" | field "['state']") != COMPLETED ]]; do sleep 0.2; done
  api GET "campaigns/$id" "$MANAGER" | python3 -c '
import sys, json, datetime
c = json.load(sys.stdin)
t = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.3f %d" % ((t(c["finishedAt"]) - t(c["startedAt"])).total_seconds(), c["recipients"]))'
}

export PGPASSWORD=${DB_PASSWORD:-cascade}

# Reports: the simulator reports each message 0.2-2 s after it was sent, so by default the platform
# stores and applies some 85,000 callbacks (delivered, seen, clicked, replied) on the same cores
# while it sends. "held" sets the simulator's report delay to 10 minutes for the campaign, which
# measures the dispatch alone, and then resets the simulator (its pending reports are forgotten).
hold_reports() {
  curl -sf -X POST -H 'Content-Type: application/json' -d '{"min_delay_ms":600000,"max_delay_ms":600000}' \
    "$SIMULATOR_URL/_control/outcomes" >/dev/null
}
release_reports() { curl -sf -X POST "$SIMULATOR_URL/_control/reset" >/dev/null; }
quiet() { # waits (2 minutes at most) until the reports of the run before are sent and stored
  for _ in $(seq 240); do
    pending=$(curl -sf "$SIMULATOR_URL/_control/stats" | field "['callbacks']['pending']")
    unapplied=$(psql -qAt -h "$DB_HOST" -p "$DB_PORT" -U "${DB_USER:-cascade}" -d cascade \
      -c "select count(*) from callback_receipt where state = 'NEW'")
    [[ $pending == 0 && $unapplied == 0 ]] && return
    sleep 0.5
  done
}
both() { # template account -> "held-seconds live-seconds recipients"
  local held live n
  quiet
  hold_reports
  read -r held n < <(run "$1" "$2")
  release_reports
  quiet
  read -r live n < <(run "$1" "$2")
  echo "$held $live $n"
}

# A fresh server compiles the hot paths during its first campaigns and runs them several times
# slower (measured: 1,187 against 4,643 msg/s for the same DecisionTelecom run): one campaign of
# each kind first, so the figures are a warm server's. WARMUP=0 skips it.
if [[ ${WARMUP:-1} == 1 ]]; then
  echo
  echo "Warming up: one campaign of each kind, reports held"
  hold_reports
  run "$sms" "$hyber" >/dev/null
  run "$viber" "$dt" >/dev/null
  release_reports
fi

echo
echo "(a) $RECIPIENTS-recipient personalised Hyber campaign (reports held, then live)"
read -r hyber_s hyber_live_s hyber_n < <(both "$sms" "$hyber")
# reference 1: COPY of the same rows
export PGPASSWORD=${DB_PASSWORD:-cascade}
copy_start=$(now_ms)
psql -q -h "$DB_HOST" -p "$DB_PORT" -U "${DB_USER:-cascade}" -d cascade \
  -c "create temp table bench_rows (phone varchar(16), name text)" \
  -c "\\copy bench_rows from '$WORK/contacts.csv' with (format csv, header true)" >/dev/null
copy_ms=$(( $(now_ms) - copy_start ))
# reference 2: one raw POST of the same Hyber batch body
python3 - "$WORK/contacts.csv" >"$WORK/batch.json" <<'PY'
import csv, json, sys, uuid
rows = list(csv.DictReader(open(sys.argv[1])))
print(json.dumps({"messages": [{"phone_number": int(r["phone"][1:]), "extra_id": str(uuid.uuid4()),
  "text": "Hi %s, the winter sale starts today" % r["name"]} for r in rows],
  "tag": "reference", "channels": ["sms"], "channel_options": {"sms": {"alpha_name": "Acme", "ttl": 86400}}}))
PY
post_start=$(now_ms)
curl -sf -o /dev/null -u demo:demo-secret -H 'Content-Type: application/json' --data-binary @"$WORK/batch.json" \
  "$SIMULATOR_URL/hyber/proxy/1001/batch/sync"
post_ms=$(( $(now_ms) - post_start ))

echo
echo "(b) $RECIPIENTS DecisionTelecom single sends (reports held, then live)"
read -r dt_s dt_live_s dt_n < <(both "$viber" "$dt")
auth="Basic $(printf demo-key | base64)"
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$auth"
wrk.body = '{"source_addr":"Acme","destination_addr":380680000001,"message_type":106,"text":"Hi Olena, the winter sale starts today","source_type":1,"validity_period":3600}'
LUA
wrk -t2 -c64 -d10s -s "$WORK/post.lua" "$SIMULATOR_URL/decisiontelecom/v1/api/send-viber" >"$WORK/wrk.txt"
wrk_rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")

echo
echo "(c) delay from the start time to the first provider request (3 campaigns of 100 recipients, 5 s ahead)"
delays=()
for i in 1 2 3; do
  start_at=$(python3 -c 'import datetime; print((datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=5)).isoformat(timespec="milliseconds").replace("+00:00", "Z"))')
  id=$(campaign "$sms" "$hyber" "$start_at" "$small")
  api POST "campaigns/$id/schedule" "$MANAGER" '{}' >/dev/null
  while [[ $(api GET "campaigns/$id" "$MANAGER" | field "['state']") != COMPLETED ]]; do sleep 0.2; done
  # the campaign's batch request: the earliest Hyber POST received since its start time
  delays+=("$(curl -sf "$SIMULATOR_URL/_control/requests?limit=100&provider=hyber" | python3 -c '
import sys, json, datetime
start = datetime.datetime.fromisoformat(sys.argv[1].replace("Z", "+00:00")).timestamp() * 1000
sent = [e["received_at"] for e in json.load(sys.stdin) if e["method"] == "POST" and e["received_at"] >= start]
print(int(min(sent) - start) if sent else "none")' "$start_at")")
done

echo
echo "Results ($(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB)"
ref_s=$(awk -v a="$copy_ms" -v b="$post_ms" 'BEGIN {printf "%.3f", (a + b) / 1000}')
printf '(a) Hyber %d recipients, start to all recorded:  %8.3f s (reports held)  %8.3f s (reports live)   reference COPY %.3f s + raw POST %.3f s = %s s   ratio %.2f / %.2f\n' \
  "$hyber_n" "$hyber_s" "$hyber_live_s" "$(awk -v a="$copy_ms" 'BEGIN {print a/1000}')" "$(awk -v a="$post_ms" 'BEGIN {print a/1000}')" "$ref_s" \
  "$(awk -v a="$hyber_s" -v b="$ref_s" 'BEGIN {print a / b}')" "$(awk -v a="$hyber_live_s" -v b="$ref_s" 'BEGIN {print a / b}')"
dt_rate=$(awk -v n="$dt_n" -v s="$dt_s" 'BEGIN {printf "%.0f", n / s}')
dt_live_rate=$(awk -v n="$dt_n" -v s="$dt_live_s" 'BEGIN {printf "%.0f", n / s}')
printf '(b) DecisionTelecom %d sends:                  %8s msg/s (reports held)  %8s msg/s (reports live)   reference wrk -t2 -c64 %.0f req/s   ratio %.2f / %.2f\n' \
  "$dt_n" "$dt_rate" "$dt_live_rate" "$wrk_rps" "$(awk -v a="$dt_rate" -v b="$wrk_rps" 'BEGIN {print a / b}')" \
  "$(awk -v a="$dt_live_rate" -v b="$wrk_rps" 'BEGIN {print a / b}')"
printf '(c) start time to first provider request:        %s ms\n' "${delays[*]}"
