import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { conceptQueryKey } from './get-concept';

export type ConceptVersionPage = components['schemas']['PageConceptVersionSummary'];
export type ConceptVersionSummary = components['schemas']['ConceptVersionSummary'];

/** The API's largest page: a concept rarely has more than a handful of versions. */
const VERSIONS_PAGE_SIZE = 100;

export async function getConceptVersions(api: ApiClient, id: string): Promise<ConceptVersionPage> {
  return unwrap(
    await api.GET('/api/v1/transfer-concepts/{id}/versions', {
      params: { path: { id }, query: { page: 0, size: VERSIONS_PAGE_SIZE } },
    }),
  );
}

export const getConceptVersionsQueryOptions = endpointQuery(
  (id: string) => [...conceptQueryKey(id), 'versions'],
  getConceptVersions,
);

export function useConceptVersions(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useApiQuery((api) => getConceptVersionsQueryOptions(api, id), { enabled });
}
