import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { CONCEPTS_KEY } from '@/api/get-concepts';

export type Concept = components['schemas']['Concept'];
/** A concept as read, with the ETag to send as If-Match when saving its working copy. */
export type ConceptVersioned = { concept: Concept; etag: string };

/** The ETag the API derives from the version, for when a proxy hides the header. */
export const conceptEtag = (version: number) => `"${version}"`;

export function conceptQueryKey(id: string) {
  return [...CONCEPTS_KEY, 'detail', id] as const;
}

export async function getConcept(api: ApiClient, id: string): Promise<ConceptVersioned> {
  const result = await api.GET('/api/v1/transfer-concepts/{id}', { params: { path: { id } } });
  const concept = unwrap(result);
  return { concept, etag: result.response.headers.get('ETag') ?? conceptEtag(concept.version) };
}

export function getConceptQueryOptions(api: ApiClient, id: string) {
  return queryOptions({ queryKey: conceptQueryKey(id), queryFn: () => getConcept(api, id) });
}

export function useConcept(id: string) {
  const api = useApiClient();
  return useQuery(getConceptQueryOptions(api, id));
}

/** Whether the caller reads the working copy (member, assigned coach, staff) rather than the published version. */
export function isInternalReader(concept: Concept): boolean {
  return concept.availableTransitions != null || concept.shownVersionNumber == null;
}
