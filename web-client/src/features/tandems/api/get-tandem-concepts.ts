import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { TANDEMS_KEY } from './get-tandems';

export type ConceptSummary = components['schemas']['ConceptSummary'];

/** Concepts a tandem can apply: APPROVED or PUBLISHED (the list filters one status at a time). */
export const TANDEM_CONCEPT_STATUSES = ['PUBLISHED', 'APPROVED'] as const;

export async function getTandemConcepts(api: ApiClient): Promise<ConceptSummary[]> {
  const pages = await Promise.all(
    TANDEM_CONCEPT_STATUSES.map(async (status) =>
      unwrap(await api.GET('/api/v1/transfer-concepts', { params: { query: { status, page: 0, size: 100 } } })),
    ),
  );
  return pages.flatMap((page) => page.items);
}

export const getTandemConceptsQueryOptions = endpointQuery(() => [...TANDEMS_KEY, 'concepts'], getTandemConcepts);

export function useTandemConcepts() {
  return useApiQuery(getTandemConceptsQueryOptions);
}
