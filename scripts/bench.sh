#!/usr/bin/env bash
# bench.sh — `make bench`, one command, one run, two sections (BENCH_ONLY=export or BENCH_ONLY=load for one):
#
# export  bulk export of BENCH_ROWS generated partners with a small API heap (BENCH_HEAP): streams the
#         directory as NDJSON and as CSV while sampling the heap; time and heap figures.
# load    the API against the database it runs on, at 10,000 and then 100,000 generated organisations
#         (BENCH_SIZES): wrk (-t2 -c16) on the hot requests, pgbench (-M prepared -c16 -j2) of the very SQL
#         each request runs (captured from the PostgreSQL log), a single indexed page query as the
#         ceiling, RSS idle and after the load, and the time from process start to the first 200 of our
#         API vs a bare Quarkus REST + Hibernate ORM app (scripts/bench/bare-app). Prints one table, saved
#         in $STATE_DIR/bench-load.txt.
#
# Durations: BENCH_SECONDS per measurement (10), BENCH_WARMUP before each wrk run (3), BENCH_START_RUNS
# starts of each app for the start time (3, the median counts).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ONLY="${BENCH_ONLY:-export,load}"
ROWS="${BENCH_ROWS:-100000}"
HEAP="${BENCH_HEAP:-128m}"
PORT="${BENCH_API_PORT:-8095}"
BARE_PORT="${BENCH_BARE_PORT:-8096}"
SIZES="${BENCH_SIZES:-10000 100000}"
SECONDS_EACH="${BENCH_SECONDS:-10}"
WARMUP="${BENCH_WARMUP:-3}"
START_RUNS="${BENCH_START_RUNS:-3}"
DB=kreativland_bench
BENCH_DIR="$ROOT/scripts/bench"
WORK="$STATE_DIR/bench"
started=()

cleanup() {
  local status=$? i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    case "${started[$i]}" in
      postgres) "$ROOT/scripts/postgres.sh" stop ;;
      keycloak) "$ROOT/scripts/keycloak.sh" stop ;;
      statement-log) "$ROOT/scripts/postgres.sh" admin-psql -c "ALTER DATABASE $DB RESET log_min_duration_statement" 2>/dev/null || true ;;
      *) stop_bg "${started[$i]}" ;;
    esac
  done
  exit $status
}
trap cleanup EXIT INT TERM

