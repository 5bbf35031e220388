#!/usr/bin/env bash
# Benchmark of the delivery callback endpoint against the demo run, started with the bare reference
# endpoint switched on:
#   CASCADE_BARE_CALLBACK=true ./run.sh        (in another terminal)
#   benchmarks/callbacks.sh [duration=30s] [connections=64]
# It sends three small campaigns (Hyber, Messaggio, DecisionTelecom) with the simulator's own
# callbacks dropped, writes realistic reports of their real messages in each provider's format
# (Hyber JSON report objects and "seen" reports, Messaggio delivery forms, DecisionTelecom status
# objects with the SMS fallback), and posts them with wrk to each account's callback URL, then the
# same requests to /callbacks/_bare on the same WildFly, which reads the body and answers 200 without
# storing. It prints callbacks/s answered 200 (each stored durably before its answer), p50/p99, the
# bare endpoint's figures from the same run and the ratios, then how fast the stored reports were
# applied. Needs curl, python3, psql and wrk; installs wrk and psql with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-30s}
CONNECTIONS=${2:-64}
MESSAGES=${MESSAGES:-6000}
BASE_URL=${BASE_URL:-http://localhost:8080}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
SIMULATOR_URL=${SIMULATOR_URL:-http://localhost:8190}
DB_HOST=${DB_HOST:-localhost}
DB_PORT=${DB_PORT:-15432}
WORK=$(mktemp -d /tmp/cascade-callbacks.XXXXXX)
trap 'curl -s -X DELETE "$SIMULATOR_URL/_control/faults" >/dev/null; rm -rf "$WORK"' EXIT

for tool in wrk psql; do
  if ! command -v $tool >/dev/null; then
    package=$([[ $tool == psql ]] && echo postgresql-client || echo wrk)
    echo "Installing $package (apt-get)"
    apt-get install -y "$package" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$package" >/dev/null; }
  fi
done
curl -sf "$BASE_URL/health" >/dev/null || { echo "The platform does not answer at $BASE_URL: start it with CASCADE_BARE_CALLBACK=true ./run.sh" >&2; exit 1; }
if [[ $(curl -s -o /dev/null -w '%{http_code}' -X POST -d x "$BASE_URL/callbacks/_bare") != 200 ]]; then
  echo "The bare reference endpoint is off: restart the platform with CASCADE_BARE_CALLBACK=true ./run.sh" >&2
  exit 1
fi

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
export PGPASSWORD=${DB_PASSWORD:-cascade}
sql() { psql -qAt -h "$DB_HOST" -p "$DB_PORT" -U "${DB_USER:-cascade}" -d cascade -F $'\t' -c "$1"; }

ADMIN=acme-admin
MANAGER=acme-manager
stamp=$(date +%H%M%S)
per=$((MESSAGES / 3))

echo "Setting up: three accounts at the simulator, a list of $per contacts, three campaigns sent with the simulator's callbacks dropped"
account() { api POST provider-accounts "$ADMIN" "$1,\"name\":\"Bench callbacks $2 $stamp\",\"senderNames\":[\"Acme\"],\"baseUrl\":\"$SIMULATOR_URL\"}" | field "['id']"; }
hyber=$(account '{"provider":"HYBER","hyberSite":"demo","hyberClientId":"1001","login":"demo","secret":"demo-secret"' hyber)
messaggio=$(account '{"provider":"MESSAGGIO","login":"demo","secret":"demo-secret"' messaggio)
dt=$(account '{"provider":"DECISIONTELECOM","secret":"demo-key"' dt)
start=$((RANDOM * 100 + 1000000))
python3 - "$per" "$start" >"$WORK/contacts.csv" <<'PY'
import sys
n, start = int(sys.argv[1]), int(sys.argv[2])
print("phone,name")
for i in range(n):
    print(f"+38069{start + i:07d},Name{i}")
PY
list=$(api POST audiences "$MANAGER" "{\"name\":\"Bench callbacks $stamp\"}" | field "['id']")
import=$(curl -sf -X POST -H "Authorization: Bearer $(token "$MANAGER")" -H 'Content-Type: text/csv' --data-binary @"$WORK/contacts.csv" \
  "$BASE_URL/api/audiences/$list/import?phoneColumn=phone&variables=name" | field "['id']")
while [[ $(api GET "audiences/$list/import/$import" "$MANAGER" | field "['status']") =~ READING|MERGING ]]; do sleep 0.5; done
template() { api POST templates "$MANAGER" "{\"name\":\"Bench callbacks $1\",\"provider\":\"$1\",\"sampleVariables\":\"name=Olena\",\"channels\":[$2]}" | field "['id']"; }
viber='{"channel":"VIBER","sender":"Acme","text":"Hi %name%, the winter sale starts today","ttlSeconds":3600}'
t_hyber=$(template HYBER "$viber,{\"channel\":\"SMS\",\"sender\":\"Acme\",\"text\":\"Hi %name%, the winter sale\"}")
t_messaggio=$(template MESSAGGIO '{"channel":"SMS","sender":"Acme","text":"Hi %name%, the winter sale starts today"}')
t_dt=$(template DECISIONTELECOM "$viber")
curl -sf -X POST -H 'Content-Type: application/json' -d '{"provider":"any","kind":"drop_callback","ratio":1}' "$SIMULATOR_URL/_control/faults" >/dev/null
send() { # template account -> campaign id, once completed
  local id
  id=$(api POST campaigns "$MANAGER" "{\"name\":\"Bench callbacks $stamp\",\"templateId\":\"$1\",\"accountId\":\"$2\",\"listIds\":[\"$list\"],\"startAt\":\"$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)\"}" | field "['id']")
  api POST "campaigns/$id/schedule" "$MANAGER" '{}' >/dev/null
  while [[ $(api GET "campaigns/$id" "$MANAGER" | field "['state']") != COMPLETED ]]; do sleep 0.3; done
  echo "$id"
}
c_hyber=$(send "$t_hyber" "$hyber")
c_messaggio=$(send "$t_messaggio" "$messaggio")
c_dt=$(send "$t_dt" "$dt")
curl -sf -X DELETE "$SIMULATOR_URL/_control/faults" >/dev/null

url_path() { api GET "provider-accounts/$1" "$ADMIN" | field "['callbackUrl']" | sed -E 's#^https?://[^/]+##'; }
{
  sql "select id, provider_message_id, phone from campaign_message where campaign_id = '$c_hyber'" | sed "s#^#hyber\t$(url_path "$hyber")\t#"
  sql "select id, provider_message_id, phone from campaign_message where campaign_id = '$c_messaggio'" | sed "s#^#messaggio\t$(url_path "$messaggio")\t#"
  sql "select id, provider_message_id, phone from campaign_message where campaign_id = '$c_dt'" | sed "s#^#decisiontelecom\t$(url_path "$dt")\t#"
} >"$WORK/messages.tsv"
# each message: its final report, and for Viber a "seen" after it; in the providers' formats
python3 - "$WORK/messages.tsv" >"$WORK/requests.tsv" <<'PY'
import json, random, sys, time
now = int(time.time() * 1000)
out = []
for line in open(sys.argv[1]):
    provider, path, our_id, their_id, phone = line.rstrip("\n").split("\t")
    if provider == "hyber":
        delivered = random.random() < 0.8
        report = {"time": now, "phone_number": phone[1:], "message_id": their_id, "extra_id": our_id,
                  "processed": True, "accepted": True, "total_sms_parts": 1}
        if delivered:
            report.update(status=2, substatus=23, hyber_status=23033, sent_via="viber", status_text="Delivered")
            out.append((path, "application/json", json.dumps(report)))
            out.append((path, "application/json", json.dumps(dict(report, seen=True, seen_time=now + 1000))))
        else:
            report.update(status=3, substatus=36, hyber_status=36011, sent_via="sms", error_code=36011, error_text="Undelivered")
            out.append((path, "application/json", json.dumps(report)))
    elif provider == "messaggio":
        status = "0" if random.random() < 0.85 else "-1"
        out.append((path, "application/x-www-form-urlencoded",
                    f"type=delivery&msg_id={their_id}&p_transaction_id={our_id}&status={status}"))
    else:
        out.append((path, "application/json", json.dumps({"message_id": int(their_id), "status": random.choice([1, 1, 1, 4])})))
random.shuffle(out)
for path, ctype, body in out:
    print(f"{path}\t{ctype}\t{body}")
PY
cat >"$WORK/callbacks.lua" <<'LUA'
local requests = {}
local bare = os.getenv("BARE") == "1"
local n = 0
init = function(args)
  for line in io.lines(os.getenv("REQUESTS")) do
    local path, ctype, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
    if bare then path = "/callbacks/_bare" end
    table.insert(requests, wrk.format("POST", path, {["Content-Type"] = ctype}, body))
  end
  n = math.random(#requests)
end
request = function()
  n = n % #requests + 1
  return requests[n]
end
LUA
reports=$(wc -l <"$WORK/requests.tsv")
echo "$reports reports of $(wc -l <"$WORK/messages.tsv") messages (Hyber, Messaggio, DecisionTelecom); wrk -t2 -c$CONNECTIONS -d$DURATION each"

echo "Warming up both endpoints (5 s each, not measured: a freshly started JVM is still compiling)"
REQUESTS="$WORK/requests.tsv" BARE=0 wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/callbacks.lua" "$BASE_URL" >/dev/null
REQUESTS="$WORK/requests.tsv" BARE=1 wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/callbacks.lua" "$BASE_URL" >/dev/null
while [[ $(sql "select count(*) from callback_receipt where state = 'NEW'") != 0 ]]; do sleep 0.5; done

stored_before=$(sql "select count(*) from callback_receipt")
echo "Stored callbacks: real endpoint"
REQUESTS="$WORK/requests.tsv" BARE=0 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/callbacks.lua" "$BASE_URL" >"$WORK/real.txt"
stored=$(( $(sql "select count(*) from callback_receipt") - stored_before ))
echo "Bare endpoint on the same server"
REQUESTS="$WORK/requests.tsv" BARE=1 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/callbacks.lua" "$BASE_URL" >"$WORK/bare.txt"

drain_start=$(date +%s%3N)
while [[ $(sql "select count(*) from callback_receipt where state = 'NEW'") != 0 ]]; do sleep 0.5; done
drain_ms=$(( $(date +%s%3N) - drain_start ))

figure() { # file -> "rps total non2xx p50 p99"
  awk '/Requests\/sec/ {rps=$2} /requests in/ {total=$1} /Non-2xx/ {bad=$5}
       $1=="50%" {p50=$2} $1=="99%" {p99=$2}
       END {printf "%s %s %s %s %s\n", rps, total, (bad==""?0:bad), p50, p99}' "$1"
}
read -r real_rps real_total real_bad real_p50 real_p99 < <(figure "$WORK/real.txt")
read -r bare_rps bare_total bare_bad bare_p50 bare_p99 < <(figure "$WORK/bare.txt")

echo
echo "Results ($(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, wrk -t2 -c$CONNECTIONS -d$DURATION, same WildFly)"
printf 'stored callbacks:   %8.0f callbacks/s answered 200   p50 %-8s p99 %-8s (%s requests, %s not 2xx; %s receipts stored)\n' \
  "$real_rps" "$real_p50" "$real_p99" "$real_total" "$real_bad" "$stored"
printf 'bare endpoint:      %8.0f requests/s answered 200    p50 %-8s p99 %-8s (%s requests, %s not 2xx)\n' \
  "$bare_rps" "$bare_p50" "$bare_p99" "$bare_total" "$bare_bad"
printf 'ratio stored/bare:  %8.2f\n' "$(awk -v a="$real_rps" -v b="$bare_rps" 'BEGIN {print a / b}')"
printf 'applied after the run: the last of %s stored receipts applied %.1f s after wrk ended\n' "$stored" "$(awk -v a="$drain_ms" 'BEGIN {print a / 1000}')"
echo "floor 5,000 callbacks/s with p99 < 100 ms; aim 10,000/s with p99 < 50 ms"
