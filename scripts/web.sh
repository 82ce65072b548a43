#!/usr/bin/env bash
# web.sh install | build | start NAME PORT API_URL | stop NAME — the web client's static build,
# served by `vite preview` with a runtime config.js, so one build serves every environment.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WEB="$ROOT/web-client"

install() {
  if [[ ! -d "$WEB/node_modules" || "$WEB/package-lock.json" -nt "$WEB/node_modules/.package-lock.json" ]]; then
    log "installing the web client's npm packages"
    (cd "$WEB" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) || die "npm ci failed"
  fi
}

build() {
  install
  log "building the web client"
  (cd "$WEB" && npm run --silent build) || die "web client build failed"
}

start() {
  local name=$1 port=$2 api_url=$3 pid
  [[ -f "$WEB/dist/index.html" ]] || build
  port_open "$port" && die "port $port is already in use: stop what runs there (make stop) and try again"
  (cd "$WEB" && KL_API_URL="$api_url" KL_KEYCLOAK_URL="$KEYCLOAK_URL" KL_REALM=kreativland KL_CLIENT_ID=kreativland-web \
    node scripts/write-config.mjs dist) || die "could not write config.js"
  log "serving the web client on http://localhost:$port"
  pid=$(cd "$WEB" && start_bg "$name" "$STATE_DIR/$name.log" node_modules/.bin/vite preview --port "$port" --strictPort --host localhost)
  wait_http "http://localhost:$port/" 60 "$pid" || { tail -n 20 "$STATE_DIR/$name.log" >&2; die "the web client did not start"; }
}

cmd=${1:-}; shift || true
case "$cmd" in
  install) install ;;
  build) build ;;
  start) start "$@" ;;
  stop) stop_bg "${1:-web}" ;;
  *) die "usage: $0 install | build | start NAME PORT API_URL | stop NAME" ;;
esac