section() { [[ ",$ONLY," == *",$1,"* ]]; }
db_psql() { PGPASSWORD="$DB_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d "$DB" "$@"; }

# Debian packages the load section needs (as `make test` installs chromium): wrk, and pgbench of the
# PostgreSQL packages (postgresql-client-NN puts it in /usr/lib/postgresql/NN/bin, linked from /usr/bin).
apt_install() {
  local sudo=""
  [[ $EUID -eq 0 ]] || sudo="sudo -n"
  log "installing Debian's $*"
  $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$@" >&2 \
    || die "could not install $* (needs root or password-less sudo)"
}
find_pgbench() {
  command -v pgbench 2>/dev/null && return 0
  ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1
}
ensure_tools() {
  command -v wrk >/dev/null || apt_install wrk
  PGBENCH=$(find_pgbench || true)
  if [[ -z "$PGBENCH" ]]; then apt_install postgresql-client; PGBENCH=$(find_pgbench || true); fi
  [[ -n "$PGBENCH" ]] || die "pgbench not found after installing postgresql-client"
}

pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null || port_open "$PGPORT" || started+=(postgres)
"$ROOT/scripts/postgres.sh" ensure
curl -fsS -o /dev/null "$KEYCLOAK_URL/realms/kreativland/.well-known/openid-configuration" 2>/dev/null || started+=(keycloak)
"$ROOT/scripts/keycloak.sh" start
"$ROOT/scripts/api.sh" build

# ---------------------------------------------------------------------------------------------------------
# export: bulk export of many generated rows with a small API heap
# ---------------------------------------------------------------------------------------------------------
bench_export() {
  local report="$STATE_DIR/bench-export.txt" api_pid
  "$ROOT/scripts/postgres.sh" recreate "$DB"
  started+=(api-bench)
  KL_API_HEAP="$HEAP" "$ROOT/scripts/api.sh" start api-bench "$PORT" "$DB"
  api_pid=$(cat "$STATE_DIR/api-bench.pid")

  log "generating $ROWS partners"
  db_psql <<SQL
INSERT INTO organisation (id, name, town, state, programme_role, website, summary, kind, submarkets, settlement_type,
                          postal_code, district, founding_year, team_size, description, requested_topics)
SELECT gen_random_uuid(), 'Benchmark-Verein Nr. ' || n, 'Musterstadt ' || (n % 500),
       (ARRAY['BW','BY','BB','HE','NI','NW','SN','ST','TH','SL'])[1 + n % 10], 'TANDEM', 'https://example.org/' || n,
       'Kreative Initiative im ländlichen Raum, Übungsdatensatz ' || n, 'ASSOCIATION', ARRAY['MUSIC','DESIGN'],
       'RURAL_MUNICIPALITY', lpad((10000 + n % 89999)::text, 5, '0'), 'Landkreis ' || (n % 300), 1990 + n % 30, 1 + n % 40,
       repeat('Werkstätten, Ausstellungen und Beratung für Kreative. ', 8), ARRAY['FINANCING']
FROM generate_series(1, $ROWS) AS n;
ANALYZE organisation;
ANALYZE sync_change;
SQL

  heap_used_kb() { jcmd "$api_pid" GC.heap_info 2>/dev/null | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1; }
  full_gc_used_kb() { jcmd "$api_pid" GC.run >/dev/null 2>&1; sleep 1; heap_used_kb; }
  mb() { awk -v kb="$1" 'BEGIN { printf "%.1f MB", kb / 1024 }'; }

  # export FORMAT MEDIA_TYPE: one streamed export while jstat samples the heap every 250 ms
  export_once() {
    local format=$1 type=$2 out="$STATE_DIR/bench-export.$1" samples="$STATE_DIR/bench-heap.$1" before after peak start end lines bytes
    before=$(full_gc_used_kb)
    jstat -gc "$api_pid" 250 > "$samples" &
    local jstat_pid=$!
    start=$(date +%s%N)
    curl -fsS -H "Accept: $type" "http://localhost:$PORT/api/v1/partners" -o "$out" || { kill "$jstat_pid"; die "the $format export failed"; }
    end=$(date +%s%N)
    kill "$jstat_pid" 2>/dev/null; wait "$jstat_pid" 2>/dev/null || true
    # heap used = survivor + eden + old generation (columns S0U S1U EU OU)
    peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%d", max }' "$samples")
    after=$(full_gc_used_kb)
    lines=$(wc -l < "$out"); bytes=$(stat -c %s "$out")
    printf '%-6s rows %-7s body %-9s time %5.1f s | heap max %s; used after full GC: before %s, after %s (growth %s); peak used while streaming %s\n' \
      "$format" "$lines" "$(mb $((bytes / 1024)))" "$(awk -v ns=$((end - start)) 'BEGIN { print ns / 1e9 }')" "$HEAP" \
      "$(mb "$before")" "$(mb "$after")" "$(mb $((after - before)))" "$(mb "$peak")"
  }

  log "streaming the export (API heap limited to $HEAP)"
  export_once ndjson application/x-ndjson | tee "$report"
  export_once csv text/csv | tee -a "$report"
  local ndjson_rows
  ndjson_rows=$(wc -l < "$STATE_DIR/bench-export.ndjson")
  [[ "$ndjson_rows" -ge "$ROWS" ]] || die "NDJSON export has $ndjson_rows rows, expected at least $ROWS"
  stop_bg api-bench
  log "export figures saved in $report"
}

# ---------------------------------------------------------------------------------------------------------
# load: wrk and pgbench side by side, memory and start time
# ---------------------------------------------------------------------------------------------------------
RESULTS="$WORK/results.tsv"   # size, request, rps, p50, p99, non2xx, tps  |  size, rss-idle/rss-load, KiB  |  start, app, ms
BASE="http://localhost:$PORT/api/v1"
# Requests: name, then the path and query (after /api/v1); placeholders filled per size.
REQUESTS=(list item auth search first last after sync report)
declare -A LABEL=(
  [list]="directory: ?state=SN&sort=name&size=20"
  [item]="one partner: /partners/{id}"
  [auth]="directory, integration token"
  [search]="full text: ?q=Keramik&size=20"
  [first]="first page: ?sort=name&page=0"
  [last]="last page: ?sort=name&page=last"
  [after]="last page: ?sort=name&after=(cursor)"
  [sync]="sync window: ?updatedSince=(middle)"
  [report]="outreach report 2025"
)

# The limit of this instance only (a million a second, the most RateLimiter takes): 16 connections from one address are the point here.
start_api() { KL_RATE_LIMIT_REQUESTS=1000000 KL_RATE_LIMIT_PERIOD=PT1S "$ROOT/scripts/api.sh" start api-bench "$PORT" "$DB" >/dev/null; }

java_pid() {  # the java process of a start_bg name (setsid may have forked once)
  local pid
  pid=$(cat "$STATE_DIR/$1.pid")
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]] && { echo "$pid"; return; }
  pgrep -P "$pid" java | head -n 1
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

