import {
  DIRECTORY_SORTS,
  GERMAN_STATES,
  ORGANISATION_KINDS,
  PROGRAMME_ROLES,
  SETTLEMENT_TYPES,
  SUBMARKETS,
  type DirectorySort,
  type GermanState,
  type OrganisationKind,
  type ProgrammeRole,
  type SettlementType,
  type Submarket,
} from './enums';

/**
 * The filters of every organisation list (public directory, staff list, map, CSV). They live in the
 * address bar with the same names as the API's query parameters, so a filtered view can be linked.
 */
export type DirectoryFilters = {
  state: GermanState[];
  submarket: Submarket[];
  settlementType: SettlementType[];
  programmeRole: ProgrammeRole[];
  kind: OrganisationKind[];
  q: string;
  sort?: DirectorySort;
};

/** The multi-valued filters and the values each may take. */
export const FILTER_VALUES = {
  state: GERMAN_STATES,
  submarket: SUBMARKETS,
  settlementType: SETTLEMENT_TYPES,
  programmeRole: PROGRAMME_ROLES,
  kind: ORGANISATION_KINDS,
} as const satisfies { [K in MultiFilter]: readonly DirectoryFilters[K][number][] };

export type MultiFilter = 'state' | 'submarket' | 'settlementType' | 'programmeRole' | 'kind';
export const MULTI_FILTERS: MultiFilter[] = ['state', 'submarket', 'settlementType', 'programmeRole', 'kind'];

export const emptyFilters: DirectoryFilters = {
  state: [],
  submarket: [],
  settlementType: [],
  programmeRole: [],
  kind: [],
  q: '',
};

function allowedValues<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = params.getAll(name).filter((value): value is T => (allowed as readonly string[]).includes(value));
  return [...new Set(values)];
}

/** Reads the filters from a query string; unknown values are dropped (a hand-edited link still works). */
export function readFilters(params: URLSearchParams, allowedRoles: readonly ProgrammeRole[] = PROGRAMME_ROLES): DirectoryFilters {
  const sort = params.get('sort');
  return {
    state: allowedValues(params, 'state', GERMAN_STATES),
    submarket: allowedValues(params, 'submarket', SUBMARKETS),
    settlementType: allowedValues(params, 'settlementType', SETTLEMENT_TYPES),
    programmeRole: allowedValues(params, 'programmeRole', allowedRoles),
    kind: allowedValues(params, 'kind', ORGANISATION_KINDS),
    q: (params.get('q') ?? '').trim(),
    sort: sort && (DIRECTORY_SORTS as string[]).includes(sort) ? (sort as DirectorySort) : undefined,
  };
}

export { readPage } from './page-param';

/** Writes filters and the zero-based page into a query string (repeated names for several values). */
export function writeFilters(filters: DirectoryFilters, page = 0, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of [...MULTI_FILTERS, 'q', 'sort', 'page']) params.delete(name);
  for (const name of MULTI_FILTERS) {
    for (const value of filters[name]) params.append(name, value);
  }
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.sort) params.set('sort', filters.sort);
  if (page > 0) params.set('page', String(page + 1));
  return params;
}

export function hasActiveFilters(filters: DirectoryFilters): boolean {
  return MULTI_FILTERS.some((name) => filters[name].length > 0) || filters.q.trim() !== '';
}

/** The filters as query parameters of the API: empty ones left out. */
export function filterQuery(filters: DirectoryFilters) {
  return {
    ...(filters.state.length ? { state: filters.state } : {}),
    ...(filters.submarket.length ? { submarket: filters.submarket } : {}),
    ...(filters.settlementType.length ? { settlementType: filters.settlementType } : {}),
    ...(filters.programmeRole.length ? { programmeRole: filters.programmeRole } : {}),
    ...(filters.kind.length ? { kind: filters.kind } : {}),
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.sort ? { sort: filters.sort } : {}),
  };
}
