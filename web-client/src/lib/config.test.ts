import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const valid = {
  apiUrl: 'http://localhost:8080/',
  keycloakUrl: 'http://localhost:8180',
  realm: 'kreativland',
  clientId: 'kreativland-web',
};

describe('runtime configuration', () => {
  it('accepts a complete configuration and drops trailing slashes', () => {
    expect(loadConfig(valid)).toEqual({ ...valid, apiUrl: 'http://localhost:8080' });
  });

  it('reads window.__KREATIVLAND_CONFIG__ by default', () => {
    window.__KREATIVLAND_CONFIG__ = valid;
    try {
      expect(loadConfig().realm).toBe('kreativland');
    } finally {
      delete window.__KREATIVLAND_CONFIG__;
    }
  });

  it('fails with a clear message when config.js was not loaded', () => {
    expect(() => loadConfig(undefined)).toThrow(ConfigError);
    expect(() => loadConfig(undefined)).toThrow(/window\.__KREATIVLAND_CONFIG__ is not set.*config\.js/);
  });

  it('names each invalid or missing field', () => {
    const call = () => loadConfig({ apiUrl: 'not a url', keycloakUrl: 'ftp://kc', realm: '' });
    expect(call).toThrow(/apiUrl/);
    expect(call).toThrow(/keycloakUrl/);
    expect(call).toThrow(/realm/);
    expect(call).toThrow(/clientId/);
  });
});
