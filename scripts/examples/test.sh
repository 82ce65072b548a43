#!/usr/bin/env bash
# examples/test.sh API_URL [SUMMARY_FILE] — proves the data-access examples against a running API
# and Keycloak: the integrator's client generated from openapi.yaml (examples/integration-client,
# node:test) and the README's advisor pull (advisor-pull.sh: the README quotes it, and both CSV
# files have their header row and data rows). Appends one result line per part to SUMMARY_FILE; fails if either part fails.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
API_URL=${1:?usage: $0 API_URL [SUMMARY_FILE]}
SUMMARY=${2:-/dev/null}
CLIENT="$ROOT/examples/integration-client"
status=0

log "integration client generated from openapi.yaml (node:test) against $API_URL"
if [[ ! -d "$CLIENT/node_modules" || "$CLIENT/package-lock.json" -nt "$CLIENT/node_modules/.package-lock.json" ]]; then
  (cd "$CLIENT" && npm ci --no-audit --no-fund) || die "npm ci of examples/integration-client failed"
fi
(cd "$CLIENT" && KL_API_URL="$API_URL" KL_KEYCLOAK_URL="$KEYCLOAK_URL" npm test 2>&1 | tee "$STATE_DIR/integration-client-test.log") \
  || status=1
awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { printf "Integration client example (node:test): %d passed | %d failed\n", p, (f == "" && p == "") ? 1 : f }' \
  "$STATE_DIR/integration-client-test.log" >> "$SUMMARY"

log "README advisor example (scripts/examples/advisor-pull.sh) against $API_URL"
if ! command -v jq >/dev/null; then
  log "installing Debian's jq for the advisor example"
  sudo=""; [[ $EUID -eq 0 ]] || sudo="sudo -n"
  $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q jq >&2 \
    || die "could not install jq (needs root or password-less sudo)"
fi
passed=0 failed=0
# check_csv FILE HEADER PATTERN: the header row (after a byte order mark) and a data row matching PATTERN.
check_csv() {
  local file=$1 header=$2 pattern=$3
  if [[ -f "$file" && "$(head -n 1 "$file" | sed 's/^\xEF\xBB\xBF//')" == "$header" ]] && grep -qE "$pattern" <(tail -n +2 "$file"); then
    passed=$((passed + 1)); echo "ok: $(basename "$file") has its header row and rows matching $pattern"
  else
    failed=$((failed + 1)); echo "FAILED: $(basename "$file"): header or rows missing" >&2
    head -n 3 "$file" >&2 || true
  fi
}
# The README quotes the script's commands (between README:begin and README:end) line for line.
missing=$(sed -n '/^# README:begin/,/^# README:end/{/^# README:/d;p}' "$ROOT/scripts/examples/advisor-pull.sh" \
  | while IFS= read -r line; do [[ -z "$line" ]] || grep -qxF -- "$line" "$ROOT/README.md" || echo "$line"; done)
if [[ -z "$missing" ]]; then
  passed=$((passed + 1)); echo "ok: README.md quotes advisor-pull.sh's commands"
else
  failed=$((failed + 1)); printf 'FAILED: README.md lacks these lines of advisor-pull.sh:\n%s\n' "$missing" >&2
fi
pull="$STATE_DIR/advisor-pull"
rm -rf "$pull" && mkdir -p "$pull"
if (cd "$pull" && KL_API_URL="$API_URL" KL_KEYCLOAK_URL="$KEYCLOAK_URL" "$ROOT/scripts/examples/advisor-pull.sh" SN 2017-01-01 2017-12-31); then
  check_csv "$pull/partners-SN.csv" 'id,name,town,state,kind,submarkets,settlementType,programmeRole,foundingYear,website,summary,latitude,longitude' \
    '^[0-9a-f-]{36},.+,SN,[A-Z_]+,'
  check_csv "$pull/outreach-SN-2017-01-01-2017-12-31.csv" \
    'indicator,nameDe,nameEn,unit,kind,breakdown,label,state,from,to,value,partial,previousValue,baseline,target,attainment' \
    '^actors_reached,.*,STATE,SN,SN,2017-01-01,2017-12-31,[0-9]+'
else
  failed=$((failed + 2))
fi
echo "README advisor example (advisor-pull.sh): $passed passed | $failed failed" >> "$SUMMARY"
[[ $failed -eq 0 ]] || status=1
exit $status
