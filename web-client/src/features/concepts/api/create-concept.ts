import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { conceptQueryKey, type ConceptVersioned } from './get-concept';
import { CONCEPTS_KEY } from '@/api/get-concepts';

export type NewConcept = components['schemas']['ConceptInput'];

export async function createConcept(api: ApiClient, input: NewConcept): Promise<ConceptVersioned> {
  const result = await api.POST('/api/v1/transfer-concepts', { body: input });
  const concept = unwrap(result);
  return { concept, etag: answerEtag(result.response, concept.version) };
}

/** Starts a draft; the lists are refetched and the new concept is cached for its editor. */
export function useCreateConcept() {
  return useApiMutation(createConcept, {
    onSuccess: (queryClient, created) => {
      queryClient.setQueryData(conceptQueryKey(created.concept.id), created);
      void queryClient.invalidateQueries({ queryKey: [...CONCEPTS_KEY, 'list'] });
    },
  });
}
