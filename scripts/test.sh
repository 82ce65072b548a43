#!/usr/bin/env bash
# test.sh — `make test`: every test against real services.
#  1. API tests (@QuarkusTest) against PostgreSQL and, for one suite, the real Keycloak
#  2. contract: Spectral lint of openapi.yaml, spectral:oas recommended + OWASP (the drift test runs with the API tests)
#  3. web client: ESLint (feature boundaries), Prettier check, type check, unit tests (Vitest), production build
#  4. the cluster test (scripts/cluster-test.sh): two API instances behind nginx, faults under load; and the
#     Kubernetes manifests validated offline (scripts/manifests-test.sh)
#  5. end to end: Playwright in Debian's Chromium against the built web client, a fresh
#     API on its own database and the real Keycloak login; against the same API, the
#     integrator's client generated from openapi.yaml and the README's advisor pull
# Stops afterwards what it started itself.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
E2E_API_PORT="${E2E_API_PORT:-8089}"
E2E_WEB_PORT="${E2E_WEB_PORT:-5174}"
E2E_DB="${E2E_DB:-kreativland_e2e}"
E2E_SMTP_PORT="${E2E_SMTP_PORT:-1026}"
E2E_MAIL_WEB_PORT="${E2E_MAIL_WEB_PORT:-1081}"
TEST_DB="${KL_TEST_DB:-kreativland_test}"
export _TEST_QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$TEST_DB"
SUMMARY="$STATE_DIR/test-summary.txt"
: > "$SUMMARY"
started=()

cleanup() {
  local status=$?
  local i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    case "${started[$i]}" in
      postgres) "$ROOT/scripts/postgres.sh" stop ;;
      keycloak) "$ROOT/scripts/keycloak.sh" stop ;;
      *) stop_bg "${started[$i]}" ;;
    esac
  done
  if [[ -s "$SUMMARY" ]]; then
    printf '\n==== test summary ====\n'; cat "$SUMMARY"
    # One closing line over all runners: passed = run - failed - skipped per runner.
    awk -v status="$status" '
      /Surefire/ { gsub(/,/, ""); run += $6; failed += $8 + $10; skipped += $12 }
      /Vitest/   { for (i = 1; i < NF; i++) { if ($(i+1) == "passed") passed += $i; if ($(i+1) == "failed") failed += $i } }
      /^(Integration client|README advisor)/ { for (i = 1; i < NF; i++) { if ($(i+1) == "passed") passed += $i; if ($(i+1) == "failed") failed += $i } }
      /^(Cluster test|Kubernetes manifests)/ { for (i = 1; i < NF; i++) { if ($(i+1) ~ /^passed,?$/) passed += $i; if ($(i+1) ~ /^failed,?$/) failed += $i } }
      /Playwright/ { for (i = 1; i < NF; i++) { if ($(i+1) == "passed") passed += $i; if ($(i+1) == "failed") failed += $i } }
      END { passed += run - failed - skipped; if (status != 0 && failed == 0) failed = 1;
            printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$SUMMARY"
  fi
  exit $status
}
trap cleanup EXIT INT TERM

ensure_chromium() {
  command -v chromium >/dev/null && return 0
  log "installing Debian's chromium for the browser tests"
  local sudo=""
  [[ $EUID -eq 0 ]] || sudo="sudo -n"
  $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium >&2 \
    || die "could not install chromium (needs root or password-less sudo)"
}

pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null || port_open "$PGPORT" || started+=(postgres)
"$ROOT/scripts/postgres.sh" ensure "$TEST_DB"
curl -fsS -o /dev/null "$KEYCLOAK_URL/realms/kreativland/.well-known/openid-configuration" 2>/dev/null || started+=(keycloak)
"$ROOT/scripts/keycloak.sh" start
ensure_chromium

log "API tests (Maven Surefire)"
api_status=0
(cd "$ROOT/api" && ./mvnw -B verify -Dkl.keycloak.url="$KEYCLOAK_URL" > "$STATE_DIR/api-test.log" 2>&1) || api_status=$?
grep -E 'Tests run:|FAIL|BUILD|ERROR\]' "$STATE_DIR/api-test.log" | grep -v '^\[ERROR\] *$' | head -n 80
grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$STATE_DIR/api-test.log" \
  | tail -n 1 | sed 's/^\[[A-Z]*\] /API (Maven Surefire): /' >> "$SUMMARY"
