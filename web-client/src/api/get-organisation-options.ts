import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';

export type OrganisationOption = { id: string; name: string; town: string };

/** The first organisations (20 at most) whose name or place matches, for a picker. */
export async function getOrganisationOptions(api: ApiClient, q: string): Promise<OrganisationOption[]> {
  const query = { page: 0, size: 20, sort: 'name' as const, ...(q.trim() ? { q: q.trim() } : {}) };
  const page = unwrap(await api.GET('/api/v1/organisations', { params: { query }, headers: { Accept: 'application/json' } }));
  return page.items.map(({ id, name, town }) => ({ id, name, town }));
}

export const getOrganisationOptionsQueryOptions = endpointQuery(
  (q: string) => ['organisations', 'list', 'options', q],
  getOrganisationOptions,
);

export function useOrganisationOptions(q: string) {
  return useApiQuery((api) => getOrganisationOptionsQueryOptions(api, q), { placeholderData: keepPreviousData });
}
