#!/bin/sh
# Run by the nginx image's entrypoint (/docker-entrypoint.d/): writes the runtime config.
set -eu

api_url="${KL_API_URL:-http://localhost:8080}"
keycloak_url="${KL_KEYCLOAK_URL:-http://localhost:8180}"
realm="${KL_REALM:-kreativland}"
client_id="${KL_CLIENT_ID:-kreativland-web}"
tile_url="${KL_TILE_URL:-}"
tile_attribution="${KL_TILE_ATTRIBUTION:-}"

for value in "$api_url" "$keycloak_url" "$realm" "$client_id"; do
  case "$value" in
    *\"* | *\\* | *"'"* | *"<"* | *">"* | "")
      echo "40-write-config: invalid or empty value: '$value'" >&2
      exit 1
      ;;
  esac
done

# The map's tile server (optional; the web client's default is OpenStreetMap). The attribution is HTML (links with
# single-quoted attributes), so only double quotes and backslashes are refused there.
tiles=""
if [ -n "$tile_url" ]; then
  for part in "http*://*" "*{z}*" "*{x}*" "*{y}*"; do
    # shellcheck disable=SC2254
    case "$tile_url" in
      $part) ;;
      *) echo "40-write-config: KL_TILE_URL is not an http(s) URL template with {z}, {x} and {y}: '$tile_url'" >&2; exit 1 ;;
    esac
  done
  case "$tile_url$tile_attribution" in
    *\"* | *\\*) echo "40-write-config: invalid tile setting" >&2; exit 1 ;;
  esac
  tiles=",
  \"tileUrl\": \"${tile_url}\""
  [ -n "$tile_attribution" ] && tiles="${tiles},
  \"tileAttribution\": \"${tile_attribution}\""
fi

cat > /usr/share/nginx/html/config.js <<CONFIG
window.__KREATIVLAND_CONFIG__ = {
  "apiUrl": "${api_url%/}",
  "keycloakUrl": "${keycloak_url%/}",
  "realm": "${realm}",
  "clientId": "${client_id}"${tiles}
};
CONFIG
echo "40-write-config: wrote /usr/share/nginx/html/config.js (api ${api_url}, keycloak ${keycloak_url})"
