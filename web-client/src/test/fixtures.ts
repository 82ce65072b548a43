import type { Me } from '@/api/get-me';
import type { PartnerPage, PartnerSummary } from '@/api/get-partners';
import type { components } from '@/lib/api/schema';

// Shared test data may not import features (the boundary rule): the contract's types directly.
type Contact = components['schemas']['Contact'];
type OrganisationDetail = components['schemas']['OrganisationDetail'];
type OrganisationPage = components['schemas']['PageOrganisationDetail'];
type PartnerProfile = components['schemas']['PartnerProfile'];
type PartnerMap = components['schemas']['PartnerMap'];

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

/** Künstlerstadt Kalbe as both its public profile and its internal record show it. */
const kalbeFacts = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Künstlerstadt Kalbe e.V.',
  legalForm: 'e.V.',
  kind: 'ASSOCIATION',
  submarkets: ['ART_MARKET', 'PERFORMING_ARTS'],
  settlementType: 'SMALL_SMALL_TOWN',
  postalCode: '39624',
  town: 'Kalbe (Milde)',
  municipality: 'Kalbe (Milde)',
  district: 'Altmarkkreis Salzwedel',
  state: 'ST',
  latitude: 52.6556,
  longitude: 11.3853,
  summary: 'Künstlerinnen und Künstler beleben leerstehende Gebäude.',
  programmeRole: 'BEST_PRACTICE',
} satisfies Partial<PartnerProfile> & Partial<OrganisationDetail>;

export const kalbeProfile: PartnerProfile = {
  ...kalbeFacts,
  foundingYear: 2013,
  teamSize: 7,
  website: 'https://example.org/kalbe',
  description: 'Erster Absatz mit <b>Markup</b>.\nZweite Zeile.',
};

export function partnerMap(count = partners.length): PartnerMap {
  const coordinates: [number, number][] = [
    [11.3853, 52.6556],
    [12.0036, 50.0397],
    [6.47, 51.776],
  ];
  return {
    type: 'FeatureCollection',
    features: partners.slice(0, count).map((partner, index) => ({
      type: 'Feature',
      id: partner.id,
      geometry: { type: 'Point', coordinates: coordinates[index]! },
      properties: { name: partner.name, town: partner.town, state: partner.state, programmeRole: partner.programmeRole },
    })),
  };
}

export const kalbe: OrganisationDetail = {
  ...kalbeFacts,
  requestedTopics: ['FINANCING', 'BUILDING_LAW'],
  version: 3,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-20T12:30:00Z',
};

export function organisationPage(overrides: Partial<OrganisationPage> = {}): OrganisationPage {
  const candidate: OrganisationDetail = {
    ...kalbe,
    id: '00000000-0000-4000-8000-000000000009',
    name: 'Kreativhof Erzgebirge (Demo)',
    town: 'Annaberg-Buchholz',
    state: 'SN',
    kind: 'NETWORK',
    programmeRole: 'CANDIDATE',
  };
  return { items: [kalbe, candidate], page: 0, size: 20, totalItems: 2, totalPages: 1, ...overrides };
}

export const karla: Contact = {
  id: '00000000-0000-4000-8000-0000000000c1',
  name: 'Karla Kontakt (Demo)',
  function: 'Vorstand',
  email: 'karla.kontakt@demo.kreativland.example',
  phone: '+49 30 0000001',
  version: 2,
};
