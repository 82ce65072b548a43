import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { filterQuery, type DirectoryFilters } from '@/lib/directory-filters';

/** GeoJSON FeatureCollection of the filtered partners that have coordinates. */
export type PartnerMap = components['schemas']['PartnerMap'];
export type PartnerFeature = components['schemas']['PartnerFeature'];

export async function getPartnerMap(api: ApiClient, filters: DirectoryFilters): Promise<PartnerMap> {
  return unwrap(
    await api.GET('/api/v1/partners/map', {
      params: { query: filterQuery(filters) },
      headers: { Accept: 'application/geo+json' },
      parseAs: 'json',
    }),
  );
}

export const getPartnerMapQueryOptions = endpointQuery(
  (filters: DirectoryFilters) => ['partners', 'map', filters],
  getPartnerMap,
);

export function usePartnerMap(filters: DirectoryFilters, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => getPartnerMapQueryOptions(api, filters), { enabled, placeholderData: keepPreviousData });
}
