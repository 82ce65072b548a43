#!/bin/sh
# Run by the nginx image's entrypoint (/docker-entrypoint.d/): writes the runtime config.
set -eu

api_url="${KL_API_URL:-http://localhost:8080}"
keycloak_url="${KL_KEYCLOAK_URL:-http://localhost:8180}"
realm="${KL_REALM:-kreativland}"
client_id="${KL_CLIENT_ID:-kreativland-web}"

for value in "$api_url" "$keycloak_url" "$realm" "$client_id"; do
  case "$value" in
    *\"* | *\\* | *"'"* | *"<"* | *">"* | "")
      echo "40-write-config: invalid or empty value: '$value'" >&2
      exit 1
      ;;
  esac
done

cat > /usr/share/nginx/html/config.js <<CONFIG
window.__KREATIVLAND_CONFIG__ = {
  "apiUrl": "${api_url%/}",
  "keycloakUrl": "${keycloak_url%/}",
  "realm": "${realm}",
  "clientId": "${client_id}"
};
CONFIG
echo "40-write-config: wrote /usr/share/nginx/html/config.js (api ${api_url}, keycloak ${keycloak_url})"
