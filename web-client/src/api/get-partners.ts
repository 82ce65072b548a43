import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { emptyFilters, filterQuery, type DirectoryFilters } from '@/lib/directory-filters';

export type PartnerPage = components['schemas']['PagePartnerSummary'];
export type PartnerSummary = components['schemas']['PartnerSummary'];
export type PartnersParams = { filters?: DirectoryFilters; page: number; size: number };

export async function getPartners(api: ApiClient, { filters = emptyFilters, page, size }: PartnersParams): Promise<PartnerPage> {
  const query = { ...filterQuery(filters), page, size };
  return unwrap(await api.GET('/api/v1/partners', { params: { query }, headers: { Accept: 'application/json' } }));
}

export const getPartnersQueryOptions = endpointQuery((params: PartnersParams) => ['partners', 'list', params], getPartners);

export function usePartners(params: PartnersParams) {
  return useApiQuery((api) => getPartnersQueryOptions(api, params), { placeholderData: keepPreviousData });
}
