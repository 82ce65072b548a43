#!/usr/bin/env bash
# run.sh — `make run`: PostgreSQL, Keycloak, the API and the web client with the demo world.
# Ctrl-C (or `make stop`) stops what this started, and nothing else.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
API_PORT="${API_PORT:-8080}"
WEB_PORT="${WEB_PORT:-5173}"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-1025}"
MAIL_WEB_PORT="${MAIL_WEB_PORT:-1080}"

stop_all() { trap - INT TERM EXIT; "$ROOT/scripts/stop.sh"; }
trap stop_all INT TERM EXIT

"$ROOT/scripts/postgres.sh" ensure kreativland
"$ROOT/scripts/keycloak.sh" start
"$ROOT/scripts/maildev.sh" start "$MAIL_SMTP_PORT" "$MAIL_WEB_PORT"
"$ROOT/scripts/api.sh" build
# The API sends its mails (notifications, newsletter confirmations) to maildev; links in them lead to the web client.
QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$MAIL_SMTP_PORT" KL_WEB_URL="http://localhost:$WEB_PORT" \
  "$ROOT/scripts/api.sh" start api "$API_PORT" kreativland
"$ROOT/scripts/web.sh" build
"$ROOT/scripts/web.sh" start web "$WEB_PORT" "http://localhost:$API_PORT"

cat <<INFO

  KreativLand Transfer is running (demo world loaded).

  Web client     http://localhost:$WEB_PORT
  API            http://localhost:$API_PORT/api/v1/partners
  API reference  http://127.0.0.1:$((API_PORT + 1000))/q/swagger-ui   (contract: http://127.0.0.1:$((API_PORT + 1000))/q/openapi)
  Health         http://127.0.0.1:$((API_PORT + 1000))/q/health       Metrics: http://127.0.0.1:$((API_PORT + 1000))/q/metrics
                 (management port, on loopback only; the API port serves /api/v1 alone)
  Keycloak       $KEYCLOAK_URL   (admin console: admin / admin)
  Mail inbox     http://localhost:$MAIL_WEB_PORT   (maildev: every mail the API sends, e.g. the newsletter confirmation;
                 SMTP on localhost:$MAIL_SMTP_PORT)

  Demo logins (realm kreativland, password = user name):
    admin         Ada Admin (Demo)            admin
    coordinator   Konrad Koordinator (Demo)   coordinator
    coach         Clara Coach (Demo)          coach
    partner       Paula Partner (Demo)        partner of Künstlerstadt Kalbe e.V.
    partner2      Paul Partner (Demo)         partner of Künstlerkolonie Fichtelgebirge e.V.
    advisor       Rita Regional (Demo)        advisor, limited to Saxony (SN)
  Integration client (client credentials): kreativland-integration / integration-demo-secret

  Logs in $STATE_DIR. Press Ctrl-C to stop (or run 'make stop' elsewhere).
INFO

while sleep 5; do
  for name in api web; do
    [[ -f "$STATE_DIR/$name.pid" ]] || { log "stopped by 'make stop'"; exit 0; }
    kill -0 "$(cat "$STATE_DIR/$name.pid")" 2>/dev/null || die "$name stopped unexpectedly: see $STATE_DIR/$name.log"
  done
done
