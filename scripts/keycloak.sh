#!/usr/bin/env bash
# keycloak.sh start|stop — Keycloak from its Maven Central distribution, realm kreativland imported.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KC_HOME="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
READY_URL="$KEYCLOAK_URL/realms/kreativland/.well-known/openid-configuration"

fetch() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  local zip="$CACHE_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [[ ! -f "$zip" ]]; then
    log "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (first time only)"
    "$ROOT/api/mvnw" -q -B -f "$ROOT/api/pom.xml" dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$CACHE_DIR" \
      || die "could not fetch Keycloak"
  fi
  log "unpacking Keycloak into $CACHE_DIR"
  rm -rf "$KC_HOME.tmp" && mkdir -p "$KC_HOME.tmp"
  (cd "$KC_HOME.tmp" && jar xf "$zip") || die "could not unpack $zip"
  mv "$KC_HOME.tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME" && rm -rf "$KC_HOME.tmp"
  chmod +x "$KC_HOME"/bin/*.sh
}

start() {
  if curl -fsS -o /dev/null "$READY_URL" 2>/dev/null; then
    log "Keycloak already serves realm kreativland on $KEYCLOAK_URL: using it"
    return 0
  fi
  port_open "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT is taken by something that is not Keycloak with realm kreativland"
  fetch
  mkdir -p "$KC_HOME/data/import"
  cp "$ROOT/keycloak/realm-kreativland.json" "$KC_HOME/data/import/"
  # The dev-file database is recreated at each start so the realm file is the only source.
  rm -rf "$KC_HOME/data/h2"
  log "starting Keycloak on $KEYCLOAK_URL (about 20 s, 60 s the first time)"
  local pid
  pid=$(KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    start_bg keycloak "$STATE_DIR/keycloak.log" "$KC_HOME/bin/kc.sh" start-dev \
      --http-port "$KEYCLOAK_PORT" --import-realm --health-enabled=true)
  wait_http "$READY_URL" 240 "$pid" || { tail -n 40 "$STATE_DIR/keycloak.log" >&2; die "Keycloak did not start"; }
  log "Keycloak ready"
}

case "${1:-}" in
  start) start ;;
  stop) stop_bg keycloak ;;
  fetch) fetch ;;
  *) die "usage: $0 start|stop|fetch" ;;
esac
