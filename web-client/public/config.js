// Development defaults. Deployments overwrite this file (scripts/write-config.mjs, docker/).
window.__KREATIVLAND_CONFIG__ = {
  apiUrl: 'http://localhost:8080',
  keycloakUrl: 'http://localhost:8180',
  realm: 'kreativland',
  clientId: 'kreativland-web',
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  tileAttribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
};
