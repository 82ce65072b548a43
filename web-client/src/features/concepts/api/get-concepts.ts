import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import type { ConceptStatus } from '../components/sections';

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

export function getConceptsQueryOptions(api: ApiClient, params: ConceptsParams) {
  return queryOptions({
    queryKey: [...CONCEPTS_KEY, 'list', params],
    queryFn: () => getConcepts(api, params),
  });
}

export function useConcepts(params: ConceptsParams) {
  const api = useApiClient();
  return useQuery({ ...getConceptsQueryOptions(api, params), placeholderData: keepPreviousData });
}
