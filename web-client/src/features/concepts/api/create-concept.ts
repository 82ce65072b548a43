import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { conceptEtag, conceptQueryKey, type ConceptVersioned } from './get-concept';
import { CONCEPTS_KEY } from './get-concepts';

export type NewConcept = components['schemas']['ConceptInput'];

export async function createConcept(api: ApiClient, input: NewConcept): Promise<ConceptVersioned> {
  const result = await api.POST('/api/v1/transfer-concepts', { body: input });
  const concept = unwrap(result);
  return { concept, etag: result.response.headers.get('ETag') ?? conceptEtag(concept.version) };
}

/** Starts a draft; the lists are refetched and the new concept is cached for its editor. */
export function useCreateConcept() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewConcept) => createConcept(api, input),
    onSuccess: (created) => {
      queryClient.setQueryData(conceptQueryKey(created.concept.id), created);
      void queryClient.invalidateQueries({ queryKey: [...CONCEPTS_KEY, 'list'] });
    },
  });
}
