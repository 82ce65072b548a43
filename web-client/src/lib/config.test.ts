import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL, loadConfig, tileConfig } from './config';

const valid = {
  apiUrl: 'http://localhost:8080/',
  keycloakUrl: 'http://localhost:8180',
  realm: 'kreativland',
  clientId: 'kreativland-web',
};

describe('runtime configuration', () => {
  it('accepts a complete configuration and drops trailing slashes', () => {
    expect(loadConfig(valid)).toEqual({
      ...valid,
      apiUrl: 'http://localhost:8080',
      tileUrl: DEFAULT_TILE_URL,
      tileAttribution: DEFAULT_TILE_ATTRIBUTION,
    });
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

  it('uses the OpenStreetMap tiles unless the configuration names a tile server', () => {
    expect(loadConfig(valid).tileUrl).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    const basemap = {
      ...valid,
      tileUrl:
        'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png',
      tileAttribution: '&copy; GeoBasis-DE / BKG',
    };
    expect(loadConfig(basemap)).toMatchObject({ tileUrl: basemap.tileUrl, tileAttribution: '&copy; GeoBasis-DE / BKG' });
    expect(tileConfig(basemap)).toEqual({ tileUrl: basemap.tileUrl, tileAttribution: '&copy; GeoBasis-DE / BKG' });
  });

  it('refuses a tile URL that is not an http(s) template with {z}, {x} and {y}', () => {
    expect(() => loadConfig({ ...valid, tileUrl: 'https://tiles.example.org/{z}/{x}.png' })).toThrow(
      /tileUrl: must contain \{z\}, \{x\} and \{y\}/,
    );
    expect(() => loadConfig({ ...valid, tileUrl: 'ftp://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(/tileUrl/);
    expect(() => loadConfig({ ...valid, tileAttribution: '' })).toThrow(/tileAttribution/);
  });

  it('gives the map the default tiles when config.js was not loaded', () => {
    expect(tileConfig(undefined)).toEqual({ tileUrl: DEFAULT_TILE_URL, tileAttribution: DEFAULT_TILE_ATTRIBUTION });
  });
});
