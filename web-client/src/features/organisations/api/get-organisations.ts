import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { filterQuery, type DirectoryFilters } from '../../../lib/directory-filters';

export type OrganisationPage = components['schemas']['PageOrganisationDetail'];
export type OrganisationsParams = { filters: DirectoryFilters; page: number; size: number };

export async function getOrganisations(api: ApiClient, { filters, page, size }: OrganisationsParams): Promise<OrganisationPage> {
  const data = unwrap(
    await api.GET('/api/v1/organisations', {
      params: { query: { ...filterQuery(filters), page, size } },
      headers: { Accept: 'application/json' },
    }),
  );
  return data;
}

export function getOrganisationsQueryOptions(api: ApiClient, params: OrganisationsParams) {
  return queryOptions({
    queryKey: ['organisations', 'list', params],
    queryFn: () => getOrganisations(api, params),
  });
}

export function useOrganisations(params: OrganisationsParams) {
  const api = useApiClient();
  return useQuery({ ...getOrganisationsQueryOptions(api, params), placeholderData: keepPreviousData });
}
