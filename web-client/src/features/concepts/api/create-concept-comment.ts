import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { commentsQueryKey, type Comment } from './get-concept-comments';

export type NewComment = components['schemas']['CommentInput'];
export type CreateCommentVariables = { id: string; input: NewComment };

export async function createConceptComment(api: ApiClient, { id, input }: CreateCommentVariables): Promise<Comment> {
  return unwrap(
    await api.POST('/api/v1/transfer-concepts/{id}/comments', { params: { path: { id } }, body: input }),
  );
}

/** Comments on a section of a version, or replies to a thread; the concept's comments are refetched. */
export function useCreateConceptComment() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateCommentVariables) => createConceptComment(api, variables),
    onSuccess: (_comment, { id }) => queryClient.invalidateQueries({ queryKey: commentsQueryKey(id) }),
  });
}
