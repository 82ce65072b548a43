import { describe, expect, it } from 'vitest';
import { resources } from '../lib/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locale files', () => {
  it('have the same keys in German and English', () => {
    for (const namespace of Object.keys(resources.de) as (keyof typeof resources.de)[]) {
      expect(keys(resources.en[namespace]).sort(), namespace).toEqual(keys(resources.de[namespace]).sort());
    }
  });

  it('name all 16 German states', () => {
    expect(Object.keys(resources.de.common.states)).toHaveLength(16);
  });
});
