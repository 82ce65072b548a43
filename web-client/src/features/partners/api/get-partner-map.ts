import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
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

export function getPartnerMapQueryOptions(api: ApiClient, filters: DirectoryFilters) {
  return queryOptions({
    queryKey: ['partners', 'map', filters],
    queryFn: () => getPartnerMap(api, filters),
  });
}

export function usePartnerMap(filters: DirectoryFilters, { enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({ ...getPartnerMapQueryOptions(api, filters), enabled, placeholderData: keepPreviousData });
}
