#!/usr/bin/env bash
# cluster-test.sh — `make test-cluster` (part of `make test`): two API instances on one database behind nginx,
# and what an operator's faults do to clients. Its own PostgreSQL cluster (initdb into a temporary folder, port
# KL_CLUSTER_PG_PORT, default 5440), so restarting it disturbs nobody; the real Keycloak for one token.
#  1. load spreads over both instances (requests per instance printed)
#  2. one client's rate limit is enforced once: 429 at the same request count through either instance
#  3. POST with Idempotency-Key: retried through the other instance, and twice at once, creates one organisation
#  4. rolling restart (SIGTERM one, start it, then the other) under load: 0 failed requests
#  5. SIGKILL of one instance under load: failed requests at most those in flight on it; POSTs retried by the
#     client with their Idempotency-Key create each organisation once
#  6. PostgreSQL stopped and started under load: 503 problem+json (never 500) and readiness DOWN while it is
#     away, then 200 within a few seconds, without restarting the API
#  7. SIGTERM under load with requests held in flight: none cut off (connection resets counted)
# Exits non-zero when any check fails. Ports: API KL_CLUSTER_API_PORT (8130) and +1 (management +1000), nginx
# KL_CLUSTER_NGINX_PORT (8140).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
API1=${KL_CLUSTER_API_PORT:-8130}
API2=$((API1 + 1))
NGINX_PORT=${KL_CLUSTER_NGINX_PORT:-8140}
PG_PORT=${KL_CLUSTER_PG_PORT:-5440}
DB=kreativland_cluster
LIMIT=60
RUN="$STATE_DIR/cluster"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
failures=0
checks=0
rm -rf "$RUN" && mkdir -p "$RUN"
PG_DIR=$(mktemp -d /tmp/kreativland-cluster-pg.XXXXXX)

check() { # check DESCRIPTION CONDITION...
  local what=$1; shift
  checks=$((checks + 1))
  if "$@"; then printf '   ok   %s\n' "$what"; else printf '   FAIL %s\n' "$what"; failures=$((failures + 1)); fi
}

as_pg_owner() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_ctl_private() { as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w "$@" >/dev/null; }
psql_private() { as_pg_owner "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${PSQL_DB:-$DB}" "$@"; }

cleanup() {
  local status=$?
  set +e
  [[ -f "$RUN/load.pid" ]] && kill "$(cat "$RUN/load.pid")" 2>/dev/null
  [[ -f "$RUN/nginx.pid" ]] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null
  stop_bg cluster-api-1 2>/dev/null; stop_bg cluster-api-2 2>/dev/null
  pg_ctl_private -m immediate stop 2>/dev/null || true
  rm -rf "$PG_DIR"
  exit $status
}
trap cleanup EXIT INT TERM

