import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import { conceptEtag } from './get-concept';
import { commentsQueryKey, type Comment } from './get-concept-comments';

export type ResolveCommentVariables = { id: string; comment: Comment; resolved: boolean };

/** Resolves or reopens a comment, with If-Match from the comment's version as listed. */
export async function resolveConceptComment(
  api: ApiClient,
  { id, comment, resolved }: ResolveCommentVariables,
): Promise<Comment> {
  return unwrap(
    await api.PATCH('/api/v1/transfer-concepts/{id}/comments/{commentId}', {
      params: { path: { id, commentId: comment.id }, header: { 'If-Match': conceptEtag(comment.version) } },
      body: { resolved },
    }),
  );
}

export function useResolveConceptComment() {
  return useApiMutation(resolveConceptComment, { invalidatesSettled: ({ id }) => [commentsQueryKey(id)] });
}
