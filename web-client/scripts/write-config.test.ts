import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'write-config.mjs');
const dirs: string[] = [];

function run(dir: string, env: Record<string, string> = {}) {
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('KL_')));
  return execFileSync(process.execPath, [script, dir], { env: { ...cleanEnv, ...env }, encoding: 'utf8', stdio: 'pipe' });
}

function writtenConfig(dir: string): unknown {
  const sandbox = { window: {} as Record<string, unknown> };
  runInNewContext(readFileSync(join(dir, 'config.js'), 'utf8'), sandbox);
  return sandbox.window.__KREATIVLAND_CONFIG__;
}

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kl-config-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('write-config.mjs', () => {
  it('writes the development defaults', () => {
    const dir = tempDir();
    run(dir);
    expect(writtenConfig(dir)).toEqual({
      apiUrl: 'http://localhost:8080',
      keycloakUrl: 'http://localhost:8180',
      realm: 'kreativland',
      clientId: 'kreativland-web',
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      tileAttribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    });
  });

  it('takes values from KL_* environment variables', () => {
    const dir = tempDir();
    run(dir, {
      KL_API_URL: 'https://api.example.org/',
      KL_KEYCLOAK_URL: 'https://login.example.org',
      KL_REALM: 'other',
      KL_CLIENT_ID: 'web',
      KL_TILE_URL: 'https://tiles.example.org/{z}/{y}/{x}.png',
      KL_TILE_ATTRIBUTION: "&copy; <a href='https://tiles.example.org'>Beispiel</a>",
    });
    expect(writtenConfig(dir)).toEqual({
      apiUrl: 'https://api.example.org',
      keycloakUrl: 'https://login.example.org',
      realm: 'other',
      clientId: 'web',
      tileUrl: 'https://tiles.example.org/{z}/{y}/{x}.png',
      tileAttribution: "&copy; <a href='https://tiles.example.org'>Beispiel</a>",
    });
  });

  it('refuses a value that is not a URL', () => {
    expect(() => run(tempDir(), { KL_API_URL: 'localhost:8080' })).toThrow(/apiUrl is not an http\(s\) URL/);
  });

  it('refuses a tile URL without {z}, {x} and {y}', () => {
    expect(() => run(tempDir(), { KL_TILE_URL: 'https://tiles.example.org/tile.png' })).toThrow(
      /tileUrl is not an http\(s\) URL template/,
    );
  });

  it('refuses a directory that does not exist', () => {
    expect(() => run(join(tempDir(), 'missing'))).toThrow(/does not exist/);
  });
});
