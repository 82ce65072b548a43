import type { Me } from '../features/account/api/get-me';
import type { PartnerPage, PartnerSummary } from '../features/partners/api/get-partners';

export const partners: PartnerSummary[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Künstlerstadt Kalbe e.V.',
    town: 'Kalbe (Milde)',
    state: 'ST',
    kind: 'ASSOCIATION',
    submarkets: ['ART_MARKET'],
    programmeRole: 'BEST_PRACTICE',
    website: 'https://example.org/kalbe',
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    name: 'Künstlerkolonie Fichtelgebirge e.V.',
    town: 'Wunsiedel',
    state: 'BY',
    kind: 'NETWORK',
    submarkets: ['MUSIC', 'DESIGN'],
    programmeRole: 'BEST_PRACTICE',
  },
  {
    id: '00000000-0000-4000-8000-000000000003',
    name: 'Haldern Pop',
    town: 'Rees',
    state: 'NW',
    kind: 'CREATIVE_BUSINESS',
    submarkets: ['MUSIC'],
    programmeRole: 'BEST_PRACTICE',
    website: 'javascript:alert(1)',
  },
];

export function partnerPage(overrides: Partial<PartnerPage> = {}): PartnerPage {
  return { items: partners, page: 0, size: 12, totalItems: partners.length, totalPages: 1, ...overrides };
}

export const paula: Me = {
  subject: 'f3d7a1c2-0000-4000-8000-000000000010',
  username: 'partner',
  name: 'Paula Partner (Demo)',
  email: 'partner@example.org',
  roles: ['partner', 'offline_access', 'default-roles-kreativland'],
  states: [],
  organisation: { id: '00000000-0000-4000-8000-000000000001', name: 'Künstlerstadt Kalbe e.V.' },
};
