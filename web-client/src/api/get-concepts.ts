import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { ConceptStatus } from '@/lib/concept-sections';

export type ConceptPage = components['schemas']['PageConceptSummary'];
export type ConceptSummary = components['schemas']['ConceptSummary'];
export type ConceptsParams = { page: number; size: number; q?: string; status?: ConceptStatus };

/** Everything cached about transfer concepts lives under this key. */
export const CONCEPTS_KEY = ['transfer-concepts'] as const;

export async function getConcepts(api: ApiClient, { page, size, q, status }: ConceptsParams): Promise<ConceptPage> {
  return unwrap(
    await api.GET('/api/v1/transfer-concepts', {
      params: { query: { page, size, ...(q ? { q } : {}), ...(status ? { status } : {}) } },
    }),
  );
}

export const getConceptsQueryOptions = endpointQuery((params: ConceptsParams) => [...CONCEPTS_KEY, 'list', params], getConcepts);

export function useConcepts(params: ConceptsParams) {
  return useApiQuery((api) => getConceptsQueryOptions(api, params), { placeholderData: keepPreviousData });
}
