#!/usr/bin/env bash
# api.sh build | start NAME PORT DATABASE | stop NAME | java-command — the Quarkus API as a jar.
# Health, metrics, /q/openapi and Swagger UI answer on the management port, PORT + 1000 unless KL_MANAGEMENT_PORT is set.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"

build() {
  log "building the API"
  (cd "$ROOT/api" && ./mvnw -q -B package -DskipTests) || die "API build failed"
}

# The JVM command line of every API start (make run, make test, make bench). With the JVM's defaults
# (G1, -Xmx512m, initial heap 1/64 of RAM) `make bench` measured the API's RSS after its list load at
# 326-357 MiB (10k/100k organisations): G1's own structures (~50 MiB) and a heap grown to ~240 MiB for a
# live set of ~40 MiB. The serial collector (2 cores: no concurrent GC threads to feed) starting from a
# 64 MiB heap keeps the heap near the live set (64 MiB committed through every list's load), and two
# malloc arenas instead of glibc's 8 per core cut the native part: 291-294 MiB in the same bench. The cap
# stays 512m: the outreach report at 100,000 organisations needs the room (OutOfMemoryError at 256m).
# KL_API_JVM_OPTS / KL_API_HEAP / KL_API_MALLOC_ARENAS override them (KL_API_JVM_OPTS=-XX:+UseG1GC
# KL_API_MALLOC_ARENAS=16 gives the old behaviour).
java_command() {
  echo env "MALLOC_ARENA_MAX=${KL_API_MALLOC_ARENAS:-2}" java ${KL_API_JVM_OPTS:--XX:+UseSerialGC -Xms64m} "-Xmx${KL_API_HEAP:-512m}" -jar "$JAR"
}

start() {
  local name=$1 port=$2 db=$3 pid
  local management_port=${KL_MANAGEMENT_PORT:-$((port + 1000))}
  [[ -f "$JAR" ]] || build
  port_open "$port" && die "port $port is already in use: stop what runs there (make stop) and try again"
  log "starting the API on http://localhost:$port (database $db)"
  port_open "$management_port" && die "port $management_port (management) is already in use: stop what runs there (make stop) and try again"
  pid=$(QUARKUS_HTTP_PORT="$port" KL_MANAGEMENT_PORT="$management_port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
    QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/kreativland" \
    start_bg "$name" "$STATE_DIR/$name.log" $(java_command))
  wait_http "http://127.0.0.1:$management_port/q/health/ready" 120 "$pid" \
    || { tail -n 40 "$STATE_DIR/$name.log" >&2; die "the API did not start"; }
  log "API ready on http://localhost:$port"
}

cmd=${1:-}; shift || true
case "$cmd" in
  build) build ;;
  java-command) java_command ;;
  start) start "$@" ;;
  stop) stop_bg "${1:-api}" ;;
  *) die "usage: $0 build | start NAME PORT DATABASE | stop NAME | java-command" ;;
esac
