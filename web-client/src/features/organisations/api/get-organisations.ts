import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { filterQuery, type DirectoryFilters } from '@/lib/directory-filters';

export type OrganisationPage = components['schemas']['PageOrganisationDetail'];
export type OrganisationsParams = { filters: DirectoryFilters; page: number; size: number };

export async function getOrganisations(api: ApiClient, { filters, page, size }: OrganisationsParams): Promise<OrganisationPage> {
  const query = { ...filterQuery(filters), page, size };
  return unwrap(await api.GET('/api/v1/organisations', { params: { query }, headers: { Accept: 'application/json' } }));
}

export const getOrganisationsQueryOptions = endpointQuery(
  (params: OrganisationsParams) => ['organisations', 'list', params],
  getOrganisations,
);

export function useOrganisations(params: OrganisationsParams) {
  return useApiQuery((api) => getOrganisationsQueryOptions(api, params), { placeholderData: keepPreviousData });
}
