import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { JurorAssessment } from './get-candidate-assessments';
import type { AssessmentTarget } from './get-my-assessment';
import { roundQueryKey } from './get-round';

export type AssessmentInput = components['schemas']['AssessmentInput'];
/** etag: from the caller's own assessment; absent for a first score (201), required to change one (200). */
export type PutMyAssessmentVariables = AssessmentTarget & { etag?: string; input: AssessmentInput };

export async function putMyAssessment(
  api: ApiClient,
  { roundId, candidateId, criterionId, etag, input }: PutMyAssessmentVariables,
): Promise<JurorAssessment> {
  return unwrap(
    await api.PUT('/api/v1/selection-rounds/{roundId}/candidates/{candidateId}/assessments/{criterionId}', {
      params: {
        path: { roundId, candidateId, criterionId },
        header: etag ? { 'If-Match': etag } : undefined,
      },
      body: input,
    }),
  );
}

/** Saves the caller's score; the round's ranking and every assessment of it are refetched. */
export function usePutMyAssessment() {
  return useApiMutation(putMyAssessment, { invalidatesSettled: ({ roundId }) => [roundQueryKey(roundId)] });
}
