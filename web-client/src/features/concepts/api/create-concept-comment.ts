import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { commentsQueryKey, type Comment } from './get-concept-comments';

export type NewComment = components['schemas']['CommentInput'];
export type CreateCommentVariables = { id: string; input: NewComment };

export async function createConceptComment(api: ApiClient, { id, input }: CreateCommentVariables): Promise<Comment> {
  return unwrap(await api.POST('/api/v1/transfer-concepts/{id}/comments', { params: { path: { id } }, body: input }));
}

/** Comments on a section of a version, or replies to a thread; the concept's comments are refetched. */
export function useCreateConceptComment() {
  return useApiMutation(createConceptComment, { invalidates: (_comment, { id }) => [commentsQueryKey(id)] });
}
