import { z } from 'zod';
import type { GermanState, OrganisationKind, ProgrammeRole, SettlementType, Submarket } from '@/lib/enums';
import type { OrganisationDetail } from '../api/get-organisation';
import type { OrganisationInput } from '../api/update-organisation';

/** The fields of OrganisationInput, in the order the form shows them (errors are listed in this order). */
export const ORGANISATION_FIELDS = [
  'name',
  'legalForm',
  'kind',
  'submarkets',
  'summary',
  'description',
  'website',
  'foundingYear',
  'teamSize',
  'street',
  'postalCode',
  'town',
  'municipality',
  'district',
  'state',
  'settlementType',
  'latitude',
  'longitude',
  'programmeRole',
  'requestedTopics',
] as const satisfies readonly (keyof OrganisationInput)[];

export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

/** What the form edits: text as typed, enums as chosen. */
export type OrganisationFormValues = {
  name: string;
  legalForm: string;
  kind: OrganisationKind;
  submarkets: Submarket[];
  settlementType: SettlementType | '';
  street: string;
  postalCode: string;
  town: string;
  municipality: string;
  district: string;
  state: GermanState;
  latitude: string;
  longitude: string;
  foundingYear: string;
  teamSize: string;
  website: string;
  summary: string;
  description: string;
  requestedTopics: string[];
};

const text = (value: string | null | undefined) => value ?? '';
const number = (value: number | null | undefined) => (value == null ? '' : String(value));

export function toFormValues(organisation: OrganisationDetail): OrganisationFormValues {
  return {
    name: organisation.name,
    legalForm: text(organisation.legalForm),
    kind: organisation.kind,
    submarkets: organisation.submarkets,
    settlementType: organisation.settlementType ?? '',
    street: text(organisation.street),
    postalCode: text(organisation.postalCode),
    town: organisation.town,
    municipality: text(organisation.municipality),
    district: text(organisation.district),
    state: organisation.state,
    latitude: number(organisation.latitude),
    longitude: number(organisation.longitude),
    foundingYear: number(organisation.foundingYear),
    teamSize: number(organisation.teamSize),
    website: text(organisation.website),
    summary: text(organisation.summary),
    description: text(organisation.description),
    requestedTopics: organisation.requestedTopics,
  };
}

/** Empty optional text is sent as null, so a cleared field clears the value. */
const optional = (value: string) => (value.trim() === '' ? null : value.trim());

/** A number as typed: empty, or a number (with a decimal comma or point), or a whole one. */
function parseNumber(value: string): number | null {
  const raw = value.trim().replace(',', '.');
  return raw === '' ? null : Number(raw);
}
const isNumber = (integer: boolean) => (value: string) => {
  const raw = value.trim().replace(',', '.');
  return raw === '' || (Number.isFinite(Number(raw)) && (!integer || /^-?\d+$/.test(raw)));
};

/**
 * What the client checks: only what the browser cannot send at all (numbers that are not numbers); every
 * rule of the contract is the API's to check, and its answer is shown per field.
 */
export function organisationSchema(notANumber: string) {
  const decimal = z.string().refine(isNumber(false), notANumber);
  const integer = z.string().refine(isNumber(true), notANumber);
  return z.looseObject({ foundingYear: integer, teamSize: integer, latitude: decimal, longitude: decimal });
}

/** Builds the request body from values the schema accepted. */
export function toInput(values: OrganisationFormValues, programmeRole: ProgrammeRole | null | undefined): OrganisationInput {
  return {
    name: values.name.trim(),
    legalForm: optional(values.legalForm),
    kind: values.kind,
    submarkets: values.submarkets,
    settlementType: values.settlementType === '' ? null : values.settlementType,
    street: optional(values.street),
    postalCode: optional(values.postalCode),
    town: values.town.trim(),
    municipality: optional(values.municipality),
    district: optional(values.district),
    state: values.state,
    latitude: parseNumber(values.latitude),
    longitude: parseNumber(values.longitude),
    foundingYear: parseNumber(values.foundingYear),
    teamSize: parseNumber(values.teamSize),
    website: optional(values.website),
    summary: optional(values.summary),
    description: optional(values.description),
    requestedTopics: values.requestedTopics,
    // Sent back as loaded: only programme staff change the role, and not in this form.
    programmeRole: programmeRole ?? null,
  };
}
