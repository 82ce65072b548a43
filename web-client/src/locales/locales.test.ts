import { describe, expect, it } from 'vitest';
import { EXPERTISE_TOPICS, GERMAN_STATES, ORGANISATION_KINDS, PROGRAMME_ROLES, SETTLEMENT_TYPES, SUBMARKETS } from '@/lib/enums';
import { resources } from '@/lib/i18n';

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

  it('label every value of the contract enums in both languages', () => {
    for (const language of ['de', 'en'] as const) {
      const common = resources[language].common;
      expect(Object.keys(common.states).sort(), language).toEqual([...GERMAN_STATES].sort());
      expect(Object.keys(common.submarkets).sort(), language).toEqual([...SUBMARKETS].sort());
      expect(Object.keys(common.settlementTypes).sort(), language).toEqual([...SETTLEMENT_TYPES].sort());
      expect(Object.keys(common.kinds).sort(), language).toEqual([...ORGANISATION_KINDS].sort());
      expect(Object.keys(common.programmeRoles).sort(), language).toEqual([...PROGRAMME_ROLES].sort());
      expect(Object.keys(common.topics).sort(), language).toEqual([...EXPERTISE_TOPICS].sort());
    }
  });

  it('use the German names of the submarkets, settlement types and kinds', () => {
    const { common } = resources.de;
    expect(Object.values(common.submarkets)).toEqual([
      'Musikwirtschaft',
      'Buchmarkt',
      'Kunstmarkt',
      'Filmwirtschaft',
      'Rundfunkwirtschaft',
      'Markt für darstellende Künste',
      'Designwirtschaft',
      'Architekturmarkt',
      'Pressemarkt',
      'Werbemarkt',
      'Software-/Games-Industrie',
      'Sonstiges',
    ]);
    expect(Object.values(common.settlementTypes)).toEqual([
      'Großstadt',
      'Mittelstadt',
      'größere Kleinstadt',
      'kleine Kleinstadt',
      'Landgemeinde',
    ]);
    expect(Object.values(common.kinds)).toEqual([
      'Kreativunternehmen',
      'Verein',
      'soziokulturelles Zentrum',
      'Einrichtung der Kinder- und Jugendbildung',
      'Netzwerk',
      'Kommune',
      'Sonstige',
    ]);
  });
});
