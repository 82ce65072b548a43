# Shared settings and helpers for the Makefile's scripts. Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="${KL_CACHE_DIR:-$HOME/.cache/kreativland}"
STATE_DIR="${KL_STATE_DIR:-$ROOT/.run}"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_URL="http://localhost:${KEYCLOAK_PORT}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
DB_USER="${KL_DB_USER:-kreativland}"
DB_PASSWORD="${KL_DB_PASSWORD:-kreativland}"
mkdir -p "$STATE_DIR" "$CACHE_DIR"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- 3<&-; }

# wait_http URL SECONDS [PID]: until URL answers 2xx/3xx; fails early when PID dies.
wait_http() {
  local url=$1 limit=$2 pid=${3:-} i
  for ((i = 0; i < limit; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 1
  done
  return 1
}

# start_bg NAME LOGFILE CMD...: starts CMD in its own process group, records its PID.
start_bg() {
  local name=$1 logfile=$2; shift 2
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  echo $! > "$STATE_DIR/$name.pid"
  echo $!
}

# stop_bg NAME: stops the process group we started under NAME, if any.
stop_bg() {
  local name=$1 pidfile="$STATE_DIR/$1.pid" pid i
  [[ -f "$pidfile" ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}
