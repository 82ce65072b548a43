# KreativLand Transfer — the two commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help run stop test test-api test-cluster test-manifests bench openapi lint-contract clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: ## start PostgreSQL, Keycloak, the API and the web client with the demo world
	@scripts/run.sh

stop: ## stop what `make run` or `make test` started
	@scripts/stop.sh

test: ## build and run every test (API, contract, web client, end to end)
	@scripts/test.sh

test-api: ## only the API tests (needs PostgreSQL and Keycloak, as `make test` starts them)
	@scripts/postgres.sh ensure kreativland_test && scripts/keycloak.sh start && cd api && ./mvnw -B verify

test-cluster: ## two API instances behind nginx on a private PostgreSQL: spread, shared rate limit, idempotent POST, rolling restart, SIGKILL, database restart, SIGTERM
	@scripts/cluster-test.sh

test-manifests: ## validate the Kubernetes manifests under deploy/kubernetes offline against the Kubernetes schemas
	@scripts/manifests-test.sh

bench: ## export with a 128 MB heap; wrk vs pgbench of the hot requests at 10k and 100k organisations, RSS, start time
	@scripts/bench.sh

openapi: ## regenerate openapi.yaml from the API's annotations
	@cd api && ./mvnw -q -B package -DskipTests && cp target/openapi/openapi.yaml ../openapi.yaml && echo "openapi.yaml regenerated"

lint-contract: ## Spectral lint of openapi.yaml (spectral:oas recommended + OWASP); errors fail
	@cd scripts/contract && { [[ -d node_modules ]] || npm ci --no-audit --no-fund; } && npm run --silent lint

clean: ## remove build output
	@rm -rf api/target web-client/dist .run