integration_token() {
  curl -fsS -d grant_type=client_credentials -d client_id=kreativland-integration -d client_secret=integration-demo-secret \
    "$KEYCLOAK_URL/realms/kreativland/protocol/openid-connect/token" | jq -r .access_token
}

# url NAME: the request's URL for the current data
url() {
  case "$1" in
    list | auth) echo "$BASE/partners?state=SN&sort=name&size=20" ;;
    item) echo "$BASE/partners/$ITEM_ID" ;;
    search) echo "$BASE/partners?q=Keramik&size=20" ;;
    first) echo "$BASE/partners?sort=name&size=20&page=0" ;;
    last) echo "$BASE/partners?sort=name&size=20&page=$LAST_PAGE" ;;
    after) echo "$BASE/partners?sort=name&size=20&after=$LAST_AFTER" ;;
    sync) echo "$BASE/partners?updatedSince=$SYNC_SINCE&size=20" ;;
    report) echo "$BASE/outreach-report?from=2025-01-01&to=2025-12-31" ;;
  esac
}
auth_args() { [[ "$1" == auth ]] && printf '%s\n' -H "Authorization: Bearer $(integration_token)"; return 0; }

# last_page: LAST_PAGE, the number of the last page of ?sort=name&size=20 (counted in the database: beyond 10,000 the
# API's total is an estimate), and LAST_AFTER, the cursor that leads to the same page by keyset (the nextAfter of the
# page before it)
last_page() {
  LAST_PAGE=$(( ($(db_psql -Atc "select count(*) from organisation where programme_role in ('BEST_PRACTICE', 'TANDEM')") + 19) / 20 - 1 ))
  LAST_AFTER=$(curl -fsS "$BASE/partners?sort=name&size=20&page=$((LAST_PAGE - 1))" | jq -r .nextAfter)
  [[ -n "$LAST_AFTER" && "$LAST_AFTER" != null ]] || die "no nextAfter on page $((LAST_PAGE - 1))"
}

