import type { components, operations } from './api/schema';

export type GermanState = components['schemas']['GermanState'];
export type Submarket = components['schemas']['Submarket'];
export type SettlementType = components['schemas']['SettlementType'];
export type OrganisationKind = components['schemas']['OrganisationKind'];
export type ProgrammeRole = components['schemas']['ProgrammeRole'];
export type DirectorySort = NonNullable<NonNullable<operations['listPartners']['parameters']['query']>['sort']>;

/**
 * The values of the contract's enums, in display order. Written as records so that the type checker
 * fails when the contract gains or loses a value.
 */
function valuesOf<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

/** Ordered as the German states usually are listed: alphabetically by German name. */
export const GERMAN_STATES = valuesOf<GermanState>({
  BW: true,
  BY: true,
  BE: true,
  BB: true,
  HB: true,
  HH: true,
  HE: true,
  MV: true,
  NI: true,
  NW: true,
  RP: true,
  SL: true,
  SN: true,
  ST: true,
  SH: true,
  TH: true,
});

export const SUBMARKETS = valuesOf<Submarket>({
  MUSIC: true,
  BOOK_MARKET: true,
  ART_MARKET: true,
  FILM: true,
  BROADCASTING: true,
  PERFORMING_ARTS: true,
  DESIGN: true,
  ARCHITECTURE: true,
  PRESS: true,
  ADVERTISING: true,
  SOFTWARE_GAMES: true,
  OTHER: true,
});

export const SETTLEMENT_TYPES = valuesOf<SettlementType>({
  LARGE_CITY: true,
  MEDIUM_TOWN: true,
  LARGER_SMALL_TOWN: true,
  SMALL_SMALL_TOWN: true,
  RURAL_MUNICIPALITY: true,
});

export const ORGANISATION_KINDS = valuesOf<OrganisationKind>({
  CREATIVE_BUSINESS: true,
  ASSOCIATION: true,
  SOCIOCULTURAL_CENTRE: true,
  YOUTH_EDUCATION: true,
  NETWORK: true,
  MUNICIPALITY: true,
  OTHER: true,
});

export const PROGRAMME_ROLES = valuesOf<ProgrammeRole>({ CANDIDATE: true, BEST_PRACTICE: true, TANDEM: true });

/** The roles the public directory shows. */
export const PUBLIC_PROGRAMME_ROLES: ProgrammeRole[] = ['BEST_PRACTICE', 'TANDEM'];

export const DIRECTORY_SORTS = valuesOf<DirectorySort>({
  name: true,
  '-name': true,
  town: true,
  '-town': true,
  foundingYear: true,
  '-foundingYear': true,
  relevance: true,
});

/** Expertise topic keys (the contract types them as plain strings). */
export const EXPERTISE_TOPICS = [
  'ORGANISATION_DEVELOPMENT',
  'FINANCING',
  'MARKETING',
  'BUILDING_LAW',
  'OFFER_DEVELOPMENT',
  'DIGITAL_INFRASTRUCTURE',
] as const;
export type ExpertiseTopic = (typeof EXPERTISE_TOPICS)[number];

export function isExpertiseTopic(value: string): value is ExpertiseTopic {
  return (EXPERTISE_TOPICS as readonly string[]).includes(value);
}