[[ $api_status -eq 0 ]] || die "API tests failed (full log: $STATE_DIR/api-test.log)"

log "contract lint (Spectral)"
(cd "$ROOT/scripts/contract" && { [[ -d node_modules ]] || npm ci --no-audit --no-fund; } && npm run --silent lint) \
  || die "openapi.yaml does not pass Spectral"
echo "Contract (Spectral, spectral:oas recommended + OWASP): no errors" >> "$SUMMARY"

log "web client: lint, format check, type check, unit tests, build"
"$ROOT/scripts/web.sh" install
(cd "$ROOT/web-client" && npm run --silent lint) \
  || die "web client lint failed (ESLint, incl. the feature boundary rule: no feature imports another feature)"
(cd "$ROOT/web-client" && npm run --silent format:check) \
  || die "web client is not formatted (run: cd web-client && npm run format)"
echo "Web client lint (ESLint with the feature boundary rule) and Prettier: no errors" >> "$SUMMARY"
(cd "$ROOT/web-client" && npm run --silent typecheck) || die "web client type check failed"
(cd "$ROOT/web-client" && npm run --silent test 2>&1 | tee "$STATE_DIR/web-test.log") || die "web client unit tests failed"
sed 's/\x1b\[[0-9;]*m//g' "$STATE_DIR/web-test.log" | grep -E '^ +Tests +[0-9]+' | sed 's/^ */Web client unit (Vitest): /' >> "$SUMMARY" || true
"$ROOT/scripts/web.sh" build

log "Kubernetes manifests (offline schema validation)"
"$ROOT/scripts/manifests-test.sh" | tee -a "$SUMMARY" || die "the Kubernetes manifests do not validate"

log "cluster test: two API instances behind nginx, faults under load"
KL_TEST_SUMMARY="$SUMMARY" "$ROOT/scripts/cluster-test.sh" || die "cluster test failed"

log "end-to-end tests (Playwright, Chromium, real Keycloak)"
"$ROOT/scripts/postgres.sh" recreate "$E2E_DB"
started+=(maildev-e2e)
"$ROOT/scripts/maildev.sh" start "$E2E_SMTP_PORT" "$E2E_MAIL_WEB_PORT" maildev-e2e
started+=(api-e2e)
KL_CORS_ORIGINS="http://localhost:$E2E_WEB_PORT" QUARKUS_MAILER_PORT="$E2E_SMTP_PORT" KL_WEB_URL="http://localhost:$E2E_WEB_PORT" \
  "$ROOT/scripts/api.sh" start api-e2e "$E2E_API_PORT" "$E2E_DB"
started+=(web-e2e)
"$ROOT/scripts/web.sh" start web-e2e "$E2E_WEB_PORT" "http://localhost:$E2E_API_PORT"
"$ROOT/scripts/examples/test.sh" "http://localhost:$E2E_API_PORT" "$SUMMARY" || examples_status=$?
e2e_status=0
(cd "$ROOT/web-client" && E2E_BASE_URL="http://localhost:$E2E_WEB_PORT" E2E_API_URL="http://localhost:$E2E_API_PORT" \
  E2E_MAILDEV_URL="http://localhost:$E2E_MAIL_WEB_PORT" node_modules/.bin/playwright test 2>&1 | tee "$STATE_DIR/e2e-test.log") || e2e_status=$?
sed 's/\x1b\[[0-9;]*m//g' "$STATE_DIR/e2e-test.log" | grep -E '^ +[0-9]+ (passed|failed|flaky|skipped)' | sed 's/^ */End to end (Playwright): /' >> "$SUMMARY" || true
[[ $e2e_status -eq 0 ]] || die "end-to-end tests failed"
[[ ${examples_status:-0} -eq 0 ]] || die "data-access examples failed (logs: $STATE_DIR/integration-client-test.log)"
log "all tests passed"
