import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { conceptQueryKey, type ConceptVersioned } from './get-concept';
import { CONCEPTS_KEY } from '@/api/get-concepts';

export type ConceptChange = components['schemas']['ConceptUpdateInput'];
export type UpdateConceptVariables = { id: string; etag: string; change: ConceptChange };

/** Replaces the working copy with If-Match: the API answers 412 when somebody saved since that version. */
export async function updateConcept(api: ApiClient, { id, etag, change }: UpdateConceptVariables): Promise<ConceptVersioned> {
  const result = await api.PUT('/api/v1/transfer-concepts/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: change,
  });
  const concept = unwrap(result);
  return { concept, etag: answerEtag(result.response, concept.version) };
}

export function useUpdateConcept() {
  return useApiMutation(updateConcept, {
    onSuccess: (queryClient, saved, { id }) => {
      queryClient.setQueryData(conceptQueryKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: [...CONCEPTS_KEY, 'list'] });
    },
  });
}