ensure_tools() { # Debian's nginx, jq and openssl, installed like test.sh installs chromium
  local missing=() sudo=""
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
  command -v jq >/dev/null || missing+=(jq)
  command -v openssl >/dev/null || missing+=(openssl)
  [[ ${#missing[@]} -eq 0 ]] && return 0
  log "installing Debian's ${missing[*]} for the cluster test"
  [[ $EUID -eq 0 ]] || sudo="sudo -n"
  $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >&2 \
    || die "could not install ${missing[*]} (needs root or password-less sudo)"
}

start_private_postgres() {
  [[ -n "$PG_BIN" ]] || die "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)"
  port_open "$PG_PORT" && die "port $PG_PORT is in use: set KL_CLUSTER_PG_PORT"
  [[ $EUID -eq 0 ]] && chown postgres "$PG_DIR"
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust >/dev/null
  printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nfsync = off\n" "$PG_PORT" "$PG_DIR" \
    >> "$PG_DIR/data/postgresql.conf"
  pg_ctl_private start
  PSQL_DB=postgres psql_private -c "create role $DB_USER login password '$DB_PASSWORD'" -c "create database $DB owner $DB_USER"
}

start_api() { # start_api NAME PORT
  PGPORT=$PG_PORT KL_RATE_LIMIT_REQUESTS=$LIMIT KL_RATE_LIMIT_PERIOD=PT10M KL_PROXY_ADDRESS_FORWARDING=true \
    KL_TRUSTED_PROXIES=127.0.0.1 KL_SHUTDOWN_DELAY=PT1S KL_SHUTDOWN_TIMEOUT=PT20S \
    "$ROOT/scripts/api.sh" start "$1" "$2" "$DB"
}

start_nginx() {
  sed -e "s|__STATE__|$RUN|g" -e "s|__API1__|$API1|g" -e "s|__API2__|$API2|g" -e "s|__NGINX__|$NGINX_PORT|g" \
    "$ROOT/scripts/cluster/nginx.conf" > "$RUN/nginx.conf"
  "$(command -v nginx || echo /usr/sbin/nginx)" -c "$RUN/nginx.conf" -p "$RUN" -e "$RUN/nginx-error.log"
  wait_http "http://127.0.0.1:$NGINX_PORT/api/v1/partners?size=1" 20 || die "nginx does not answer"
}

# load_start URL CONCURRENCY NAME / load_stop: the load loop in the background (10 minutes at most), its
# per-request lines in $RUN/NAME.txt
load_start() {
  LOAD_OUT="$RUN/$3.txt"
  node "$ROOT/scripts/cluster/load.mjs" "$1" "$2" 600 "$LOAD_OUT" & echo $! > "$RUN/load.pid"
  sleep 1
}
load_stop() {
  local pid; pid=$(cat "$RUN/load.pid"); kill -TERM "$pid" 2>/dev/null || true; wait "$pid" || true; rm -f "$RUN/load.pid"
}
count() { awk -v pattern="$1" '$3 ~ pattern { n++ } END { print n + 0 }' "$LOAD_OUT"; }
total() { wc -l < "$LOAD_OUT" | tr -d ' '; }

# A coordinator's access token through the web client's login (code flow with PKCE), as a browser gets it.
coordinator_token() {
  local realm="$KEYCLOAK_URL/realms/kreativland/protocol/openid-connect" jar="$RUN/keycloak.cookies" verifier challenge action location code
  verifier=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
  action=$(curl -fsS -c "$jar" -b "$jar" "$realm/auth?client_id=kreativland-web&response_type=code&scope=openid&redirect_uri=http://localhost:5173/&code_challenge=$challenge&code_challenge_method=S256" \
    | grep -o 'action="[^"]*"' | head -n 1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
  location=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode username=coordinator \
    --data-urlencode password=coordinator "$action")
  code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
  curl -fsS -d grant_type=authorization_code -d client_id=kreativland-web -d "code=$code" \
    -d redirect_uri=http://localhost:5173/ -d "code_verifier=$verifier" "$realm/token" | jq -r .access_token
}

organisation_body() {
  jq -nc --arg name "$1" '{name: $name, legalForm: "e.V.", kind: "ASSOCIATION", submarkets: ["MUSIC"],
    settlementType: "RURAL_MUNICIPALITY", postalCode: "09456", town: "Annaberg-Buchholz", district: "Erzgebirgskreis",
    state: "SN", latitude: 50.58, longitude: 13.0}'
}
# post_organisation URL KEY NAME OUTFILE: prints the status; the body goes to OUTFILE
post_organisation() {
  curl -sS -o "$4" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $2" --data "$(organisation_body "$3")" "$1/api/v1/organisations" 2>/dev/null || echo 000
}
organisations_named() { psql_private -tA -c "select count(*) from organisation where name like '$1%'"; }

# requests_until_429 URL SOURCE_ADDRESS: the number of the first request answered 429 (sequential requests)
requests_until_429() {
  local i status
  for ((i = 1; i <= LIMIT + 10; i++)); do
    status=$(curl -s -o /dev/null -w '%{http_code}' --interface "$2" "$1/api/v1/partners?size=1")
    [[ $status == 429 ]] && { echo "$i"; return; }
  done
  echo "none"
}

ensure_tools
"$ROOT/scripts/keycloak.sh" start
[[ -f "$ROOT/api/target/quarkus-app/quarkus-run.jar" ]] || "$ROOT/scripts/api.sh" build
log "cluster test: private PostgreSQL on $PG_PORT, API instances on $API1 and $API2, nginx on $NGINX_PORT"
start_private_postgres
start_api cluster-api-1 "$API1"
start_api cluster-api-2 "$API2"
start_nginx
NGINX="http://127.0.0.1:$NGINX_PORT"

log "1. load through nginx is spread over both instances"
load_start "$NGINX/api/v1/partners?size=5" 6 spread; sleep 5; load_stop
on1=$(awk -v u="127.0.0.1:$API1" '$4 == u { n++ } END { print n + 0 }' "$LOAD_OUT")
on2=$(awk -v u="127.0.0.1:$API2" '$4 == u { n++ } END { print n + 0 }' "$LOAD_OUT")
echo "   requests: $(total), served by $API1: $on1, by $API2: $on2, failed: $(( $(total) - $(count '^2') ))"
check "both instances serve a fair share (each at least a quarter)" test $((on1 * 4)) -ge "$(total)" -a $((on2 * 4)) -ge "$(total)"
check "no request failed" test "$(count '^2')" -eq "$(total)"

log "2. one client's rate limit ($LIMIT requests) holds across both instances"
via1=$(requests_until_429 "http://127.0.0.1:$API1" 127.3.0.1)
via2=$(requests_until_429 "http://127.0.0.1:$API2" 127.3.0.2)
via_nginx=$(requests_until_429 "$NGINX" 127.3.0.3)
# Alternating by hand between the instances: with a bucket per instance this client would get twice as many.
alternating=none
for ((i = 1; i <= 2 * LIMIT + 2; i++)); do
  port=$((i % 2 ? API1 : API2))
  status=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.3.0.4 "http://127.0.0.1:$port/api/v1/partners?size=1")
  [[ $status == 429 ]] && { alternating=$i; break; }
done
echo "   first 429 at request: only $API1: $via1, only $API2: $via2, through nginx: $via_nginx, alternating $API1/$API2: $alternating"
check "429 at request $((LIMIT + 1)) whichever way the client comes" \
  test "$via1" = $((LIMIT + 1)) -a "$via2" = $((LIMIT + 1)) -a "$via_nginx" = $((LIMIT + 1)) -a "$alternating" = $((LIMIT + 1))

log "3. POST with Idempotency-Key is applied once"
TOKEN=$(coordinator_token)
[[ -n "$TOKEN" && "$TOKEN" != null ]] || die "no coordinator token from Keycloak"
key=$(cat /proc/sys/kernel/random/uuid)
first=$(post_organisation "$NGINX" "$key" "Cluster Idempotenz $key" "$RUN/post-1.json")
again=$(post_organisation "http://127.0.0.1:$API1" "$key" "Cluster Idempotenz $key" "$RUN/post-2.json")
again2=$(post_organisation "http://127.0.0.1:$API2" "$key" "Cluster Idempotenz $key" "$RUN/post-3.json")
echo "   first: $first, retried on $API1: $again, on $API2: $again2; organisations created: $(organisations_named "Cluster Idempotenz $key")"
check "the retries answer the first answer (same id)" test "$first/$again/$again2" = 201/201/201 -a \
  "$(jq -r .id "$RUN/post-1.json")" = "$(jq -r .id "$RUN/post-2.json")" -a "$(jq -r .id "$RUN/post-1.json")" = "$(jq -r .id "$RUN/post-3.json")"
key=$(cat /proc/sys/kernel/random/uuid)
post_organisation "http://127.0.0.1:$API1" "$key" "Cluster Gleichzeitig $key" "$RUN/post-4.json" > "$RUN/post-4.status" &
post_organisation "http://127.0.0.1:$API2" "$key" "Cluster Gleichzeitig $key" "$RUN/post-5.json" > "$RUN/post-5.status" &
wait
echo "   the same POST at once on both instances: $(cat "$RUN/post-4.status") and $(cat "$RUN/post-5.status") (409: still in progress there)"
check "one organisation from the same request sent to both instances at once" test "$(organisations_named "Cluster Gleichzeitig $key")" -eq 1
check "the same key for another body is refused with 422" \
  test "$(post_organisation "$NGINX" "$key" "Cluster Anders $key" "$RUN/post-6.json")" = 422

log "4. rolling restart under load"
load_start "$NGINX/api/v1/partners?size=5" 6 rolling
stop_bg cluster-api-1; start_api cluster-api-1 "$API1"; sleep 3
stop_bg cluster-api-2; start_api cluster-api-2 "$API2"; sleep 3
load_stop
failed=$(( $(total) - $(count '^2') ))
echo "   requests during the rolling restart: $(total), failed: $failed"
check "0 failed requests during the rolling restart" test "$failed" -eq 0

log "5. SIGKILL of one instance under load"
: > "$RUN/nginx-error.log"
load_start "$NGINX/api/v1/partners?size=5" 6 sigkill
posted=0; post_failures=0; prefix="Cluster Kill $(date +%s)"
victim=$(cat "$STATE_DIR/cluster-api-2.pid")
(sleep 1.5; kill -KILL "$victim") &
killer=$!
for ((n = 1; n <= 12; n++)); do
  key=$(cat /proc/sys/kernel/random/uuid)
  for ((try = 1; try <= 10; try++)); do
    status=$(post_organisation "$NGINX" "$key" "$prefix $n" "$RUN/kill-post.json")
    [[ $status == 201 ]] && { posted=$((posted + 1)); break; }
    post_failures=$((post_failures + 1)); sleep 0.5
  done
  sleep 0.2
done
wait $killer; rm -f "$STATE_DIR/cluster-api-2.pid"
sleep 1; load_stop
failed=$(( $(total) - $(count '^2') ))
in_flight=$(grep -cE "upstream prematurely closed|Connection reset by peer|recv\(\) failed" "$RUN/nginx-error.log" || true)
created=$(organisations_named "$prefix ")
echo "   requests: $(total), failed: $failed, in flight on the killed instance (nginx retried them on the other): $in_flight"
echo "   POSTs: 12 sent while it was killed, attempts that failed and were retried with their key: $post_failures, organisations created: $created"
check "failed requests at most those in flight on the killed instance" test "$failed" -le "$in_flight"
check "each POST created exactly one organisation" test "$posted" -eq 12 -a "$created" -eq 12

log "6. PostgreSQL stopped and started under load (API $API1, no API restart)"
load_start "http://127.0.0.1:$API1/api/v1/partners?size=5" 4 dbrestart
sleep 2
pg_ctl_private -m fast stop
sleep 2
during=$(curl -s -D "$RUN/db-down.headers" -o "$RUN/db-down.json" -w '%{http_code}' "http://127.0.0.1:$API1/api/v1/partners?size=5")
ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((API1 + 1000))/q/health/ready")
echo "   while PostgreSQL is down: $during $(jq -r .title "$RUN/db-down.json" 2>/dev/null), Retry-After $(sed -n 's/^Retry-After: *//Ip' "$RUN/db-down.headers" | tr -d '\r'), readiness $ready"
check "503 problem+json with Retry-After while the database is down, readiness 503" test "$during" = 503 -a "$ready" = 503 -a \
  -n "$(grep -i '^Retry-After:' "$RUN/db-down.headers")" -a -n "$(grep -i '^Content-Type: application/problem+json' "$RUN/db-down.headers")"
check "no internals in the answer" bash -c "! grep -qiE 'sql|jdbc|postgres|exception|agroal' '$RUN/db-down.json'"
pg_ctl_private start
up_at=$(date +%s%3N)
first_ok=""
for ((i = 0; i < 100; i++)); do
  if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API1/api/v1/partners?size=5") == 200 ]]; then first_ok=$(date +%s%3N); break; fi
  sleep 0.1
done
sleep 2; load_stop
after_up=$(awk -v t="$up_at" '$1 >= t && n++ < 20 { print $3 }' "$LOAD_OUT" | sort | uniq -c | tr '\n' ' ')
echo "   requests: $(total), 200: $(count '^200$'), 503: $(count '^503$'), 500: $(count '^500$'), other: $(( $(total) - $(count '^200$') - $(count '^503$') - $(count '^500$') ))"
echo "   first 200 $(( ${first_ok:-0} - up_at )) ms after PostgreSQL was up again; the load's first 20 requests after that: $after_up"
check "no 500 while the database was away" test "$(count '^500$')" -eq 0
check "only 200 and 503" test $(( $(count '^200$') + $(count '^503$') )) -eq "$(total)"
check "200 within 5 s after PostgreSQL is back, without an API restart" test -n "$first_ok" -a $(( ${first_ok:-0} - up_at )) -le 5000
check "readiness UP again" wait_http "http://127.0.0.1:$((API1 + 1000))/q/health/ready" 10

log "7. SIGTERM under load: requests in flight finish"
# A transaction holds the organisation table for 4 s: every directory request that arrives waits in flight.
psql_private -c "begin; lock table organisation in access exclusive mode; select pg_sleep(4); commit;" >/dev/null &
locker=$!
sleep 0.5
load_start "http://127.0.0.1:$API1/api/v1/partners?size=5" 8 sigterm
sleep 1
term_at=$(date +%s%3N)
kill -TERM "$(cat "$STATE_DIR/cluster-api-1.pid")"
sleep 0.3
draining_ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((API1 + 1000))/q/health/ready" || true)
wait $locker || true
for ((i = 0; i < 30; i++)); do kill -0 "$(cat "$STATE_DIR/cluster-api-1.pid")" 2>/dev/null || break; sleep 1; done
load_stop; rm -f "$STATE_DIR/cluster-api-1.pid"
# Accepted for serving: sent before SIGTERM or during the shutdown delay (readiness DOWN, requests still served).
accepted_until=$((term_at + 1000))
held=$(awk -v t="$term_at" '$1 < t && $2 > t && $3 == 200' "$LOAD_OUT" | wc -l | tr -d ' ')
resets=$(awk -v t="$accepted_until" '$1 < t && $3 !~ /^2/' "$LOAD_OUT" | wc -l | tr -d ' ')
closing=$(awk -v t="$accepted_until" '$1 >= t && $3 !~ /^2/' "$LOAD_OUT" | awk '{ print $3 }' | sort | uniq -c | tr '\n' ' ')
echo "   requests: $(total), in flight at SIGTERM and answered 200: $held, sent before the delay ended and not answered (cut off): $resets"
echo "   sent after the delay, while it drained and closed (a load balancer sends these elsewhere): $closing"
echo "   readiness right after SIGTERM: $draining_ready (000: the management port no longer answers)"
check "readiness not UP right after SIGTERM, while requests in flight are still served" test "$draining_ready" != 200
check "requests were in flight at SIGTERM, and all of them got their answer" test "$held" -ge 8
check "0 requests cut off (connection resets or errors) among those sent before the delay ended" test "$resets" -eq 0

printf 'Cluster test: %d passed, %d failed\n' $((checks - failures)) "$failures" | tee -a "${KL_TEST_SUMMARY:-/dev/null}"
if [[ $failures -gt 0 ]]; then
  die "cluster test: $failures check(s) failed (logs in $RUN, $STATE_DIR/cluster-api-*.log)"
fi
log "cluster test passed"
