#!/usr/bin/env node
// Writes config.js (runtime configuration of the SPA) into a directory, default dist/.
// Usage: node scripts/write-config.mjs [dir]
// Env: KL_API_URL, KL_KEYCLOAK_URL, KL_REALM, KL_CLIENT_ID,
//      KL_TILE_URL (XYZ template with {z}, {x}, {y}; default OpenStreetMap), KL_TILE_ATTRIBUTION (HTML)
// src/lib/config.ts validates the same fields (zod) when the app starts.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const targetDir = resolve(process.argv[2] ?? 'dist');

const config = {
  apiUrl: process.env.KL_API_URL || 'http://localhost:8080',
  keycloakUrl: process.env.KL_KEYCLOAK_URL || 'http://localhost:8180',
  realm: process.env.KL_REALM || 'kreativland',
  clientId: process.env.KL_CLIENT_ID || 'kreativland-web',
  tileUrl: process.env.KL_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  tileAttribution:
    process.env.KL_TILE_ATTRIBUTION || '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
};

function fail(message) {
  console.error(`write-config: ${message}`);
  process.exit(1);
}

for (const key of ['apiUrl', 'keycloakUrl']) {
  try {
    const url = new URL(config[key]);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    fail(`${key} is not an http(s) URL: ${config[key]}`);
  }
  config[key] = config[key].replace(/\/+$/, '');
}

if (!/^https?:\/\/\S+$/.test(config.tileUrl) || !['{z}', '{x}', '{y}'].every((part) => config.tileUrl.includes(part))) {
  fail(`tileUrl is not an http(s) URL template with {z}, {x} and {y}: ${config.tileUrl}`);
}

if (!existsSync(targetDir)) {
  fail(`directory ${targetDir} does not exist (run "npm run build" first?)`);
}

const target = join(targetDir, 'config.js');
writeFileSync(target, `window.__KREATIVLAND_CONFIG__ = ${JSON.stringify(config, null, 2)};\n`);
console.log(`write-config: wrote ${target}`);
