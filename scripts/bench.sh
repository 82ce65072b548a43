#!/usr/bin/env bash
# bench.sh — `make bench`: bulk export of many generated rows with a small API heap.
# Generates BENCH_ROWS partners in a database of their own, starts the API jar with a max heap of
# BENCH_HEAP, streams the directory as NDJSON and as CSV while sampling the API's heap, and prints
# rows, bytes, time and heap figures (used after a full GC before and after, and the peak seen).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROWS="${BENCH_ROWS:-100000}"
HEAP="${BENCH_HEAP:-128m}"
PORT="${BENCH_API_PORT:-8095}"
DB=kreativland_bench
REPORT="$STATE_DIR/bench-export.txt"
started=()

cleanup() {
  local status=$? i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    case "${started[$i]}" in
      postgres) "$ROOT/scripts/postgres.sh" stop ;;
      keycloak) "$ROOT/scripts/keycloak.sh" stop ;;
      *) stop_bg "${started[$i]}" ;;
    esac
  done
  exit $status
}
trap cleanup EXIT INT TERM

pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null || port_open "$PGPORT" || started+=(postgres)
"$ROOT/scripts/postgres.sh" recreate "$DB"
curl -fsS -o /dev/null "$KEYCLOAK_URL/realms/kreativland/.well-known/openid-configuration" 2>/dev/null || started+=(keycloak)
"$ROOT/scripts/keycloak.sh" start
"$ROOT/scripts/api.sh" build
started+=(api-bench)
KL_API_HEAP="$HEAP" "$ROOT/scripts/api.sh" start api-bench "$PORT" "$DB"
api_pid=$(cat "$STATE_DIR/api-bench.pid")

log "generating $ROWS partners"
PGPASSWORD="$DB_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d "$DB" <<SQL
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
export_once ndjson application/x-ndjson | tee "$REPORT"
export_once csv text/csv | tee -a "$REPORT"
ndjson_rows=$(wc -l < "$STATE_DIR/bench-export.ndjson")
[[ "$ndjson_rows" -ge "$ROWS" ]] || die "NDJSON export has $ndjson_rows rows, expected at least $ROWS"
log "figures saved in $REPORT"
