#!/usr/bin/env bash
# stop.sh — stops what `make run` or `make test` started (and only that).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
for name in web web-e2e api api-e2e maildev keycloak; do stop_bg "$name"; done
"$ROOT/scripts/postgres.sh" stop
