import type { ApiClient } from '@/lib/api/client';
import { answerEtag, versionEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { CONCEPTS_KEY } from '@/api/get-concepts';

export type Concept = components['schemas']['Concept'];
/** A concept as read, with the ETag to send as If-Match when saving its working copy. */
export type ConceptVersioned = { concept: Concept; etag: string };

/** The ETag the API derives from the version, for when a proxy hides the header. */
export const conceptEtag = versionEtag;

export function conceptQueryKey(id: string) {
  return [...CONCEPTS_KEY, 'detail', id] as const;
}

export async function getConcept(api: ApiClient, id: string): Promise<ConceptVersioned> {
  const result = await api.GET('/api/v1/transfer-concepts/{id}', { params: { path: { id } } });
  const concept = unwrap(result);
  return { concept, etag: answerEtag(result.response, concept.version) };
}

export const getConceptQueryOptions = endpointQuery(conceptQueryKey, getConcept);

export function useConcept(id: string) {
  return useApiQuery((api) => getConceptQueryOptions(api, id));
}

/** Whether the caller reads the working copy (member, assigned coach, staff) rather than the published version. */
export function isInternalReader(concept: Concept): boolean {
  return concept.availableTransitions != null || concept.shownVersionNumber == null;
}
