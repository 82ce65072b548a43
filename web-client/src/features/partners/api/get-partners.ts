import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { emptyFilters, filterQuery, type DirectoryFilters } from '../../../lib/directory-filters';

export type PartnerPage = components['schemas']['PagePartnerSummary'];
export type PartnerSummary = components['schemas']['PartnerSummary'];
export type PartnersParams = { filters?: DirectoryFilters; page: number; size: number };

export async function getPartners(api: ApiClient, { filters = emptyFilters, page, size }: PartnersParams): Promise<PartnerPage> {
  const data = unwrap(
    await api.GET('/api/v1/partners', {
      params: { query: { ...filterQuery(filters), page, size } },
      headers: { Accept: 'application/json' },
    }),
  );
  return data;
}

export function getPartnersQueryOptions(api: ApiClient, params: PartnersParams) {
  return queryOptions({
    queryKey: ['partners', 'list', params],
    queryFn: () => getPartners(api, params),
  });
}

export function usePartners(params: PartnersParams) {
  const api = useApiClient();
  return useQuery({ ...getPartnersQueryOptions(api, params), placeholderData: keepPreviousData });
}
