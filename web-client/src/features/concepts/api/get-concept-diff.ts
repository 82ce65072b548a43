import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { conceptQueryKey } from './get-concept';

export type ConceptDiff = components['schemas']['ConceptDiff'];
export type SectionDiff = components['schemas']['SectionDiff'];
export type StepDiff = components['schemas']['StepDiff'];
export type DiffParams = { id: string; from: number; to: number };

export async function getConceptDiff(api: ApiClient, { id, from, to }: DiffParams): Promise<ConceptDiff> {
  return unwrap(await api.GET('/api/v1/transfer-concepts/{id}/diff', { params: { path: { id }, query: { from, to } } }));
}

export const getConceptDiffQueryOptions = endpointQuery(
  ({ id, from, to }: DiffParams) => [...conceptQueryKey(id), 'diff', { from, to }],
  getConceptDiff,
  // Versions are frozen: a diff never changes.
  { staleTime: Infinity },
);

export function useConceptDiff(params: DiffParams, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => getConceptDiffQueryOptions(api, params), { enabled });
}