# capture SIZE: the SQL each request runs, as pgbench scripts $WORK/SIZE-NAME.sql (the second call of each
# request, so one-time work of a fresh JVM is left out)
capture() {
  local size=$1 logfile name offset args status
  logfile=$("$ROOT/scripts/postgres.sh" log-file)
  if [[ -z "$logfile" || ! -r "$logfile" ]]; then
    log "cannot read the PostgreSQL log ('$logfile'): no pgbench of the requests' SQL"
    return 0
  fi
  started+=(statement-log)
  "$ROOT/scripts/postgres.sh" admin-psql -c "ALTER DATABASE $DB SET log_min_duration_statement = 0"
  started+=(api-bench)
  start_api
  last_page
  for name in "${REQUESTS[@]}"; do
    mapfile -t args < <(auth_args "$name")
    curl -sS -o /dev/null --max-time 300 "${args[@]}" "$(url "$name")" || true
    sleep 0.3
    offset=$(stat -c %s "$logfile")
    status=$(curl -sS -o "$WORK/$size-$name.body" -w '%{http_code}' --max-time 300 "${args[@]}" "$(url "$name")" || true)
    sleep 0.7
    perl "$BENCH_DIR/capture.pl" "$logfile" "$offset" "$DB" > "$WORK/$size-$name.sql"
    # a request that fails ran only part of its SQL, and a script that fails once in pgbench (e.g. a statement
    # pgbench cannot replay) would be half measured: both are left out of pgbench
    if [[ "$status" != 200 ]]; then
      log "$name: HTTP $status (body in $WORK/$size-$name.body): its SQL is not measured"
      mv "$WORK/$size-$name.sql" "$WORK/$size-$name.sql.failed"
    elif ! PGPASSWORD="$DB_PASSWORD" "$PGBENCH" -n -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -M prepared -t 1 \
        -f "$WORK/$size-$name.sql" "$DB" > "$WORK/$size-$name.check" 2>&1 || grep -q 'error' "$WORK/$size-$name.check"; then
      log "$name: the captured SQL does not replay in pgbench (see $WORK/$size-$name.check)"
      mv "$WORK/$size-$name.sql" "$WORK/$size-$name.sql.failed"
    fi
  done
  stop_bg api-bench
  "$ROOT/scripts/postgres.sh" admin-psql -c "ALTER DATABASE $DB RESET log_min_duration_statement"
  log "captured: $(for n in "${REQUESTS[@]}"; do [[ -f "$WORK/$size-$n.sql" ]] && printf '%s %s statements; ' "$n" "$(grep -c ';$' "$WORK/$size-$n.sql")"; done)"
}

# run_wrk SIZE NAME: a warm-up, then the measured run
run_wrk() {
  local size=$1 name=$2 args line
  mapfile -t args < <(auth_args "$name")
  wrk -t2 -c16 -d"${WARMUP}s" --timeout 10s "${args[@]}" "$(url "$name")" > /dev/null 2>&1 || true
  line=$(wrk -t2 -c16 -d"${SECONDS_EACH}s" --timeout 10s -s "$BENCH_DIR/report.lua" "${args[@]}" "$(url "$name")" 2>&1 | grep '^BENCH ' || true)
  [[ -n "$line" ]] || die "wrk printed no result for $name"
  echo "$line" > "$WORK/$size-$name.wrk"
  log "$name: $line"
}

# run_pgbench FILE: transactions per second of the script, or '-' if it failed
run_pgbench() {
  local file=$1 out
  [[ -f "$file" ]] || { echo -; return; }
  out=$(PGPASSWORD="$DB_PASSWORD" "$PGBENCH" -n -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -M prepared -c16 -j2 \
        -T "$SECONDS_EACH" -f "$file" "$DB" 2>&1) || { echo -; return; }
  sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<< "$out" | tail -n 1
}

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" "$1"; }

