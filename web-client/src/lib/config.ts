import { z } from 'zod';

declare global {
  interface Window {
    __KREATIVLAND_CONFIG__?: unknown;
  }
}

const httpUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

export const appConfigSchema = z.object({
  apiUrl: httpUrl,
  keycloakUrl: httpUrl,
  realm: z.string().min(1),
  clientId: z.string().min(1),
});

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
