import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { conceptQueryKey } from './get-concept';

export type ConceptDiff = components['schemas']['ConceptDiff'];
export type SectionDiff = components['schemas']['SectionDiff'];
export type StepDiff = components['schemas']['StepDiff'];
export type DiffParams = { id: string; from: number; to: number };

export async function getConceptDiff(api: ApiClient, { id, from, to }: DiffParams): Promise<ConceptDiff> {
  return unwrap(
    await api.GET('/api/v1/transfer-concepts/{id}/diff', { params: { path: { id }, query: { from, to } } }),
  );
}

export function getConceptDiffQueryOptions(api: ApiClient, params: DiffParams) {
  return queryOptions({
    queryKey: [...conceptQueryKey(params.id), 'diff', { from: params.from, to: params.to }],
    queryFn: () => getConceptDiff(api, params),
    // Versions are frozen: a diff never changes.
    staleTime: Infinity,
  });
}

export function useConceptDiff(params: DiffParams, { enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({ ...getConceptDiffQueryOptions(api, params), enabled });
}
