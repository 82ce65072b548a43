#!/usr/bin/env bash
# postgres.sh ensure DB... | recreate DB | stop | admin-psql PSQL-ARGS... | log-file
# Uses the PostgreSQL reachable at $PGHOST:$PGPORT, or starts (installing if needed) Debian's PostgreSQL.
# Creates the login role $DB_USER (password $DB_PASSWORD, CREATEDB) and the given databases.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PRIVATE_PGDATA="$CACHE_DIR/pgdata"

as_postgres() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n -u postgres "$@"
  else return 1; fi
}

app_psql() { PGPASSWORD="$DB_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" "$@"; }

# psql with rights to create roles: the postgres OS user over the socket, or the private cluster's owner.
admin_psql() {
  if [[ -f "$STATE_DIR/postgres-private" ]]; then psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -d postgres "$@"
  else as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PGPORT" -d postgres "$@"; fi
}

server_binaries() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_postgres() {
  [[ -n "$(server_binaries)" ]] && return 0
  log "no PostgreSQL server installed: installing Debian's postgresql package"
  local sudo=""
  [[ $EUID -eq 0 ]] || sudo="sudo -n"
  $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql >&2 \
    || die "could not install postgresql (needs root or password-less sudo)"
}

start_server() {
  install_postgres
  if [[ $EUID -eq 0 ]] || (command -v sudo >/dev/null && sudo -n true 2>/dev/null); then
    local cluster
    cluster=$(pg_lsclusters -h 2>/dev/null | awk -v p="$PGPORT" '$3 == p {print $1" "$2; exit}')
    if [[ -z "$cluster" ]]; then
      local version
      version=$(basename "$(dirname "$(server_binaries)")")
      log "creating PostgreSQL $version cluster 'main' on port $PGPORT"
      if [[ $EUID -eq 0 ]]; then pg_createcluster "$version" main -p "$PGPORT" >&2; else sudo -n pg_createcluster "$version" main -p "$PGPORT" >&2; fi || die "pg_createcluster failed"
      cluster="$version main"
    fi
    log "starting PostgreSQL cluster $cluster"
    if [[ $EUID -eq 0 ]]; then pg_ctlcluster $cluster start; else sudo -n pg_ctlcluster $cluster start; fi
    touch "$STATE_DIR/postgres-cluster" && echo "$cluster" > "$STATE_DIR/postgres-cluster"
  else
    local bin
    bin=$(server_binaries)
    if [[ ! -f "$PRIVATE_PGDATA/PG_VERSION" ]]; then
      log "creating a private PostgreSQL cluster in $PRIVATE_PGDATA"
      "$bin/initdb" -D "$PRIVATE_PGDATA" -U "$USER" --auth-local=trust --auth-host=trust >&2 || die "initdb failed"
    fi
    log "starting the private PostgreSQL cluster on port $PGPORT"
    "$bin/pg_ctl" -D "$PRIVATE_PGDATA" -l "$STATE_DIR/postgres.log" -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1" -w start >&2 \
      || die "PostgreSQL did not start: see $STATE_DIR/postgres.log"
    touch "$STATE_DIR/postgres-private"
  fi
  local i
  for ((i = 0; i < 30; i++)); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && return 0; sleep 1; done
  die "PostgreSQL did not become ready on $PGHOST:$PGPORT"
}

ensure_role() {
  if app_psql -d postgres -c 'select 1' >/dev/null 2>&1; then return 0; fi
  log "creating login role $DB_USER"
  admin_psql -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
        CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
      ELSE ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'; END IF; END \$\$;" \
    || die "cannot create role $DB_USER on $PGHOST:$PGPORT: create it yourself (LOGIN CREATEDB PASSWORD) or set KL_DB_USER/KL_DB_PASSWORD"
}

ensure_database() {
  local db=$1
  if [[ -z "$(app_psql -d postgres -Atc "select 1 from pg_database where datname = '$db'")" ]]; then
    log "creating database $db"
    app_psql -d postgres -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
  fi
}

ensure() {
  if ! pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null && ! port_open "$PGPORT"; then
    start_server
  fi
  ensure_role
  local db
  for db in "$@"; do ensure_database "$db"; done
}

recreate() {
  ensure
  local db=$1
  app_psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  app_psql -d postgres -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
}

stop() {
  if [[ -f "$STATE_DIR/postgres-cluster" ]]; then
    local cluster
    cluster=$(cat "$STATE_DIR/postgres-cluster")
    log "stopping PostgreSQL cluster $cluster"
    if [[ $EUID -eq 0 ]]; then pg_ctlcluster $cluster stop || true; else sudo -n pg_ctlcluster $cluster stop || true; fi
    rm -f "$STATE_DIR/postgres-cluster"
  elif [[ -f "$STATE_DIR/postgres-private" ]]; then
    "$(server_binaries)/pg_ctl" -D "$PRIVATE_PGDATA" -m fast stop >&2 || true
    rm -f "$STATE_DIR/postgres-private"
  fi
}

# The server's stderr log: the private cluster's, or the Debian cluster's on $PGPORT (pg_lsclusters); empty if unknown.
log_file() {
  if [[ -f "$STATE_DIR/postgres-private" ]]; then echo "$STATE_DIR/postgres.log"; return 0; fi
  command -v pg_lsclusters >/dev/null || return 0
  pg_lsclusters -h 2>/dev/null | awk -v p="$PGPORT" '$3 == p {print $7; exit}'
}

cmd=${1:-}; shift || true
case "$cmd" in
  ensure) ensure "$@" ;;
  recreate) recreate "$@" ;;
  stop) stop ;;
  admin-psql) admin_psql "$@" ;;
  log-file) log_file ;;
  *) die "usage: $0 ensure DB... | recreate DB | stop | admin-psql PSQL-ARGS... | log-file" ;;
esac
