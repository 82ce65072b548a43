import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { conceptQueryKey } from './get-concept';

export type Comment = components['schemas']['Comment'];
export type CommentPage = components['schemas']['PageComment'];

/** The API's largest page; a version's review rarely has more comments. */
const COMMENTS_PAGE_SIZE = 100;

export function commentsQueryKey(id: string) {
  return [...conceptQueryKey(id), 'comments'] as const;
}

/** The comments on one version, oldest first. */
export async function getConceptComments(api: ApiClient, id: string, versionNumber: number): Promise<CommentPage> {
  return unwrap(
    await api.GET('/api/v1/transfer-concepts/{id}/comments', {
      params: { path: { id }, query: { versionNumber, page: 0, size: COMMENTS_PAGE_SIZE } },
    }),
  );
}

export const getConceptCommentsQueryOptions = endpointQuery(
  (id: string, versionNumber: number) => [...commentsQueryKey(id), { versionNumber }],
  getConceptComments,
);

export function useConceptComments(id: string, versionNumber: number) {
  return useApiQuery((api) => getConceptCommentsQueryOptions(api, id, versionNumber));
}
