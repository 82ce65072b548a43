#!/usr/bin/env bash
# advisor-pull.sh [STATE] [FROM] [TO] — a regional advisor's pull, as the README shows it: the
# partners of a state and the state's outreach report as CSV files in the current directory
# (partners-STATE.csv, outreach-STATE-FROM-TO.csv). Needs curl and jq.
# KL_API_URL and KL_KEYCLOAK_URL default to `make run`'s http://localhost:8080 and :8180.
set -euo pipefail
API=${KL_API_URL:-http://localhost:8080}
KEYCLOAK=${KL_KEYCLOAK_URL:-http://localhost:8180}
STATE=${1:-SN}
FROM=${2:-2017-01-01}
TO=${3:-2017-12-31}

# README:begin (the README quotes the lines up to README:end; scripts/examples/test.sh checks that)
# 1. A token of the service account limited to Saxony (client credentials, valid 5 minutes).
TOKEN=$(curl -fsS -d grant_type=client_credentials \
  -d client_id=kreativland-integration-sn -d client_secret=integration-sn-demo-secret \
  "$KEYCLOAK/realms/kreativland/protocol/openid-connect/token" | jq -r .access_token)

# 2. The state's partners as CSV, the whole filtered directory streamed by the API.
curl -fsS -H "Authorization: Bearer $TOKEN" -H "Accept: text/csv" -o "partners-$STATE.csv" \
  "$API/api/v1/partners?state=$STATE"

# 3. The state's outreach report as CSV, straight from the API (UTF-8 with a byte order mark).
curl -fsS -H "Authorization: Bearer $TOKEN" -H "Accept: text/csv" -o "outreach-$STATE-$FROM-$TO.csv" \
  "$API/api/v1/outreach-report?state=$STATE&from=$FROM&to=$TO"
# README:end

wc -l "partners-$STATE.csv" "outreach-$STATE-$FROM-$TO.csv"