bench_size() {
  local size=$1 from=$2 name api_pid
  log "generating organisations $from..$size with their measurements, events and coaching sessions"
  db_psql -v first="$from" -v last="$size" -f "$BENCH_DIR/generate.sql"
  # The ceiling: the same rows in a copy with an index made for the page (schema bench, the API never reads it).
  db_psql <<SQL
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.organisation;
CREATE TABLE bench.organisation AS SELECT * FROM public.organisation;
CREATE INDEX ON bench.organisation (state, name, id);
ANALYZE bench.organisation;
SQL
  cat > "$WORK/$size-ceiling.sql" <<SQL
select id, name, legal_form, kind, submarkets, settlement_type, street, postal_code, town, municipality, district, state,
       latitude, longitude, founding_year, team_size, website, summary, description, requested_topics, programme_role,
       version, created_at, updated_at
from bench.organisation where state = 'SN' and programme_role in ('BEST_PRACTICE', 'TANDEM') order by name, id limit 20;
SQL
  ITEM_ID=$(db_psql -Atc "select md5('bench-org-' || ($size / 2))::uuid")
  SYNC_SINCE=$(db_psql -Atc "select to_char(timestamptz '2025-01-01 00:00Z' + ($size / 2) * interval '5 minutes', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
  capture "$size"

  start_api
  started+=(api-bench)
  api_pid=$(java_pid api-bench)
  last_page
  sleep 2
  printf '%s\trss-idle\t%s\n' "$size" "$(rss_kib "$api_pid")" >> "$RESULTS"
  for name in "${REQUESTS[@]}"; do
    # the report (last) needs far more memory than any list: RSS before it too
    [[ "$name" == report ]] && printf '%s\trss-lists\t%s\n' "$size" "$(rss_kib "$api_pid")" >> "$RESULTS"
    run_wrk "$size" "$name"
  done
  printf '%s\trss-load\t%s\n' "$size" "$(rss_kib "$api_pid")" >> "$RESULTS"
  stop_bg api-bench

  log "pgbench of each request's SQL and of the ceiling, ${SECONDS_EACH} s each"
  for name in "${REQUESTS[@]}"; do
    local f="$WORK/$size-$name.wrk"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$(field "$f" rps)" "$(field "$f" p50_ms)" "$(field "$f" p99_ms)" \
      "$(( $(field "$f" non2xx) + $(field "$f" errors) ))" "$(run_pgbench "$WORK/$size-$name.sql")" >> "$RESULTS"
  done
  printf '%s\tceiling\t-\t-\t-\t-\t%s\n' "$size" "$(run_pgbench "$WORK/$size-ceiling.sql")" >> "$RESULTS"
}

# first_200_ms NAME URL CMD...: milliseconds from starting CMD (as start_bg NAME) to the first 200 of URL
first_200_ms() {
  local name=$1 url=$2 t0 t1 pid i; shift 2
  t0=$(date +%s%N)
  pid=$(start_bg "$name" "$STATE_DIR/$name.log" "$@")
  for ((i = 0; i < 6000; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" == 200 ]] && break
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$STATE_DIR/$name.log" >&2; die "$name died before answering"; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  stop_bg "$name"
  echo $(((t1 - t0) / 1000000))
}

# start times on the migrated database: our API exactly as api.sh starts it, and the bare app
bench_start() {
  local bare_dir="$BENCH_DIR/bare-app" quarkus_version i jar
  quarkus_version=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$ROOT/api/pom.xml")
  log "building the bare Quarkus REST + Hibernate ORM app (Quarkus $quarkus_version, offline)"
  (cd "$bare_dir" && "$ROOT/api/mvnw" -B -q -o package -DskipTests -Dquarkus.platform.version="$quarkus_version") \
    || die "the bare app did not build (it uses the API's Maven repository offline: build the API first)"
  jar="$bare_dir/target/quarkus-app/quarkus-run.jar"
  for ((i = 0; i < START_RUNS; i++)); do
    # api.sh's own command line (heap, environment), timed from here
    started+=(api-start)
    printf 'start\tapi\t%s\n' "$(first_200_ms api-start "$BASE/partners?state=SN&sort=name&size=20" \
      env QUARKUS_HTTP_PORT="$PORT" KL_MANAGEMENT_PORT="$((PORT + 1000))" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
      QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
      QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/kreativland" \
      $("$ROOT/scripts/api.sh" java-command))" >> "$RESULTS"
    started+=(bare-start)
    printf 'start\tbare\t%s\n' "$(first_200_ms bare-start "http://localhost:$BARE_PORT/organisations?state=SN" \
      env QUARKUS_HTTP_PORT="$BARE_PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
      QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
      java -jar "$jar")" >> "$RESULTS"
  done
}

bench_load() {
  ensure_tools
  rm -rf "$WORK"; mkdir -p "$WORK"; : > "$RESULTS"
  "$ROOT/scripts/postgres.sh" recreate "$DB"
  log "migrating $DB (the API's migrations and demo world)"
  start_api
  started+=(api-bench)
  stop_bg api-bench
  local size from=1
  for size in $SIZES; do
    bench_size "$size" "$from"
    from=$((size + 1))
  done
  bench_start
  awk -f "$BENCH_DIR/table.awk" -v seconds="$SECONDS_EACH" -v sizes="$SIZES" "$RESULTS" | tee "$STATE_DIR/bench-load.txt"
  log "table saved in $STATE_DIR/bench-load.txt (raw figures: $RESULTS)"
}

section export && bench_export
section load && bench_load
exit 0
