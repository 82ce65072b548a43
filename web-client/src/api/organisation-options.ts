import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';

export type OrganisationOption = { id: string; name: string; town: string };

/** The first organisations whose name or place matches, for a picker. */
export async function searchOrganisations(api: ApiClient, q: string): Promise<OrganisationOption[]> {
  const page = unwrap(
    await api.GET('/api/v1/organisations', {
      params: { query: { ...(q ? { q } : {}), size: 20, page: 0, sort: 'name' } },
      headers: { Accept: 'application/json' },
    }),
  );
  return page.items.map(({ id, name, town }) => ({ id, name, town }));
}

export const searchOrganisationsQueryOptions = endpointQuery((q: string) => ['organisations', 'options', q], searchOrganisations);

export function useOrganisationOptions(q: string) {
  return useApiQuery((api) => searchOrganisationsQueryOptions(api, q));
}
