import { z } from 'zod';

declare global {
  interface Window {
    __KREATIVLAND_CONFIG__?: unknown;
  }
}

const httpUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

/** The public OpenStreetMap tile server: the default until a deployment names its own (see the README). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** An XYZ tile URL template: http(s), with {z}, {x} and {y} (Leaflet fills in {s} and {r} as well). */
const tileUrlTemplate = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL template' })
  .refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), {
    message: 'must contain {z}, {x} and {y}',
  });

export const tileConfigSchema = z.object({
  tileUrl: tileUrlTemplate.default(DEFAULT_TILE_URL),
  tileAttribution: z.string().min(1).max(500).default(DEFAULT_TILE_ATTRIBUTION),
});

export type TileConfig = z.infer<typeof tileConfigSchema>;

export const appConfigSchema = z
  .object({
    apiUrl: httpUrl,
    keycloakUrl: httpUrl,
    realm: z.string().min(1),
    clientId: z.string().min(1),
  })
  .extend(tileConfigSchema.shape);

export type AppConfig = z.infer<typeof appConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates window.__KREATIVLAND_CONFIG__, set by /config.js. */
export function loadConfig(source: unknown = window.__KREATIVLAND_CONFIG__): AppConfig {
  if (source === undefined || source === null) {
    throw new ConfigError(
      'Runtime configuration missing: window.__KREATIVLAND_CONFIG__ is not set. ' +
        'Serve /config.js next to index.html (node scripts/write-config.mjs <dir>).',
    );
  }
  const result = appConfigSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new ConfigError(`Runtime configuration invalid (window.__KREATIVLAND_CONFIG__): ${problems}`);
  }
  return result.data;
}

/**
 * The map's tile server and attribution from the runtime configuration; the defaults when config.js names none
 * (or was not loaded, as in component tests). main.tsx has validated the whole configuration before this runs.
 */
export function tileConfig(source: unknown = window.__KREATIVLAND_CONFIG__): TileConfig {
  const result = tileConfigSchema.safeParse(source ?? {});
  return result.success ? result.data : tileConfigSchema.parse({});
}
