#!/usr/bin/env bash
# maildev.sh — a local SMTP server with a web inbox (npm maildev, installed from scripts/maildev/package-lock.json).
#   maildev.sh start [SMTP_PORT] [WEB_PORT] [NAME]   defaults: 1025 1080 maildev
#   maildev.sh stop [NAME]
# Its REST API lists what arrived: GET http://localhost:WEB_PORT/api/email (maildev 3)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DIR="$ROOT/scripts/maildev"
cmd=${1:-}
case "$cmd" in
  start)
    smtp=${2:-1025} web=${3:-1080} name=${4:-maildev}
    if port_open "$web" && port_open "$smtp"; then log "maildev: ports $smtp/$web already answer"; exit 0; fi
    [[ -x "$DIR/node_modules/.bin/maildev" ]] || (cd "$DIR" && npm ci --no-audit --no-fund --loglevel=error)
    log "starting maildev (SMTP $smtp, inbox http://localhost:$web)"
    start_bg "$name" "$STATE_DIR/$name.log" "$DIR/node_modules/.bin/maildev" --smtp "$smtp" --web "$web" --ip 127.0.0.1 --web-ip 127.0.0.1 >/dev/null
    wait_http "http://127.0.0.1:$web/api/healthz" 60 || die "maildev did not start: see $STATE_DIR/$name.log"
    ;;
  stop) stop_bg "${2:-maildev}" ;;
  *) die "usage: maildev.sh start [SMTP_PORT] [WEB_PORT] [NAME] | stop [NAME]" ;;
esac
