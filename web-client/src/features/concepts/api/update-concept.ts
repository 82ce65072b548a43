import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { conceptEtag, conceptQueryKey, type ConceptVersioned } from './get-concept';
import { CONCEPTS_KEY } from './get-concepts';

export type ConceptChange = components['schemas']['ConceptUpdateInput'];
export type UpdateConceptVariables = { id: string; etag: string; change: ConceptChange };

/** Replaces the working copy with If-Match: the API answers 412 when somebody saved since that version. */
export async function updateConcept(api: ApiClient, { id, etag, change }: UpdateConceptVariables): Promise<ConceptVersioned> {
  const result = await api.PUT('/api/v1/transfer-concepts/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: change,
  });
  const concept = unwrap(result);
  return { concept, etag: result.response.headers.get('ETag') ?? conceptEtag(concept.version) };
}

export function useUpdateConcept() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateConceptVariables) => updateConcept(api, variables),
    onSuccess: (saved, { id }) => {
      queryClient.setQueryData(conceptQueryKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: [...CONCEPTS_KEY, 'list'] });
    },
  });
}
