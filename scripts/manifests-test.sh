#!/usr/bin/env bash
# manifests-test.sh — `make test-manifests` (part of `make test`): deploy/kubernetes validated offline against the
# Kubernetes API schemas and the project's own rules (scripts/kubernetes/validate.mjs, npm package kubernetes-models).
# First shows that the check can fail: a copy with a wrong field type and a probe on a missing port must be refused.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT/scripts/kubernetes"
[[ -d node_modules ]] || npm ci --no-audit --no-fund >&2
broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
cp "$ROOT"/deploy/kubernetes/*.yaml "$broken/"
sed -i -e '0,/replicas: 2/s//replicas: two/' -e 's|httpGet: {path: /q/health/ready, port: management}|httpGet: {path: /q/health/ready, port: metrics}|' "$broken/api.yaml"
if node validate.mjs "$broken" >"$broken/out.txt"; then
  cat "$broken/out.txt" >&2
  die "the manifest check accepted a broken copy (replicas: two, a probe on a missing port)"
fi
grep -q 'replicas must be integer' "$broken/out.txt" && grep -q 'readinessProbe on a named port' "$broken/out.txt" \
  || { cat "$broken/out.txt" >&2; die "the manifest check did not name both faults of the broken copy"; }
node validate.mjs
