import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { ApiError } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { ConceptStatus } from '@/lib/concept-sections';
import { CONCEPTS_KEY } from '@/api/get-concepts';
import { conceptQueryKey, type ConceptVersioned } from './get-concept';

export type TransitionInput = components['schemas']['TransitionInput'];
export type TransitionVariables = { id: string; etag: string; input: TransitionInput };

/** A refused step (409): the problem names the steps that are allowed from the current status. */
export class TransitionConflictError extends ApiError {
  constructor(
    error: ApiError,
    readonly allowedTransitions: ConceptStatus[],
  ) {
    super(error.status, { title: error.title, detail: error.detail, violations: error.violations });
  }
}

function allowedFrom(body: unknown): ConceptStatus[] {
  const allowed = (body as { allowedTransitions?: unknown } | null)?.allowedTransitions;
  return Array.isArray(allowed) ? allowed.filter((value): value is ConceptStatus => typeof value === 'string') : [];
}

export async function transitionConcept(api: ApiClient, { id, etag, input }: TransitionVariables): Promise<ConceptVersioned> {
  const result = await api.POST('/api/v1/transfer-concepts/{id}/transitions', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: input,
  });
  if (result.error !== undefined || result.data === undefined) {
    const error = ApiError.fromResponse(result.response, result.error);
    throw error.status === 409 ? new TransitionConflictError(error, allowedFrom(result.error)) : error;
  }
  const concept = result.data;
  return { concept, etag: answerEtag(result.response, concept.version) };
}

/** Takes a lifecycle step; everything about concepts is refetched (status, versions, lists). */
export function useTransitionConcept() {
  return useApiMutation(transitionConcept, {
    onSuccess: (queryClient, result, { id }) => queryClient.setQueryData(conceptQueryKey(id), result),
    invalidatesSettled: () => [CONCEPTS_KEY],
  });
}
