import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { conceptQueryKey } from './get-concept';

export type ConceptHistoryPage = components['schemas']['PageTransition'];
export type ConceptTransition = components['schemas']['Transition'];

/** The API's largest page: a concept's lifecycle has a few dozen steps at most. */
const HISTORY_PAGE_SIZE = 100;

export async function getConceptHistory(api: ApiClient, id: string): Promise<ConceptHistoryPage> {
  return unwrap(
    await api.GET('/api/v1/transfer-concepts/{id}/transitions', {
      params: { path: { id }, query: { page: 0, size: HISTORY_PAGE_SIZE } },
    }),
  );
}

// Under the concept's key, so taking a step (which refetches every concept query) refreshes the history too.
export const getConceptHistoryQueryOptions = endpointQuery(
  (id: string) => [...conceptQueryKey(id), 'history'],
  getConceptHistory,
);

export function useConceptHistory(id: string) {
  return useApiQuery((api) => getConceptHistoryQueryOptions(api, id));
}
